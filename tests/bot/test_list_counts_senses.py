"""List questions that ask a count with each item, counted items joined by 'và' inside a
series, a document's number in the question, an English head noun with two senses, a
threshold's verb, and a place kind as OCR cuts it."""

from __future__ import annotations

import pytest

from bot.intents_types import each_count, is_list, wants_number
from bot.list_asked import head_readings, head_words
from bot.list_find import enumerations
from bot.list_items import split_items
from bot.list_kinds import PLACE_PREFIX, asked_figures
from core.query import parse_query
from core.text import fold


@pytest.mark.parametrize(
    "question",
    [
        "Những đơn vị nào cử cán bộ về Bộ phận Một cửa, mỗi đơn vị bao nhiêu người?",
        "Các sở nào được giao thực hiện đề án, mỗi sở có bao nhiêu nhiệm vụ?",
        "Which units sent officers to the reception desk, and how many each?",
        "Which schools joined the pilot and how many pupils per school?",
    ],
)
def test_a_count_with_each_item_is_still_a_list(question: str) -> None:
    q = parse_query(question)
    assert each_count(q.folded)
    assert is_list(q)


@pytest.mark.parametrize(
    "question",
    [
        # a count per period, or no list asked: the figure path
        "Các sở nào được cấp bao nhiêu kinh phí mỗi năm?",
        "Mỗi huyện có bao nhiêu xã đạt chuẩn?",
        "Which districts received how many complaints each year?",
    ],
)
def test_a_count_per_period_or_without_a_list_is_no_list(question: str) -> None:
    assert not is_list(parse_query(question))


def test_counted_items_joined_by_and_inside_a_series_are_two() -> None:
    part = (
        "05 cán bộ của Sở Tư pháp, 03 nhân viên của Ngân hàng A và 01 nhân viên Bưu điện, "
        "02 công chức của Cục Thuế"
    )
    assert split_items(part) == [
        "05 cán bộ của Sở Tư pháp",
        "03 nhân viên của Ngân hàng A",
        "01 nhân viên Bưu điện",
        "02 công chức của Cục Thuế",
    ]
    # a name with 'và' inside is kept whole ("Sở Tài nguyên và Môi trường")
    assert "02 cán bộ Sở Tài nguyên và Môi trường" in split_items(
        "04 cán bộ Công an huyện, 02 cán bộ Sở Tài nguyên và Môi trường, 01 kế toán"
    )


def test_a_series_of_counted_agencies_after_a_colon() -> None:
    found = enumerations(
        "Nhân sự làm việc tại Bộ phận Một cửa: có 12 công chức của 9 phòng, 02 chiến sỹ của "
        "Công an huyện và 01 nhân viên Bưu điện huyện, 01 nhân viên ngân hàng."
    )
    assert any("01 nhân viên Bưu điện huyện" in items and len(items) == 4 for items in found), found


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("Which plans were issued under the Decision 1150 programme?", []),
        ("Những văn bản nào được ban hành theo Kế hoạch số 77?", []),
        ("Which units scored above 85% in 2023?", ["85"]),
        ("Những huyện nào có trên 40 xã đạt chuẩn năm 2022?", ["40"]),
    ],
)
def test_a_documents_number_is_no_figure_a_list_must_hold(question: str, figures: list[str]) -> None:
    assert asked_figures(parse_query(question).folded) == figures


def test_an_english_head_noun_in_two_senses_is_read_each_way() -> None:
    q = parse_query("Which reports did the provincial radio broadcast on reform?")
    readings = head_readings(q)
    assert ["phong", "su"] in readings
    assert ["bao", "cao"] in readings
    # every reading's words are among the head words the list is asked by
    assert all(set(r) <= set(head_words(q)) for r in readings)


@pytest.mark.parametrize(
    "question",
    [
        "Những chức danh nào được bổ nhiệm trong năm?",  # Vietnamese: as the question says
        "Which districts were inspected this year?",  # one reading
        "Which subsystems make up the portal?",  # a list noun of the reports' own
    ],
)
def test_one_reading_is_read_as_before(question: str) -> None:
    assert head_readings(parse_query(question)) == []


def test_the_verb_a_threshold_is_said_with_asks_no_score() -> None:
    q = parse_query("Which indicators did the province score above 80% of the maximum on?")
    assert not wants_number(q.folded)
    assert is_list(q)
    assert wants_number(parse_query("What score did the province get on the index?").folded)


def test_a_town_as_ocr_cuts_its_kind_is_a_place() -> None:
    assert PLACE_PREFIX.match(fold("thi x Ninh Hòa"))
    assert PLACE_PREFIX.match(fold("thị xã Ninh Hòa"))
    assert not PLACE_PREFIX.match(fold("thi xong hồ sơ"))
