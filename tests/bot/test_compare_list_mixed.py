"""A list whose first item is said in its own words and the rest with one repeated head, or
whose every item opens with one word (bot/compare_list_mixed.py), read into parts by
bot/compare_list.py. Wordings made up."""

from bot.compare_list import listed_parts
from bot.compare_list_mixed import mixed_list
from core.places import place_words
from core.query import parse_query


def _labels(question: str) -> list[str]:
    return [p.label for p in listed_parts(parse_query(question))]


def test_a_first_item_of_its_own_words_then_items_alike_by_their_head() -> None:
    got = _labels("Ở Long An, giấy phép cấp tại bến xe khách, khu vực A và khu vực B lần lượt là?")
    assert got == ["bến xe khách", "khu vực A", "khu vực B"]


def test_each_part_asks_the_question_of_that_part_alone() -> None:
    parts = listed_parts(
        parse_query("Long An: how many permits at the harbour office, zone A and zone B each?")
    )
    assert [p.label for p in parts] == ["the harbour office", "zone A", "zone B"]
    assert "harbour" not in parts[1].query.folded
    assert "zone a" in parts[1].query.folded


def test_two_alike_items_alone_are_no_mixed_list() -> None:
    # "khu vực A và khu vực B" after a comma: two parts, bot/compare_parts.py's
    q = parse_query("Long An, khu vực A và khu vực B lần lượt cấp bao nhiêu giấy phép?")
    words = q.folded.split()
    assert mixed_list(q, words, place_words(words, q.provinces)) is None


def test_no_opening_word_before_the_first_item_no_list() -> None:
    # the words before the comma are not opened by "tại"/"at"/…: no item of their own
    assert _labels("Long An cấp bao nhiêu giấy phép bến xe, khu vực A và khu vực B lần lượt?") == []


def test_a_word_folding_as_an_opening_word_opens_nothing() -> None:
    # "Tài" of "Ban Tài vụ" folds as "tại": no item opened by it
    assert _labels("Ban Tài vụ, khu vực A và khu vực B lần lượt cấp bao nhiêu giấy phép?") == []


def test_a_time_or_a_setting_opening_the_sentence_is_no_part() -> None:
    assert _labels("Long An: in 2021, zone 1 and zone 2 each issued how many permits?") == []
    assert _labels("Tại buổi họp, khu vực A và khu vực B lần lượt có bao nhiêu người?") == []


def test_items_each_opened_by_one_word_are_the_parts() -> None:
    got = _labels(
        "Long An 2023: how many permits were there at the harbour, at zone A overall, "
        "and at zone B overall, respectively?"
    )
    assert got == ["at the harbour", "at zone A overall", "at zone B overall"]


def test_an_opening_word_is_said_once_in_each_part() -> None:
    parts = listed_parts(
        parse_query(
            "Số giấy phép tại bến cảng, tại khu vực A và tại khu vực B lần lượt là bao nhiêu?"
        )
    )
    assert [p.label for p in parts] == ["tại bến cảng", "tại khu vực A", "tại khu vực B"]
    assert "tại tại" not in parts[1].query.text, parts[1].query.text
    parts = listed_parts(parse_query("Permits at the harbour, at zone A and at zone B each?"))
    assert [p.label for p in parts] == ["at the harbour", "at zone A", "at zone B"]
    assert "at at" not in parts[1].query.text, parts[1].query.text


def test_a_total_after_the_last_opened_item_sums_the_parts() -> None:
    # "in total" after the last item, not said in the others: one sum, no parts
    assert (
        _labels(
            "How many permits at the harbour, at the county office, and at the ward office in total?"
        )
        == []
    )


def test_two_opened_items_are_no_list() -> None:
    assert _labels("Long An: how many permits at the harbour, and at zone A overall?") == []
