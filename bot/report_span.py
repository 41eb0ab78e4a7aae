"""The days a report's figures run between, as its title says them ("số liệu tính từ 03/2/2021
đến 28/4/2021"), and which reports the days a question names keep: a period asked by its first
and last day is the report whose figures run over it, not one issued on either day."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from index.metadata import Report
from index.restore import readable

# The dates a report's figures run between, as its title may say ("số liệu tính từ 03/2/2021
# đến 28/4/2021").
DATA_SPAN = re.compile(
    r"(?:số liệu )?tính từ (?:ngày )?\d{1,2}/\d{1,2}/\d{4} đến (?:hết )?(?:ngày )?\d{1,2}/\d{1,2}/\d{4}",
    re.I,
)
_SPAN_DAY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def data_span(r: Report) -> tuple[date, date] | None:
    """The first and last day a report's figures run between, when its title says them ("số
    liệu tính từ 03/2/2021 đến 28/4/2021")."""
    m = DATA_SPAN.search(readable(r.title))
    if m is None:
        return None
    first, last = (_day(int(d), int(mo), int(y)) for d, mo, y in _SPAN_DAY.findall(m.group(0))[:2])
    return (first, last) if first and last else None


# Two days framed as a range ("từ … đến …", "from … to …", "between … and …"): a period asked.
RANGE = re.compile(
    r"\b(?:tu|from|between)\b(?:(?!\b(?:den|toi|to|until|through|and)\b).){1,40}?"
    r"\b(?:den|toi|to|until|through|and)\b"
)


def _day(d: int, m: int, y: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:  # "31/2/2022"
        return None


def days_keep(days: frozenset[tuple[int, int, int]], folded: str) -> Callable[[Report], bool]:
    """Which reports the days a question (`folded`) names keep: two days or more framed as a
    range ("từ ngày … đến ngày …", "from … to …") ask a period, kept by the reports whose
    figures run over all of it (none: not found, never a report issued on one of the days);
    else the reports issued on a day named."""
    asked = sorted(filter(None, (_day(d, m, y) for d, m, y in days)))
    dates = {f"{d}/{m}/{y}" for d, m, y in days}

    def issued(r: Report) -> bool:
        return r.date_vn in dates

    def runs_over(r: Report) -> bool:
        span = data_span(r)
        return span is not None and span[0] <= asked[0] and asked[-1] <= span[1]

    return runs_over if len(asked) >= 2 and RANGE.search(folded) else issued
