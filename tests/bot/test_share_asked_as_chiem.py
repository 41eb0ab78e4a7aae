""" "Chiếm bao nhiêu phần trăm" asks a share as "đạt bao nhiêu %" does: "chiếm" is no word the
figure's clause must say (bot/extractive/concepts.py), while "chiếm" said of something else
still counts. Report text written for the test, in the OCR reports' style."""

from __future__ import annotations

from bot.extractive.concepts import _PHRASE_STOP
from tests.helpers.mini_index import ask, mini_index

REPORT = """BAO CAO
Ket qua chuyen doi so nam 2022

II. KET QUA

Tinh t6i thoi diém hién tai, ty 1€ van ban trao doi gitra cac co quan hanh chinh nha nudc
dudi dang dién tir va song song vai vin ban gidy dat 3%, ty lệ cán bộ có tài khoản thư điện
tử đạt 96%.
"""


def test_chiem_before_a_share_asked_is_no_word_to_find() -> None:
    # "phần trăm" the reports write "%": no word to find either
    assert _PHRASE_STOP.sub(" ", "van ban giay chiem bao nhieu phan tram").split() == [
        "van", "ban", "giay",
    ]  # fmt: skip
    assert "chiem" in _PHRASE_STOP.sub(" ", "chiem dung mat bang").split()


def test_a_share_asked_with_chiem_is_answered() -> None:
    q = "van ban trao doi dien tu song song voi van ban giay chiem bao nhieu phan tram"
    ans = ask(mini_index(REPORT), q, "vi")
    assert ans.figure == "3%", ans.text
