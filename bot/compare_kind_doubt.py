"""A comparison row quoting a line about another kind of money than the one asked: budget
revenue asked ("tổng thu ngân sách … đạt bao nhiêu %") and the row's line about spending only
("Tổng chi ngân sách địa phương ước đạt 9.100 tỷ đồng, đạt 112% dự toán"), funds on a unit's own
account asked and the line about the others (`JUDGED_FAMILIES`). The reports give such kinds
side by side, one line each, and OCR bends the asked one's words so that its sibling's cleaner
line outranks it: the row's figure is then another kind's, and is shown "not sure" (a
candidate, never bold).

The kind a row asks is the one its part label names (in English through the lexicon), else its
side label's, else the question's; a part label naming no kind leaves the row unjudged, and a
line naming no kind of the family decides nothing (it may be the asked kind's, worded
otherwise)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.compare_subject import stated
from bot.extractive.kinds import KIND_PHRASES, kinds_said
from bot.extractive.question import KIND_FAMILIES, _asked_parts
from core.lexicon import to_vietnamese
from core.query import ParsedQuery
from core.text import fold
from index.lexical import tokenize

if TYPE_CHECKING:
    from bot.compare_table import Cell

Kind = tuple[str, ...]
# The families judged: budget revenue or spending, funds on a unit's own account or not. Their
# kinds are said one to a line; the others (disbursed or not, the outlets) are said within one
# another's lines ("giải ngân …, còn … chưa giải ngân"), so a longer phrase beside them is no
# other kind's line.
JUDGED_FAMILIES: tuple[frozenset[Kind], ...] = tuple(
    frozenset(f) for f in KIND_FAMILIES if ("thu", "ngan", "sach") in f or ("tu", "chu") in f
)


def _said(text: str) -> frozenset[Kind]:
    """The kinds of money (`KIND_PHRASES`) a text says, in the reports' wording."""
    return kinds_said(tokenize(fold(text)))


def _asked(q: ParsedQuery, cell: Cell) -> frozenset[Kind]:
    """The kinds the row asks: those its part label names, in its words or the lexicon's
    Vietnamese for them ("budget revenue"); none when it names none (the label asks its own
    thing, which these phrases may not read); without a part label, those its side label names,
    else the question's."""
    if cell.part:
        part = fold(cell.part)
        return _said(" ".join([part, *to_vietnamese(part)]))
    own = _said(cell.side.label)
    return own or (frozenset(_asked_parts(q)) & KIND_PHRASES) | _words_named(q)


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
    for family in JUDGED_FAMILIES:
        want = asked & family
        if want and said & family and not said & want:
            return True
    return False
