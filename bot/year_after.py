"""A year after every report asked for its results: "how did the province's reform go in
2024?" when its latest report is of 2022. No report can tell what happened in a year after its
own; a report that names a later year does so for its tasks and targets ahead, or as the end
of a programme ("đề án … đến năm 2025"), which a question asking results does not ask of.
Read by `ReportFacts.uncovered_half` beside the half-years and months it judges, so every intent
but a comparison's or a report's own facts gets "not found" before retrieval, not the plan
section of the year before as if it were that year's results."""

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


# A year a programme or target runs to ("đến năm 2025", "to 2025", "by 2025", "giai đoạn
# 2021-2025"): no time the question asks results of, so the question is the passages' to answer.
_TARGET_YEAR = re.compile(
    r"\b(?:den|toi|to|by|until|through|till|giai doan|tam nhin)\s+(?:nam\s+)?(?:19|20)\d\d\b"
    r"|\b(?:19|20)\d\d\s*(?:-|–)\s*(?:19|20)\d\d\b"
)


def results_after(
    q: ParsedQuery, reports: Iterable[Report], provinces: tuple[str, ...], en: bool
) -> str:
    """The "not found" sentence when every year the question names comes after the latest
    report of the asked provinces (all reports when it names none) and it asks nothing ahead
    (`_AHEAD`, `GOAL`) nor names a year something runs to (`_TARGET_YEAR`); "" otherwise."""
    held = [r for r in reports if r.year and (not provinces or r.province in provinces)]
    asks_ahead = GOAL.search(q.folded) or _AHEAD.search(q.folded) or _TARGET_YEAR.search(q.folded)
    if not q.years or not held or asks_ahead:
        return ""
    latest = max(r.year for r in held)
    if min(q.years) <= latest:
        return ""
    asked = ", ".join(str(y) for y in sorted(q.years))
    where = f" ({', '.join(provinces)})" if provinces else ""
    if en:
        return f"Not found: the reports{where} end in {latest}; none tells of {asked}."
    return f"Không tìm thấy: các báo cáo{where} chỉ đến năm {latest}, không có báo cáo nào cho năm {asked}."
