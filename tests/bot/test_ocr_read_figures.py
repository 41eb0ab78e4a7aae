"""Numbers OCR printed for words are no figures: "lệ" of "tỷ lệ" read as 16 or 18, "Số"
opening a labelled line read as 86. Clauses written for the test, in the reports' OCR style."""

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
    ],
)
def test_the_same_digits_as_a_count_stay(clause: str, figure: str) -> None:
    assert figure in _figures(clause)
