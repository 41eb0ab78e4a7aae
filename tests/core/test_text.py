"""Folding and numbers (core/text.py): OCR repair, typed questions, Vietnamese notation."""

from __future__ import annotations

import pytest

from core.text import (
    FOLD_CACHE_SIZE,
    canonical_numbers,
    fold,
    parse_number,
    quarter_number,
    repair_token,
)


@pytest.mark.parametrize(
    ("ocr", "repaired"),
    [("s6", "so"), ("c6", "co"), ("mirc", "muc"), ("dugc", "duoc"), ("ctia", "cua"),
     ("qubc", "quoc"), ("x3", "xa"), ("1a", "la"), ("lugng", "luong"), ("chimg", "ching"),
     ("trude", "truoc"), ("nude", "nuoc"), ("viee", "viec")],
)  # fmt: skip
def test_repair_token(ocr: str, repaired: str) -> None:
    assert repair_token(ocr) == repaired


def test_repair_leaves_valid_words_and_numbers() -> None:
    for word in ("dich", "vu", "cong", "nguyen", "nhe", "the", "1044", "2022"):
        assert repair_token(word) == word


def test_fold_matches_ocr_and_typed_forms() -> None:
    ocr = "s6 dich vu cong dang cung cip mirc do 4 1a: 1.044, datty 1& 55,82%"
    assert "so dich vu cong" in fold(ocr)
    assert "muc do 4 la: 1044" in fold(ocr)
    assert "55.82%" in fold(ocr)
    assert fold("Dịch vụ công mức độ 4") == fold("dich vu cong muc do 4") == "dich vu cong muc do 4"
    assert fold("Đồng Tháp") == "dong thap"


def test_fold_reads_ocr_p_as_d_but_keeps_acronyms() -> None:
    assert fold("Pé an Pong Thap") == "de an dong thap"
    assert fold("chi so PAR INDEX, PAPI, PAKN") == "chi so par index, papi, pakn"


def test_fold_keeps_acronyms() -> None:
    assert fold("UBND giao TTHC cho CBCC") == "ubnd giao tthc cho cbcc"


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.044", 1044.0), ("1,044", 1044.0), ("1044", 1044.0), ("55,82", 55.82), ("55,82%", 55.82),
     ("19.961.000.000", 19961000000.0), ("87.38", 87.38), ("1,0", 1.0), ("abc", None)],
)  # fmt: skip
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value


def test_canonical_numbers() -> None:
    assert (
        canonical_numbers("1.870 dvc, 12.096 dvc, ty le 31,97%")
        == "1870 dvc, 12096 dvc, ty le 31.97%"
    )


def test_typed_questions_fold_without_ocr_repair() -> None:
    assert fold("How many had Public Portal", repair=False) == "how many had public portal"
    assert fold("How many had Public Portal") != "how many had public portal"  # OCR repair on


def test_fold_reads_ocr_ty_le() -> None:
    assert fold("dat ty 16 31,97%") == "dat ty le 31.97%"
    assert fold("datty 1& 55,82%") == "dat ty le 55.82%"
    assert fold("có 16 văn bản") == "co 16 van ban"


@pytest.mark.parametrize(
    ("mark", "number"), [("i", 1), ("iii", 3), ("IV", 4), ("2", 2), (" ii ", 2), ("v", 0), ("12", 0)]
)
def test_quarter_number_reads_roman_and_arabic_marks(mark: str, number: int) -> None:
    assert quarter_number(mark) == number


def test_fold_cached_and_bounded() -> None:
    # a text folded again is read from the cache, and the same whichever argument form is used
    text = "Tổng số hồ sơ tiếp nhận: 1.044 (PAR INDEX)"
    first = fold(text)
    hits = fold.cache_info().hits
    assert fold(text) == first == "tong so ho so tiep nhan: 1044 (par index)"
    assert fold.cache_info().hits == hits + 1
    assert fold(text, repair=False) == fold(text, False)
    assert fold.cache_info().maxsize == FOLD_CACHE_SIZE
