"""The question's language from closed-class words and English-only endings. Our own wordings."""

from __future__ import annotations

from bot.language import EN_OVER_MARKS, detect_language, english_words
from core.text import fold


def test_english_endings_count_as_english_words() -> None:
    # "allocated", "spending", "transfers" (no ending), "vs"
    assert english_words("school fund: allocated vs spending") == 3


def test_a_terse_english_question_with_no_question_word_is_english() -> None:
    q = "Lang Son bridge: funds allocated this year against funds transferred?"
    assert detect_language(q, fold(q)) == "en"


def test_a_vietnamese_question_without_marks_stays_vietnamese() -> None:
    q = "lang son co bao nhieu ho so duoc tiep nhan"
    assert detect_language(q, fold(q)) == "vi"


def test_diacritics_need_en_over_marks_english_words() -> None:
    few = "Số hồ sơ received?"  # one English word under diacritics: Vietnamese
    assert english_words(few) == EN_OVER_MARKS - 1
    assert detect_language(few, fold(few)) == "vi"
    more = "How many hồ sơ received?"
    assert english_words(more) >= EN_OVER_MARKS
    assert detect_language(more, fold(more)) == "en"
