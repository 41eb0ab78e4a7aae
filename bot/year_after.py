"""A year after every report asked for its results: "kết quả CCHC năm 2023 của Hải Dương thế
nào", "how did Hai Duong's reform go in 2023" when Hải Dương's latest report is of 2022. No
report can tell what happened in a year after its own; a report of 2022 that names 2023 does
so for its tasks and targets ahead, which a question asking results does not ask. Read by
`ReportFacts.uncovered_half` beside the half-years and months it judges, so every intent but a
comparison's or a report's own facts gets "not found" before retrieval, not the plan section
of the year before as if it were that year's results."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.asked_month import GOAL
from core.query import ParsedQuery
from index.metadata import Report

# What lies ahead asked ("nhiệm vụ năm 2023", "phương hướng", "key tasks for 2023", "what
# will … do in 2023"): an earlier report plans it, so its passages answer; beside the goals,
# targets and allocations of `GOAL`.
_AHEAD = re.compile(
    r"\b(?:nhiem vu|phuong huong|dinh huong|trong tam|giai phap|de xuat|kien nghi|se|"
    r"tasks?|priorit\w*|directions?|orientations?|focus\w*|will|going to|propos\w*|"
    r"solutions?|measures?|next)\b"
)


def results_after(
    q: ParsedQuery, reports: Iterable[Report], provinces: tuple[str, ...], en: bool
) -> str:
    """The "not found" sentence when every year the question names comes after the latest
    report of the asked provinces (all reports when it names none) and it asks nothing ahead
    (`_AHEAD`, `GOAL`); "" otherwise."""
    held = [r for r in reports if r.year and (not provinces or r.province in provinces)]
    if not q.years or not held or GOAL.search(q.folded) or _AHEAD.search(q.folded):
        return ""
    latest = max(r.year for r in held)
    if min(q.years) <= latest:
        return ""
    asked = ", ".join(str(y) for y in sorted(q.years))
    where = f" ({', '.join(provinces)})" if provinces else ""
    if en:
        return f"Not found: the reports{where} end in {latest}; none tells of {asked}."
    return f"Không tìm thấy: các báo cáo{where} chỉ đến năm {latest}, không có báo cáo nào cho năm {asked}."
