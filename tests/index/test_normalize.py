"""Normalisation: golden files on real excerpts of each report, plus the pieces one by one."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.normalize import canonical_numbers, fold, normalize, parse_number, repair_token

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
CASES = sorted(p.name[: -len(".in.txt")] for p in GOLDEN.glob("*.in.txt"))


@pytest.mark.parametrize("case", CASES)
def test_golden(case: str, update_goldens: bool) -> None:
    raw = (GOLDEN / f"{case}.in.txt").read_text(encoding="utf-8")
    normalized = normalize(raw)
    folded = "\n".join(fold(p) for p in normalized.split("\n"))
    for suffix, got in (("normalized", normalized), ("folded", folded)):
        path = GOLDEN / f"{case}.{suffix}.txt"
        if update_goldens:
            path.write_text(got + "\n", encoding="utf-8")
        assert got + "\n" == path.read_text(encoding="utf-8"), f"{path.name} differs"


def test_goldens_cover_every_report() -> None:
    assert len(CASES) >= 5


def test_normalize_drops_url_dumps_and_page_numbers() -> None:
    raw = "Truyen hinh Ha\nTinh da phan anh\n\n\nhttps://example.vn/a/b\n\n2\n\n ve chinh sach phap luat."
    assert normalize(raw) == "Truyen hinh Ha Tinh da phan anh ve chinh sach phap luat."


def test_normalize_keeps_bullets_and_headings_as_paragraphs() -> None:
    raw = "I. KET QUA\n1. Tuyen truyen tren bao chi\n- Dai Phat thanh: thuong xuyen co\ncac ban tin.\n- Bao Ha Tinh: 100 tin."
    assert normalize(raw).split("\n") == [
        "I. KET QUA",
        "1. Tuyen truyen tren bao chi",
        "- Dai Phat thanh: thuong xuyen co cac ban tin.",
        "- Bao Ha Tinh: 100 tin.",
    ]


def test_normalize_is_nfc() -> None:
    decomposed = "Tuye\u0302n Quang"
    assert normalize(decomposed) == "Tuyên Quang"


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
