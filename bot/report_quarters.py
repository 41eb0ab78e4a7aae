"""The quarters of its year a report covers, and whether a report plans for a part of the year
it does not cover (its tasks ahead)."""

from __future__ import annotations

import re

from core.text import fold
from index.metadata import Report

# "6 tháng đầu năm 2022" / "9 tháng cuối năm": the months of its year a report's period names.
_MONTHS_OF = re.compile(r"\b(\d{1,2}) thang (dau|cuoi) nam\b")


def quarters(r: Report) -> set[int]:
    """The quarters of its year a report covers: its quarter, the months its period names
    ("6 tháng đầu năm" → 1, 2), else all four."""
    if r.quarter:
        return {r.quarter}
    m = _MONTHS_OF.search(fold(r.period))
    if not m:
        return {1, 2, 3, 4}
    n = min(4, (int(m.group(1)) + 2) // 3)
    return set(range(1, n + 1)) if m.group(2) == "dau" else set(range(5 - n, 5))


def covers_or_plans(r: Report, wanted: set[int], ahead: bool) -> bool:
    """Whether a report covers one of the quarters wanted, or (`ahead`: the tasks ahead asked,
    "nhiệm vụ quý IV") ends right before them in the same year: its tasks for the next
    period are the ones planned for them (a first quarter's report plans no second half)."""
    have = quarters(r)
    return bool(have & wanted) or (ahead and max(have) + 1 == min(wanted))
