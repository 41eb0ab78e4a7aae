"""A month or a whole year a question asks a state at ("as of December 2022", "tính đến tháng
12/2022", "cả năm 2022") that every report of the asked provinces and year ends before: a report
dated 14/4/2023 tells nothing of November, one covering the first six months tells no whole
year's figure. Read by `ReportFacts.uncovered_half` beside the half-years it judges."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from bot.report_quarters import quarters
from core.query import ParsedQuery
from core.text import MONTH_NAME, MONTHS
from index.metadata import Report

# "December 2022", "Dec. 2022", "9 December 2022" (the day lies in the month all the same).
_EN_MONTH = re.compile(rf"\b({MONTH_NAME})\.?\s*,?\s+((?:19|20)\d\d)\b")
# "tháng 12/2022", "tháng 12 năm 2022", "tháng 12-2022" (folded).
_VI_MONTH = re.compile(r"\bthang\s+(\d{1,2})\s*(?:[/-]|nam)\s*((?:19|20)\d\d)\b")
# The whole of a year: "cả năm 2022", "full year 2022", "the whole of 2022", "all of 2022".
_WHOLE_YEAR = re.compile(
    r"\b(?:ca nam|(?:the )?(?:full|whole|entire)(?: year| of)(?: of)?|all of)\s+(?:nam\s+)?"
    r"((?:19|20)\d\d)\b"
)
# A goal or deadline set for that time ("phấn đấu đến tháng 12/2022", "target for December
# 2022", "due by December 2022") or an estimate of it ("ước cả năm 2022"): an earlier report
# may give it, so its passages answer. So does an allocation, quota or budget set for the year
# ("được giao", "dự toán", "biên chế", "allocated", "assigned"): set at its start, an earlier
# report states it. "giao" alone only where it is no part of another word's pair (giáo dục,
# giao dịch, giao thông, giao tiếp, giao nhận, giao lưu are not allocations).
GOAL = re.compile(
    r"\b(?:phan dau|muc tieu|chi tieu|ke hoach|du kien|target\w*|goal\w*|plan\w*|aim\w*|"
    r"uoc|expect\w*|estimat\w*|forecast\w*|projected|deadlines?|due|thoi han|han chot|"
    r"giao(?! (?:duc|dich|thong|tiep|nhan|luu))|du toan|bien che|phan bo|allocat\w*|"
    r"assign\w*|budget\w*|quotas?)\b"
)


def asked_months(folded: str) -> dict[int, int]:
    """The latest month of each year a (folded) question asks a state at (12, and 0 for a
    whole year: its end, said as a year); empty when it names neither or asks a goal."""
    if GOAL.search(folded):
        return {}
    out: dict[int, int] = {}
    found = [(MONTHS[m[1]], int(m[2])) for m in _EN_MONTH.finditer(folded)]
    found += [(int(m[1]), int(m[2])) for m in _VI_MONTH.finditer(folded)]
    found += [(_WHOLE, int(m[1])) for m in _WHOLE_YEAR.finditer(folded)]
    for month, year in found:
        if 1 <= month <= _WHOLE and (year not in out or out[year] < month):
            out[year] = month
    return out


def last_quarter(r: Report) -> int:
    """The last quarter of its year a report tells of: the last it covers, and no later than
    the quarter it is dated in when dated in that year (a "Năm 2023" report of 14/4/2023)."""
    last = max(quarters(r))
    parts = r.date.split("-")
    if len(parts) == 3 and parts[0].isdigit() and parts[1].isdigit() and int(parts[0]) == r.year:
        last = min(last, _quarter(int(parts[1])))
    return last


def asked_after(
    q: ParsedQuery, reports: Iterable[Report], provinces: tuple[str, ...], en: bool,
    writes: Callable[[str], bool] | None = None,
) -> str:
    """The "not found" sentence when the question asks a month or whole year ("tháng
    12/2022", "the whole of 2022") that the asked provinces' reports of that year all end
    before (`last_quarter`) and none writes of as a whole (`writes`, of a folded wording:
    "cả năm 2022"); "" otherwise."""
    held = [r for r in reports if not provinces or r.province in provinces]
    for year, month in asked_months(q.folded).items():
        of_year = [r for r in held if r.year == year]
        if not of_year or any(last_quarter(r) >= _quarter(month) for r in of_year):
            continue
        if writes is not None and writes(f"ca nam {year}"):  # the report says something of the whole year
            continue
        end = max(_last_month(r) for r in of_year)
        where = f" ({', '.join(provinces)})" if provinces else ""
        if en:
            asked = f"the whole of {year}" if month == _WHOLE else f"{MONTH_EN[month - 1]} {year}"
            return (
                f"Not found: the reports of {year}{where} end at {MONTH_EN[end - 1]} {year}, "
                f"before {asked}."
            )
        asked = f"cả năm {year}" if month == _WHOLE else f"tháng {month}/{year}"
        return f"Không tìm thấy: báo cáo năm {year}{where} chỉ đến tháng {end}/{year}, trước {asked}."
    return ""


def _last_month(r: Report) -> int:
    """The last month of its year a report tells of: its last quarter's, or the month it is
    dated in when that is earlier (a report of 14/4/2023 reaches April)."""
    last = 3 * last_quarter(r)
    parts = r.date.split("-")
    if len(parts) == 3 and parts[0].isdigit() and parts[1].isdigit() and int(parts[0]) == r.year:
        last = min(last, int(parts[1]))
    return last


_WHOLE = 13  # a whole year asked: after its every month (its quarter is the fourth)
MONTH_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")  # fmt: skip


def _quarter(month: int) -> int:
    return min(4, (month + 2) // 3)
