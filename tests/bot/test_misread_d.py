"""OCR reads "ư", "ươ" as "d" after a vowel ("hudéng" for "hướng", "ngudi" for "người",
"nudc" for "nước"): such words match the word they stand for by their skeleton
(bot/extractive/words.py), while an abbreviation's own "d" ("UBND") still tells it apart.
Report text written for the test, in the OCR reports' style."""

from __future__ import annotations

import pytest

from bot.extractive.words import skeleton
from tests.helpers.mini_index import ask, mini_index


@pytest.mark.parametrize(
    ("misread", "word"), [("hudeng", "huong"), ("ngudi", "nguoi"), ("nudc", "nuoc")]
)
def test_a_misread_vowel_read_as_d_keeps_the_skeleton(misread: str, word: str) -> None:
    assert skeleton(misread) == skeleton(word)


@pytest.mark.parametrize(("a", "b"), [("ubnd", "bien"), ("hdnd", "hanh"), ("dung", "ung")])
def test_a_d_of_its_own_still_tells_words_apart(a: str, b: str) -> None:
    assert skeleton(a) != skeleton(b)


REPORT = """BAO CAO
Cong tac cai cach hanh chinh 6 thang dau nam 2022

I. KET QUA DAT DUOC

3. Cong tac tuyen truyen

Cac S&, nganh, dia phuong di t6 chirc phat hanh hon 4.500 t& roi hudéng dan cac quy
dinh cua phap luat vé sir dung dich vu cong trirc tuyén; tuyén truyén trén 26 trang thong
tin cua cac x3.
"""


def test_a_question_typed_right_finds_the_misread_words() -> None:
    q = "cac dia phuong phat hanh bao nhieu to roi huong dan dvc truc tuyen"
    ans = ask(mini_index(REPORT), q, "vi")
    assert ans.figure == "4.500", ans.text
