"""A report's key figures from the fact table, for its summary: per section its most key
figures (counts of named things, shares reached, totals told part by part), told by what they
count (a unit already told weighs less, the biggest count of a thing counted several times
more), one per clause, each clause told around its headline count."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence

from bot.compare_facts import is_bare
from bot.key_counted import FEW, counts_something, is_money, unit_beside
from bot.target_asked import TARGET
from core.text import fold, parse_number
from index.facts import Fact

# Key figures: at most this many, at most one for every PER_SECTION facts of a section (of a
# part, narrower than a report, one for every PART_PER_SECTION).
MAX_FIGURES = 16
PER_SECTION = 3
PART_PER_SECTION = 2
# A share stated as reached ("đạt", "đạt tỷ lệ"): a result, more than one line of a table.
_REACHED = re.compile(r"\bdat\b")
# A count said in thousands, millions ("hơn 30 ngàn tờ rơi": 30.000 leaflets).
_MAGNITUDE = {"ngan": 1e3, "nghin": 1e3, "trieu": 1e6, "ty": 1e9}
# A total of money ("tổng mức đầu tư", "tổng số vốn", "tổng thu"): the headline of a budget.
_TOTAL = re.compile(r"\btong\b")


def keyness(f: Fact, broken: bool | None = None) -> float:
    """How much a figure is one of a report's key figures: a count of a named unit (larger
    counts weigh more), a share, a "done/all" ratio, a total broken into parts (`broken`: its
    parts are figures of its own kind, when known); never a part or a target."""
    score = 0.0
    if f.parent:
        score -= 1.0
    money = is_money(f)
    if f.unit and f.unit != "%" and unit_beside(f):
        # an amount of money is one line of a budget table; a count of things is a result (a
        # unit read far after its figure is some other word of the clause: no count of it)
        score += 0.5 if money else 1.0
    if f.kind == "percent":
        score += 1.0  # a share is a result
        if _REACHED.search(f.counts_folded):
            score += 0.5  # "đạt 96,1%", "đạt tỷ lệ 70,3%": the share reached
    if f.parts and broken is not False:
        score += 1.0  # a total told part by part: a headline, whatever its unit
    if "/" in f.norm:
        score += 1.5
    elif f.kind == "count" and not money:
        # hundreds over units
        score += min(0.75, 0.25 * math.log10(1.0 + magnitude(f)))
    if money and _TOTAL.search(f.counts_folded):
        score += 0.5  # a budget's total ("tổng mức đầu tư"), not one of its lines
    if TARGET.search(f.counts_folded):  # a figure set as a target, not one reached
        score -= 1.0
    return score


def magnitude(f: Fact) -> float:
    """A count's value, in thousands or millions where the words after it say so."""
    value = parse_number(f.norm) or 0.0
    rest = f.clause.split(f.value, 1)[1] if f.value in f.clause else ""
    after = re.match(r"\s*(\w+)", fold(rest))
    return value * _MAGNITUDE.get(after.group(1), 1.0) if after else value


def broken_down(facts: Sequence[Fact]) -> set[str]:
    """The ids of the totals some of whose parts are figures of their own kind: "1.636 hồ sơ
    (trong đó 776 hồ sơ cấp xã)" is told part by part; "vốn năm 2021: 3.500.000.000 đồng (giải
    ngân đạt 100%)" is not: a share of an amount is no part of it."""
    kind = {f.id: f.kind for f in facts}
    return {f.parent for f in facts if f.parent and kind.get(f.parent) == f.kind}


