"""Last checks on a table of parts of one report (bot/compare_parts_answer.py) before any part's
figure is bold: each stated figure must be said of what its own part asks, and the parts' figures
must hold for one period.

- `other_outlet`: a part naming one outlet ("trên Cổng thông tin điện tử") whose figure's own
  clause says another outlet published it ("Báo Hà Tĩnh đã đăng tải 53 tin … trên 2 ấn phẩm")
  has no figure: the row says not found. So too a part naming one system (the national
  portal, the province's own) whose figure's item names only the other (bot/platforms.py).
- `one_period`: parts that are not periods themselves (outlets, levels, kinds; each part asked at
  the question's own years) whose stated figures come from reports of different periods ("60
  tin" of Quý I/2019 beside "85 tin" of 6 tháng 2022) are not comparable: every such row is
  "not sure" with its figure, none bold."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.compare_clash import flow_clash, tier_clash
from bot.compare_other_year import other_year_parts
from bot.compare_parts import Part
from bot.compare_subject import elsewhere, stated
from bot.compare_table import Cell
from bot.compare_tier_item import tier_items
from bot.part_total import total_checked


def outlet_checked(parts: Sequence[Part], cells: list[Cell]) -> list[Cell]:
    """The cells, a stated figure of another outlet than its part names dropped (not found)."""
    labels = {p.label: p for p in parts}
    out = []
    for cell in cells:
        part = labels.get(cell.side.label)
        if (part is not None and stated(cell) and cell.citation is not None
                and elsewhere(part.query, cell.citation.quote, cell.figure)):  # fmt: skip
            out.append(Cell(cell.side))
            continue
        out.append(cell)
    return out


def one_period(parts: Sequence[Part], cells: list[Cell]) -> list[Cell]:
    """The cells, every stated one "not sure" (its figure kept as a candidate, not bold) when the
    parts share their years (they are not periods) and the stated figures hold for two or more
    periods (province and report period of their citations)."""
    if len({p.query.years for p in parts}) != 1:
        return cells  # the parts are periods ("năm 2021 và năm 2022"): periods differ by design
    periods = {(c.citation.province, c.citation.period) for c in cells if c.citation and stated(c)}
    if len(periods) < 2:
        return cells
    return [
        replace(c, figure="", citation=None, beside="", doubted=((c.figure, c.citation),))
        if c.citation is not None and stated(c)
        else c
        for c in cells
    ]


def guarded(parts: Sequence[Part], cells: list[Cell]) -> list[Cell]:
    """The cells after every check (`outlet_checked`, the flow and tier of
    `bot/compare_clash.py`, then `one_period`, then a tier's item for an untiered
    part, `bot/compare_tier_item.py`, then a figure of a year not asked,
    `bot/compare_other_year.py`, then a total of levels its line does not state as the whole,
    `bot/part_total.py`)."""
    checked = tier_clash(
        parts, flow_clash(parts, outlet_checked(parts, total_checked(parts, cells)))
    )
    return other_year_parts(parts, tier_items(parts, one_period(parts, checked)))
