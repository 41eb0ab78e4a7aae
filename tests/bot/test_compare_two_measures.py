"""A comparison of two parts that asks two measures of each ("totals and the per-unit
averages", "and each as % of the estimate"): each part's row gives both, the one asked first in
bold, the other beside it from the same line. Questions and report lines made up for the test."""

from __future__ import annotations

from bot.compare_beside import (
    asks_amount_too,
    asks_average_too,
    asks_total_and_average,
    total_and_average,
)
from core.query import parse_query
from tests.helpers.mini_index import mini_index
from tests.helpers.parts import parts_body

TEXT = """III. HIỆN ĐẠI HÓA HÀNH CHÍNH
1. Dịch vụ công trực tuyến
- Tổng cấp huyện có 2140 DVC trực tuyến mức độ 4 (trung bình mỗi huyện có 214 DVC mức 4).
- Tổng cấp xã có 15.300 DVC trực tuyến mức độ 4 (trung bình mỗi xã có 85 DVC mức 4).
"""


def test_a_share_asked_in_a_clause_of_its_own_asks_the_amounts_too() -> None:
    folded = parse_query(
        "Binh Phuoc: total revenue vs total spending, and each as % of the estimate"
    )
    assert asks_amount_too(folded.folded)
    assert asks_amount_too(
        parse_query("Tổng thu, tổng chi ước đạt bao nhiêu, và đạt bao nhiêu % dự toán?").folded
    )
    assert not asks_amount_too(parse_query("Thu và chi ngân sách đạt bao nhiêu % dự toán?").folded)


def test_a_rate_asked_of_the_thing_named_right_before_it_asks_that_thing_too() -> None:
    # "X and the X rate": X as it is (an amount), its rate besides
    assert asks_amount_too(
        parse_query("Kon Tum: how do loans granted to date and the loan rate compare?").folded
    )
    assert asks_amount_too(parse_query("Gia Lai có mấy trạm y tế và ti le đạt chuẩn?").folded)
    # a word before "rate" said nowhere before the "and": another place, not the thing
    assert not asks_amount_too(
        parse_query("Contrast Kontum and Pleiku rates of paperless filing").folded
    )
    # a rate before it: two rates asked, no amount
    assert not asks_amount_too(
        parse_query("Kon Tum: the share of firms and the rate of households online?").folded
    )
    assert not asks_amount_too(
        parse_query("Ở Gia Lai, ti le trạm y tế đạt chuẩn và ti le xã có bác sĩ?").folded
    )


def test_the_total_and_the_average_a_line_gives_together() -> None:
    line = "- Tổng cấp xã có 15.300 DVC trực tuyến mức độ 4 (trung bình mỗi xã có 85 DVC mức 4)."
    assert total_and_average(line, "85") == ("15.300", "85")
    assert total_and_average(line, "15.300") == ("15.300", "85")
    assert total_and_average(line, "4") is None  # the level's name is no figure
    assert total_and_average("- Tổng cấp xã có 15.300 DVC.", "15.300") is None


def test_each_part_gets_its_total_with_its_average_beside() -> None:
    assert asks_average_too(parse_query("bình quân mỗi đơn vị bao nhiêu").folded)
    index = mini_index(TEXT)
    q = parse_query(
        "Bình Phước có bao nhiêu DVC mức 4 ở cấp huyện và cấp xã, bình quân mỗi đơn vị bao nhiêu?"
    )
    text = parts_body(index, q)
    assert "**2140** (trung bình 214)" in text, text
    assert "**15.300** (trung bình 85)" in text, text


def test_a_total_is_put_in_bold_only_when_a_total_is_asked_too() -> None:
    # a count asked before the average: the total in bold, the average beside it
    assert asks_total_and_average(parse_query(
        "Sở và huyện của Kon Tum giải quyết bao nhiêu thủ tục, trung bình mỗi nơi bao nhiêu?").folded)
    assert asks_total_and_average(parse_query("district vs commune: totals and averages?").folded)
    # an average asked alone keeps the average as the stated figure
    assert not asks_total_and_average(parse_query(
        "Trung bình mỗi sở, mỗi huyện của Kon Tum giải quyết bao nhiêu thủ tục?").folded)