def key_facts(
    facts: Sequence[Fact], depth: int = 2, per_section: int = PER_SECTION,
    limit: int = MAX_FIGURES,
) -> list[Fact]:  # fmt: skip
    """A report's (or a part's) key figures, in report order: each section (its heading path
    cut at `depth`) gives its most key figure, then its second …, up to one for every
    `per_section` figures it states and `limit` in all; one per clause, each paragraph's (a
    bullet's) most key figure first (see `varied`); each clause told by its headline (see
    `headline`)."""
    by_section: dict[str, list[Fact]] = {}
    by_clause: dict[tuple[str, int], list[Fact]] = {}
    for f in facts:
        if is_bare(f) or not counts_something(f):
            continue  # "khoản 2 Điều 4", "thực hiện 7 nội dung", "xếp thứ 8": not counted
        by_section.setdefault(" > ".join(f.section.split(" > ")[:depth]), []).append(f)
        by_clause.setdefault((f.chunk_id, f.span_start), []).append(f)
    broken = broken_down(facts)
    # a section tells one figure for every `per_section` it states, and every bullet's headline
    # a part (a denser allowance than a report's) tells, too, each thing its section counts
    every = per_section < PER_SECTION
    ranked = [varied(group, max(-(-len(group) // per_section), len(bullet_heads(group, broken)),
                                len(things_counted(group, broken)) if every else 0),
                     broken) for group in by_section.values()]  # fmt: skip
    picks: list[Fact] = []
    for rank in range(max((len(r) for r in ranked), default=0)):
        # every section's rank-th figure, the most key sections first (of their first figures,
        # every part's headline before another section's of a part already told: `parts_first`)
        at = [r[rank] for r in ranked if len(r) > rank]
        picks.extend(parts_first(at, depth, broken) if rank == 0 else
                     sorted(at, key=lambda f: -keyness(f, f.id in broken)))  # fmt: skip
    order = {f.id: i for i, f in enumerate(facts)}
    # a figure restated (an assessment closing the report with a result already told) is
    # told where the report first states it, once
    first = restated(f for fs in by_section.values() for f in fs)
    seen: set[tuple[str, int]] = set()
    once: list[Fact] = []
    for f in (first.get(f.id, f) for f in picks):
        if (f.chunk_id, f.span_start) not in seen:
            seen.add((f.chunk_id, f.span_start))
            once.append(f)
    told = [headline(f, by_clause[(f.chunk_id, f.span_start)]) for f in once[:limit]]
    return sorted(told, key=lambda f: order[f.id])


def parts_first(firsts: Sequence[Fact], depth: int, broken: set[str]) -> list[Fact]:
    """Sections' figures of one rank, the most key first, but each part's (the sections'
    headings cut one level higher: a report's top-level part) most key figure before any
    other: a part of six sections does not fill the allowance before a part of one is told."""
    key = {f.id: keyness(f, f.id in broken) for f in firsts}
    best: dict[str, Fact] = {}
    for f in firsts:
        part = " > ".join(f.section.split(" > ")[: depth - 1])
        if part not in best or key[f.id] > key[best[part].id]:
            best[part] = f
    heads = {f.id for f in best.values()}
    return sorted(firsts, key=lambda f: (f.id not in heads, -key[f.id]))


# A figure restates one stated before it where its value and unit are the same and the words
# of what it counts hold all of the first one's, at least this many (made up: "tỷ lệ hồ sơ nộp
# trực tuyến trong năm đạt 41%" restated as "tỷ lệ hồ sơ nộp trực tuyến trong năm có nhiều
# chuyển biến tích cực, đạt 41%"): a bare "đạt 100%" restates nothing.
RESTATED_WORDS = 3


def restated(facts: Iterable[Fact]) -> dict[str, Fact]:
    """The figures (by id) that restate one stated before them in report order (see
    `RESTATED_WORDS`), each with the one first stated: an assessment's repeat of a result
    ("Ưu điểm: tỷ lệ hồ sơ trực tuyến … đạt 41%") is told by the result's own clause."""
    before: dict[tuple[str, str], list[tuple[Fact, set[str]]]] = {}
    out: dict[str, Fact] = {}
    for f in facts:
        words = set(f.counts_folded.split())
        for g, had in before.get((f.unit or f.kind, f.norm), []):
            if (g.chunk_id, g.span_start) != (f.chunk_id, f.span_start) and \
                    len(had) >= RESTATED_WORDS and had <= words:
                out[f.id] = g
                break
        before.setdefault((f.unit or f.kind, f.norm), []).append((f, words))
    return out


# A section's figures are told by what they count: each further figure of a unit already
# chosen ("dịch vụ công", "hồ sơ", "%") weighs this much less, so its shares and its other
# things counted are told beside its biggest counts; the biggest count of a unit counted
# SEVERAL times or more (the total of dossiers, of online services) weighs BIGGEST more.
UNIT_REPEAT = 0.25
BIGGEST = 0.5
SEVERAL = 3
# A value already told of the same unit ("100%" of one more thing equipped, after "100% of
# agencies have …") tells a reader little new: each repeat weighs as a repeat of its thing.
VALUE_REPEAT = UNIT_REPEAT
# Every paragraph's (a bullet of the report's) headline is told before a bullet's second figure
# ("100% CBCC cấp tỉnh, 93% CBCC cấp xã được trang bị máy tính" before the third figure of the
# e-commerce bullet), where it is this key.
HEADLINE = 1.0  # (a count below `FEW` tells single cases, no bullet's headline)


def paragraph(f: Fact) -> tuple[str, int]:
    """The paragraph a figure is stated in (a bullet of the report): its first line."""
    return f.report_id, f.line_start


def varied(
    group: Sequence[Fact], take: int,
    broken: set[str] | None = None,
) -> list[Fact]:  # fmt: skip
    """A section's `take` key figures, one per clause: each paragraph's headline first (see
    `bullet_heads`), the most key first, each one less key for every figure of the same thing (see
    `thing`) or of the same value and unit (see `same`) chosen before it; `broken`: the totals told part by part (see `broken_down`)."""
    values: dict[str, list[float]] = {}
    for f in group:
        if f.kind == "count" and f.unit and "/" not in f.norm:
            values.setdefault(f.unit, []).append(parse_number(f.norm) or 0.0)
    # a thing counted three times or more: its biggest count is its total
    top = {u: max(v) for u, v in values.items() if len(v) >= SEVERAL}
    base = {f.id: keyness(f, None if broken is None else f.id in broken) + (
        BIGGEST if f.kind == "count" and f.unit in top and
        (parse_number(f.norm) or 0.0) == top[f.unit] else 0.0) for f in group}  # fmt: skip
    heads = {f.id for f in bullet_heads(group, broken)}  # told before any bullet's second figure
    chosen: list[Fact] = []
    clauses: set[tuple[str, int]] = set()
    told: dict[tuple[str, str, str], int] = {}
    left = list(group)
    while left and len(chosen) < take:
        f = max(
            left,
            key=lambda f: (
                f.id in heads,
                base[f.id]
                - UNIT_REPEAT * told.get(thing(f), 0)
                - VALUE_REPEAT * told.get(same(f), 0),
            ),
        )
        left.remove(f)
        if (f.chunk_id, f.span_start) in clauses:
            continue
        clauses.add((f.chunk_id, f.span_start))
        told[thing(f)] = told.get(thing(f), 0) + 1
        told[same(f)] = told.get(same(f), 0) + 1
        chosen.append(f)
    return chosen


def bullet_heads(group: Sequence[Fact], broken: set[str] | None = None) -> list[Fact]:
    """Each paragraph's (a bullet's) headline, where it has a key figure (`FEW` cases or more, a
    share): the share it opens with ("Tỷ lệ TTHC có DVC đạt 60%. Hiện có 472 DVC …": 60%),
    else its biggest count of a named thing that is no part ("Đến nay đã có 1997 dịch vụ công,
    … 1.636 hồ sơ": 1997), else its most key figure (a share reached, a budget's total)."""
    by_para: dict[tuple[str, int], list[Fact]] = {}
    for f in group:
        few = f.kind == "count" and "/" not in f.norm and magnitude(f) < FEW
        if not few and keyness(f, None if broken is None else f.id in broken) >= HEADLINE:
            by_para.setdefault(paragraph(f), []).append(f)

    # each paragraph's opening clause: the first that states a figure
    opening: dict[tuple[str, int], tuple[str, int]] = {}
    for f in group:
        opening.setdefault(paragraph(f), (f.chunk_id, f.span_start))

    def counted(f: Fact) -> bool:
        return (f.kind == "count" and not f.parent and "/" not in f.norm
                and not is_money(f))  # fmt: skip

    def share(f: Fact) -> bool:
        return f.kind == "percent" or "/" in f.norm

    # each paragraph's first clause that states a key figure: a share it opens with, no count
    # beside it, is its headline (a bullet opening on a rate reached tells it first)
    leads = {p: (fs[0].chunk_id, fs[0].span_start) for p, fs in by_para.items()}
    with_count = {(f.chunk_id, f.span_start) for fs in by_para.values() for f in fs if counted(f)}

    def rank(f: Fact) -> tuple[bool, bool, bool, float]:
        clause = (f.chunk_id, f.span_start)
        return (
            counted(f) and opens_with_total(f, opening, broken),
            share(f) and leads[paragraph(f)] == clause and clause not in with_count,
            counted(f),
            magnitude(f) if counted(f) else keyness(f),
        )

    return [max(fs, key=rank) for fs in by_para.values()]


def opens_with_total(
    f: Fact, opening: dict[tuple[str, int], tuple[str, int]], broken: set[str] | None,
) -> bool:  # fmt: skip
    """Whether a figure is the total a paragraph opens with, told part by part ("Từ đầu năm đã
    ban hành 23 văn bản (06 nghị quyết; 17 quyết định). … góp ý 235 dự thảo …": 23): the
    paragraph's headline, though a later sentence, run on into it, counts more of other work."""
    first = opening.get(paragraph(f)) == (f.chunk_id, f.span_start)
    return first and broken is not None and f.id in broken


def same(f: Fact) -> tuple[str, str, str]:
    """A figure's value with its unit, for telling a section's repeated values apart."""
    return "=", f.unit or f.kind, f.norm


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
              and is_money(g) == is_money(f)]  # fmt: skip
    return max(counts, key=lambda g: parse_number(g.norm) or 0.0, default=f)


