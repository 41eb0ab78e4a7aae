"""`bot.part_words.shared_after`: where, in the part after ("non-autonomous budgets"), the noun
both parts share starts once the part before's words ("autonomous") have been said again past
a negation: the index of "budgets" in the question's folded words, a gloss in brackets after
the words said again stepped over. None when the part after opens with no negation, does not
say the part before's words right after it, or says nothing after them. Word lists made up
for the test (folded, hyphens split as `bot/compare_parts.py` splits them)."""

from __future__ import annotations

from bot.part_words import shared_after


def _shared(text: str, before: tuple[int, int], after: tuple[int, int]) -> str | None:
    """The shared word `shared_after` points at in the folded words of `text` (None: none)."""
    words = text.split()
    at = shared_after(words, *before, *after)
    return None if at is None else words[at]


def test_the_noun_after_a_negated_part_is_shared() -> None:
    assert _shared("autonomous and non autonomous budgets", (0, 1), (2, 5)) == "budgets"
    assert _shared("tu chu va khong tu chu kinh phi", (0, 2), (3, 7)) == "kinh"
    assert _shared("tu chu va chua tu chu kinh phi", (0, 2), (3, 7)) == "kinh"


def test_the_index_is_the_question_s_not_the_part_s() -> None:
    question = "so sanh kinh phi tu chu va khong tu chu nam 2022"
    words = question.split()
    assert shared_after(words, 4, 6, 7, 12) == 10  # "nam", counted from the question's start


def test_several_negation_words_are_passed_over() -> None:
    assert _shared("autonomous and not non autonomous budgets", (0, 1), (2, 6)) == "budgets"


def test_punctuation_typed_round_the_words_does_not_stop_the_match() -> None:
    assert _shared("autonomous, and non autonomous budgets?", (0, 1), (2, 5)) == "budgets?"


def test_a_gloss_after_the_words_said_again_is_stepped_over() -> None:
    text = "autonomous (tu chu) and non autonomous (khong tu chu) allocation"
    assert _shared(text, (0, 3), (4, 10)) == "allocation"


def test_a_gloss_of_the_part_before_is_not_among_its_words() -> None:
    # the part before is "autonomous (tu chu)": its gloss is not looked for in the part after
    assert _shared("autonomous (tu chu) and non autonomous budgets", (0, 3), (4, 7)) == "budgets"


def test_a_part_after_with_no_negation_shares_nothing() -> None:
    assert _shared("tu chu va tu chu kinh phi", (0, 2), (3, 7)) is None


def test_a_negation_of_other_words_shares_nothing() -> None:
    assert _shared("tu chu va khong thuong xuyen kinh phi", (0, 2), (3, 7)) is None


def test_a_negated_part_with_nothing_after_its_words_shares_nothing() -> None:
    assert _shared("tu chu va khong tu chu", (0, 2), (3, 6)) is None
    # … nor one with only a gloss after them
    assert _shared("autonomous (tu chu) and non autonomous (khong tu chu)", (0, 3), (4, 9)) is None


def test_words_after_the_part_s_end_are_not_looked_at() -> None:
    # "kinh phi" lies past the part after's end (5): not the part's to share
    assert _shared("tu chu va khong tu chu kinh phi", (0, 2), (3, 6)) is None
