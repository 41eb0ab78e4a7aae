"""A question of one place and period that asks one measure (an amount and its share, a
count) is no comparison of its own measure words (bot/part_measure.py `measure_only`); a
figure after a colon is labelled by the words before it (bot/several_figures.py); an English
"was" before a place's name opens no condition (bot/near_miss_condition.py); a plan's
activities are a count noun (bot/counted.py). Lines and questions made up for the test."""

from __future__ import annotations

import pytest

from bot import counted
from bot.compare_parts import parts_of
from bot.near_miss_condition import condition_terms
from bot.part_measure import measure_only
from bot.quantities_asked import asked_quantities
from bot.several_figures import find
from core.query import parse_query


@pytest.mark.parametrize(
    ("label", "only"),
    [
        ("năm 2025 dự kiến đạt", True),  # a period and the verb of a forecast
        ("tương đương", True),
        ("phần trăm chỉ tiêu", True),  # the share of the target asked
        ("tỷ lệ", True),
        ("", True),
        ("chỉ tiêu", False),  # the target's own amount is a part
        ("kinh phí tự chủ", False),
        ("mức 4", False),
        # a period alone is a part: two periods of one report compared
        ("2021", False),
        ("tháng 9", False),
        ("quý 3", False),
        ("năm 2022", False),
        # folds of other words: land, spending, a road, a part of something
        ("đất", False),
        ("chi tiêu", False),
        ("tỷ lệ chi tiêu", False),
        ("đường", False),
        ("phần mềm", False),
    ],
)
def test_a_part_of_only_measure_words_is_no_part(label: str, only: bool) -> None:
    assert measure_only(label) is only


def test_two_periods_compared_are_the_parts() -> None:
    q = parse_query("So sánh số lượt khách tham quan tháng 5 và tháng 6")
    parts = parts_of(q, weak=True)
    assert [p.label for p in parts] == ["tháng 5", "tháng 6"]
    assert not any(measure_only(p.label) for p in parts)


def test_a_figure_after_a_colon_is_labelled_by_the_words_before_it() -> None:
    line = "Số học viên đã tốt nghiệp tính đến ngày 30/4/2024: 320 người, đạt tỷ lệ: 88%."
    q = "Up to the end of April, how many trainees had graduated, and what rate is that?"
    got = find(asked_quantities(q), line)
    assert [g[0] if g else None for g in got] == ["320", "88%"]


def test_a_figure_right_after_its_colon_with_no_label_before_is_nobodys() -> None:
    line = "Tổng hợp như sau: 320 người, đạt tỷ lệ: 88%."
    q = "Up to the end of April, how many trainees had graduated, and what rate is that?"
    assert find(asked_quantities(q), line) == [None, None]


def test_was_before_a_place_opens_no_condition() -> None:
    q = parse_query("Which hotline was Bến Tre's health department running last winter?")
    assert condition_terms(q) == []
    given = parse_query("How many laptops were given to Tuyên Quang's commune officials?")
    assert condition_terms(given)  # a participle still opens one


def test_activities_are_counted() -> None:
    assert counted.asked_noun("how many activities did the plan list") == "hoat dong"
    line = "Kế hoạch năm 2023 có 6 nội dung, 40 nhiệm vụ, 75 hoạt động."
    assert counted.other_thing("how many activities did the plan list", line, "6")
    assert not counted.other_thing("how many activities did the plan list", line, "75")
