"""Candidate figures, their doubts (another level, unit or part of a breakdown) and the choice
among them: one per figure, scored; distinct figures; the part a question names preferred to
its headline."""

from __future__ import annotations

import re
from dataclasses import dataclass

import bot.extractive.tuning as tuning
from bot import counted
from bot.extractive.english_phrases import part_after_copula
from bot.extractive.left_out import says_phrase
from bot.extractive.question import (
    _DOC_TYPES,
    _UNITS,
    SIBLING_FAMILIES,
    _asked_parts,
    _counts_other,
    other_names,
)
from bot.extractive.sites import _Site
from bot.extractive.tuning import (
    DOCNUM_BONUS,
    HEAD_DIST,
    LOCAL_W,
)
from bot.extractive.words import _DOCNUM, _found
from core.query import ParsedQuery
from core.text import figures, fold
from index.chunk import Span
from index.retrieve import Hit

# A scored figure of a clause: (closeness, figure, the word after it, doubts, asked parts its
# label names, qualifiers its label carries unasked, whether it is an item of a breakdown).
Site = tuple[float, str, str, frozenset[str], int, int, bool]


@dataclass(frozen=True)
class Candidate:
    """A clause of a retrieved chunk, scored against the question."""

    hit: Hit
    span: Span
    score: float
    coverage: float
    figure: str
    closeness: float = 0.0  # how closely the asked words surround the figure (see _figure)
    # Why the figure may not be what was asked: "level" (another service level or none),
    # "unit" (it counts another thing, or is a share when a count was asked), "part" (the
    # question names a part of a breakdown, or excludes one, and this figure is not that part).
    doubts: frozenset[str] = frozenset()
    # How many of the asked parts of a breakdown the figure's own label names (its item, the
    # head of its enumeration, its paragraph's lead-in), and how many qualifiers
    # (`QUALIFIERS`) the label carries that the question does not ask.
    parts_named: int = 0
    unasked: int = 0
    item: bool = False  # an item of a breakdown of another figure of its clause


def _distinct_figures(cands: list[Candidate]) -> list[Candidate]:
    """The best candidate of each different figure (1.044 and 1,044 are one), best first."""
    seen: set[frozenset[str]] = set()
    out: list[Candidate] = []
    for c in cands:
        key = frozenset(figures(c.figure)) or frozenset((c.figure,))
        if c.figure and key not in seen:
            seen.add(key)
            out.append(c)
    return out


def prefer_named(ranked: list[Candidate], parts_asked: bool) -> tuple[list[Candidate], bool]:
    """The distinct figures, best first, reordered by what their own labels name, and whether
    the labels decided the first one. When the question names a part of a breakdown, the
    rivals of the best figure (same report, no other level or unit, clauses covering at least
    `PART_RIVAL_COVERAGE` of its coverage) that name more of the asked parts come first: the
    part, not the headline it breaks down. Among rivals that score the same as the first
    (within `SCORE_TIE`) and name as many parts, one with fewer unasked qualifiers
    ("dang giai quyet" when the question says none) than all the others comes first. A best
    figure in doubt (another part, level or year) gives way to a rival without doubts of its
    clause, of a clause scoring the same, or of one covering the question as well and behind
    by no more than `UNIT_BONUS`."""
    if not ranked:
        return ranked, False
    best = ranked[0]
    rivals = [
        c for c in ranked
        if c.hit.chunk.report_id == best.hit.chunk.report_id
        and not c.doubts & {"level", "unit"}
        # as covered as the best: a rival whatever the share (so read only where it tells)
        and (c.coverage >= best.coverage
             or tuning.at_least(c.coverage, best.coverage, "PART_RIVAL_COVERAGE"))
    ]  # fmt: skip
    if not rivals:
        return ranked, False
    if not parts_asked and (head := _headline(best, rivals)) is not None:
        return [head] + [c for c in ranked if c is not head], True
    decided = False
    if parts_asked:
        most = max(c.parts_named for c in rivals)
        top = [c for c in rivals if c.parts_named == most]
        if most > best.parts_named:
            ranked = top + [c for c in ranked if c not in top]
            best = ranked[0]
        # the labels decide when one figure alone names the most asked parts, first or not
        decided = most > 0 and len(top) == 1
    tied = [
        c for c in rivals
        if best.score - c.score < tuning.SCORE_TIE and c.parts_named == best.parts_named
    ]  # fmt: skip
    if best.doubts & {"part", "level", "period"}:
        clean = _clean_rivals(best, rivals)
        if clean:
            ranked = clean[:1] + [c for c in ranked if c is not clean[0]]
            return ranked, len(clean) == 1
    if best not in tied:
        tied.insert(0, best)
    if len(tied) >= 2:
        fewest = min(c.unasked for c in tied)
        first = [c for c in tied if c.unasked == fewest]
        if len(first) == 1:
            ranked = first + [c for c in ranked if c is not first[0]]
            decided = True
    return ranked, decided


