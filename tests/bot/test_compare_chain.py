"""Three things or more set against each other by "vs"/"versus" said between each two: one part
per thing, each with its own question, the words after the last thing lent to every one.
Wordings written for the test."""

from __future__ import annotations

from bot.compare_chain import MAX_SIDES, chained_parts
from core.query import parse_query


def _labels(text: str) -> list[str]:
    return [p.label for p in chained_parts(parse_query(text), en=text.isascii())]


def test_each_thing_of_a_chain_is_its_own_part() -> None:
    parts = chained_parts(
        parse_query("Tuyen Quang applications received online vs by post vs in person in 2022"),
        en=True,
    )
    assert [p.label for p in parts] == ["online", "by post", "in person"]
    for p in parts:  # each part's own question, the date after the last thing lent to each
        assert p.label in p.query.text
        assert "2022" in p.query.text
    assert "by post" not in parts[2].query.text
    assert "online" not in parts[1].query.text


def test_a_vietnamese_chain_of_tiers() -> None:
    labels = _labels("Hải Dương năm 2022 số hồ sơ cấp tỉnh vs cấp huyện vs cấp xã?")
    assert labels == ["cấp tỉnh", "cấp huyện", "cấp xã"]


def test_two_things_or_places_are_no_chain() -> None:
    assert _labels("Ha Tinh 2022 applications online vs by post") == []  # two: the pair reader's
    assert _labels("Ha Tinh vs Tuyen Quang vs Hai Duong online services in 2022") == []  # sides
    too_many = " vs ".join(f"level {n}" for n in range(1, MAX_SIDES + 2))
    assert _labels(f"Ha Tinh 2022 services {too_many}") == []
