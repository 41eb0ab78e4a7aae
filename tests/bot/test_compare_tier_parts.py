"""Tiers compared that one breakdown lists: a lost tier takes its own part of the breakdown the
found tiers are parts of, the departments ("sở, ban, ngành") a tier of their own. Over the
real seed index's fact table; the breakdown is found by its shape, not by its figures."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.answer import AnswerService
from bot.compare_facts import fact_citation
from bot.compare_parts import Part
from bot.compare_sides import Side
from bot.compare_table import Cell
from bot.compare_tier_parts import DEPARTMENTS, LEAST_BESIDE, asked_tier, said_tier, tier_parts
from core.query import parse_query
from index.facts import Fact

_TIERS = (DEPARTMENTS, "huyen", "xa")


def test_a_part_names_its_tier_the_departments_their_own() -> None:
    assert asked_tier("the provincial departments") == DEPARTMENTS
    assert asked_tier("các sở, ban, ngành") == DEPARTMENTS
    assert asked_tier("district level") == "huyen"
    assert asked_tier("UBND cấp xã") == "xa"
    assert asked_tier("provincial level") == "tinh"
    assert asked_tier("Tuyên Quang") is None
    assert asked_tier("cấp huyện và cấp xã") is None  # two tiers: not one part's tier


def _breakdown(facts: list[Fact]) -> dict[str, Fact]:
    """A headline's parts said of the departments, the districts and the communes, by tier."""
    by_parent: dict[str, dict[str, list[Fact]]] = {}
    for f in facts:
        if f.parent and (tier := said_tier(f)) in _TIERS:
            by_parent.setdefault(f.parent, {}).setdefault(tier, []).append(f)
    for tiers in by_parent.values():
        if set(tiers) == set(_TIERS) and all(len(v) == 1 for v in tiers.values()):
            return {t: v[0] for t, v in tiers.items()}
    pytest.fail("the seed index lists a breakdown by department, district and commune")


def _cells(service: AnswerService, found: dict[str, Fact], labels: list[str]) -> list[Cell]:
    index = service.retriever.index
    side = Side("x", (), ())
    out = []
    for label in labels:
        f = found.get(asked_tier(label) or "")
        if f is None:
            out.append(Cell(side))
            continue
        cit = fact_citation(index, f)
        out.append(Cell(side, f.value, cit.quote, "2022", cit, kind=f.kind))
    return out


def test_a_lost_tier_takes_its_part_of_the_found_tiers_breakdown(service: AnswerService) -> None:
    facts = service.index_facts()
    parts_by_tier = _breakdown(facts)
    labels = ["departments", "district level", "commune level"]
    parts = [Part(label, parse_query(label)) for label in labels]

    def facts_of(chunk_id: str) -> list[Fact]:
        return [f for f in facts if f.chunk_id == chunk_id]

    index = service.retriever.index
    found = {t: parts_by_tier[t] for t in ("huyen", "xa")}
    got = tier_parts(parts, _cells(service, found, labels), facts_of, index)
    assert [c.figure for c in got] == [parts_by_tier[t].value for t in _TIERS]
    assert got[0].citation is not None

    # a found tier whose figure is no part of a breakdown at its own tier: nothing taken
    headline = replace(parts_by_tier["huyen"], parent="", scope="huyen")
    wrong = {"huyen": headline, "xa": parts_by_tier["xa"]}
    kept = tier_parts(parts, _cells(service, wrong, labels), lambda _c: [headline,
                      parts_by_tier["xa"], parts_by_tier[DEPARTMENTS]], index)  # fmt: skip
    assert kept[0].figure == ""

    # a tier found outside the breakdown beside two tiers of it: both readings, neither bold
    elsewhere = next(f for f in facts if said_tier(f) == "huyen" and f.parent
                     and f.parent != parts_by_tier["huyen"].parent
                     and f.value != parts_by_tier["huyen"].value)  # fmt: skip
    both = {DEPARTMENTS: parts_by_tier[DEPARTMENTS], "huyen": elsewhere, "xa": parts_by_tier["xa"]}
    doubted = tier_parts(parts, _cells(service, both, labels), facts_of, index)
    assert doubted[1].figure == ""
    assert [v for v, _ in doubted[1].doubted] == [parts_by_tier["huyen"].value, elsewhere.value]
    assert [c.figure for c in doubted[::2]] == [parts_by_tier[t].value for t in (DEPARTMENTS, "xa")]
    assert sum(f.parent == parts_by_tier["xa"].parent for f in both.values()) == LEAST_BESIDE
    # one tier fewer of the breakdown (below `LEAST_BESIDE`) against one found elsewhere: kept
    alone = tier_parts(parts[1:], _cells(service, both, labels[1:]), facts_of, index)
    assert sum(f.parent == parts_by_tier["xa"].parent for f in (elsewhere, parts_by_tier["xa"])) == (
        LEAST_BESIDE - 1
    )
    assert [c.figure for c in alone] == [elsewhere.value, parts_by_tier["xa"].value]

    # a lost tier the breakdown never lists (the provincial tier): still lost
    asked = ["provincial level", "district level", "commune level"]
    provincial = [Part(label, parse_query(label)) for label in asked]
    left = tier_parts(provincial, _cells(service, found, asked), facts_of, index)
    assert left[0].figure == ""
    assert left[0].citation is None
