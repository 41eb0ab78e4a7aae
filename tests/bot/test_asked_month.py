"""A month or a whole year asked after every report of the province ends is "not found", read
by the report facts over a small real index of a report written here (bot/asked_month.py)."""

from __future__ import annotations

from dataclasses import replace

from bot.asked_month import asked_months, last_quarter
from bot.report_facts import ReportFacts
from core.query import parse_query
from index.metadata import Report
from tests.helpers.mini_index import REPORT, mini_index

TEXT = """UBND TỈNH BÌNH PHƯỚC
VĂN PHÒNG
Số: 77/BC-VPUBND Bình Phước, ngày 05 tháng 7 năm 2022
BÁO CÁO
Kết quả công tác cải cách hành chính năm 2022
I. KẾT QUẢ
Đến tháng 6/2022, Văn phòng tiếp nhận 1.204 hồ sơ, giải quyết đúng hạn 1.180 hồ sơ.
"""
# A report whose period names the whole year but which is dated in its third quarter.
YEAR_REPORT = replace(REPORT, period="Năm 2022")


def _uncovered(question: str, report: Report = YEAR_REPORT) -> str:
    facts = ReportFacts(mini_index(TEXT, report))
    language = "vi" if any(ord(ch) > 127 for ch in question) else "en"
    ans = facts.uncovered_half(parse_query(question), ("Bình Phước",), language)
    return ans.text if ans is not None else ""


def test_a_month_after_the_reports_date_is_not_found() -> None:
    assert "tháng 11/2022" in _uncovered("Bình Phước đến tháng 11/2022 giải quyết bao nhiêu hồ sơ?")
    english = _uncovered("How many dossiers had Binh Phuoc settled by October 2022?")
    assert "October 2022" in english


def test_the_whole_year_a_half_year_report_does_not_reach_is_not_found() -> None:
    half = replace(REPORT, period="6 tháng đầu năm 2022")
    assert "cả năm 2022" in _uncovered("Cả năm 2022 Bình Phước tiếp nhận bao nhiêu hồ sơ?", half)
    assert _uncovered("Over the full year 2022, how many dossiers did Binh Phuoc receive?", half)


def test_a_month_the_report_reaches_is_the_passages_to_answer() -> None:
    assert _uncovered("Bình Phước đến tháng 6/2022 tiếp nhận bao nhiêu hồ sơ?") == ""
    assert _uncovered("How many dossiers had Binh Phuoc received by June 2022?") == ""
    # a year after every report of the province: bot/year_after.py judges it
    assert "end in 2022" in _uncovered("How many dossiers had Binh Phuoc received by December 2023?")


def test_a_goal_or_an_estimate_for_a_later_month_is_the_passages_to_answer() -> None:
    assert _uncovered("Bình Phước phấn đấu đến tháng 12/2022 giải quyết bao nhiêu hồ sơ?") == ""
    assert _uncovered("What is Binh Phuoc's target for December 2022?") == ""
    assert asked_months("uoc ca nam 2022 dat bao nhieu") == {}


def test_a_report_tells_of_no_quarter_after_its_own_date() -> None:
    assert last_quarter(YEAR_REPORT) == 3  # dated 5/7/2022
    assert last_quarter(replace(YEAR_REPORT, date="2023-01-10")) == 4  # dated after its year
    assert asked_months("tinh den thang 12/2022 va thang 3 nam 2023") == {2022: 12, 2023: 3}


def test_an_allocation_or_quota_for_the_year_is_the_passages_to_answer() -> None:
    # set at the year's start, an earlier report states what was allocated for it
    half = replace(REPORT, period="6 tháng đầu năm 2022")
    assert _uncovered("Cả năm 2022 Bình Phước được giao bao nhiêu biên chế?", half) == ""
    assert _uncovered("How many staff posts was Binh Phuoc assigned for the whole of 2022?", half) == ""
    assert asked_months("du toan ca nam 2022 la bao nhieu") == {}
    # "giáo dục" is no allocation: a whole year of schooling a half-year report does not reach
    assert asked_months("ca nam 2022 nganh giao duc tiep nhan bao nhieu ho so") == {2022: 13}


def test_the_not_found_says_where_the_report_ends() -> None:
    half = replace(REPORT, period="6 tháng đầu năm 2022")
    vi = _uncovered("Cả năm 2022 Bình Phước tiếp nhận bao nhiêu hồ sơ?", half)
    assert "chỉ đến tháng 6/2022, trước cả năm 2022" in vi, vi
    assert "không có báo cáo nào khớp" not in vi, vi
    en = _uncovered("How many dossiers had Binh Phuoc settled by October 2022?")
    assert "end at July 2022, before October 2022" in en, en  # dated 5/7/2022


def test_a_report_that_writes_of_the_whole_year_is_the_passages_to_answer() -> None:
    half = replace(REPORT, period="6 tháng đầu năm 2022")
    facts = ReportFacts(mini_index(TEXT + "Ước cả năm 2022 tiếp nhận 2.500 hồ sơ.\n", half))
    q = parse_query("Cả năm 2022 Bình Phước tiếp nhận bao nhiêu hồ sơ?")
    assert facts.uncovered_half(q, ("Bình Phước",), "vi") is None
