"""Parts of a question counting people: "bao nhiêu người" of a question that names which
people ("công chức") is asked as "bao nhiêu công chức", and a part's negation in its quote is
read with the words after it. Questions and report lines made up for the test."""

from __future__ import annotations

from bot.compare_units import people_named, persons_as
from core.query import parse_query
from tests.helpers.mini_index import mini_index
from tests.helpers.parts import parts_body

TEXT = """II. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
+ Tuyển dụng công chức
Đã tuyển dụng qua thi tuyển 37 công chức các cơ quan hành chính nhà nước của tỉnh theo kế
hoạch của Ủy ban nhân dân tỉnh.
Tiếp nhận các trường hợp đặc biệt vào làm công chức không qua thi tuyển 12 công chức.
+ Số người làm việc tại các đơn vị sự nghiệp công lập có mặt đến ngày 30/6/2022 là 21.406 người.
"""


def test_the_people_a_question_names_are_the_unit_asked() -> None:
    q = parse_query("Bình Phước tuyển bao nhiêu công chức mới, tổng cộng bao nhiêu người?")
    assert people_named(q) == "công chức"
    assert people_named(parse_query("Bình Phước có bao nhiêu người làm việc?")) == ""
    both = parse_query("Bao nhiêu người là công chức, viên chức?")
    assert people_named(both) == ""  # two kinds: which one is asked is not clear
    part = persons_as(parse_query("Bình Phước tiếp nhận bao nhiêu người?"), "công chức")
    assert part.text == "Bình Phước tiếp nhận bao nhiêu công chức?"


def test_parts_counting_people_get_each_its_own_count() -> None:
    index = mini_index(TEXT)
    q = parse_query(
        "Năm 2022 Bình Phước tuyển công chức qua thi tuyển và tiếp nhận không qua thi tuyển "
        "lần lượt bao nhiêu người?"
    )
    text = parts_body(index, q)
    assert "**37**" in text, text
    assert "**12**" in text, text
    assert "21.406" not in text, text
