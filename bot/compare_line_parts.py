"""Each part's figure on the one line every part was read from: "tinh giản 150 người, trong đó
có 120 viên chức và 30 cán bộ" gives "viên chức" 120 and "cán bộ" 30, never the 150 beside
them nor a "6" of "6 tháng" inside a part's words.

The line is cut into its items at the words that set parts apart (commas, semicolons,
brackets, "và", "trong đó"); an item's figure is the first number it says. A part takes the
figure of the one item that says all its label's words; a part whose figure is another item's
first number (or a number inside an item, or one the question itself states) is then moved
to that item's figure, and when no one item says its words it is left as read (the other
checks hold it). Only when every part cites the same line: parts of other lines are
`bot/compare_part_line.py`'s."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.compare_asked_clauses import LEND_FROM, asked_clauses, clause_shaped
from bot.compare_between import between_parts
from bot.compare_chain import chained_parts
from bot.compare_lines import share_out
from bot.compare_list import listed_parts
from bot.compare_parts import Part, parts_of
from bot.compare_sub_tail import sub_tail
from bot.compare_table import Cell
from bot.compare_years import year_parts
from bot.part_words import of_which_only
from core.query import ParsedQuery
from core.text import fold

# Where a line's items part: punctuation and the words that open another part.
_ITEM_CUT = re.compile(r"[;,:()\[\]]|\s(?:và|trong đó|trong số đó|gồm|bao gồm)\s", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*%?")
# Words of a label that name no part ("các", "có", "là"): an item need not say them.
_SLIGHT = frozenset(("cac", "co", "la", "cua", "tai", "o", "cho", "duoc", "da", "nhung", "trong"))
# A clause asking the average of each part, or of each unit: no part of the line itself.
_PER = re.compile(r"\b(?:binh quan|trung binh|average|moi|each|per)\b")
# A later clause asking a part of the whole the first clause counts ("…, and how many of them
# were X?", "…, trong số đó bao nhiêu X?"): its part is looked for on the whole's line first.
_OF_THEM = re.compile(r"\b(?:of them|among them|of these|of which|trong so do|trong do)\b")
MIN_NAMING = 2  # words of a label an item must say, at least, to be the part's by its words
# A label of one naming word names its part only when the word is longer than this many
# letters: folded short words ("xa", "so", "cap", "ubnd" is 4) are too often a piece of a
# longer name many items share; "requests", "leaders" or "ubnd" name one item.
MIN_LONE_LETTERS = 3


def _items(line: str) -> list[tuple[str, str]]:
    """(the item's first number, its folded words) of each item of the line that says one."""
    out = []
    for item in _ITEM_CUT.split(line):
        first = _NUMBER.search(item)
        if first is not None:
            said = (w.strip(".!?") for w in fold(item, repair=False).split())
            out.append((first.group(), " ".join(said)))
    return out


def _naming(label: str) -> set[str]:
    return {w for w in fold(label, repair=False).split() if w not in _SLIGHT}


def own_item(label: str, line: str) -> str | None:
    """The figure of the one item of the line that says every word of the label; None when no
    item, or more than one, says them (or the label says too few words to tell)."""
    words = _naming(label)
    long_word = any(w.isalpha() and len(w) > MIN_LONE_LETTERS for w in words)
    if len(words) < MIN_NAMING and not long_word:
        return None
    found = {(fig, said) for fig, said in _items(line) if words <= set(said.split())}
    if len(found) > 1:  # "A lãnh đạo" and "A không giữ chức danh lãnh đạo": the one saying it whole
        phrase = " ".join(fold(label, repair=False).split())
        found = {(fig, said) for fig, said in found if f" {phrase} " in f" {said} "}
    return next(iter(found))[0] if len(found) == 1 else None


def _stated_in(q_text: str) -> set[str]:
    return set(_NUMBER.findall(q_text))


def _item_numbers(line: str, first: str) -> set[str]:
    """Every number of the items of the line whose first number is `first`."""
    items = [i for i in _ITEM_CUT.split(line) if (m := _NUMBER.search(i)) and m.group() == first]
    return {n for i in items for n in _NUMBER.findall(i)}


def _misread(figure: str, line: str, others: set[str], label: str) -> bool:
    """Whether a part's figure is none of its own on the line: one the question states or
    another part's, a number inside an item (not the one it counts: "6 tháng"), one whose item
    says the label's words only apart (the item `own_item` read says them whole), or none
    read (an unsure part). A figure heading an item of its own else stands: its item may name
    the part in other words ("Ủy ban nhân dân" for "UBND"), or the item `own_item` read may
    be the whole's ("HĐND và UBND tỉnh ban hành 31")."""
    heads = {fig: said for fig, said in _items(line)}
    if not figure or figure in others or figure not in heads:
        return True
    return _naming(label) <= set(heads[figure].split())


def _line_of(cell: Cell) -> tuple[str, str] | None:
    """The line a cell stands on: its figure's, else that of the one line its doubts share."""
    if cell.citation is not None:
        return cell.citation.chunk_id, cell.citation.quote
    lines = {(c.chunk_id, c.quote) for _, c in cell.doubted}
    return next(iter(lines)) if len(lines) == 1 else None


def on_own_items(q_text: str, parts: Sequence[Part], cells: list[Cell]) -> list[Cell]:
    """The cells, each part's figure the one its own item on the shared line states (see the
    module); the cells as they are when the parts stand on different lines, or none is
    stated. An unsure part whose doubts are all on that line takes its item's figure too."""
    lines = {_line_of(c) for c in cells}
    if len(cells) == len(parts) and len(lines) > 1:
        return _of_the_whole(q_text, parts, cells)
    if len(cells) != len(parts) or len(lines) != 1 or None in lines:
        return cells
    if not any(c.citation is not None for c in cells):
        return cells
    line = next(iter(lines))
    if line is None:
        return cells
    cit = next(c.citation for c in cells if c.citation is not None)
    stated = _stated_in(q_text)
    own = [own_item(p.label, line[1]) for p in parts]
    if len({o for o in own if o is not None}) < sum(o is not None for o in own):
        return cells  # two parts led to one item: their words do not tell them apart
    out = []
    for part, cell, fig in zip(parts, cells, own, strict=True):
        others = stated | {o for o in own if o is not None and o != fig}
        # a figure its own item says after a stray first number ("đã giải quyết 14 7.250",
        # OCR) stands: only one the question states or another part's is moved
        kept = fig is not None and cell.figure in _item_numbers(line[1], fig) - others
        if (
            not kept
            and fig is not None
            and fig != cell.figure
            and fig not in stated
            and _misread(cell.figure, line[1], others, part.label)
        ):
            holds = cell.holds or next((c.holds for c in cells if c.holds), "")
            cell = replace(
                cell, figure=fig, doubted=(), citation=cit, counts=cit.quote, holds=holds
            )
        elif fig is None and cell.figure in stated and cell.citation is not None:
            cell = Cell(cell.side, doubted=((cell.figure, cell.citation),))
        out.append(cell)
    return out


def _of_the_whole(q_text: str, parts: Sequence[Part], cells: list[Cell]) -> list[Cell]:
    """The cells, a later part asked as one of the first part's whole ("how many of them") that
    stands on another line taking the figure its words lead to on the whole's line ("103
    người trong đó có 90 viên chức và 13 cán bộ công chức"), when that line gives it one."""
    whole = cells[0].citation
    if whole is None or not _OF_THEM.search(fold(q_text, repair=False)):
        return cells
    out = [cells[0]]
    stated = _stated_in(q_text)
    for part, cell in zip(parts[1:], cells[1:], strict=True):
        if _line_of(cell) != (whole.chunk_id, whole.quote):
            found = share_out([part.label], whole.quote, False)
            fig = found[0] if found else None
            if fig is not None and fig not in stated | {cells[0].figure, cell.figure}:
                holds = cell.holds or cells[0].holds
                cell = replace(cell, figure=fig, doubted=(), citation=whole, counts=whole.quote,
                               holds=holds)  # fmt: skip
        out.append(cell)
    return out


def read_parts(q: ParsedQuery, en: bool) -> list[Part]:
    """The parts of a question: its asked clauses when three or more each ask a number (none
    a difference), else those the other readers read (between, listed, joined, years), and
    when those read only a "trong đó" part, its asked clauses (none when a clause asks an
    average: "bao nhiêu X ở A và B, bình quân mỗi đơn vị bao nhiêu"); its asked clauses
    when the parts read keep each its clause's asking words (`clause_shaped`)."""
    parts = asked_clauses(q, LEND_FROM)
    parts = parts or chained_parts(q, en) or between_parts(q, en) or listed_parts(q)
    parts = parts or parts_of(q, en) or year_parts(q)
    if clause_shaped(q, parts):  # "what share of A …, and what share B?": its clauses
        return asked_clauses(q)
    if parts and any(of_which_only(p.label) for p in parts):
        clauses = asked_clauses(q)
        return [] if any(_PER.search(fold(p.label, repair=False)) for p in clauses) else clauses
    return sub_tail(parts)  # "A so với B, trong đó bao nhiêu X?": X a third part, of B