def things_counted(group: Sequence[Fact], broken: set[str] | None = None) -> set[tuple[str, str, str]]:
    """The things (see `thing`) a section counts by a headline figure of a clause of its own:
    a count of a named thing, no part of another, no few single cases (`FEW`), key enough for
    a bullet's headline (`HEADLINE`) — "in hơn 4.500 tài liệu … Mở 35 lớp tập huấn … 120 lượt
    kiểm tra": handouts, trainings, visits; each a result of its own, none told by another's
    figure, though two share a paragraph. No share: a rate is told beside the count it rates."""
    return {
        thing(f) for f in group
        if f.kind == "count" and f.unit and not f.parent and "/" not in f.norm
        and not is_money(f) and unit_beside(f) and magnitude(f) >= FEW
        and keyness(f, None if broken is None else f.id in broken) >= HEADLINE
    }  # fmt: skip


def area_headline(facts: Sequence[Fact]) -> Fact | None:
    """The headline figure of an area of a summary (a sub-part, a listed item) none of whose
    figures the summary's shared allowance chose: its first figure, in report order, that
    counts something with its unit said beside it (see `unit_beside`), is no part of another
    nor a target, and is no few single cases (`FEW`): a sub-part's result leads it — "Đã sắp xếp giảm 15 tổ chức …, giảm
    3 cấp phó …": 15; "đạt 80%"; "12/14 nhiệm vụ". None when it states none such."""
    for f in facts:  # (in report order)
        if f.parent or is_bare(f) or not counts_something(f) or not unit_beside(f):
            continue
        if TARGET.search(f.counts_folded):
            continue  # a figure set as a target, not one reached
        if f.kind == "count" and "/" not in f.norm and magnitude(f) < FEW:
            continue
        return f
    return None
