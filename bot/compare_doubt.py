"""A part of a row the table is not sure of is no surer: "Tuyên Quang — mức độ 3" unsure
among its report's figures, its breakdown "mức độ 3 — cấp tỉnh" is of a figure not settled, so
it is shown unsure too (its figure a candidate, never bold)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.compare_table import Cell


def _under(cell: Cell, doubted: list[Cell]) -> bool:
    """Whether a stated row is a part of a doubted row of its side (its label goes on from
    the doubted row's: "mức độ 3 — cấp tỉnh" under "mức độ 3")."""
    return any(d.side == cell.side and cell.part.startswith(f"{d.part} — ") for d in doubted)


def under_doubt(cells: list[Cell]) -> list[Cell]:
    """The rows with each stated part of a doubted row turned into a candidate of its own."""
    doubted = [c for c in cells if c.citation is None and c.doubted and c.part]
    if not doubted:
        return cells
    return [
        replace(c, figure="", citation=None, beside="", doubted=((c.figure, c.citation),))
        if c.citation is not None and not c.computed_from and _under(c, doubted)
        else c
        for c in cells
    ]
