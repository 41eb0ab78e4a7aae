"""Metadata extraction for all five seed reports, and the editable metadata file."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from core.errors import CorpusError
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


def test_vietnamese_date() -> None:
    assert _extract("002_e5e7f1c560f345ee").date_vn == "23/5/2022"


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


def _toml_with(tmp_path: Path, **fields: object) -> Path:
    """The seed metadata with fields of the first record replaced, as hand edits would."""
    reports = list(read_metadata(CORPUS.parent / "reports.toml").values())
    path = tmp_path / "reports.toml"
    write_metadata(path, reports)
    text = path.read_text("utf-8")
    head, sep, rest = text.partition("[[report]]\n")
    record, sep2, tail = rest.partition("\n\n")
    lines = record.split("\n")
    for key, value in fields.items():
        lines = [ln for ln in lines if not ln.startswith(f"{key} = ")]
        lines.append(f"{key} = {value}")
    path.write_text(head + sep + "\n".join(lines) + sep2 + tail, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [("date", '"23/05/2022"', "not a real date"), ("date", '"2022-02-31"', "not a real date"),
     ("date", '"2022-13-45"', "not a real date"), ("date", '"0000-00-00"', "not a real date"),
     ("quarter", "9", "quarter 9"), ("province", '""', "province is empty"),
     ("province", '"Atlantis"', "not one of the 63"), ("year", '"abc"', "year must be a whole"),
     ("file", '"../../etc/passwd.txt"', "inside the corpus"),
     ("source", '"/etc/passwd"', "not a path")],
)  # fmt: skip
def test_hand_edited_metadata_is_checked_when_loaded(
    tmp_path: Path, field: str, value: str, message: str
) -> None:
    # Before: '23/05/2022' was accepted and every answer citing the report died in date_vn.
    path = _toml_with(tmp_path, **{field: value})
    with pytest.raises(CorpusError, match=message) as err:
        read_metadata(path)
    assert "000_e698a6639bf0946b" in str(err.value)


def test_metadata_file_in_another_encoding_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "reports.toml"
    path.write_bytes(b'[[report]]\nid = "x"\nfile = "x.txt"\nprovince = "H\xe0 T\xff"\n')
    with pytest.raises(CorpusError, match="not UTF-8"):
        read_metadata(path)


def test_a_file_without_a_province_is_named_with_what_to_fix(tmp_path: Path) -> None:
    corpus = tmp_path / "reports"
    corpus.mkdir()
    (corpus / "note.txt").write_text("Báo cáo công tác tháng này. " * 20, encoding="utf-8")
    with pytest.raises(CorpusError, match=r"report note \(reports.toml\): province is empty"):
        sync_metadata(corpus, tmp_path / "reports.toml")
    # The record was written, for the person to correct.
    assert 'id = "note"' in (tmp_path / "reports.toml").read_text("utf-8")
