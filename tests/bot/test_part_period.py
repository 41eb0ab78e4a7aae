"""A question naming a part of a report by its numeral asks the period that part's heading
states ("II. Kết quả … 4 tháng đầu năm 2023"), not the report's own. The report text is
written for the test, in the reports' style."""

from __future__ import annotations

from bot.part_period import heading_period, part_named, part_period
from core.query import parse_query
from tests.helpers.mini_index import REPORT, mini_index


def _folded(question: str) -> str:
    return parse_query(question).folded


TEXT = """BÁO CÁO
Kết quả chuyển đổi số năm 2023

I. Kết quả đạt được

1. Việc ban hành văn bản

Trong năm 2023, Sở đã tham mưu ban hành 12 văn bản.

II. Kết quả cải cách hành chính trên địa bàn tỉnh 4 tháng đầu năm 2023 về chính quyền số

Trong 4 tháng đầu năm 2023, Sở đã triển khai 5 nhiệm vụ.
"""


def test_a_part_is_named_by_its_numeral() -> None:
    assert part_named(_folded("Part II of the report covers what period?")) == "ii"
    assert part_named(_folded("Phần III của báo cáo nói về kỳ nào?")) == "iii"
    assert part_named(_folded("Báo cáo quý II năm 2023 có kỳ báo cáo nào?")) == ""


def test_a_heading_states_its_period_in_its_own_words() -> None:
    assert heading_period("II. Kết quả trên địa bàn tỉnh 4 tháng đầu năm 2023 về") == (
        "4 tháng đầu năm 2023"
    )
    assert heading_period("III. Tình hình quý II/2023") == "quý II/2023"
    assert heading_period("I. Kết quả đạt được") == ""


def test_the_named_part_period_comes_from_its_heading() -> None:
    index = mini_index(TEXT)
    rid = REPORT.id
    assert part_period(index, rid, _folded("Part II gives results over what period?")) == (
        "4 tháng đầu năm 2023"
    )
    assert part_period(index, rid, _folded("Part I gives results over what period?")) == ""
    assert part_period(index, rid, _folded("What period does the report cover?")) == ""
