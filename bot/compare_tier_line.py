"""Two tiers of one measure compared, each tier said in its own line of one passage ("Tổng cấp
huyện có 120 DVC mức độ 4 …", next line "Tổng cấp xã có 900 DVC mức độ 4 …"): when one tier's
figure is found and the other tier is left with nothing (not found, no figure it may be), the
other takes the one figure of the same passage, a few lines away, that the fact table sets at
its own tier and at the found figure's level, kind and unit, also a headline (or also a part),
and whose words, its tier's words and figures aside, say the found line's words. None such, or
several different: the tier stays not found."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.compare_facts import comparable, fact_citation
from bot.compare_part_scope import part_tier, stated_fact
from bot.compare_parts import Part
from bot.compare_table import Cell
from bot.compare_tier_parts import tier_parts
from index.facts import Fact
from index.generations import LoadedIndex

FactsOf = Callable[[str], list[Fact]]  # a chunk's facts by the chunk's id

# How many lines apart, at most, the two tiers' lines may start: lines of one list in one
# passage (e.g. a district line and the commune line after it), not another section's figure.
NEAR_LINES = 4
# Share of the shorter of the two lines' words (tier words and figures aside) that the other
# line says too, at least: the same measure said again of another tier, OCR slips allowed.
ALIKE = 0.6
_TIER_WORDS = frozenset({"cap", "tinh", "huyen", "xa"})


def _words(f: Fact) -> frozenset[str]:
    return frozenset(w for w in f.counts_folded.split() if w not in _TIER_WORDS and not w.isdigit())


def alike(a: Fact, b: Fact) -> bool:
    """Whether two facts' words, tiers aside, say one measure (`ALIKE` of the shorter's)."""
    wa, wb = _words(a), _words(b)
    least = min(len(wa), len(wb))
    return least > 0 and len(wa & wb) >= ALIKE * least


def sibling_of(found: Fact, tier: str, facts: list[Fact]) -> Fact | None:
    """The one figure of the passage said of `tier` as `found` is said of its own (see the
    module); None for none, or several different."""
    fits = [
        f for f in facts
        if f.scope == tier and f.kind == found.kind and f.unit == found.unit
        and f.level == found.level and bool(f.parent) == bool(found.parent)
        and 0 < abs(f.line_start - found.line_start) <= NEAR_LINES and alike(f, found)
    ]  # fmt: skip
    return fits[0] if len({comparable(f.value) for f in fits}) == 1 else None


def tier_sibling(
    parts: Sequence[Part], cells: list[Cell], facts_of: FactsOf, index: LoadedIndex
) -> list[Cell]:
    """The cells, a tier left with nothing given its figure from the found tier's passage, or
    from the breakdown the found tiers are parts of (`bot/compare_tier_parts.py`)."""
    cells = tier_parts(parts, cells, facts_of, index)
    tiers = [part_tier(p.label) for p in parts]
    if len(cells) != 2 or None in tiers or len(set(tiers)) != 2:
        return cells
    for k in (0, 1):
        found, lost, tier = cells[k], cells[1 - k], tiers[1 - k]
        if found.citation is None or lost.citation is not None or lost.doubted or tier is None:
            continue
        facts = facts_of(found.citation.chunk_id)
        said = stated_fact(found, facts)
        if said is None or said.scope != tiers[k]:
            continue
        other = sibling_of(said, tier, facts)
        if other is None:
            continue
        cit = fact_citation(index, other)
        got = Cell(lost.side, other.value, cit.quote, found.holds, cit, kind=found.kind)
        return [got, found] if k == 1 else [found, got]
    return cells
