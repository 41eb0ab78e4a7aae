"""The as-of month a figure's line names ("Đến tháng 7/2021, …") is what the figure holds for,
said in place of the report's period; a month after the report's date is a target, not an
as-of month. Made-up report lines and the author's own wordings."""

from __future__ import annotations

from dataclasses import replace

from bot.extractive.held_month import held_month, is_month, month_held
from tests.helpers.mini_index import REPORT, ask, mini_index


def test_the_as_of_month_of_a_line_is_read() -> None:
    assert held_month("Đến tháng 7/2021, trạm Y đã nối 83 cảm biến.", REPORT) == "7/2021"
    assert held_month("Tính đến hết tháng 03 năm 2022 có 12 điểm", REPORT) == "3/2022"
    assert held_month("Trong tháng 4/2022 đã tổ chức 12 lớp", REPORT) == ""  # during, not as of
    assert held_month("Đã có 12 điểm giao dịch", REPORT) == ""


def test_a_month_after_the_report_date_is_a_target() -> None:
    assert held_month("Phấn đấu đến tháng 12/2025 có 90 điểm", REPORT) == ""
    undated = replace(REPORT, date="", year=2022)
    assert held_month("Đến tháng 12/2022 có 90 điểm", undated) == "12/2022"
    assert held_month("Đến tháng 1/2023 có 90 điểm", undated) == ""


def test_a_month_aimed_at_or_ending_a_span_is_no_as_of_month() -> None:
    for text in (
        "Dự kiến đến tháng 4/2022 trạm Y nối thêm 60 cảm biến",
        "Phần mềm X được gia hạn đến tháng 3/2022 cho 14 đơn vị",
        "Trạm Y sẽ nâng cấp xong 9 máy đo đến tháng 5/2022",
        "Từ tháng 2/2022 đến tháng 4/2022, trạm Y đo 55 lượt",
        "Từ tháng 2 đến tháng 4 năm 2022, trạm Y đo 55 lượt",
    ):
        assert held_month(text, REPORT) == "", text


def test_a_month_is_said_in_both_languages() -> None:
    assert is_month("4/2022")
    assert not is_month("30/4/2022")
    assert month_held("4/2022", en=False) == "tính đến tháng 4/2022"
    assert month_held("4/2022", en=True) == "as of April 2022"


RAW = """BÁO CÁO
Kết quả cải cách hành chính 6 tháng đầu năm 2022

I. KẾT QUẢ
- Đến tháng 3/2022, phần mềm Chim Sẻ đã in trên 317 phiếu hẹn cho người dân.
"""


def test_the_answer_says_the_lines_month_not_the_report_period() -> None:
    ans = ask(mini_index(RAW), "Phần mềm Chim Sẻ đã in bao nhiêu phiếu hẹn?")
    assert "**317**" in ans.text
    assert "tính đến tháng 3/2022" in ans.text.split("\n")[0]
    assert "kỳ báo cáo" not in ans.text.split("\n")[0]
