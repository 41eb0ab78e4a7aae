"""A side whose figure counts one service level, where the question asks two or more levels
together ("số dịch vụ công mức độ 3 và mức độ 4 của A và B"): the figure is a part taken for the
whole asked (one province's "640 dịch vụ công trực tuyến mức độ 3" beside the other's "mức độ
3 và 4: 910"; made-up figures). Such a side is "not sure", its figure a candidate, never bold. A figure that
names no level, or every asked level, stands; a question asking each level its own figure
("lần lượt", "each") or a breakdown row (a part labelled "mức độ 3") is a part by design."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.compare_sides import Side
from bot.compare_subject import stated
from bot.compare_table import Cell
from bot.each_level import EACH_ASKED, figure_levels
from bot.extractive.levels import asked_levels
from core.places import province_spans
from core.query import ParsedQuery
from core.text import fold

# A service level named (folded): "mức 3", "mức độ 4", "cấp độ 3", "level-4".
_LEVEL_NAMED = re.compile(r"\b(?:muc(?: do)?|cap do|levels?)[\s-]*[1-4]\b")


def one_level_of_many(q: ParsedQuery, cells: list[Cell]) -> list[Cell]:
    """The cells, a side's stated figure of fewer levels than the question asks together made
    "not sure" (see the module)."""
    asked = asked_levels(q.expanded)
    if len(asked) < 2 or EACH_ASKED.search(q.folded):
        return cells
    out = []
    for cell in cells:
        if cell.part or not stated(cell) or cell.citation is None:
            out.append(cell)
            continue
        own = figure_levels(cell.citation.quote, cell.figure)
        if own and own < asked:
            doubted = ((cell.figure, cell.citation),)
            cell = replace(cell, figure="", citation=None, beside="", doubted=doubted)
        out.append(cell)
    return out


def _each_level_rows(cells: list[Cell], asked: frozenset[int]) -> set[Side]:
    """The sides whose stated breakdown rows give each asked level a figure of its own (a row
    labelled with one asked level, every asked level so labelled)."""
    own: dict[Side, set[int]] = {}
    for cell in cells:
        levels = asked_levels(fold(cell.part)) if cell.part and stated(cell) else frozenset()
        if len(levels) == 1 and levels <= asked:
            own.setdefault(cell.side, set()).update(levels)
    return {side for side, levels in own.items() if levels >= asked}


def _levels_lead(folded: str) -> bool:
    """Whether the question names its levels before any province: the measure asked of every
    side ("mức 3 và mức 4: A so với B"); levels named after a side may be that side's alone
    ("A (level 3 and level 4), B")."""
    level = _LEVEL_NAMED.search(folded)
    spans = province_spans(folded)
    return level is not None and (not spans or level.start() < spans[0][0])


def levels_joined_beside_each(q: ParsedQuery, cells: list[Cell]) -> list[Cell]:
    """The cells, a side's stated figure of the asked levels counted together made "not sure"
    when another side gives each asked level its own row: the table reads the question as
    asking each level, and this side's figure of each was not found (one side's "mức độ 3:
    120" and "mức độ 4: 345" beside the other's "mức độ 3 và 4: 910", made-up figures, compare
    no like figures). A side with rows of its own for each level keeps its headline; levels named only
    after a province (`_levels_lead`) may be asked of that side alone: nothing is doubted."""
    asked = asked_levels(q.expanded)
    if len(asked) < 2 or not _levels_lead(q.folded):
        return cells
    each = _each_level_rows(cells, asked)
    if not each:
        return cells
    out = []
    for cell in cells:
        if (not cell.part and stated(cell) and cell.citation is not None
                and cell.side not in each
                and figure_levels(cell.citation.quote, cell.figure) >= asked):  # fmt: skip
            doubted = ((cell.figure, cell.citation),)
            cell = replace(cell, figure="", citation=None, beside="", doubted=doubted)
        out.append(cell)
    return out
