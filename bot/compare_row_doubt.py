"""Two last checks on a comparison table's breakdown rows (`bot/compare_table.render_table`),
each turning a stated part "not sure" (its figure a candidate, never bold):

- `bare_part`: a part whose label holds no word, only a number ("Tuyên Quang — 3"):
  the label does not say what the figure is a part of, so no reader can tell it answers the
  question's part.
- `tier_twice`: a side two of whose stated parts, from one line, name one tier of government
  and differ in nothing else ("commune level" and "cấp xã") yet give two figures: a side has
  one figure a tier, so that line's breakdown is not the one asked, and none of the parts
  read off it is sure."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from core.text import fold

if TYPE_CHECKING:
    from bot.compare_table import Cell

# What a part's label says beside its tier that still names only the tier ("level",
# "-level"), dropped before two labels of one tier are compared.
_TIER_FILLER = re.compile(r"\blevels?\b|[^\w\s]")


def _stated_part(cell: Cell) -> bool:
    """Whether the cell is a breakdown row stating a quoted figure (cited, not worked out)."""
    return bool(cell.part) and cell.citation is not None and not cell.computed_from


def bare_part(cell: Cell) -> bool:
    """Whether a stated part's label names no part: a number and no letter ("3", "4"; a
    bare "%" still says the share asked)."""
    part = cell.part
    return (
        _stated_part(cell)
        and any(ch.isdigit() for ch in part)
        and not any(ch.isalpha() for ch in part)
    )


def _line(cell: Cell) -> tuple[object, ...]:
    assert cell.citation is not None
    return (cell.citation.chunk_id, cell.citation.line_start)


def _tier_key(cell: Cell) -> tuple[str, str] | None:
    """The tier a stated part's label names, with what else the label says (folded, the tier's
    own words and `_TIER_FILLER` dropped); None when it names no one tier."""
    # read here: bot/compare_part_scope.py imports the table this check runs in
    from bot.compare_part_scope import TIER_WORDS, part_tier

    tier = part_tier(cell.part)
    if tier is None:
        return None
    rest = fold(cell.part)
    for _, words in TIER_WORDS:
        rest = words.sub(" ", rest)
    return tier, " ".join(_TIER_FILLER.sub(" ", rest).split())


def tier_twice(cells: list[Cell]) -> set[int]:
    """The positions of a side's stated parts read off a line one of whose parts names a tier
    another part of the side names alike (`_tier_key`) with another figure."""
    first: dict[tuple[object, ...], Cell] = {}
    lines: set[tuple[object, ...]] = set()
    for cell in cells:
        key = _tier_key(cell) if _stated_part(cell) else None
        if key is None:
            continue
        seen = first.setdefault((cell.side, *key), cell)
        if seen.figure != cell.figure:
            lines |= {(cell.side, *_line(cell)), (cell.side, *_line(seen))}
    return {i for i, c in enumerate(cells) if _stated_part(c) and (c.side, *_line(c)) in lines}


def _doubt(cell: Cell) -> Cell:
    assert cell.citation is not None
    return replace(cell, figure="", citation=None, beside="",
                   doubted=((cell.figure, cell.citation),))  # fmt: skip


def rows_doubted(cells: list[Cell]) -> list[Cell]:
    """The cells, each stated part with a bare label (`bare_part`) or read off a line whose
    parts name one tier twice (`tier_twice`) made "not sure", its figure a candidate."""
    twice = tier_twice(cells)
    return [_doubt(c) if i in twice or bare_part(c) else c for i, c in enumerate(cells)]
