"""The month a figure's line says it holds up to ("Đến tháng 8/2020, trạm Y đã đo …",
"tính đến hết tháng 2 năm 2019 …"): the line's own as-of month, said in the answer in place of
the report's period when the line gives no day. A month after the report's own date is a
target ("phấn đấu đến tháng 9/2027"), not what the figure holds for."""

from __future__ import annotations

import re

from bot.asked_month import MONTH_EN
from core.text import fold
from index.metadata import Report

# "đến tháng 8/2020", "tính đến hết tháng 02 năm 2019", "tới cuối tháng 6/2018" (folded).
_AS_OF_MONTH = re.compile(
    r"\b(?:den|toi)\s+(?:het\s+|cuoi\s+)?thang\s+0?(\d{1,2})\s*(?:/|-|\s+nam\s+)\s*((?:19|20)\d\d)\b"
)
# A month the line aims at or moves a deadline to, not one its figure holds for: "phấn đấu / dự
# kiến / sẽ / kế hoạch / mục tiêu / gia hạn (đến tháng …)", this many characters before it.
_TARGET_BEFORE = re.compile(r"\b(?:phan dau|du kien|se|ke hoach|muc tieu|gia han)\b")
TARGET_REACH = 40
# A span of months ("từ tháng 2/2019 đến tháng 6/2019"): its end is no as-of month.
_MONTH_SPAN_BEFORE = re.compile(r"\btu\s+thang\s+\d{1,2}(?:\s*(?:/|-|\s+nam\s+)\s*\d{4})?\s*$")


def held_month(sentence: str, report: Report) -> str:
    """The as-of month a sentence names ("8/2020"), "" when it names none, or only a month
    later than the report's own date (or year, when it carries no date)."""
    folded = fold(sentence)
    for m in _AS_OF_MONTH.finditer(folded):
        month, year = int(m.group(1)), int(m.group(2))
        before = folded[: m.start()]
        if not 1 <= month <= 12 or _aimed_or_span(before):
            continue
        if report.date[:7].count("-") == 1:
            issued = tuple(int(p) for p in report.date[:7].split("-"))
            if (year, month) > issued:
                continue
        elif report.year and year > report.year:
            continue
        return f"{month}/{year}"
    return ""


def _aimed_or_span(before: str) -> bool:
    """Whether the words before an "đến tháng …" make it a target (`_TARGET_BEFORE` within
    `TARGET_REACH` characters) or the end of a span of months (`_MONTH_SPAN_BEFORE`)."""
    return bool(
        _TARGET_BEFORE.search(before[-TARGET_REACH:]) or _MONTH_SPAN_BEFORE.search(before)
    )


def is_month(when: str) -> bool:
    """Whether a held date is a month ("8/2020"), not a day or a span."""
    return bool(re.fullmatch(r"\d{1,2}/\d{4}", when))


def month_held(when: str, en: bool) -> str:
    """An as-of month as an answer says it: "tính đến tháng 8/2020", "as of August 2020"."""
    month, year = when.split("/")
    return f"as of {MONTH_EN[int(month) - 1]} {year}" if en else f"tính đến tháng {when}"
