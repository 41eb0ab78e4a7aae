"""A side whose figure counts one service level, where the question asks two or more levels
together ("số dịch vụ công mức độ 3 và mức độ 4 của A và B"): the figure is a part taken for the
whole asked (one province's "5.043 dịch vụ công trực tuyến mức độ 3" beside the other's "mức độ
3 và 4: 1.272"). Such a side is "not sure", its figure a candidate, never bold. A figure that
names no level, or every asked level, stands; a question asking each level its own figure
("lần lượt", "each") or a breakdown row (a part labelled "mức độ 3") is a part by design."""

from __future__ import annotations

from dataclasses import replace

from bot.compare_subject import stated
from bot.compare_table import Cell
from bot.each_level import EACH_ASKED, figure_levels
from bot.extractive.levels import asked_levels
from core.query import ParsedQuery


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
