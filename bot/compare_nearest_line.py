"""Two parts of one report, each not found by the figure answerer, whose nearest lines are one
line that gives each part its own figure: that line answers both (see `on_a_nearest_line`)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.compare_lines import share_out
from bot.compare_parts import Part
from bot.compare_table import Cell
from core.result import Answer


def on_a_nearest_line(
    parts: Sequence[Part], answers: Sequence[Answer], cells: list[Cell], share: bool
) -> list[Cell]:
    """The cells when every part is not found, yet each part's nearest line is one line that
    names every part with a figure of its own ("… 23 văn bản (HĐND tỉnh ban hành 06 nghị
    quyết; UBND tỉnh ban hành 17 quyết định)"), each a clear best by its own words
    (`share_out`; `share`: a share asked): each part's figure is the line's; the cells as
    they are otherwise."""
    if len(cells) != 2 or any(c.citation is not None or c.doubted for c in cells):
        return cells
    if not all(a.abstained and a.citations for a in answers):
        return cells
    cits = [a.citations[0] for a in answers]
    if len({(c.chunk_id, c.line_start, c.quote) for c in cits}) != 1:
        return cells
    got = share_out([p.label for p in parts], cits[0].quote, share)
    if got is None:
        return cells
    return [Cell(c.side, f, cits[0].quote, "", cits[0]) for c, f in zip(cells, got, strict=True)]
