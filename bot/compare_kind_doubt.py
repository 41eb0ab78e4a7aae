"""A comparison row quoting a line about another kind of money than the one asked: budget
revenue asked ("tổng thu ngân sách … đạt bao nhiêu %") and the row's line about spending only
("Tổng chi ngân sách … đạt 128%"), funds on a unit's own account asked and the line about the
others (`KIND_FAMILIES`). The reports give such kinds side by side, one line each, and OCR
bends the asked one's words ("nim", "wéc") so that its sibling's cleaner line outranks it: the
row's figure is then another kind's, and is shown "not sure" (a candidate, never bold).

The kind a row asks is the one its side or part label names, else the question's; a line
naming no kind of the family decides nothing (it may be the asked kind's, worded otherwise)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.compare_subject import stated
from bot.extractive.kinds import KIND_PHRASES, kinds_said
from bot.extractive.question import KIND_FAMILIES, _asked_parts
from core.query import ParsedQuery
from core.text import fold
from index.lexical import tokenize

if TYPE_CHECKING:
    from bot.compare_table import Cell

Kind = tuple[str, ...]
# Any letter beyond ASCII: a label in the reports' language (or one cut from a Vietnamese
# question), read by `_said`.
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def _said(text: str) -> frozenset[Kind]:
    """The kinds of money (`KIND_PHRASES`) a text says, in the reports' wording."""
    return kinds_said(tokenize(fold(text)))


def _asked(q: ParsedQuery, cell: Cell) -> frozenset[Kind]:
    """The kinds the row asks: those its side and part labels name, else the question's; none
    for a part labelled in English only (`_NOT_ASCII`): "Newspaper's" names its own kind, in
    words these report phrases do not read, and the question may ask several."""
    own = _said(f"{cell.side.label} {cell.part}")
    if own or (cell.part and not _NOT_ASCII.search(cell.part)):
        return own
    return (frozenset(_asked_parts(q)) & KIND_PHRASES) | _words_named(q)


def _words_named(q: ParsedQuery) -> frozenset[Kind]:
    """The kinds each of whose words the question says anywhere: "thu và chi ngân sách" asks
    revenue too, said once for both. Reading more kinds asked only doubts fewer rows."""
    words = set(tokenize(q.folded))
    return frozenset(p for p in KIND_PHRASES if set(p) <= words)


def other_kind(q: ParsedQuery, cell: Cell) -> bool:
    """Whether a stated row's quoted line says a kind of a family the row asks a kind of
    (`_asked`), and none of the asked kinds of that family: its figure is the sibling's."""
    if not stated(cell) or cell.citation is None:
        return False
    asked = _asked(q, cell)
    if not asked:
        return False
    said = _said(cell.citation.quote)
    for family in map(frozenset, KIND_FAMILIES):
        want = asked & family
        if want and said & family and not said & want:
            return True
    return False
