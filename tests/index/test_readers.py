"""The readers registry: a file type is one `Reader`, and what accepts files (extraction, ingest,
the CLI, the web admin's upload box) takes the types from `READERS`."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import CorpusError
from core.settings import IngestSettings
from index import readers
from index.__main__ import main as index_main
from index.extract import extract
from index.ingest import stage
from index.readers import READERS, SUFFIXES, Extracted, PageProgress, Reader, accepted, reader_for
from tests.conftest import REPO, make_settings

SEED = REPO / "corpus" / "reports" / "001_cfc09c4d7094a6ed.txt"


def test_each_reader_is_picked_by_its_extension_in_any_case() -> None:
    assert SUFFIXES == (".pdf", ".docx", ".txt", ".md")
    for reader in READERS:
        assert reader_for(reader.suffix.upper()) is reader
    assert reader_for(".xlsx") is None


def test_refusals_and_the_help_name_what_the_registry_accepts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "sheet.xlsx"
    sheet.write_bytes(b"PK\x03\x04")
    with pytest.raises(CorpusError, match=r"accepted: PDF, DOCX, TXT, MD$"):
        extract(sheet, IngestSettings())
    with pytest.raises(SystemExit):
        index_main(["--help"])
    assert "(PDF, scanned PDF, DOCX, TXT, MD)" in " ".join(capsys.readouterr().out.split())


def _read_csv(path: Path, cfg: IngestSettings, _: PageProgress | None = None) -> Extracted:
    return Extracted(path.read_text(encoding="utf-8").replace(";", " "), "csv")


def test_a_new_file_type_is_one_reader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    csv = Reader(kind="csv", suffix=".csv", label="CSV", also="", magic="", is_not="a CSV file",
                 read=_read_csv)  # fmt: skip
    monkeypatch.setattr(readers, "READERS", (*READERS, csv))
    assert accepted().endswith(", CSV")
    corpus = tmp_path / "reports"
    corpus.mkdir()
    rows = tmp_path / "Ha Tinh 2019.csv"
    rows.write_text(SEED.read_text(encoding="utf-8").replace(" ", ";"), encoding="utf-8")
    staged, refused = stage(make_settings(tmp_path, corpus), [rows])
    assert not refused, refused
    assert staged[0].extracted.kind == "csv"
    assert staged[0].report.file == "Ha_Tinh_2019.txt"  # the corpus keeps text
    assert staged[0].report.province == "Hà Tĩnh"
