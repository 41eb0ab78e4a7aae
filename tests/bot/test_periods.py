"""Which quarters a report covers, and a question about a quarter no report covers."""

from __future__ import annotations

from bot.answer import AnswerService
from bot.extractive import quarters_covered
from core.lexicon import english_period
from index.metadata import Report


def _report(quarter: int, period: str) -> Report:
    return Report(id="r", file="r.txt", province="Hà Tĩnh", year=2022, quarter=quarter,
                  period=period)  # fmt: skip


def test_quarters_a_report_covers() -> None:
    assert quarters_covered(_report(3, "Quý III/2022")) == {3}
    assert quarters_covered(_report(0, "6 tháng đầu năm 2022")) == {1, 2}
    assert quarters_covered(_report(0, "9 tháng đầu năm 2022")) == {1, 2, 3}
    assert quarters_covered(_report(0, "6 tháng cuối năm 2022")) == {3, 4}
    assert quarters_covered(_report(0, "Năm 2022")) == {1, 2, 3, 4}


def test_a_quarter_no_report_covers_is_not_answered(service: AnswerService) -> None:
    # Before: the 6-month report's figure "as of 14/6/2022" was stated for the fourth quarter.
    ans = service.answer("Hà Tĩnh quý IV năm 2022 tiếp nhận bao nhiêu hồ sơ?")
    assert ans.abstained
    assert "quý IV năm 2022" in ans.text
    covered = service.answer("Đồng Tháp quý III năm 2022 đã giải quyết bao nhiêu hồ sơ?")
    assert not covered.abstained


def test_a_report_period_reads_in_english() -> None:
    assert english_period("Quý III/2022") == "Q3 2022"
    assert english_period("Quý I năm 2019") == "Q1 2019"
    assert english_period("6 tháng đầu năm 2022") == "first half of 2022"
    assert english_period("6 tháng cuối năm 2021") == "second half of 2021"
    assert english_period("9 tháng đầu năm 2022") == "first 9 months of 2022"
    assert english_period("Năm 2022") == "2022"
    assert english_period("giai đoạn 2021-2025") == "giai đoạn 2021-2025"  # as it is


def test_an_english_answer_says_its_period_in_english(service: AnswerService) -> None:
    # Before: "(Đồng Tháp, report period Quý III/2022)" in an English answer.
    ans = service.answer("How many administrative dossiers were resolved in Dong Thap?")
    assert "Q3 2022" in ans.text
    assert "Quý III/2022" not in ans.text
    vi = service.answer("Đồng Tháp đã giải quyết bao nhiêu hồ sơ?")
    assert "Q3 2022" not in vi.text
