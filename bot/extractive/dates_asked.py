"""The day a question names ("tính đến 14/3/2024", "as of 14 Mar 2024") against the days the
figures' own sentences say: a line on the funds of the year before ("… năm 2023 … hoàn thành
100%") is of another year than the one asked, one that counts "tới ngày 14/3/2024" is said of
the very day asked."""

from __future__ import annotations

import re

import bot.extractive.tuning as tuning
from bot.extractive.choice import _ASKED_ITEM, Candidate
from bot.extractive.words import held_dates
from bot.extractive.years import PERIOD, years_said
from core.query import ParsedQuery
from core.text import MONTH_NAME, MONTHS, fold

Day = tuple[int, int, int]  # (day, month, year)

_NUMERIC = re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*((?:19|20)\d\d)(?![\d/])")
_MONTH = f"({MONTH_NAME})" + r"\.?"
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\s*,?\s+((?:19|20)\d\d)\b")
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+((?:19|20)\d\d)\b")


def _day(d: str, m: int, y: str) -> Day | None:
    day = int(d)
    return (day, m, int(y)) if 1 <= day <= 31 and 1 <= m <= 12 else None


def asked_days(folded: str) -> frozenset[Day]:
    """The days a question names: "9/9/2022", "09/9/2022", "9 Sep 2022", "September 9, 2022"."""
    out = [_day(m[1], int(m[2]), m[3]) for m in _NUMERIC.finditer(folded)]
    out += [_day(m[1], MONTHS[m[2]], m[3]) for m in _DAY_MONTH.finditer(folded)]
    out += [_day(m[2], MONTHS[m[1]], m[3]) for m in _MONTH_DAY.finditer(folded)]
    return frozenset(d for d in out if d is not None)


def said_days(sentence: str) -> frozenset[Day]:
    """The days a figure's sentence says it holds for (`held_dates`: not an issue date)."""
    out = [_day(m[1], int(m[2]), m[3]) for m in held_dates(sentence)]
    return frozenset(d for d in out if d is not None)


def dated_first(
    q: ParsedQuery, ranked: list[Candidate], decided: bool = False
) -> tuple[list[Candidate], bool]:
    """The figures with a runner-up said of the day the question names first, when the best is
    said of another year than the one asked (`PERIOD`), and whether the day decided the first.
    The runner-up is of the next two figures, of the best's report, without doubts, and its
    own sentence says the day asked while the best's does not: a figure of another year is no
    answer for the year asked (`years.year_fit`), one said of the very day asked is. A question
    naming a year and no day: a runner-up whose sentence says that year as its period (a sum
    counted "đến hết ngày 20/8/2024" for a question on 2024), covering the question about as well as the
    best (`PART_RIVAL_COVERAGE` of its coverage: the year alone tells no topic apart)."""
    if len(ranked) < 2 or PERIOD not in ranked[0].doubts:
        return ranked, decided
    days = asked_days(q.folded)
    best = ranked[0]
    if days and days & said_days(best.hit.chunk.sentence(best.span)):
        return ranked, decided
    for c in ranked[1:3]:
        if (
            c.hit.chunk.report_id == best.hit.chunk.report_id
            and not c.doubts - {_ASKED_ITEM}
            and (_of_day(c, days) if days else _of_year(c, best, q.years, ranked))
        ):
            return [c] + [x for x in ranked if x is not c], True
    return ranked, decided


def _of_day(c: Candidate, days: frozenset[Day]) -> bool:
    """Whether a figure's own sentence says one of the days asked."""
    return bool(days & said_days(c.hit.chunk.sentence(c.span)))


# A year said as the baseline a figure is set against, not as its own period: "so với cùng kỳ
# năm 2022", "tăng 5% so với năm 2021", "compared with 2022", "higher than in 2021".
_BASELINE = re.compile(
    r"\b(?:so voi|cung ky|compared (?:with|to)|than)\b"
    r"(?:\s+(?:cung ky|nam|the|same|period|of|in|year|last))*\s+(?:19|20)\d\d\b"
)


def _of_year(
    c: Candidate, best: Candidate, years: tuple[int, ...], ranked: list[Candidate]
) -> bool:
    """Whether a figure's own sentence says a year asked as its period, and its clause covers
    the question about as well as the best figure's (said of another year), and no other
    figure ranked is of that sentence: the year then tells it apart (a total and its part in
    one sentence say the year of both). A year said only as a baseline (`_BASELINE`) is not
    the sentence's period."""
    if not years or not tuning.at_least(c.coverage, best.coverage, "PART_RIVAL_COVERAGE"):
        return False
    sentence = c.hit.chunk.sentence(c.span)
    if any(x is not c and x.hit.chunk.sentence(x.span) == sentence for x in ranked):
        return False
    return years_said(_BASELINE.sub(" ", fold(sentence)), tuple(years))


def day_unsaid(q: ParsedQuery, ranked: list[Candidate]) -> bool:
    """Whether the question names a day (or a range of days, "từ 01/3/2024 đến 30/4/2024") and
    no figure it would be offered says one: the candidates are counted to other days, so the
    reports do not give the figure for the days asked ("not found", not a hedge among them)."""
    days = asked_days(q.folded)
    return bool(days and ranked) and not any(_of_day(c, days) for c in ranked)
