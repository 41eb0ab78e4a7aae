"""Numbers OCR printed for words are no figures (bot/extractive/misread.py): "lệ" of "tỷ lệ"
read as 16 or 18, "Số" opening a labelled line read as 86, a period's closing year with a
stray digit. Clauses written for the test, in the reports' OCR style."""

from __future__ import annotations

import pytest

from bot.extractive.sites import _figures_of


def _figures(clause: str) -> list[str]:
    return [s.figure for s in _figures_of(clause, [])]


@pytest.mark.parametrize(
    ("clause", "kept"),
    [
        ("(dat ty 16 100%), ty 18 van ban duoc ky so dat 97,5%", ["100%", "97,5%"]),
        ("ty 16 nguoi dan su dung ung dung con thap", []),
        ("+ 86 kinh phi da chi den ngay 30/6/2022: 4.250.000.000 dong.", ["4.250.000.000"]),
        ("ke hoach giai doan 2021 - 20255 co 14 de an", ["2021", "14"]),
    ],
)
def test_a_word_ocr_read_as_digits_is_no_figure(clause: str, kept: list[str]) -> None:
    assert _figures(clause) == kept


@pytest.mark.parametrize(
    ("clause", "figure"),
    [
        ("tong kinh phi 2 tỷ 16 triệu đồng", "16"),  # an amount: "2 tỷ 16 triệu"
        ("- 86 xã đạt chuẩn nông thôn mới", "86"),  # no label's figure after a colon
        ("có 18 xã đạt chuẩn", "18"),
        ("năm 2022 - 2.150 hồ sơ", "2.150"),  # a count after a year and a dash
    ],
)
def test_the_same_digits_as_a_count_stay(clause: str, figure: str) -> None:
    assert figure in _figures(clause)
