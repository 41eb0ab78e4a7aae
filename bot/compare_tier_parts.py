"""Tiers compared that one breakdown lists, each tier its own labelled part ("Toàn tỉnh có
1.900 TTHC, trong đó: + … của các sở, ban, ngành: 1.500; + … của UBND cấp huyện: 280; + … của
UBND cấp xã: 120"): when some asked tiers are found as parts of that breakdown and another
asked tier is left with nothing (not found, no figure it may be), the lost tier takes the one
part of the same breakdown that the report says of its tier. Two tiers or more (department,
district, commune); the provincial departments ("sở, ban, ngành", "departments") are a tier of
their own here, as the reports list them beside the district and commune committees.

Held back (the cells as they were): a part naming no tier or the same tier as another part, a
found part whose figure is not a labelled part of a breakdown at its own tier, found parts of
different breakdowns, and a lost tier that the breakdown lists never or with different
figures."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.compare_facts import comparable, fact_citation
from bot.compare_part_scope import part_tier, stated_fact
from bot.compare_parts import Part
from bot.compare_table import Cell
from core.text import fold
from index.facts import Fact
from index.generations import LoadedIndex

FactsOf = Callable[[str], list[Fact]]  # a chunk's facts by the chunk's id

DEPARTMENTS = "so"  # the departments' tier, beside the fact table's "tinh", "huyen", "xa"
# A part asking the provincial departments: English "department(s)", "dept", the reports'
# "sở, ban, ngành" / "ban, ngành" / "cấp sở" (folded; a bare "so" is also "số", a number).
_DEPARTMENTS_ASKED = re.compile(r"\b(?:departments?|depts?|s[o0],? ban,? nganh|ban,? nganh|cap so)\b")
# A breakdown's part said of the departments, in the reports' words (folded; OCR drops or
# misreads "sở": "sd, ban, ngành", "ban nganh").
_DEPARTMENTS_SAID = re.compile(r"\b(?:s[o0d],? )?ban,? nganh\b|\bcap so\b")


def asked_tier(label: str) -> str | None:
    """The one tier a part's label names, the departments their own ("provincial departments"
    → "so", "commune level" → "xa"); None for none, or several."""
    if _DEPARTMENTS_ASKED.search(fold(label)):
        return DEPARTMENTS
    return part_tier(label)


def said_tier(f: Fact) -> str | None:
    """The tier a breakdown's part is said of: the departments by their words, else the fact
    table's one scope; None for none, or several."""
    if _DEPARTMENTS_SAID.search(f"{f.label_folded} {f.counts_folded}"):
        return DEPARTMENTS
    return f.scope if f.scope in ("tinh", "huyen", "xa") else None


def _found_parts(tiers: list[str | None], cells: list[Cell], facts_of: FactsOf) -> list[Fact]:
    """The found cells' facts when each is a labelled part at its own tier of one breakdown
    (the breakdown's headline shared); [] otherwise."""
    said = []
    for tier, cell in zip(tiers, cells, strict=True):
        if cell.citation is None and not cell.doubted:
            continue  # a lost part
        f = stated_fact(cell, facts_of(cell.citation.chunk_id)) if cell.citation else None
        if f is None or not f.parent or said_tier(f) != tier:
            return []
        said.append(f)
    return said if len({f.parent for f in said}) == 1 else []


def _units_agree(a: Fact, b: Fact) -> bool:
    """Whether two parts count one unit, a part that says none counting its headline's."""
    return not a.unit or not b.unit or a.unit == b.unit


def tier_parts(
    parts: Sequence[Part], cells: list[Cell], facts_of: FactsOf, index: LoadedIndex
) -> list[Cell]:
    """The cells, a lost tier given its part of the breakdown the found tiers are parts of."""
    tiers = [asked_tier(p.label) for p in parts]
    lost = [k for k, c in enumerate(cells) if c.citation is None and not c.doubted]
    if len(cells) < 2 or None in tiers or len(set(tiers)) != len(tiers) or not lost:
        return cells
    said = _found_parts(tiers, cells, facts_of)
    if not said:
        return cells
    one = said[0]
    model = next(c for c in cells if c.citation is not None)
    kin = [f for f in facts_of(one.chunk_id)
           if f.parent == one.parent and f.kind == one.kind and _units_agree(f, one)]  # fmt: skip
    out = list(cells)
    for k in lost:
        fits = [f for f in kin if said_tier(f) == tiers[k]]
        if len({comparable(f.value) for f in fits}) != 1:
            continue  # the breakdown lists that tier never, or with different figures
        cit = fact_citation(index, fits[0])
        out[k] = Cell(cells[k].side, fits[0].value, cit.quote, model.holds, cit, kind=model.kind)
    return out
