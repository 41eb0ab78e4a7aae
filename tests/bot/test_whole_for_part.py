"""A headline stated where the question counts one of its items is not sure
(bot/whole_for_part.py); OCR's "tr" for "ư" inside a word keeps the word's skeleton
(bot/extractive/words.py `skeleton`)."""

from __future__ import annotations

import pytest

from bot.extractive.words import skeleton
from bot.whole_for_part import asked_item
from core.text import fold

LINE = "Năm 2023 đã tuyển dụng 48 người, trong đó có 31 viên chức và 17 công chức."
PARENS = "Tổng số tài khoản được cấp là 2.300 tài khoản (1.900 tài khoản cá nhân; 400 tài khoản tổ chức)."


@pytest.mark.parametrize(
    ("question", "item"),
    [
        ("Năm 2023 tuyển dụng bao nhiêu viên chức?", "31"),
        ("how many public employees were recruited in 2023", "31"),
        ("nam 2023 tuyen dung bao nhieu cong chuc", "17"),
    ],
)
def test_item_named_after_the_headline(question: str, item: str) -> None:
    assert asked_item(fold(question), LINE, "48") == item


def test_whole_asked_or_item_stated_stands() -> None:
    assert asked_item(fold("tuyển dụng bao nhiêu người"), LINE, "48") == ""  # the whole asked
    assert asked_item(fold("bao nhiêu viên chức"), LINE, "31") == ""  # the item itself
    # the same noun counted by the headline and its items: the headline may be asked
    assert asked_item(fold("bao nhiêu tài khoản"), PARENS, "2.300") == ""


@pytest.mark.parametrize(
    ("misread", "word"), [("chtrc", "chuc"), ("ngtrc", "nguc"), ("thtrc", "thuc")]
)
def test_tr_for_u_inside_a_word(misread: str, word: str) -> None:
    assert skeleton(misread) == skeleton(word)


def test_tr_opening_a_word_stays() -> None:
    assert skeleton("truc") != skeleton("uc")
    assert skeleton("trong") == "trng"
    assert skeleton("gitra") != skeleton("gia")  # a vowel beside it: left as written


def test_headline_of_the_asked_noun_or_a_share_stands() -> None:
    line = "Tổng số hồ sơ tiếp nhận: 2.450, trong đó: trực tuyến: 1.210 hồ sơ, trực tiếp: 1.240 hồ sơ."
    assert asked_item(fold("bao nhiêu hồ sơ"), line, "2.450") == ""  # the label counts dossiers
    share = "số hồ sơ trực tuyến là 1.210, đạt tỷ lệ 49,4% (trong đó: 800 hồ sơ cấp tỉnh)."
    assert asked_item(fold("bao nhiêu % hồ sơ"), share, "49,4%") == ""