def _headline(best: Candidate, rivals: list[Candidate]) -> Candidate | None:
    """When the question names no part and the best figure is an item of a breakdown whose
    label the question does not name and carries a qualifier it does not ask ("… của tỉnh:
    1.240, trong đó: cấp tỉnh: 980, …" asked as "… của tỉnh"): the figure its clause breaks
    down, without doubts, with fewer such qualifiers, behind by no more than `UNIT_BONUS`; None
    otherwise (an item asked by its own words, "… trong đó bao nhiêu công chức lãnh đạo",
    carries no qualifier unasked)."""
    if not best.item or best.parts_named or best.doubts:
        return None
    for c in rivals:
        if (
            not c.item and not c.doubts and c.unasked < best.unasked
            and (c.hit.chunk.id, c.span.start) == (best.hit.chunk.id, best.span.start)
            and best.score - c.score <= tuning.UNIT_BONUS
        ):  # fmt: skip
            return c
    return None


def _clean_rivals(best: Candidate, rivals: list[Candidate]) -> list[Candidate]:
    """The rivals without doubts that may take the place of a best figure of another part,
    level or year than the one asked ("… còn 03 …", a sibling item, the all-levels total), the
    one naming most asked parts first: of the same clause, of a clause that scores the same
    (the same words under the other part's line: "+ Kinh phí đã sử dụng …: 70,3%" under "tự
    chủ", "… 72,1%" under "không tự chủ"), or of a clause covering the question as well and
    behind by less than what saying the counted thing earns (`UNIT_BONUS`: the doubt outweighs
    the lead) that names as many asked parts (a headline does not stand in for its part)."""
    clean = [
        c for c in rivals
        if not c.doubts - {_ASKED_ITEM} and (
            (c.hit.chunk.id, c.span.start) == (best.hit.chunk.id, best.span.start)
            or best.score - c.score < tuning.SCORE_TIE
            or (c.coverage >= best.coverage and c.parts_named >= best.parts_named
                and best.score - c.score <= tuning.UNIT_BONUS)
        )
    ]  # fmt: skip
    clean.sort(key=lambda c: -c.parts_named)  # the asked part first, not its headline
    return clean


# Marks a breakdown item that names an asked part (carried with the doubts, never shown).
_ASKED_ITEM = "asked-item"


