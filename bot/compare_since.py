"""A change asked since one period: "how has X changed since 2019", "has it improved since
2019", "tăng hay giảm so với 2019", "năm 2019 so với hiện nay thế nào", "từ 2019 đến nay",
"compared with 2019", "vs 2019". The question names the earlier period only; the other side is
"now": the newest report of the same province (a later year). The comparison table
(`bot/compare_sides.py`) then has the two sides, and its change line says which way the figure
went. With no later report of that province, no sides: the one figure is the answer."""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.query import ParsedQuery
from index.metadata import Report

# A bare year, with the period words that may come before it ("quý I/2019", "Q1/2019", "Q1
# 2019", "the first half of 2019", "năm 2019"). A year after "/" is a year only when a quarter
# or month word precedes it (`_PERIOD_WORDS`); alone it may be the tail of a date or number
# ("12/2019").
_PERIOD_WORDS = (
    r"(?:the\s+)?(?:(?:first|second|last)\s+(?:half|quarter)|q[1-4]|h[12]|quy\s+[ivx1-4]+|"
    r"(?:6|sau|9|chin)\s+thang(?:\s+dau)?|thang\s+(?:1[0-2]|0?[1-9]))"
)
_YEAR = r"(?:19[89]\d|20[0-4]\d)(?![\d/-])"
_PERIOD = (
    rf"(?:{_PERIOD_WORDS}(?:\s+of|\s+nam)?(?:\s*/\s*|[\s,]+)(?:\b(?:nam|year)\s+)?{_YEAR}"
    rf"|(?:\b(?:nam|year)\s+)?(?<![\d/.-]){_YEAR})"
)
# How far the earlier period may stand before "so với hiện nay" / "compared with now"
# (characters): a few words ("năm 2019 [ở Hà Tĩnh] so với hiện nay"), not another clause.
_PERIOD_TO_NOW_GAP = 20
# "now": the side the question does not date ("hiện nay", "bây giờ", "today", "the latest").
_NOW = r"(?:hien nay|hien tai|bay gio|nay|gio|today|now|currently|the latest(?: report)?)"
# The change since a period, as each shape says it (folded text).
_SINCE = re.compile(
    # "since 2019", "since Q1 2019", "since the first quarter of 2019", "kể từ năm 2019"
    r"\bsince\s+" + _PERIOD + r"|\bke tu\s+" + _PERIOD + "|"
    # "từ (năm) 2019 đến nay", "from 2019 to now"
    r"\b(?:tu|from)\s+"
    + _PERIOD
    + r"\s+(?:den|toi|to|until|till)\s+"
    + _NOW
    + r"\b|"
    # "năm 2019 so với hiện nay", "2019 compared with today", "2019 vs now"
    + _PERIOD
    + rf"[^?;]{{0,{_PERIOD_TO_NOW_GAP}}}?\b(?:so voi|compared (?:with|to)|vs\.?|versus)\s+"
    + _NOW
    + r"\b|"
    # "so với 2019", "compared with 2019", "vs 2019" (a change or a comparison asked of it)
    r"\b(?:so voi|compared (?:with|to)|vs\.?|versus)\s+" + _PERIOD
)
# The same period of another year a report states its own change against ("so với cùng kỳ năm
# 2021", "same period of 2021"): a figure the report gives, not two reports.
_SAME_PERIOD = re.compile(r"\b(?:cung ky|same (?:period|quarter|time))\b")


def since_asked(q: ParsedQuery) -> bool:
    """Whether the question asks how one place's figure changed since the one period it
    names (one year, one province)."""
    if len(set(q.years)) != 1 or len(q.provinces) != 1:
        return False
    return bool(_SINCE.search(q.folded)) and not _SAME_PERIOD.search(q.folded)


def since_reports(q: ParsedQuery, reports: list[Report]) -> list[Report]:
    """The two reports a change since a period compares, oldest first: the province's first
    report of the named year, and its newest report of a later year; [] when either is
    missing (no later report: the named period's figure alone answers)."""
    if not since_asked(q):
        return []
    year = q.years[0]
    mine = sorted(
        (r for r in reports if r.province == q.provinces[0] and r.period),
        key=lambda r: (r.year, r.date, r.id),
    )
    then = [r for r in mine if r.year == year]
    later = [r for r in mine if r.year > year]
    if not then or not later:
        return []
    return [then[0], later[-1]]


def since_compared(q: ParsedQuery, reports: Sequence[Report] | None) -> bool:
    """Whether a change since a period is a comparison: both its reports exist (the named
    year's and a later one of the same province). Without the reports at hand (None), the
    asking alone decides; with them, a province with no report of the named year is no
    comparison: the one figure answerer says what it finds."""
    if reports is None:
        return since_asked(q)
    return len(since_reports(q, list(reports))) == 2


# The words that say "since" and "changed which way": noise for retrieving one side's figure
# (the year itself is the side's, kept or taken out by `bot/compare_sides.py`).
_SINCE_WORDS = re.compile(
    r"\b(?:since|ke tu|(?:den|toi|to|until|till) " + _NOW + r"|(?:so voi|compared (?:with|to)|"
    r"vs\.?|versus) " + _NOW + r"|so voi|compared (?:with|to)|versus|vs|"
    r"(?:has|have|did) (?:it|they|this|that) |improved?|grown|grow|risen|rise|fallen|fall|"
    r"dropped|declined|increased|decreased|moved|the nao|ra sao|thi sao)\b"
)


def without_since(q: ParsedQuery, years: tuple[int, ...], folded: str) -> str:
    """A side's question without the words that ask the change since a period; the "now"
    side's (of other years) without the named period too."""
    if not since_asked(q):
        return folded
    if years != q.years:
        folded = re.sub(_PERIOD, " ", folded)
    return re.sub(r"\s+", " ", _SINCE_WORDS.sub(" ", folded)).strip()
