"""Two parts of one report, each not found by the figure answerer, whose nearest lines are one
line that gives each part its own figure: that line answers both (see `on_a_nearest_line`)."""

from __future__ import annotations

from collections.abc import Sequence

from bot import counted
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
    (`share_out`; `share`: a share asked), and counts what that part asks to count
    (`counted.other_thing`): each part's figure is the line's; the cells as they are otherwise.
    Only plain abstentions are read so: a near miss cites its nearest figure's line on
    purpose, as another thing, period or measure than the asked (`Answer.not_found_why`)."""
    if len(cells) != 2 or any(c.citation is not None or c.doubted for c in cells):
        return cells
    if not all(a.abstained and a.citations and not a.not_found_why for a in answers):
        return cells
    cits = [a.citations[0] for a in answers]
    if len({(c.chunk_id, c.line_start, c.quote) for c in cits}) != 1:
        return cells
    got = share_out([p.label for p in parts], cits[0].quote, share)
    if got is None:
        return cells
    line = cits[0].quote
    if any(counted.other_thing(p.query.folded, line, f) for p, f in zip(parts, got, strict=True)):
        return cells
    return [Cell(c.side, f, cits[0].quote, "", cits[0]) for c, f in zip(cells, got, strict=True)]
