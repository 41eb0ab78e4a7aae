"""A question of one place and period that asks one measure (an amount and its share, a
count) is no comparison of its own measure words (bot/compare_parts.py `measure_only`); a
figure after a colon is labelled by the words before it (bot/several_figures.py); an English
"was" before a place's name opens no condition (bot/near_miss_condition.py); a plan's
activities are a count noun (bot/counted.py). Lines and questions made up for the test."""

from __future__ import annotations

import pytest

from bot import counted
from bot.compare_parts import measure_only
from bot.near_miss_condition import condition_terms
from bot.quantities_asked import asked_quantities
from bot.several_figures import find
from core.query import parse_query


@pytest.mark.parametrize(
    ("label", "only"),
    [
        ("năm 2023 ước đạt", True),  # a period and the verb of an estimate
        ("bằng", True),
        ("phần trăm dự toán", True),  # the share of the plan asked
        ("", True),
        ("dự toán", False),  # the plan's own amount is a part
        ("kinh phí tự chủ", False),
        ("mức 4", False),
    ],
)
def test_a_part_of_only_measure_words_is_no_part(label: str, only: bool) -> None:
    assert measure_only(label) is only


def test_a_figure_after_a_colon_is_labelled_by_the_words_before_it() -> None:
    line = "+ Số vốn đã giải ngân đến ngày 05/3/2023: 1.250.000.000 đồng, đạt tỷ lệ: 41,2%."
    q = "How much capital had been disbursed by 5 March 2023 and at what rate?"
    got = find(asked_quantities(q), line)
    assert [g[0] if g else None for g in got] == ["1.250.000.000", "41,2%"]


def test_a_figure_right_after_its_colon_with_no_label_before_is_nobodys() -> None:
    line = "Kết quả như sau: 1.250.000.000 đồng, đạt tỷ lệ: 41,2%."
    q = "How much capital had been disbursed by 5 March 2023 and at what rate?"
    assert find(asked_quantities(q), line) == [None, None]


def test_was_before_a_place_opens_no_condition() -> None:
    q = parse_query("How many forms was Tuyên Quang's provincial portal listing in 2023?")
    assert condition_terms(q) == []
    given = parse_query("How many laptops were given to Tuyên Quang's commune officials?")
    assert condition_terms(given)  # a participle still opens one


def test_activities_are_counted() -> None:
    assert counted.asked_noun("how many activities did the plan list") == "hoat dong"
    line = "Kế hoạch năm 2023 có 6 nội dung, 40 nhiệm vụ, 75 hoạt động."
    assert counted.other_thing("how many activities did the plan list", line, "6")
    assert not counted.other_thing("how many activities did the plan list", line, "75")
