"""A list whose first item is said in its own words and the rest with one repeated head
(bot/compare_list_mixed.py), read into parts by bot/compare_list.py."""

from bot.compare_list import listed_parts
from bot.compare_list_mixed import mixed_list
from core.places import place_words
from core.query import parse_query


def _labels(question: str) -> list[str]:
    return [p.label for p in listed_parts(parse_query(question))]


def test_a_first_item_of_its_own_words_then_items_alike_by_their_head() -> None:
    got = _labels("Ở Long An, số hồ sơ tại bến xe khách, cấp huyện và cấp xã mỗi nơi bao nhiêu?")
    assert got == ["bến xe khách", "cấp huyện", "cấp xã"]


def test_each_part_asks_the_question_of_that_part_alone() -> None:
    parts = listed_parts(
        parse_query("Long An: how many permits at the harbour office, level A and level B each?")
    )
    assert [p.label for p in parts] == ["the harbour office", "level A", "level B"]
    assert "harbour" not in parts[1].query.folded
    assert "level a" in parts[1].query.folded


def test_two_alike_items_alone_are_no_mixed_list() -> None:
    # "cấp huyện và cấp xã" after a comma: two parts, bot/compare_parts.py's
    q = parse_query("Long An, cấp huyện và cấp xã mỗi nơi bao nhiêu hồ sơ?")
    words = q.folded.split()
    assert mixed_list(words, place_words(words, q.provinces)) is None


def test_no_opening_word_before_the_first_item_no_list() -> None:
    # the words before the comma are not opened by "tại"/"at"/…: no item of their own
    assert _labels("Long An có bao nhiêu hồ sơ bến xe, cấp huyện và cấp xã mỗi nơi?") == []


def test_items_each_opened_by_one_word_are_the_parts() -> None:
    got = _labels(
        "Long An 2023: how many permits were there at the harbour, at city level in total, "
        "and at ward level in total?"
    )
    assert got == ["at the harbour", "at city level in total", "at ward level in total"]


def test_a_total_said_inside_an_item_is_no_sum_of_the_parts() -> None:
    # "in total" of one item, no "tổng" of the whole: each item still its own part
    parts = listed_parts(
        parse_query("How many permits at the harbour, at city level in total, and at ward level?")
    )
    assert [p.query.text for p in parts][1] == "How many permits at city level in total"


def test_two_opened_items_are_no_list() -> None:
    assert _labels("Long An: how many permits at the harbour, and at city level in total?") == []
