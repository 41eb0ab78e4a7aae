"""A side whose figure counts the asked tier of government together with another one, where
the side asks one tier ("… ở cấp tỉnh" for a line "1.200 dịch vụ công trực tuyến cấp tỉnh và
cấp huyện"): the figure is the tiers' sum, not the asked tier's. Such a side is "not sure", its
figure a candidate, never bold: the comparison's counterpart of the near-miss check a figure
asked alone passes (`near_miss.parts_together`, `parts_said.joined_parts`). Each side is read
with its own question (`compare_sides.side_query`: a tier written with one side's name is that
side's); a breakdown row (a part labelled "cấp tỉnh") is a part by design, and a share of 100%
said of several tiers is each one's."""

from __future__ import annotations

from dataclasses import replace

from bot.compare_sides import side_query
from bot.compare_subject import stated
from bot.compare_table import Cell
from bot.extractive.parts_said import joined_parts
from bot.extractive.question import PART_FAMILIES
from core.query import ParsedQuery

# The tiers of government ("cấp tỉnh", "cấp huyện", "cấp xã"): only they are checked here. Other
# parts said together are often one asked whole ("đúng hạn và trước hạn" is what "on time"
# counts in these reports).
TIERS = PART_FAMILIES[0]


def tiers_joined(sq: ParsedQuery, quote: str, figure: str) -> tuple[tuple[str, ...], ...]:
    """The tiers the figure's own words join with the tier the side's question asks."""
    return tuple(p for p in joined_parts(sq, quote, figure) if p in TIERS)


def one_tier_of_joined(q: ParsedQuery, cells: list[Cell]) -> list[Cell]:
    """The cells, a side's stated figure whose own words join the tier its side asks with a
    tier it does not ask made "not sure" (see the module)."""
    out = []
    for cell in cells:
        if cell.part or not stated(cell) or cell.citation is None:
            out.append(cell)
            continue
        if tiers_joined(side_query(q, cell.side), cell.citation.quote, cell.figure):
            doubted = ((cell.figure, cell.citation),)
            cell = replace(cell, figure="", citation=None, beside="", doubted=doubted)
        out.append(cell)
    return out
