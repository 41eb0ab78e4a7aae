"""Of two "và"/"and" in a comparing question, the one inside a scope a preposition opens
names the sides (bot/compare_scope.py); made-up questions."""

from __future__ import annotations

import pytest

from bot.compare_parts import parts_of
from bot.compare_scope import LIST_REACH
from core.query import parse_query


@pytest.mark.parametrize(
    ("question", "en", "labels"),
    [
        ("So sánh số hồ sơ tiếp nhận và tỷ lệ giải quyết đúng hạn của cấp huyện và cấp xã",
         False, ["cấp huyện", "cấp xã"]),
        ("so sanh kinh phi da chi va ty le giai ngan cho von tu chu va von khong tu chu",
         False, ["von tu chu", "von khong tu chu"]),
        ("Compare the number of services and the online rate at district and commune level",
         True, ["district level", "commune level"]),  # "level" said once: both parts'
    ],
)  # fmt: skip
def test_the_scope_and_names_the_sides(question: str, en: bool, labels: list[str]) -> None:
    assert [p.label for p in parts_of(parse_query(question), en)] == labels


def test_one_and_keeps_its_parts() -> None:
    got = parts_of(parse_query("So sánh số hồ sơ cấp huyện và cấp xã của Long An"))
    assert [p.label for p in got] == ["cấp huyện", "cấp xã"]


@pytest.mark.parametrize(
    ("question", "en", "labels"),
    [
        ("Long An: were more permits granted to schools and kindergartens compared with private "
         "clinics?", True, ["schools and kindergartens", "private clinics"]),
        ("Long An: how many permits were issued for schools and kindergartens compared with "
         "those for private clinics?", True, ["schools and kindergartens", "private clinics"]),
    ],
)  # fmt: skip
def test_an_and_just_before_a_contrast_lists_one_side(
    question: str, en: bool, labels: list[str]
) -> None:
    assert [p.label for p in parts_of(parse_query(question), en)] == labels


def test_an_and_lists_one_side_only_within_list_reach_words_of_the_contrast() -> None:
    def second_side(between: int) -> str:  # `between` words from "and" to "compared"
        listed = [*["new", "small", "rural", "hill", "village"][: between - 1], "kindergartens"]
        question = (f"Long An: were more permits granted to schools and {' '.join(listed)} "
                    "compared with private clinics?")  # fmt: skip
        return [p.label for p in parts_of(parse_query(question), True)][-1]

    assert second_side(LIST_REACH - 1) == "private clinics"  # "compared" LIST_REACH words on
    assert second_side(LIST_REACH) != "private clinics"  # one word farther: the "and" splits


def test_a_short_list_after_a_comma_ends_the_part_after_a_contrast() -> None:
    question = "Long An: bao nhiêu xã nộp trực tuyến so với phường, thị trấn nộp giấy?"
    got = parts_of(parse_query(question))
    assert [p.label for p in got] == ["xã nộp trực tuyến", "phường, thị trấn nộp giấy"]
