"""A number written onto a name by a hyphen is the name's, not a figure
(index/clause_tokens.py `is_figure`), OCR's space before the hyphen too."""

from __future__ import annotations

import pytest

from index.clause_tokens import is_figure, tokens


def _figure(text: str, raw: str) -> bool:
    toks = tokens(text)
    return is_figure(toks, next(i for i, t in enumerate(toks) if t.raw == raw), text)


@pytest.mark.parametrize(
    "text",
    ["hỗ trợ người dân trong dịch Covid-19 kéo dài", "thích ứng với dịch Covid -19 trên địa bàn"],
)
def test_a_names_number_is_no_figure(text: str) -> None:
    assert not _figure(text, "19")


@pytest.mark.parametrize(
    "text",
    [
        "Sở Tư pháp - 19 thủ tục",
        "tỉnh có 19 xã",
        "giai đoạn 2021-2025 có 19 đề án",
        "các xã -19 xã chưa có",
    ],
)
def test_counts_stay_figures(text: str) -> None:
    assert _figure(text, "19")
