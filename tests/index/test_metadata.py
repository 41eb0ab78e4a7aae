"""Metadata extraction for all five seed reports, and the editable metadata file."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from index.errors import CorpusError
from index.metadata import extract_metadata, read_metadata, sync_metadata, write_metadata

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "reports"


def _extract(stem: str):  # type: ignore[no-untyped-def]
    path = CORPUS / f"{stem}.txt"
    return extract_metadata(stem, path.name, path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("stem", "province", "agency", "number", "date", "year", "quarter", "period"),
    [
        ("000_e698a6639bf0946b", "Hà Tĩnh", "Sở Thông tin và Truyền thông Hà Tĩnh", "104/BC-STTTT",
         "2022-06-15", 2022, 0, "6 tháng đầu năm 2022"),
        ("001_cfc09c4d7094a6ed", "Hà Tĩnh", "Sở Thông tin và Truyền thông Hà Tĩnh", "",
         "", 2019, 1, "Quý I/2019"),
        ("002_e5e7f1c560f345ee", "Tuyên Quang", "Sở Thông tin và Truyền thông Tuyên Quang",
         "98/BC-STTTT", "2022-05-23", 2022, 0, "Năm 2022"),
        ("003_65220bd344690fa1", "Đồng Tháp", "Văn phòng UBND tỉnh Đồng Tháp", "342/BC-VPUBND",
         "2022-09-15", 2022, 3, "Quý III/2022"),
        ("004_b819450d24d342ba", "Hải Dương", "UBND tỉnh Hải Dương", "140/BC-UBND",
         "2022-12-20", 2022, 0, "Năm 2022"),
    ],
)  # fmt: skip
def test_extract_all_five(
    stem: str,
    province: str,
    agency: str,
    number: str,
    date: str,
    year: int,
    quarter: int,
    period: str,
) -> None:
    r = _extract(stem)
    assert (r.province, r.agency, r.number, r.date, r.year, r.quarter, r.period) == (
        province, agency, number, date, year, quarter, period,
    )  # fmt: skip
    assert r.title


def test_titles_and_signers() -> None:
    assert "Quý I năm 2019" in _extract("001_cfc09c4d7094a6ed").title
    assert _extract("001_cfc09c4d7094a6ed").signer == "Bùi Đắc Thế"
    assert _extract("004_b819450d24d342ba").signer == "Nguyén Minh Hung"
    assert "quy IIT nam 2022" in _extract("003_65220bd344690fa1").title


def test_label_uses_vietnamese_date() -> None:
    r = _extract("002_e5e7f1c560f345ee")
    assert r.date_vn == "23/5/2022"
    assert r.label() == "98/BC-STTTT, Sở Thông tin và Truyền thông Tuyên Quang, 23/5/2022"


def test_metadata_file_round_trip_keeps_edits(tmp_path: Path) -> None:
    corpus = tmp_path / "reports"
    corpus.mkdir()
    (corpus / "a.txt").write_text((CORPUS / "002_e5e7f1c560f345ee.txt").read_text("utf-8"), "utf-8")
    meta = tmp_path / "reports.toml"
    first = sync_metadata(corpus, meta)
    assert first[0].province == "Tuyên Quang"
    edited = replace(first[0], title="Kết quả triển khai Đề án (sửa tay)")
    write_metadata(meta, [edited])
    (corpus / "b.txt").write_text((CORPUS / "003_65220bd344690fa1.txt").read_text("utf-8"), "utf-8")
    second = {r.id: r for r in sync_metadata(corpus, meta)}
    assert second["a"].title == "Kết quả triển khai Đề án (sửa tay)"
    assert second["b"].province == "Đồng Tháp"
    assert set(read_metadata(meta)) == {"a", "b"}


def test_broken_metadata_file_is_a_clear_error(tmp_path: Path) -> None:
    meta = tmp_path / "reports.toml"
    meta.write_text("[[report]\nid=", encoding="utf-8")
    with pytest.raises(CorpusError, match="not valid TOML"):
        read_metadata(meta)


def test_binary_report_is_refused(tmp_path: Path) -> None:
    corpus = tmp_path / "reports"
    corpus.mkdir()
    (corpus / "x.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(CorpusError, match="not a text file"):
        sync_metadata(corpus, tmp_path / "m.toml")
