"""The month a figure's line says it holds up to ("Đến tháng 5/2021, hệ thống đã phục vụ …",
"tính đến hết tháng 3 năm 2020 …"): the line's own as-of month, said in the answer in place of
the report's period when the line gives no day. A month after the report's own date is a
target ("phấn đấu đến tháng 12/2025"), not what the figure holds for."""

from __future__ import annotations

import re

from core.text import fold
from index.metadata import Report

# "đến tháng 5/2021", "tính đến hết tháng 05 năm 2021", "tới cuối tháng 3/2020" (folded).
_AS_OF_MONTH = re.compile(
    r"\b(?:den|toi)\s+(?:het\s+|cuoi\s+)?thang\s+0?(\d{1,2})\s*(?:/|-|\s+nam\s+)\s*((?:19|20)\d\d)\b"
)
_ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December")  # fmt: skip


def held_month(sentence: str, report: Report) -> str:
    """The as-of month a sentence names ("5/2021"), "" when it names none, or only a month
    later than the report's own date (or year, when it carries no date)."""
    for m in _AS_OF_MONTH.finditer(fold(sentence)):
        month, year = int(m.group(1)), int(m.group(2))
        if not 1 <= month <= 12:
            continue
        if report.date[:7].count("-") == 1:
            issued = tuple(int(p) for p in report.date[:7].split("-"))
            if (year, month) > issued:
                continue
        elif report.year and year > report.year:
            continue
        return f"{month}/{year}"
    return ""


def is_month(when: str) -> bool:
    """Whether a held date is a month ("5/2021"), not a day or a span."""
    return bool(re.fullmatch(r"\d{1,2}/\d{4}", when))


def month_held(when: str, en: bool) -> str:
    """An as-of month as an answer says it: "tính đến tháng 5/2021", "as of May 2021"."""
    month, year = when.split("/")
    return f"as of {_ENGLISH_MONTHS[int(month) - 1]} {year}" if en else f"tính đến tháng {when}"
