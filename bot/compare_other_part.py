"""Two parts of one breakdown asked side by side ("how many went through the provincial centre
versus district level?"): when one part's figure is found and it is one of exactly two items
breaking down a whole ("trả 1.000 hồ sơ (300 hồ sơ tại tỉnh, 700 hồ sơ tại cấp huyện)"), and
the other part was left on that whole or on that other item (its figure, or among the figures
it may be, from the same passage), the other part is that breakdown's other item: the whole
counts both parts, so it answers neither in bold. A part whose own words ask a whole ("tổng",
"total") keeps what it has, and so does one whose words name neither the other item's tier
(the found part's being another) nor a word of the other item's own label. Both items must be
of one kind and unit (the fact table's); a breakdown of three or more items, or a found figure
that is no item, changes nothing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from bot.compare_facts import comparable
from bot.compare_part_scope import part_tier, stated_fact
from bot.compare_parts import Part
from bot.compare_table import Cell
from bot.extractive.whole_asked import SUMMED
from bot.fact_cite import fact_citation
from core.result import Answer
from core.text import fold
from index.facts import Fact
from index.generations import LoadedIndex

FactsOf = Callable[[str], list[Fact]]  # a chunk's facts by the chunk's id

# Items of the breakdown the found part's figure belongs to: exactly this many, so that the
# one item left is the other part's (with three or more, which is the other part's is unsure).
TWO_ITEMS = 2


def _other_item(found: Cell, facts_of: FactsOf) -> tuple[Fact, Fact] | None:
    """The whole the found cell's figure is an item of, and that whole's other item; None
    when the figure is no item of a two-item breakdown of one kind and unit."""
    if found.citation is None or not found.figure or found.doubted:
        return None
    facts = facts_of(found.citation.chunk_id)
    said = stated_fact(found, facts)
    if said is None or not said.parent:
        return None
    whole = next((f for f in facts if f.id == said.parent), None)
    items = [f for f in facts if f.parent == said.parent]
    if whole is None or whole.parts != TWO_ITEMS or len(items) != TWO_ITEMS:
        return None
    other = next(f for f in items if f.id != said.id)
    if (other.kind, other.unit) != (said.kind, said.unit):
        return None
    if comparable(other.value) == comparable(said.value):
        return None
    return whole, other


def _left_on(lost: Cell, whole: Fact, other: Fact) -> bool:
    """Whether a part was left on the whole or on the other item, from the same chunk: its
    figure (the whole only), or among the figures it may be."""
    values = {comparable(whole.value), comparable(other.value)}
    if lost.figure and lost.citation is not None and not lost.doubted:
        same = lost.citation.chunk_id == whole.chunk_id
        return same and comparable(lost.figure) == comparable(whole.value)
    return bool(lost.doubted) and any(
        cit.chunk_id == whole.chunk_id and comparable(fig) in values for fig, cit in lost.doubted
    )


def _names_item(lost: str, found: str, whole: Fact, other: Fact) -> bool:
    """Whether a part's words name the other item rather than the whole: its tier is the
    other item's (or that item names none) and not the found part's, or it says a word of
    the other item's label that neither the whole's words nor the found part's say."""
    tier, found_tier = part_tier(lost), part_tier(found)
    if tier is not None and found_tier not in (None, tier) and other.scope in ("", tier):
        return True
    taken = set(whole.counts_folded.split()) | set(fold(found).split())
    return bool((set(fold(lost).split()) - taken) & set(other.label_folded.split()))


def other_part(
    parts: Sequence[Part], cells: list[Cell], facts_of: FactsOf, index: LoadedIndex
) -> list[Cell]:
    """The cells, a part left on the whole (or unsure) given the other item of the two-item
    breakdown another part's figure belongs to (see the module)."""
    if len(parts) != TWO_ITEMS or len(cells) != TWO_ITEMS:
        return cells
    out = list(cells)
    for j, lost in enumerate(cells):
        found = cells[1 - j]
        pair = _other_item(found, facts_of)
        if pair is None or SUMMED.search(fold(parts[j].label)) or not _left_on(lost, *pair):
            continue
        if not _names_item(parts[j].label, parts[1 - j].label, *pair):
            continue
        cit = fact_citation(index, pair[1])
        out[j] = Cell(lost.side, pair[1].value, cit.quote, found.holds, cit, kind=found.kind)
    return out


def _whole_of(cells: Sequence[Cell], facts_of: FactsOf) -> Fact | None:
    """The whole two stated cells are the two items of (one breakdown, exactly two items,
    one chunk); None otherwise."""
    if len(cells) != TWO_ITEMS:
        return None
    pairs = [_other_item(c, facts_of) for c in cells]
    if pairs[0] is None or pairs[1] is None or pairs[0][0].id != pairs[1][0].id:
        return None
    if comparable(pairs[0][1].value) != comparable(cells[1].figure):
        return None
    return pairs[0][0]


def with_whole(table: Answer, cells: Sequence[Cell], facts_of: FactsOf, en: bool) -> Answer:
    """The table with the line stating the whole its two rows break down, as the report states
    it and citing the rows' source, when `bot/compare_whole.py` has not stated it (its items
    need not add up to it: the fact table reads them as its breakdown). Not bold, as there:
    the whole is what the asked parts are of, not an asked figure."""
    label = "Total (as the report states)" if en else "Tổng (báo cáo nêu)"
    whole = _whole_of(cells, facts_of) if f"\n{label}:" not in table.text else None
    cit = cells[0].citation if whole is not None else None
    n = next((c.n for c in table.citations if cit is not None and c.chunk_id == cit.chunk_id
              and (c.line_start, c.line_end) == (cit.line_start, cit.line_end)), None)  # fmt: skip
    if whole is None or n is None:
        return table
    head, sep, tail = table.text.partition("\n\nSources:" if en else "\n\nNguồn:")
    line = f"{label}: {whole.value} [{n}]"
    text = f"{head}\n{line}{sep}{tail}" if sep else f"{table.text}\n{line}"
    return replace(table, text=text)
