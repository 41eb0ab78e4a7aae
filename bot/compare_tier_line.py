"""Tiers of one measure compared, each tier said in its own line of one passage ("Tổng cấp
huyện có 120 DVC mức độ 4 …", next line "Tổng cấp xã có 900 DVC mức độ 4 …"): when a tier's
figure is found and another tier is left with nothing (not found, no figure it may be), the
other takes the one figure of the same passage, a few lines away, that is said of its own tier
(the fact table's tier, or a clause naming the provincial departments, "Các sở, ban, ngành có
…", and no other tier) at the found figure's level, kind and unit, also a headline (or also a
part), and whose words, its tier's words and figures aside, say the found line's words. Two
tiers or more; every found tier that lends one must lend the same. None such, or several
different: the tier stays not found."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from bot.compare_facts import comparable, fact_citation
from bot.compare_part_scope import TIER_WORDS, part_tier, stated_fact
from bot.compare_parts import Part
from bot.compare_table import Cell
from bot.compare_tier_parts import DEPARTMENTS, DEPARTMENTS_SAID, asked_tier, tier_parts
from core.text import fold
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
_SCOPES = ("tinh", "huyen", "xa")  # the fact table's tiers


def _words(f: Fact) -> frozenset[str]:
    return frozenset(w for w in f.counts_folded.split() if w not in _TIER_WORDS and not w.isdigit())


def alike(a: Fact, b: Fact) -> bool:
    """Whether two facts' words, tiers aside, say one measure (`ALIKE` of the shorter's)."""
    wa, wb = _words(a), _words(b)
    least = min(len(wa), len(wb))
    return least > 0 and len(wa & wb) >= ALIKE * least


def line_tier(f: Fact, index: LoadedIndex) -> str | None:
    """The tier a figure is said of: the fact table's scope, else the departments when its
    clause names them ("Các sở, ban, ngành có …") and no other tier; None for none."""
    if f.scope in _SCOPES:
        return f.scope
    said = fold(fact_citation(index, f).quote)
    if any(words.search(said) for _, words in TIER_WORDS):
        return None
    return DEPARTMENTS if DEPARTMENTS_SAID.search(said) else None


def sibling_of(found: Fact, tier: str, facts: list[Fact], index: LoadedIndex) -> Fact | None:
    """The one figure of the passage said of `tier` as `found` is said of its own (see the
    module); None for none, or several different."""
    fits = [
        f for f in facts
        if f.kind == found.kind and f.unit == found.unit
        and f.level == found.level and bool(f.parent) == bool(found.parent)
        and 0 < abs(f.line_start - found.line_start) <= NEAR_LINES and alike(f, found)
        and line_tier(f, index) == tier
    ]  # fmt: skip
    return fits[0] if len({comparable(f.value) for f in fits}) == 1 else None


def _tier(label: str) -> str | None:
    """A part's tier: the one its tier words name, else the departments ("depts", "các sở,
    ban, ngành"); "provincial departments" stays the provincial tier."""
    return part_tier(label) or (DEPARTMENTS if asked_tier(label) == DEPARTMENTS else None)


def tier_sibling(
    parts: Sequence[Part], cells: list[Cell], facts_of: FactsOf, index: LoadedIndex
) -> list[Cell]:
    """The cells, each tier left with nothing given its figure from a found tier's passage
    (two tiers or more; every found tier that gives one giving the same), or from the
    breakdown the found tiers are parts of (`bot/compare_tier_parts.py`)."""
    cells = tier_parts(parts, cells, facts_of, index)
    tiers = [_tier(p.label) for p in parts]
    if len(cells) != len(parts) or len(cells) < 2 or None in tiers or len(set(tiers)) != len(tiers):
        return cells
    out = list(cells)
    for j, lost in enumerate(cells):
        tier = tiers[j]
        if lost.citation is not None or lost.doubted or tier is None:
            continue
        got = [g for k, found in enumerate(cells) if k != j
               if (g := _sibling_cell(found, tiers[k], tier, facts_of, index)) is not None]  # fmt: skip
        if got and len({comparable(g.figure) for g in got}) == 1:
            out[j] = replace(got[0], side=lost.side)
    return out


def _sibling_cell(
    found: Cell, own: str | None, tier: str, facts_of: FactsOf, index: LoadedIndex
) -> Cell | None:
    """The cell `found` (a figure said of its own tier `own`) lends a lost `tier`: the
    sibling line's figure (`sibling_of`); None when it has none."""
    if found.citation is None:
        return None
    facts = facts_of(found.citation.chunk_id)
    said = stated_fact(found, facts)
    if said is None or line_tier(said, index) != own:
        return None
    other = sibling_of(said, tier, facts, index)
    if other is None:
        return None
    cit = fact_citation(index, other)
    return Cell(found.side, other.value, cit.quote, found.holds, cit, kind=found.kind)
