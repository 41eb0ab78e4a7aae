"""A report's key figures from the fact table, for its summary: per section its most key
figures (counts of named things, shares reached, totals told part by part), told by what they
count (a unit already told weighs less, the biggest count of a thing counted several times
more), one per clause, each clause told around its headline count."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from bot.compare_facts import is_bare
from core.text import parse_number
from index.facts import Fact

# Key figures: at most this many, at most one for every PER_SECTION facts of a section.
MAX_FIGURES = 16
PER_SECTION = 4
# A figure set as a target, not one reached.
_TARGET = re.compile(r"\b(phan dau|bao dam|dam bao|muc tieu|chi tieu|toi thieu|it nhat)\b")
# A share stated as reached ("đạt", "đạt tỷ lệ"): a result, more than one line of a table.
_REACHED = re.compile(r"\bdat\b")
MONEY_UNITS = frozenset(["dong", "trieu dong", "ty dong", "nghin dong", "vnd"])


def keyness(f: Fact) -> float:
    """How much a figure is one of a report's key figures: a count of a named unit (larger
    counts weigh more), a share, a "done/all" ratio, a total broken into parts; never a part
    or a target."""
    score = 0.0
    if f.parent:
        score -= 1.0
    money = f.unit in MONEY_UNITS
    if f.unit and f.unit != "%":
        # an amount of money is one line of a budget table; a count of things is a result
        score += 0.5 if money else 1.0
    if f.kind == "percent":
        score += 1.0  # a share is a result
        if _REACHED.search(f.counts_folded):
            score += 0.5  # "đạt 96,1%", "đạt tỷ lệ 70,3%": the share reached
    if f.parts:
        score += 1.0  # a total told part by part: a headline, whatever its unit
    if "/" in f.norm:
        score += 1.5
    elif f.kind == "count" and not money:
        # hundreds over units
        score += min(0.75, 0.25 * math.log10(1.0 + (parse_number(f.norm) or 0.0)))
    if _TARGET.search(f.counts_folded):
        score -= 1.0
    return score


def key_facts(
    facts: Sequence[Fact], depth: int = 2, per_section: int = PER_SECTION,
    limit: int = MAX_FIGURES,
) -> list[Fact]:  # fmt: skip
    """A report's (or a part's) key figures, in report order: each section (its heading path
    cut at `depth`) gives its most key figure, then its second …, up to one for every
    `per_section` figures it states and `limit` in all; one per clause, each clause told by
    its headline (see `headline`)."""
    by_section: dict[str, list[Fact]] = {}
    by_clause: dict[tuple[str, int], list[Fact]] = {}
    for f in facts:
        if is_bare(f):
            continue  # "khoản 2 Điều 4", "thực hiện 7 nội dung": no figure of the report's
        by_section.setdefault(" > ".join(f.section.split(" > ")[:depth]), []).append(f)
        by_clause.setdefault((f.chunk_id, f.span_start), []).append(f)
    ranked = [varied(group, -(-len(group) // per_section)) for group in by_section.values()]
    picks: list[Fact] = []
    for rank in range(max((len(r) for r in ranked), default=0)):
        # every section's rank-th figure, the most key sections first
        picks.extend(sorted((r[rank] for r in ranked if len(r) > rank), key=lambda f: -keyness(f)))
    order = {f.id: i for i, f in enumerate(facts)}
    told = [headline(f, by_clause[(f.chunk_id, f.span_start)]) for f in picks[:limit]]
    return sorted(told, key=lambda f: order[f.id])


# A section's figures are told by what they count: each further figure of a unit already
# chosen ("dịch vụ công", "hồ sơ", "%") weighs this much less, so its shares and its other
# things counted are told beside its biggest counts; the biggest count of a unit counted
# SEVERAL times or more (the total of dossiers, of online services) weighs BIGGEST more.
UNIT_REPEAT = 0.25
BIGGEST = 0.5
SEVERAL = 3


def varied(group: Sequence[Fact], take: int) -> list[Fact]:
    """A section's `take` key figures, one per clause, the most key first, each one less key
    for every figure of the same thing (see `thing`) chosen before it."""
    values: dict[str, list[float]] = {}
    for f in group:
        if f.kind == "count" and f.unit and "/" not in f.norm:
            values.setdefault(f.unit, []).append(parse_number(f.norm) or 0.0)
    # a thing counted three times or more: its biggest count is its total
    top = {u: max(v) for u, v in values.items() if len(v) >= SEVERAL}
    base = {f.id: keyness(f) + (BIGGEST if f.kind == "count" and f.unit in top and
                                (parse_number(f.norm) or 0.0) == top[f.unit] else 0.0)
            for f in group}  # fmt: skip
    chosen: list[Fact] = []
    clauses: set[tuple[str, int]] = set()
    told: dict[tuple[str, str, str], int] = {}
    left = list(group)
    while left and len(chosen) < take:
        f = max(left, key=lambda f: base[f.id] - UNIT_REPEAT * told.get(thing(f), 0))
        left.remove(f)
        if (f.chunk_id, f.span_start) in clauses:
            continue
        clauses.add((f.chunk_id, f.span_start))
        told[thing(f)] = told.get(thing(f), 0) + 1
        chosen.append(f)
    return chosen


def thing(f: Fact) -> tuple[str, str, str]:
    """What a figure counts, for telling a section's figures apart: its unit (or kind), at
    its administrative level and service level (online services of the districts and of the
    communes, at level 3 and at level 4, are each a thing of their own)."""
    return f.unit or f.kind, f.scope, f.level


def headline(f: Fact, clause: Sequence[Fact]) -> Fact:
    """The figure a chosen clause is told around: the biggest count of it that is no part of
    another ("đã cấp 1.742 chứng thư số (… cá nhân là 1.101; … tổ chức là 427; …)": 1.742,
    though a part was the more key), else the chosen one."""
    if f.kind != "count" or "/" in f.norm:
        return f  # a score "87.38/100" is told around itself, not its rank's "11"
    counts = [g for g in clause if g.kind == "count" and not g.parent and "/" not in g.norm
              and (g.unit in MONEY_UNITS) == (f.unit in MONEY_UNITS)]  # fmt: skip
    return max(counts, key=lambda g: parse_number(g.norm) or 0.0, default=f)
