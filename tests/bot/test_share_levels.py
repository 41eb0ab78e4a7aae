"""A share in a clause whose count names several service levels ("… 412 DVC mức độ 3, 4 …, đạt
tỷ lệ 52%") is a share of those levels together: not the answer when one level is asked, the
answer when those levels are ("mức độ 3-4", "level 3-4"). The report text is written for the
test, in the reports' style."""

from __future__ import annotations

import pytest

from bot.extractive.levels import asked_levels, other_level
from core.query import parse_query
from tests.helpers.mini_index import ask, mini_index

REPORT = """BÁO CÁO
Kết quả chuyển đổi số năm 2022

II. KẾT QUẢ THỰC HIỆN

5. Hiện đại hóa hành chính

- Tính đến ngày 15/6/2022, Cổng Dịch vụ công của tỉnh cung cấp 1.500 dịch vụ công, số dịch vụ công mức độ 4 là: 630, đạt tỷ lệ 42%.

- Đến hết 15/6/2022, tỉnh đã hoàn thành tích hợp 412 dịch vụ công mức độ 3, 4 trên Cổng Dịch vụ công quốc gia, đạt tỷ lệ 52%.
"""


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("ty le dich vu cong muc do 4 tren cong dich vu cong cua tinh", "42%"),
        ("ty le dich vu cong muc do 3-4 tich hop tren cong dich vu cong quoc gia", "52%"),
    ],
)  # fmt: skip
def test_a_share_is_of_the_levels_its_count_names(question: str, figure: str) -> None:
    ans = ask(mini_index(REPORT), question)
    assert ans.figure == figure, ans.text


def test_a_level_range_names_every_level() -> None:
    assert asked_levels(parse_query("ty le dvc muc do 3-4").expanded) == {3, 4}
    assert asked_levels(parse_query("level 3-4 online services").expanded) == {3, 4}
    assert asked_levels(parse_query("dvc muc do 4 nam 2022").expanded) == {4}


def test_a_share_takes_its_clause_levels_a_count_the_all_levels_rule() -> None:
    both, four = frozenset({3, 4}), frozenset({4})
    assert other_level(four, frozenset(), True, [both, frozenset()])
    assert not other_level(both, frozenset(), True, [both, frozenset()])
    assert other_level(four, frozenset(), False, [four, frozenset()])  # the all-levels total
    assert not other_level(four, four, True, [both])  # its own level decides
