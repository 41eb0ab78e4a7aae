"""The year and quarter a question names: "năm 2022", "quý III", "Q3 2022", "third quarter";
a date that only starts a period ("từ 2/3/2020") names no year asked."""

from __future__ import annotations

import re

from core.text import quarter_number

_YEAR = re.compile(r"(?<!\d)(19[89]\d|20[0-4]\d)(?!\d)")
# A day that starts a period ("từ 2/3/2020", "since 2/3/2020"): the period runs on into later
# years, so its year is not the year asked (a report of 2022 covers it). Only a whole day: a
# report states the period it covers from its first day, which a question copies; a month
# ("since 7/2019") is the asker's own period, which no report may cover, so its year stays asked.
_PERIOD_START = re.compile(
    r"\b(?:tu|since|from|starting)\s+(?:(?:ngay|the)\s+)?"
    r"\d{1,2}[/.-]\d{1,2}[/.-](?:19[89]\d|20[0-4]\d)(?!\d)"
)
_QUARTER_PATTERNS: tuple[tuple[re.Pattern[str], int | None], ...] = (
    (re.compile(r"\bquy\s+(iv|iii|ii|i|[1-4])\b"), None),
    (re.compile(r"\bq([1-4])\b"), None),
    (re.compile(r"\bquarter\s+([1-4])\b"), None),
    (re.compile(r"\bquarter\s+(iv|iii|ii|i)\b"), None),  # "quarter III of 2022"
    (re.compile(r"\b(first|1st)\s+quarter\b"), 1),
    (re.compile(r"\b(second|2nd)\s+quarter\b"), 2),
    (re.compile(r"\b(third|3rd)\s+quarter\b"), 3),
    (re.compile(r"\b(fourth|4th)\s+quarter\b"), 4),
)


def asked_period(folded: str) -> tuple[tuple[int, ...], int]:
    """The years (in order, once each) and the quarter (0 when none) a folded question names."""
    quarter = 0
    for pattern, fixed in _QUARTER_PATTERNS:
        if m := pattern.search(folded):
            quarter = fixed if fixed is not None else quarter_number(m.group(1))
            break
    years = tuple(dict.fromkeys(int(y) for y in _YEAR.findall(_PERIOD_START.sub(" ", folded))))
    return years, quarter
