"""A figure counting other things than the places a question counts is no side's figure
(bot/compare_place_count.py, through bot/compare_subject.py). Lines and questions made up."""

from __future__ import annotations

from bot.compare_place_count import asked_tier, other_place
from bot.compare_sides import Side
from bot.compare_subject import subject_checked
from bot.compare_table import Cell
from core.query import parse_query
from core.result import Citation

COMMUNES = parse_query("How many communes in Hà Tĩnh had a web portal in 2031?")
DISTRICTS = "Phần mềm đã triển khai tại 9 UBND huyện, thị xã và đang mở rộng đến cấp xã."
NEWS = "Cổng thông tin điện tử đã đăng 140 tin, bài trong kỳ."
OWN = "Có 180/200 UBND cấp xã có trang thông tin điện tử."


def test_the_tier_a_question_counts() -> None:
    assert asked_tier(COMMUNES) == "commune"
    assert asked_tier(parse_query("Bao nhiêu UBND cấp huyện có cổng thông tin?")) == "district"
    assert asked_tier(parse_query("Có bao nhiêu DVC cấp xã?")) == ""
    # a tier qualifying what is counted is not counted
    assert asked_tier(parse_query("How many district-level procedures are there?")) == ""
    assert asked_tier(parse_query("How many district level services in 2031?")) == ""


def test_another_tier_or_a_thing_after_the_figure_is_another_count() -> None:
    assert other_place(COMMUNES, DISTRICTS, "9")
    assert other_place(COMMUNES, NEWS, "140")
    assert not other_place(COMMUNES, OWN, "180/200")
    assert not other_place(parse_query("Có bao nhiêu tin bài?"), NEWS, "140")


def test_such_a_row_is_not_sure_in_the_table() -> None:
    cit = Citation(1, "r1", "", "", "", "", "", DISTRICTS, 1.0, chunk_id="c1", line_start=1)
    cell = Cell(Side("2031", ("P",), (2031,)), figure="9", counts=DISTRICTS, citation=cit)
    (out,) = subject_checked(COMMUNES, [cell])
    assert out.citation is None
    assert [f for f, _ in out.doubted] == ["9"]


def test_words_opening_as_a_tier_that_name_no_tier_are_no_places() -> None:
    # "phương án/tiện/thức" fold to the ward's "phuong ...": no wards
    districts = parse_query("Bao nhiêu huyện có cổng thông tin?")
    for word in ("phương tiện", "phương thức"):  # no ward, so no other tier than the asked
        assert not other_place(districts, f"Có 12 {word} cung cấp thông tin.", "12"), word
    assert other_place(COMMUNES, "Đã xây dựng 12 phương án cung cấp thông tin.", "12")  # a thing
    assert not other_place(COMMUNES, "Đã có 12 phường có trang thông tin.", "12")
