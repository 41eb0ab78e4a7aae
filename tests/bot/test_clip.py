"""Cutting display text: one rule for answer items, headings and Telegram's source lines."""

from __future__ import annotations

from bot import render, structure
from bot.clip import clip

SECTION = "B. XAY DUNG VA PHAT TRIEN CHINH QUYEN DIEN TU, CHINH QUYEN SO > I. KET QUA DAT DUOC"


def test_short_text_is_kept_with_its_white_space_folded() -> None:
    assert clip("  Kết quả\n thực hiện  ", 40) == "Kết quả thực hiện"


def test_long_text_is_cut_at_the_last_word_that_fits() -> None:
    out = clip(SECTION, 80)
    assert out == "B. XAY DUNG VA PHAT TRIEN CHINH QUYEN DIEN TU, CHINH QUYEN SO > I. KET QUA DAT…"
    assert len(out) <= 80
    assert clip("a, b; c: dddd eeee", 9) == "a, b; c…"  # trailing punctuation dropped
    assert clip("Đề án 06 – triển khai", 10) == "Đề án 06…"


def test_a_word_longer_than_half_the_limit_is_cut_inside() -> None:
    out = clip("xem https://dichvucong.gov.vn/p/home/dvc-trang-chu.html", 30)
    assert out == "xem https://dichvucong.gov.vn…"
    assert len(out) == 30


def test_answers_and_the_renderer_use_the_same_rule() -> None:
    assert structure.clip is clip
    assert render.clip is clip
