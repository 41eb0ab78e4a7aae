"""Measures a comparison asks of each side besides its figure: a rank and the places moved
("xếp thứ mấy, tăng mấy bậc"), and the count got with the part of it done ("how many did X
get and settle on time"). Made-up report lines and questions."""

from __future__ import annotations

import pytest

from bot.compare_measures import COUNT, DONE, GAIN, RANK, asked_measures, companions, got_and_done
from bot.stated_change import stated_rank
from core.query import parse_query
from core.result import Answer, Citation

LINE = (
    "Năm 2021, tỉnh Bình Phước đạt 84,12/100 điểm, tăng 6 bậc so với năm 2020, "
    "xếp thứ 23/63 tỉnh, thành phố."
)


@pytest.mark.parametrize(
    "question",
    [
        "Chỉ số PAR của Bình Phước và Yên Bái: tỉnh nào xếp cao hơn, mỗi tỉnh tăng mấy bậc?",
        "binh phuoc va yen bai xep thu may, tang bao nhieu bac",
        "PAR Index: rank of Binh Phuoc vs Yen Bai, and how many places did each climb?",
    ],
)
def test_a_rank_and_places_moved_are_asked(question: str) -> None:
    assert {RANK, GAIN} <= asked_measures(parse_query(question).folded)


def test_the_rank_is_shown_beside_the_places_moved_and_back() -> None:
    assert companions(LINE, "6", {RANK, GAIN}, en=False) == ["xếp thứ 23/63"]
    assert companions(LINE, "23/63", {RANK, GAIN}, en=True) == ["moved 6"]
    # a rank alone asked beside a count: no places moved are made up
    assert companions(LINE, "23/63", {RANK, COUNT}, en=True) == []


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("how many did yen bai get and settle on time in q3 2022?", True),
        ("nhiem vu duoc giao va hoan thanh dung han bao nhieu?", True),
        ("how many dossiers were received and resolved?", True),
        ("how many were completed?", False),
    ],
)
def test_the_count_got_with_the_part_done(question: str, asked: bool) -> None:
    assert got_and_done(question) is asked


def test_the_whole_is_shown_beside_the_part_done() -> None:
    line = (
        "Quý III, Tỉnh có 28 nhiệm vụ được giao, trong đó có 25 nhiệm vụ hoàn thành đúng hạn, "
        "3 nhiệm vụ chưa tới hạn."
    )
    assert companions(line, "25", {COUNT, DONE}, en=True) == ["of 28"]


@pytest.mark.parametrize(
    ("line", "figure", "want"),
    [
        ("Đến nay đã hoàn thành 38 nhiệm vụ trong tổng số 42 nhiệm vụ, đạt 90,4% kế hoạch.",
         "38", ["of 42", "90,4%"]),
        ("By June, 17 projects out of 20 were finished, reaching 85%.", "17", ["of 20"]),  # "reaching" is no share word read
        # a figure "trên" opens no whole of ("trên Cổng"), and no share far after: nothing
        ("Tiếp nhận 120 hồ sơ trên Cổng dịch vụ công; 45 hồ sơ trực tiếp, chiếm 27%.", "120", []),
    ],
)  # fmt: skip
def test_a_whole_said_right_after_its_part_and_the_share(
    line: str, figure: str, want: list[str]
) -> None:
    assert companions(line, figure, {COUNT, DONE, "rate"}, en=True) == want


def _cit(n: int, quote: str) -> Citation:
    return Citation(n, f"r{n}", "Báo cáo", f"{n}/BC", "UBND", "1/1/2022", "I.", quote, 1.0)


@pytest.mark.parametrize(
    "question",
    [
        "Thứ hạng chỉ số SIPAS của Bình Phước và Yên Bái: tỉnh nào xếp cao hơn, tăng mấy bậc?",
        "binh phuoc va yen bai thu hang par index tang bao nhieu bac",
        "PAR Index: Binh Phuoc vs Yen Bai, which ranks higher and how many places did each climb?",
    ],
)
def test_each_place_s_move_gets_the_rank_its_own_sentence_gives(question: str) -> None:
    one = _cit(1, "Bình Phước tăng 5 bậc, xếp thứ 5 cả nước về chỉ số SIPAS năm 2021.")
    two = _cit(2, "Tỉnh Yên Bái đạt 83,1/100 điểm, tăng 9 bậc so với năm 2020, xếp thứ 27/63.")
    text = "**5** (Bình Phước) [1]\n> …\n\n**9** (Yên Bái) [2]\n> …\n\nNguồn:\n[1] …\n[2] …"
    ans = Answer(question, text, False, (one, two), figure="5")
    got = stated_rank(parse_query(question), ans)
    assert got is not None
    lines = got.text.split("\n")
    assert lines[1].endswith("**5** (xếp thứ 5) [1]")
    assert lines[5].endswith("**27/63** (xếp thứ 27/63) [2]")
    # a quote that gives two ranks states none
    three = _cit(2, "Yên Bái tăng 9 bậc, xếp thứ 27/63; năm 2020 xếp thứ 36/63.")
    got = stated_rank(
        parse_query(question), Answer(question, text, False, (one, three), figure="5")
    )
    assert got is not None
    assert "36/63" not in got.text
    assert "27/63" not in got.text
