"""Of two "và"/"and" in a comparing question, the one inside a scope a preposition opens
names the sides (bot/compare_scope.py); made-up questions."""

from __future__ import annotations

import pytest

from bot.compare_parts import parts_of
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
        ("How did the renewal rate among clinics and pharmacies compare with that among "
         "public hospitals in Long An?", True, ["clinics and pharmacies", "public hospitals"]),
        ("How did the renewal rate for clinics and pharmacies compare with that for "
         "district hospitals in Long An?", True, ["clinics and pharmacies", "district hospitals"]),
    ],
)  # fmt: skip
def test_an_and_just_before_a_contrast_lists_one_side(
    question: str, en: bool, labels: list[str]
) -> None:
    assert [p.label for p in parts_of(parse_query(question), en)] == labels


def test_a_short_list_after_a_comma_ends_the_part_after_a_contrast() -> None:
    question = "Long An: tỷ lệ bệnh viện chuyển đổi so với tỷ lệ phòng khám, hộ buôn bán nhỏ kê khai?"
    got = parts_of(parse_query(question))
    assert [p.label for p in got] == ["bệnh viện chuyển đổi", "phòng khám, hộ buôn bán nhỏ kê khai"]
