"""A figure opening a parenthesis right after a word counts that word's thing ("viên chức (15
biên chế)"): no item boundary between them (bot/extractive/words.py `_words`)."""

from __future__ import annotations

from bot.extractive.words import _words


def _bound_before(text: str, word: str) -> tuple[int, int]:
    words, bounds = _words(text)
    i = next(i for i, w in enumerate(words) if text[w[0] : w[1]].lstrip("(") == word)
    return bounds[i - 1], bounds[i]


def test_a_figure_in_parentheses_after_its_noun_stays_with_it() -> None:
    text = "sử dụng 40 biên chế công chức (32 biên chế), hợp đồng (8 người)"
    before, at = _bound_before(text, "32")
    assert before == at


def test_other_parentheses_and_commas_still_part_items() -> None:
    before, at = _bound_before("tiếp nhận 1.000 hồ sơ (trực tuyến 400 hồ sơ)", "trực")
    assert at == before + 1
    before, at = _bound_before("tổng số 1.000 (400 hồ sơ trực tuyến)", "400")
    assert at == before + 1  # after a figure, not a word: a breakdown opens


def test_a_list_in_parentheses_or_a_part_of_a_figure_before_is_an_item() -> None:
    text = "đã trả 9.875 hồ sơ (3.105 hồ sơ tại Trung tâm, 6.770 hồ sơ tại cấp huyện)"
    before, at = _bound_before(text, "3.105")
    assert at == before + 1
