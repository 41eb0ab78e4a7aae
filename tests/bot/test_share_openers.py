"""Shares that open what they are shares of ("100% cán bộ, công chức cấp tỉnh, cấp huyện, 85%
… cấp xã"): each share's words run past the commas up to the next share, so the levels asked
pick the share said of them. And a rank, a score and a climb said in one sentence: the year
a figure is compared with ("tăng 7 bậc so với năm 2020") is not the year it is for. The
report text is written for the test, in the reports' style."""

from __future__ import annotations

import pytest

from bot.extractive.parts_said import own_parts
from bot.extractive.words import label_years
from tests.helpers.mini_index import ask, mini_index

REPORT = """BÁO CÁO
Kết quả cải cách hành chính 6 tháng đầu năm 2022

I. CÔNG TÁC CHỈ ĐẠO

4. Về công tác kiểm tra

- Ngày 25/5/2022 Bộ Nội vụ đã công bố Chỉ số Cải cách hành chính (PAR INDEX) năm 2021, tỉnh Bình Phước đạt 85.12/100 điểm tăng 7 bậc so với năm 2020 xếp thứ 24/63 tỉnh, thành phố.

- 100% cán bộ, công chức cấp tỉnh, cấp huyện, 85% cán bộ, công chức cấp xã thường xuyên sử dụng thư điện tử công vụ trong công việc.
"""

_LINE = REPORT.splitlines()[-1]


def test_a_share_opening_its_words_owns_them_up_to_the_next_share() -> None:
    assert own_parts(_LINE, "100%") == {("cap", "tinh"), ("cap", "huyen")}
    assert own_parts(_LINE, "85%") == {("cap", "xa")}


@pytest.mark.parametrize(
    ("question", "language", "figure"),
    [
        ("What share of provincial and district officials in Binh Phuoc regularly use official email?", "en", "100%"),
        ("Tỷ lệ CBCC cấp huyện Bình Phước thường xuyên sử dụng thư điện tử công vụ?", "vi", "100%"),
        ("Tỷ lệ CBCC cấp xã Bình Phước thường xuyên sử dụng thư điện tử công vụ?", "vi", "85%"),
    ],
)  # fmt: skip
def test_the_levels_asked_pick_the_share_said_of_them(
    question: str, language: str, figure: str
) -> None:
    ans = ask(mini_index(REPORT), question, language)
    assert ans.figure == figure, ans.text


def test_a_year_compared_with_is_not_the_year_a_figure_is_for() -> None:
    assert not label_years(("bac", "voi", "nam", "2020", "xep", "thu"))
    assert not label_years(("bac", "so", "voi", "nam", "2020"))
    assert label_years(("tuyen", "dung", "nam", "2020")) == frozenset({"2020"})


@pytest.mark.parametrize(
    ("question", "language", "figure"),
    [
        ("What rank did Binh Phuoc reach in the 2021 PAR Index?", "en", "24/63"),
        ("Chỉ số PAR INDEX 2021 của Bình Phước đạt bao nhiêu điểm?", "vi", "85.12/100"),
        ("Bình Phước tăng bao nhiêu bậc trong PAR Index 2021?", "vi", "7"),
    ],
)
def test_a_rank_a_score_and_a_climb_are_told_apart(
    question: str, language: str, figure: str
) -> None:
    ans = ask(mini_index(REPORT), question, language)
    assert ans.figure == figure, ans.text
