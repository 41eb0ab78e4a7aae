"""Normalisation: golden files on real excerpts of each report, plus cleaning and re-flow."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.text import fold
from index.normalize import normalize

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
