"""An average asked alone of a side ("trung bình mỗi xã có bao nhiêu DVC", "average number of
services per district"): the side's figure is the average its line states beside the total
("1.200 DVC … (trung bình mỗi xã có 40 DVC)": 40, the total beside it), never the total in
bold. A side whose line states no average at all has no figure of what is asked: its count
is only a figure it may be, never bold (a wrong figure in bold is worse than "not sure")."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.compare_beside import asks_total_and_average, total_and_average
from bot.compare_measures import AVERAGE, COUNT
from bot.compare_picks import AVERAGE as AVERAGE_WORDS
from bot.compare_sides import Side
from bot.compare_table import Cell, side_measures
from bot.side_reading import own_clauses
from core.query import ParsedQuery
from core.text import fold

# An average said in a line ("trung bình", "bình quân", "mỗi xã", folded): a line that says
# one may state its figure as the average itself ("thời gian bình quân 5,2 ngày"); kept as is.
_AVERAGE_SAID = AVERAGE_WORDS
# An average asked ("trung bình", "bình quân", "average", folded).
_AVERAGE_ASKED = re.compile(r"\b(?:trung binh|binh quan|averages?|on average)\b")
# What opens another side's own clause ("…, còn Y có bao nhiêu", "while Y …"); folded "còn"
# is also the "con" of "con số" (the figure).
_CONTRAST = re.compile(r"\b(?:con(?! so\b)|while|whereas|but)\b")


def _anchor(q: ParsedQuery, side: Side, cells: list[Cell]) -> int:
    """Where the question names the side: its province's first mention when the sides are
    of different provinces, else its year's; -1 when it names neither."""
    provinces = {c.side.provinces for c in cells}
    if side.provinces and len(provinces) >= 2:
        return q.folded.find(fold(side.provinces[0]))
    return min((q.folded.find(str(y)) for y in side.years if str(y) in q.folded), default=-1)


def _reaching(q: ParsedQuery, at: int) -> int:
    """Where an average the question asks reaches a side named at `at`: the first average
    word with no contrast ("còn", "while") between it and the side's name (any, when the
    side is not named, `at` < 0); -1 when none reaches it."""
    folded = q.folded
    for m in _AVERAGE_ASKED.finditer(folded):
        if at < 0 or not _CONTRAST.search(folded[min(at, m.start()) : max(at, m.start())]):
            return m.start()
    return -1


def _average_alone(q: ParsedQuery, side: Side, cells: list[Cell]) -> bool:
    """Whether the side is asked an average alone: an average (a count at most besides, as
    "bao nhiêu" asks it) that reaches the side, no total asked before the average is named
    (from the side's name on, when the average comes after it)."""
    asked = side_measures(q, side, cells)
    if AVERAGE not in asked or not asked <= {AVERAGE, COUNT}:
        return False
    at = _anchor(q, side, cells)
    reach = _reaching(q, at)
    if reach < 0:
        return False
    folded = own_clauses(q, side.provinces) or q.folded[at if 0 <= at < reach else 0 :]
    return not asks_total_and_average(folded)


def average_cells(q: ParsedQuery, cells: list[Cell], en: bool) -> list[Cell]:
    """The cells, a side asked an average alone holding the average its line gives beside
    the total in bold; a side whose line states no average, its count doubted (see the
    module). Unsure, missing, computed and share cells are kept as they are."""
    out = []
    for cell in cells:
        cit = cell.citation
        if cit is None or cell.computed_from or "%" in cell.figure or cell.part:
            out.append(cell)
            continue
        if not _average_alone(q, cell.side, cells):
            out.append(cell)
            continue
        pair = total_and_average(cit.quote, cell.figure)
        if pair is not None and pair[0] == cell.figure:
            total = f"total {pair[0]}" if en else f"tổng {pair[0]}"
            out.append(replace(cell, figure=pair[1], beside=total))
        elif pair is None and not _AVERAGE_SAID.search(fold(cit.quote)):
            out.append(Cell(cell.side, doubted=((cell.figure, cit), *cell.doubted)))
        else:
            out.append(cell)
    return out
