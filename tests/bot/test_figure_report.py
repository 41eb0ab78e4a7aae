"""Which report gives a named figure, and for what period: the figure's line picks its report,
whose period is the answer, with the figure and the report named; no such line, lines in two
reports, or no report or period asked, leave it to the others. Made-up reports and wordings."""

from __future__ import annotations

from dataclasses import replace

from bot.figure_report import report_of_figure
from bot.held_date import HeldDateAnswerer
from core.query import parse_query
from tests.helpers.mini_index import REPORT, mini_corpus

FIRST = """BÁO CÁO
Kết quả cải cách hành chính 6 tháng đầu năm 2022

I. KẾT QUẢ
- Các đơn vị đã cập nhật hơn 27.300 hồ sơ cán bộ vào phần mềm quản lý.
- Tính đến ngày 30/6/2022, đã cấp 4.321 chứng thư số cho cán bộ.
"""
SECOND = """BÁO CÁO
Kết quả cải cách hành chính quý III năm 2021

I. KẾT QUẢ
- Đã tổ chức 64 lớp tập huấn cho cán bộ, công chức.
- Đã cấp 4.321 chứng thư số cho cán bộ.
"""
OTHER = replace(REPORT, id="t002", file="t002.txt", number="12/BC-UBND", date="2021-09-20",
                year=2021, quarter=3, period="Quý III/2021")  # fmt: skip


def _held() -> HeldDateAnswerer:
    return HeldDateAnswerer(mini_corpus([(REPORT, FIRST), (OTHER, SECOND)]))


def test_the_figures_report_and_period_are_the_answer() -> None:
    q = parse_query("Báo cáo nào cho biết đã cập nhật hơn 27.300 hồ sơ cán bộ, thuộc kỳ nào?")
    ans = report_of_figure(_held(), q, (), (), "vi")
    assert ans is not None
    head = ans.text.split("\n")[0]
    assert "**6 tháng đầu năm 2022**" in head
    assert "77/BC-VPUBND" in head
    assert "27.300" in head
    assert "Quý III/2021" not in ans.text
    assert ans.citations[0].report_id == REPORT.id


def test_the_period_is_said_in_english() -> None:
    q = parse_query("Which report gives the 64 training classes, and for what period?")
    ans = report_of_figure(_held(), q, (), (), "en")
    assert ans is not None
    assert ans.text.startswith("**Q3 2021**")


def test_a_figure_of_two_reports_none_or_no_report_asked_is_left_to_the_others() -> None:
    held = _held()
    for text in (
        "Báo cáo nào cho biết đã cấp 4.321 chứng thư số?",  # both reports give it
        "Báo cáo nào cho biết đã cấp 9.999 chứng thư số?",  # no report gives it
        "Đã cập nhật hơn 27.300 hồ sơ cán bộ vào phần mềm nào?",  # no report or period asked
    ):
        assert report_of_figure(held, parse_query(text), (), (), "vi") is None, text


def test_a_report_named_by_its_number_is_no_figure_named() -> None:
    q = parse_query("Báo cáo số 77 cho biết đã cập nhật hơn 27.300 hồ sơ cán bộ thuộc kỳ nào?")
    assert report_of_figure(_held(), q, (), (), "vi") is None
