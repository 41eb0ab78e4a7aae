"""A compared part that names one tier of government ("cấp huyện", "district one-stop desks",
"provincial tier", "commune level") held to that tier's figure of a breakdown by tier.

When the figure a part states is a headline the fact table breaks down into parts ("… 400
TTHC (trong đó: tại Trung tâm …: 150, tại Bộ phận một cửa cấp huyện: 200; cấp xã 50)"), the
part takes the one labelled part of that breakdown at the tier it names (200 for "district
desks"), never the headline beside it. When no part of the breakdown is at that tier and the
headline does not say it either, the headline is only a figure it may be, never bold."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from bot.compare_facts import comparable
from bot.compare_parts import Part
from bot.compare_table import Cell
from core.text import fold
from index.facts import Fact

FactsOf = Callable[[str], list[Fact]]  # a chunk's facts by the chunk's id

# A part's words naming one tier, by the fact table's scope ("tinh", "huyen", "xa"): Vietnamese
# "cấp tỉnh/huyện/xã" (folded), English "provincial", "district", "commune". A "provincial
# department" or "sở" names the provincial departments, not a tier's share of a breakdown; a
# "total provincial (budget) revenue/spending" is the province's whole, no tier of it.
TIER_WORDS = (
    ("tinh", re.compile(
        r"\bcap tinh\b|\bprovince-level\b|\bprovincial(?:-level)?\b"
        r"(?!(?<=total provincial)(?: budget)? (?:revenue|spending|expenditure)\b)"
    )),
    ("huyen", re.compile(r"\bcap huyen\b|\bdistricts?(?:-level)?\b")),
    ("xa", re.compile(r"\bcap xa\b|\bcommunes?(?:-level)?\b")),
)


def part_tier(label: str) -> str | None:
    """The one tier a part's label names ("district one-stop desks" → "huyen"); None for
    none, or several."""
    folded = fold(label)
    named = [scope for scope, words in TIER_WORDS if words.search(folded)]
    return named[0] if len(named) == 1 else None


def stated_fact(cell: Cell, facts: list[Fact]) -> Fact | None:
    """The one fact of the cell's cited line whose value is the cell's figure."""
    cit = cell.citation
    if cit is None:
        return None
    quote, value = fold(cit.quote), comparable(cell.figure)
    said = [
        f for f in facts
        if f.line_start <= cit.line_end and f.line_end >= cit.line_start
        and fold(f.value) in quote and comparable(f.value) == value
    ]  # fmt: skip
    return said[0] if len(said) == 1 else None


def _whole(facts: list[Fact], cell: Cell) -> Fact | None:
    """The one headline fact of the cell's cited line whose value is the cell's figure."""
    said = stated_fact(cell, facts)
    return said if said is not None and not said.parent else None


def tier_part(parts: Sequence[Part], cells: list[Cell], facts_of: FactsOf) -> list[Cell]:
    """The cells, a part naming one tier given a headline that the fact table breaks down:
    the breakdown's one part at that tier, else (the headline not at that tier either) the
    headline only as a figure it may be (see the module)."""
    out = []
    for part, cell in zip(parts, cells, strict=True):
        tier = part_tier(part.label)
        facts = facts_of(cell.citation.chunk_id) if tier and cell.citation else []
        whole = _whole(facts, cell)
        kids = [f for f in facts if whole is not None and f.parent == whole.id]
        if whole is None or not kids or cell.citation is None:
            out.append(cell)
            continue
        mine = {f.value for f in kids if f.kind == whole.kind and f.scope.split(",") == [tier]}
        if len(mine) == 1:
            out.append(replace(cell, figure=mine.pop(), beside=""))  # the headline's share is not the part's
        elif tier in whole.scope.split(","):
            out.append(cell)
        else:
            out.append(Cell(cell.side, doubted=((cell.figure, cell.citation), *cell.doubted)))
    return out
