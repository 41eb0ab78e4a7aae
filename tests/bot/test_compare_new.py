"""New things asked: a side's figure is bold only when its line says it is new, not when the
line keeps it on or says another of its figures is new (bot/compare_new.py). Sentences made
up for the test."""

from __future__ import annotations

from bot.compare_new import WORD_BEFORE, _added_at, not_new
from bot.compare_sides import Side
from bot.compare_subject import subject_checked
from bot.compare_table import Cell
from core.query import parse_query
from core.result import Citation
from core.text import fold

BOTH = "Năm nay mở thêm 7 điểm bưu chính, nâng tổng số lên 41 điểm bưu chính văn hóa xã."
KEPT = "Duy trì hoạt động cho 55 gian hàng trên sàn giao dịch của tỉnh."
AFTER = "Trong kỳ đã xây dựng 9 gian hàng mới trên sàn giao dịch."
PLAIN = "Có 41 điểm bưu chính văn hóa xã đang hoạt động."


def test_the_figure_said_as_new_stands_and_its_neighbour_does_not() -> None:
    asked = "How many new postal points were opened?"
    assert not not_new(asked, BOTH, "7")
    assert not_new(asked, BOTH, "41")
    assert not not_new(asked, AFTER, "9")  # "mới" closing its noun after it


def test_a_figure_kept_on_is_not_new() -> None:
    assert not_new("Bao nhiêu gian hàng mới?", KEPT, "55")


def test_nothing_new_asked_or_said_is_not_judged() -> None:
    assert not not_new("How many postal points are there?", BOTH, "41")
    assert not not_new("How many new postal points were opened?", PLAIN, "41")
    assert not not_new("Mỗi xã có bao nhiêu điểm bưu chính?", BOTH, "41")  # "mỗi" is "each"


def test_a_side_not_said_new_is_not_sure_in_the_table() -> None:
    q = parse_query("How many new stalls did Lang Son and Cao Bang open?")
    cit = Citation(1, "r1", "BC", "1/BC", "Sở", "2022", "II.", KEPT, 0.5)
    got = subject_checked(q, [Cell(Side("Lạng Sơn", ("Lạng Sơn",), ()), "55", citation=cit)])
    assert got[0].figure == ""
    assert got[0].doubted[0][0] == "55"


def test_the_word_before_a_number_is_read_whole() -> None:
    """`WORD_BEFORE` holds the longest word said before a new count with its spacing."""
    assert len(" xây dựng mới ") <= WORD_BEFORE
    line = "Năm nay xây dựng mới        6 phòng đọc, nâng tổng số lên 52 phòng."
    assert _added_at(fold(line), fold(line).index("6"), fold(line).index("6") + 1)
