"""Tiers compared that one breakdown lists, each tier its own labelled part ("Toàn tỉnh có
1.870 TTHC, trong đó: + … của các sở, ban, ngành: 1.530; + … của UBND cấp huyện: 260; + … của
UBND cấp xã: 80"): when some asked tiers are found as parts of that breakdown and another
asked tier is left with nothing (not found, no figure it may be), the lost tier takes the one
part of the same breakdown that the report says of its tier. Two tiers or more (department,
district, commune); the provincial departments ("sở, ban, ngành", "departments") are a tier of
their own here, as the reports list them beside the district and commune committees.

A tier found outside that breakdown while two tiers or more are its parts (`LEAST_BESIDE`) and
the breakdown lists that tier with another figure (districts 38 of a one-stop desk's count
beside departments 1.530 and communes 80 of the breakdown above) has two readings: the
breakdown's part and its own figure are both figures it may be, neither bold.

Held back (the cells as they were): a part naming no tier or the same tier as another part, a
found part whose figure is not a labelled part of a breakdown at its own tier, found parts of
different breakdowns, and a lost tier that the breakdown lists never or with different
figures."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from bot.compare_facts import comparable, fact_citation
from bot.compare_part_scope import part_tier, stated_fact
from bot.compare_parts import Part
from bot.compare_table import Cell
from core.text import fold
from index.facts import Fact
from index.generations import LoadedIndex

FactsOf = Callable[[str], list[Fact]]  # a chunk's facts by the chunk's id

# How many found tiers, at least, must be parts of one breakdown for a tier found outside it
# to be doubted: two agreeing tiers outweigh one, one tier against one is no majority.
LEAST_BESIDE = 2

DEPARTMENTS = "so"  # the departments' tier, beside the fact table's "tinh", "huyen", "xa"
# A part asking the provincial departments: English "department(s)", "dept", the reports'
# "sở, ban, ngành" / "ban, ngành" / "cấp sở" (folded; a bare "so" is also "số", a number).
_DEPARTMENTS_ASKED = re.compile(r"\b(?:departments?|depts?|s[o0],? ban,? nganh|ban,? nganh|cap so)\b")
# A breakdown's part said of the departments, in the reports' words (folded; OCR drops or
# misreads "sở": "sd, ban, ngành", "ban nganh").
DEPARTMENTS_SAID = re.compile(r"\b(?:s[o0d],? )?ban,? nganh\b|\bcap so\b")


def asked_tier(label: str) -> str | None:
    """The one tier a part's label names, the departments their own ("provincial departments"
    → "so", "commune level" → "xa"); None for none, or several."""
    if _DEPARTMENTS_ASKED.search(fold(label)):
        return DEPARTMENTS
    return part_tier(label)


def said_tier(f: Fact) -> str | None:
    """The tier a breakdown's part is said of: the departments by their words, else the fact
    table's one scope; None for none, or several."""
    if DEPARTMENTS_SAID.search(f"{f.label_folded} {f.counts_folded}"):
        return DEPARTMENTS
    return f.scope if f.scope in ("tinh", "huyen", "xa") else None


def _own_part(tier: str | None, cell: Cell, facts_of: FactsOf) -> Fact | None:
    """The cell's figure as a labelled part of a breakdown at the part's own tier; None when it
    is not one (a headline, a part of another tier, a figure the fact table does not hold)."""
    f = stated_fact(cell, facts_of(cell.citation.chunk_id)) if cell.citation else None
    return f if f is not None and f.parent and said_tier(f) == tier else None


def _units_agree(a: Fact, b: Fact) -> bool:
    """Whether two parts count one unit, a part that says none counting its headline's."""
    return not a.unit or not b.unit or a.unit == b.unit


def _kin(one: Fact, facts_of: FactsOf, tier: str | None) -> Fact | None:
    """The one part of `one`'s breakdown said of `tier` (its kind, its unit); None for none, or
    several different."""
    fits = [f for f in facts_of(one.chunk_id)
            if f.parent == one.parent and f.kind == one.kind and _units_agree(f, one)
            and said_tier(f) == tier]  # fmt: skip
    return fits[0] if len({comparable(f.value) for f in fits}) == 1 else None


def tier_parts(
    parts: Sequence[Part], cells: list[Cell], facts_of: FactsOf, index: LoadedIndex
) -> list[Cell]:
    """The cells, a lost tier given its part of the breakdown the found tiers are parts of; a
    tier found elsewhere beside tiers of one breakdown only a figure it may be (see the module)."""
    tiers = [asked_tier(p.label) for p in parts]
    if len(cells) < 2 or None in tiers or len(set(tiers)) != len(tiers):
        return cells
    lost = [k for k, c in enumerate(cells) if c.citation is None and not c.doubted]
    found = [k for k in range(len(cells)) if k not in lost]
    own = {k: _own_part(tiers[k], cells[k], facts_of) for k in found}
    heads = Counter(f.parent for f in own.values() if f is not None)
    if not heads:
        return cells
    head, members = heads.most_common(1)[0]
    one = next(f for f in own.values() if f is not None and f.parent == head)
    odd = [k for k in found if own[k] is None or own[k].parent != head]  # type: ignore[union-attr]
    model = next(c for c in cells if c.citation is not None)
    out = list(cells)
    for k in lost if not odd else odd if members >= LEAST_BESIDE else []:
        kin = _kin(one, facts_of, tiers[k])
        if kin is None or (k in odd and comparable(kin.value) == comparable(cells[k].figure)):
            continue  # the breakdown lists that tier never, or with different figures
        cit = fact_citation(index, kin)
        if k in odd:  # two readings of the tier: the breakdown's part first, neither bold
            pairs = ((kin.value, cit), *(((c.figure, c.citation),) if (c := cells[k]).citation else ()))
            out[k] = Cell(cells[k].side, doubted=(*pairs, *cells[k].doubted))
        else:
            out[k] = Cell(cells[k].side, kin.value, cit.quote, model.holds, cit, kind=model.kind)
    return out
