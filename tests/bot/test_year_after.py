"""A year after every report of the province asked for its results is "not found" before
retrieval (bot/year_after.py), read by the report facts over a small real index of a report
written here; the tasks, goals and plans for that year are the passages' to answer."""

from __future__ import annotations

from dataclasses import replace

from bot.report_facts import ReportFacts
from bot.year_after import results_after
from core.query import parse_query
from tests.helpers.mini_index import REPORT, mini_index

TEXT = """UBND TỈNH BÌNH PHƯỚC
VĂN PHÒNG
Số: 77/BC-VPUBND Bình Phước, ngày 15 tháng 12 năm 2022
BÁO CÁO
Kết quả công tác cải cách hành chính năm 2022 và nhiệm vụ năm 2023
I. KẾT QUẢ
Năm 2022, Văn phòng tiếp nhận 1.204 hồ sơ, giải quyết đúng hạn 1.180 hồ sơ.
II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023
Tiếp tục nâng cao chất lượng giải quyết hồ sơ.
"""
YEAR_REPORT = replace(REPORT, period="Năm 2022")


def _uncovered(question: str) -> str:
    facts = ReportFacts(mini_index(TEXT, YEAR_REPORT))
    language = "vi" if any(ord(ch) > 127 for ch in question) else "en"
    ans = facts.uncovered_half(parse_query(question), ("Bình Phước",), language)
    return ans.text if ans is not None else ""


def test_results_of_a_later_year_are_not_found() -> None:
    vi = _uncovered("Năm 2023 Bình Phước làm được những gì về cải cách hành chính?")
    assert "chỉ đến năm 2022" in vi
    assert "năm 2023" in vi
    assert "end in 2022" in _uncovered("How did Binh Phuoc's reform go in 2023?")
    assert _uncovered("binh phuoc 2024 dat duoc gi")


def test_tasks_goals_and_plans_for_a_later_year_are_the_passages_to_answer() -> None:
    assert _uncovered("Nhiệm vụ năm 2023 của Bình Phước là gì?") == ""
    assert _uncovered("What are Binh Phuoc's key tasks for 2023?") == ""
    assert _uncovered("Bình Phước phấn đấu năm 2023 giải quyết bao nhiêu hồ sơ?") == ""
    assert _uncovered("What will Binh Phuoc do in 2023?") == ""


def test_a_year_the_reports_reach_is_the_passages_to_answer() -> None:
    assert _uncovered("Kết quả cải cách hành chính năm 2022 của Bình Phước thế nào?") == ""
    # one year asked within the reports, one after: the passages answer the first
    assert _uncovered("So sánh kết quả năm 2022 và 2023 của Bình Phước") == ""


def test_no_year_or_no_report_of_the_province_says_nothing() -> None:
    q = parse_query("Kết quả cải cách hành chính của Bình Phước thế nào?")
    assert results_after(q, [YEAR_REPORT], ("Bình Phước",), False) == ""
    later = parse_query("Kết quả năm 2023 của Lâm Đồng thế nào?")
    assert results_after(later, [YEAR_REPORT], ("Lâm Đồng",), False) == ""