def _sibling_part(f: _Site, parts: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the figure is said of another part of the same kind than the asked one ("Tong
    cap xa co 12.096" when "cap huyen" was asked): a sibling in its own item, head or lead-in
    (its own item's nearer words, not the paragraph's lead-in) and the asked part not there."""
    near = {t for t, d in f.dist.items() if d < HEAD_DIST}
    named = other_names(sorted(f.dist, key=f.dist.__getitem__)) if f.quals else set()
    # the words an asked part is written with are that part's: not, read by their OCR skeleton,
    # a sibling's ("tuyen" of "truc tuyen" is no "ton", "truc" no "truoc")
    others = near - {w for p in parts for w in p}

    def has(p: tuple[str, ...], words: set[str] = near) -> bool:
        return _found(frozenset(p), words) == len(set(p)) or p in f.quals & named

    for family in SIBLING_FAMILIES:
        mine = [p for p in parts if p in family]
        if mine and not any(map(has, mine)) and any(has(o, others) for o in family if o not in mine):
            return True
    return False


def _counts_asked(f: _Site, units: frozenset[str], q_words: frozenset[str]) -> bool:
    """The figure counts what the question counts: the counted words follow it, or it ends an
    item that named them ("so DVC ... la: 1.044")."""
    return _found(units, f.following) >= min(2, len(units)) or (
        f.introduced
        and _found(units, f.before_in_item) >= min(2, len(units))
        # "dich vu cong muc do 3 la 20.455 ho so": it counts something else
        and not _counts_other(f.unit_after, q_words)
    )


# A count of results ("how many results were returned", "bao nhiêu kết quả") counts the
# dossiers whose results they are: the reports write "đã trả 3.210 hồ sơ", never "kết quả".
_RESULTS = frozenset({"ket", "qua"})
_RESULT_OF = "ho"  # the unit word of "hồ sơ" after a figure (`_Site.unit_after`)


def _results_of(f: _Site, units: frozenset[str]) -> bool:
    """Whether the figure counts dossiers (`_RESULT_OF`) and the question counts results and
    no other count noun ("kết quả thủ tục": the procedures are what it counts)."""
    return f.unit_after == _RESULT_OF and units >= _RESULTS and not units & _UNITS


def _doubts(
    f: _Site, asked: frozenset[int], units: frozenset[str], q_words: frozenset[str],
    wants_percent: bool, excludes: bool, parts: tuple[tuple[str, ...], ...],
    left_out: frozenset[tuple[str, ...]] = frozenset(),
    left_words: frozenset[tuple[str, ...]] = frozenset(),
) -> frozenset[str]:  # fmt: skip
    """What makes the figure doubtful as the answer: another level, another unit, a sibling
    part, a question that leaves a part out (`excludes`) unless the figure's own label names
    an asked part and none left out (`left_out`: "đúng hạn (không kể trước hạn)" is the
    "đúng hạn: 20.658" item; `left_words`, the report words of what is left out, not in its own
    words: "cá nhân là 1.101", not "sim ký số cá nhân là 214", for personal certificates not
    counting SIM signatures); and, not a doubt, `_ASKED_ITEM` when it is the breakdown item
    asked."""
    doubts: set[str] = set()
    if asked and f.levels and f.levels != asked:
        doubts.add("level")  # another level named ("toan trinh" names none: no doubt)
    other = units and _counts_other(f.unit_after, q_words) and not _results_of(f, units)
    if other or (f.is_percent and not wants_percent):
        doubts.add("unit")
    # Only when the question's own words show what is left out (not an English one's)
    answers_exclusion = (
        bool((left_out or left_words) and f.quals & set(parts))
        and not f.quals & left_out
        and not says_phrase(f.label, left_words)
    )
    if (excludes and not answers_exclusion) or (parts and _sibling_part(f, parts)):
        doubts.add("part")
    item = set(f.item)
    if f.in_breakdown and any(_found(frozenset(p), item) == len(set(p)) for p in parts):
        doubts.add(_ASKED_ITEM)  # not a doubt: see ExtractiveAnswerer.answer
    return frozenset(doubts)


def _figure_candidates(
    hit: Hit, span: Span, sites: list[Site],
    base: float, coverage: float, wants_percent: bool, q_words: frozenset[str],
) -> list[Candidate]:  # fmt: skip
    """One candidate per figure of a clause, scored by the clause (`base`) and by how well the
    figure's own surroundings fit; a clause without figures is a weak candidate itself."""
    out: list[Candidate] = []
    if not sites:
        out.append(Candidate(hit, span, base - 0.25, min(1.0, coverage), ""))
    for key, fig, unit_after, doubts, named, unasked, item in sites:
        sc = base + 0.15 + LOCAL_W * key
        if fig.endswith("%") and not wants_percent:
            sc -= 0.1
        if _counts_other(unit_after, q_words):
            sc -= 0.2
        out.append(
            Candidate(hit, span, sc, min(1.0, coverage), fig, key, doubts, named, unasked, item)
        )
    return out


def _docnum_candidate(
    hit: Hit, span: Span, text: str, q: ParsedQuery, coverage: float, rest: float
) -> Candidate:
    """ "Ke hoach ... so may?": the clause's document number (of the type asked, if one is)
    is the answer."""
    nums = list(_DOCNUM.finditer(text))
    codes = [c for k, c in _DOC_TYPES.items() if re.search(rf"\b{k}\b", q.folded)]
    typed = [m for m in nums if any(c in fold(m.group(0)).upper().replace("Đ", "D") for c in codes)]
    nums = typed or ([] if codes else nums)
    figure = nums[0].group(0).replace(" ", "") if nums else ""
    score = coverage + rest + (DOCNUM_BONUS if nums else -DOCNUM_BONUS)
    return Candidate(hit, span, score, min(1.0, coverage), figure)


def part_named_elsewhere(ranked: list[Candidate], parts_asked: bool) -> bool:
    """Whether the first figure's label names none of the parts (or kinds of money) the
    question names while a runner-up's of the same report does: "Thu ước đạt 16.424" scoring
    above "Tổng thu toàn tỉnh … 19.314,870" for "tổng thu ngân sách". The labels say the first
    may be another part; the scores, which preferred it, cannot say which is asked. A
    runner-up of a clause far less covered (`NAMED_ELSEWHERE_COVERAGE`) casts no doubt."""
    if (
        not parts_asked
        or len(ranked) < 2
        or ranked[0].parts_named
        or _ASKED_ITEM in ranked[0].doubts
    ):
        return False
    best = ranked[0]
    return any(
        c.parts_named and c.hit.chunk.report_id == best.hit.chunk.report_id
        and not c.doubts - {_ASKED_ITEM}
        and tuning.at_least(c.coverage, best.coverage, "NAMED_ELSEWHERE_COVERAGE")
        for c in ranked[1:4]
    )  # fmt: skip


def whole_of_part(q: ParsedQuery, ranked: list[Candidate]) -> bool:
    """Whether the question names the part it asks after a copula (`part_after_copula`:
    "Of those hired, how many were teachers?") and the first figure is the whole its
    clause breaks down, an item of that breakdown among the runners-up ("103 người trong đó
    có 90 viên chức và 13 …"), its own words naming no asked part: the whole is not the part,
    and OCR may have garbled the item's words that would have named it."""
    if not ranked or not part_after_copula(q.folded):
        return False
    best = ranked[0]
    if best.item or best.parts_named or _ASKED_ITEM in best.doubts:
        return False
    return any(
        c.item and c.hit.chunk.id == best.hit.chunk.id and c.span == best.span for c in ranked[1:]
    )


def part_doubted(q: ParsedQuery, ranked: list[Candidate]) -> bool:
    """Whether the first figure may be another part than the one asked
    (`part_named_elsewhere`) or the whole of the part asked (`whole_of_part`)."""
    return part_named_elsewhere(ranked, bool(_asked_parts(q))) or whole_of_part(q, ranked)


def unit_supported(support: float) -> bool:
    """Whether a share of what the question counts (`ClauseScorer.unit_support`) reaches
    `MIN_UNIT_SUPPORT`. A whole share always does, the constant unread (a share's threshold is
    at most 1): `python -m eval.calibrate` scans it only over the answers that read it."""
    return support >= 1.0 or tuning.at_least(support, 1.0, "MIN_UNIT_SUPPORT")


def counted_first(q: ParsedQuery, ranked: list[Candidate]) -> list[Candidate]:
    """When the best figure counts another thing than the count noun the question asks
    (bot/counted.py: "391 thủ tục" for "bao nhiêu quyết định"): the runner-up of the next three
    figures (same report, scoring less by no more than `UNIT_BONUS`) with the asked noun written
    right after it, or opening the label its colon ends (`counted.own_thing`), and in its label
    ("Tổng số quyết định … : 11 quyết định", "số dịch vụ công … mức độ 3 là: 228"), first; else
    the ranking as it was."""
    wanted = counted.asked_noun(q.folded)
    if not wanted or len(ranked) < 2:
        return ranked
    best = ranked[0]
    if not counted.other_thing(q.folded, best.hit.chunk.readable(best.span), best.figure):
        return ranked
    for c in ranked[1:4]:
        if (
            c.hit.chunk.report_id == best.hit.chunk.report_id
            and best.score - c.score <= tuning.UNIT_BONUS
            and counted.own_thing(text := c.hit.chunk.readable(c.span), c.figure) == wanted
            and counted.labelled(text, c.figure, wanted)
        ):
            return [c] + [x for x in ranked if x is not c]
    return ranked
