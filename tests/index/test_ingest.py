"""Adding reports from real PDF (text and scanned), DOCX and TXT files; removing; crash safety.

Every file here is made by the test (fpdf2, Pillow, python-docx); OCR is the real Tesseract
with its Vietnamese model, the index a real Chroma store with the real embedding model.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from bot.compose import make_service
from core.errors import CorpusError
from core.settings import Settings
from eval.scans import scanned_pdf
from index import ingest
from index.__main__ import main as index_main
from index.build import build_index
from index.embed import Embedder
from index.extract import extract, vietnamese_share
from index.generations import current_generation
from index.metadata import read_metadata
from tests.conftest import REPO, make_settings
from tests.helpers.documents import docx_file, image_only_docx, text_pdf

SEEDS = REPO / "corpus" / "reports"
HA_TINH_2019 = SEEDS / "001_cfc09c4d7094a6ed.txt"  # clean Markdown, small: the base corpus
TUYEN_QUANG = SEEDS / "002_e5e7f1c560f345ee.txt"
HAI_DUONG = SEEDS / "004_b819450d24d342ba.txt"

REPORT_HEAD = [
    "UBND TỈNH HÀ GIANG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "SỞ NỘI VỤ                   Độc lập - Tự do - Hạnh phúc",
    "Số: 31/BC-SNV               Hà Giang, ngày 5 tháng 4 năm 2023",
    "BÁO CÁO",
    "Kết quả công tác cải cách hành chính quý I năm 2023",
]
BODY_1 = (
    "I. Kết quả thực hiện\n1. Công tác chỉ đạo, điều hành\n"
    "Trong quý I năm 2023, Ủy ban nhân dân tỉnh đã ban hành kế hoạch cải cách hành chính, "
    "các sở, ban, ngành và Ủy ban nhân dân các huyện đã triển khai thực hiện đầy đủ. "
    "Công tác tuyên truyền được đẩy mạnh trên các phương tiện thông tin đại chúng của tỉnh."
)
BODY_2 = (
    "2. Dịch vụ công trực tuyến\n"
    "Tính đến ngày 31/3/2023, tỉnh Hà Giang cung cấp 812 dịch vụ công trực tuyến toàn trình "
    "trên Cổng dịch vụ công của tỉnh; tỷ lệ hồ sơ trực tuyến đạt 47,5%. "
    "Các cơ quan đã tiếp nhận và giải quyết hồ sơ đúng hạn cho người dân và doanh nghiệp."
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Path:
    """A small corpus (one seed report) indexed once; each test works on a copy."""
    root = tmp_path_factory.mktemp("ingest-template")
    (root / "reports").mkdir()
    shutil.copy(HA_TINH_2019, root / "reports" / HA_TINH_2019.name)
    build_index(make_settings(root, root / "reports"), embedder)
    return root


@pytest.fixture
def settings(template: Path, tmp_path: Path) -> Settings:
    root = tmp_path / "work"
    shutil.copytree(template, root)
    return make_settings(root, root / "reports")


def _snapshot(settings: Settings) -> tuple[list[str], bytes, str | None]:
    corpus = sorted(p.name for p in settings.corpus.dir.iterdir())
    return corpus, settings.corpus.metadata.read_bytes(), current_generation(settings.index.dir)


def _add(settings: Settings, embedder: Embedder, *paths: Path) -> ingest.Outcome:
    staged, refused = ingest.stage(settings, list(paths))
    assert not refused, refused
    return ingest.add(settings, embedder, staged)


def test_text_pdf_is_searchable_and_cited_with_its_page(
    settings: Settings, embedder: Embedder, tmp_path: Path
) -> None:
    pdf = text_pdf(
        tmp_path / "Báo cáo Hà Giang Q1.pdf", ["\n".join(REPORT_HEAD) + "\n" + BODY_1, BODY_2]
    )
    out = _add(settings, embedder, pdf)
    report = out.added[0]
    assert (report.province, report.number, report.date) == ("Hà Giang", "31/BC-SNV", "2023-04-05")
    assert report.period == "Quý I/2023"
    assert report.source == pdf.name
    assert (settings.ingest.originals / f"{report.id}.pdf").read_bytes() == pdf.read_bytes()
    text = (settings.corpus.dir / report.file).read_text("utf-8")
    assert text.count("\f") == 2  # a form feed starts each page
    answer = make_service(settings, embedder).answer(
        "Hà Giang có bao nhiêu dịch vụ công trực tuyến toàn trình?"
    )
    assert answer.figure == "812"
    cit = answer.citations[0]
    assert cit.report_id == report.id
    assert cit.page == 2
    assert "812" in cit.quote
    assert "trang 2" in answer.text


@pytest.mark.slow
def test_scanned_pdf_of_a_seed_page_added_with_one_command_is_cited_with_its_page(
    settings: Settings, embedder: Embedder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = TUYEN_QUANG.read_text("utf-8").split("\n")
    # Page 1: the report's header; page 2: the paragraph with the online-service counts.
    scan = scanned_pdf(tmp_path / "tq-scan.pdf", [lines[0:36], lines[254:290]])
    assert "".join(extract_text_layer(scan)).strip() == ""  # really image-only
    for var, value in {
        "HBC_CORPUS_DIR": settings.corpus.dir, "HBC_METADATA": settings.corpus.metadata,
        "HBC_INDEX_DIR": settings.index.dir, "HBC_ORIGINALS_DIR": settings.ingest.originals,
    }.items():  # fmt: skip
        monkeypatch.setenv(var, str(value))
    assert index_main(["add", str(scan), "--yes", "--quiet"]) == 0
    added = read_metadata(settings.corpus.metadata)["tq-scan"]
    assert added.province == "Tuyên Quang"
    assert added.number == "98/BC-STTTT"
    answer = make_service(settings, embedder).answer(
        "Tuyên Quang có bao nhiêu dịch vụ công mức độ 4?"
    )
    assert answer.figure == "1.044"
    assert answer.citations[0].report_id == "tq-scan"
    assert answer.citations[0].page == 2
    assert "trang 2" in answer.text


def extract_text_layer(pdf: Path) -> list[str]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()


def test_docx_with_a_table_is_searchable(
    settings: Settings, embedder: Embedder, tmp_path: Path
) -> None:
    doc = docx_file(
        tmp_path / "ha-giang.docx",
        [*REPORT_HEAD, BODY_1, "3. Hồ sơ trực tuyến"],
        [["Chỉ tiêu", "Kế hoạch", "Thực hiện"], ["Số hồ sơ trực tuyến", "10.000", "12.345"]],
    )
    out = _add(settings, embedder, doc)
    text = (settings.corpus.dir / out.added[0].file).read_text("utf-8")
    assert "Số hồ sơ trực tuyến | 10.000 | 12.345" in text
    answer = make_service(settings, embedder).answer(
        "Hà Giang thực hiện bao nhiêu hồ sơ trực tuyến?"
    )
    assert answer.citations[0].report_id == out.added[0].id
    assert answer.citations[0].page == 0  # a DOCX has no pages to name
    assert "12.345" in answer.citations[0].quote


def test_bad_files_get_a_clear_message_and_change_nothing(
    settings: Settings, tmp_path: Path
) -> None:
    long_vi = "\n".join(REPORT_HEAD) + "\n" + BODY_1
    bad = {
        "encrypted": (
            text_pdf(tmp_path / "enc.pdf", [long_vi], encrypt_with="secret"),
            "encrypted",
        ),
        "zero": (_write(tmp_path / "zero.pdf", b""), "empty"),
        "png as pdf": (_png(tmp_path / "picture.pdf"), "not a PDF (it looks like a PNG image)"),
        "500 pages": (text_pdf(tmp_path / "big.pdf", ["Trang báo cáo"] * 500), "500 pages"),
        "docx of images": (image_only_docx(tmp_path / "scan.docx", tmp_path), "no text"),
        "english": (
            text_pdf(
                tmp_path / "minutes.pdf", ["The board met on Tuesday to review the budget. " * 30]
            ),
            "does not read as Vietnamese",
        ),
        "missing": (tmp_path / "nowhere.pdf", "no such file"),
        "spreadsheet": (_write(tmp_path / "data.xlsx", b"PK\x03\x04"), "unsupported file type"),
        "broken pdf": (_write(tmp_path / "broken.pdf", b"%PDF-1.7\n1 0 obj <<"), "damaged"),
        "binary txt": (_write(tmp_path / "x.txt", b"\x00\x01\x02" * 100), "not a text file"),
    }
    before = _snapshot(settings)
    staged, refused = ingest.stage(settings, [path for path, _ in bad.values()])
    assert staged == []
    reasons = [r.reason for r in refused]
    for (path, message), reason in zip(bad.values(), reasons, strict=True):
        assert message in reason, (path.name, reason)
        assert "Traceback" not in reason
    assert _snapshot(settings) == before
    assert not settings.ingest.originals.exists()


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _png(path: Path) -> Path:
    from PIL import Image

    Image.new("RGB", (40, 40), "white").save(path, format="PNG")
    return path


def test_command_line_refusals_exit_non_zero_with_one_line_each(
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("HBC_CORPUS_DIR", str(settings.corpus.dir))
    monkeypatch.setenv("HBC_METADATA", str(settings.corpus.metadata))
    monkeypatch.setenv("HBC_INDEX_DIR", str(settings.index.dir))
    before = _snapshot(settings)
    assert index_main(["add", str(_write(tmp_path / "e.pdf", b"")), str(tmp_path / "no.docx")]) == 4
    err = capsys.readouterr().err
    assert "refused: e.pdf is empty (0 bytes)" in err
    assert "no.docx: no such file" in err
    assert "Traceback" not in err
    assert _snapshot(settings) == before


def test_duplicates_are_refused_by_content_or_by_number_and_agency(
    settings: Settings, embedder: Embedder, tmp_path: Path
) -> None:
    # The seed already in the corpus, as a PDF of the same text: same content.
    same = text_pdf(tmp_path / "again.pdf", [HA_TINH_2019.read_text("utf-8")])
    _, refused = ingest.stage(settings, [same])
    assert "already in the corpus as 001_cfc09c4d7094a6ed" in refused[0].reason
    # A report added, then another file carrying the same number and agency.
    first = text_pdf(tmp_path / "q1.pdf", ["\n".join(REPORT_HEAD) + "\n" + BODY_1, BODY_2])
    _add(settings, embedder, first)
    other = docx_file(tmp_path / "q1-revised.docx", [*REPORT_HEAD, BODY_2, BODY_1 + " Bản sửa."])
    _, refused = ingest.stage(settings, [other])
    assert "has the number 31/BC-SNV of Sở Nội vụ Hà Giang, like report q1" in refused[0].reason


def test_remove_takes_the_report_out_of_corpus_originals_and_index(
    settings: Settings, embedder: Embedder, tmp_path: Path
) -> None:
    pdf = text_pdf(tmp_path / "hg.pdf", ["\n".join(REPORT_HEAD) + "\n" + BODY_1, BODY_2])
    rid = _add(settings, embedder, pdf).added[0].id
    with pytest.raises(CorpusError, match="no report with id nope"):
        ingest.remove(settings, embedder, ["nope"])
    out = ingest.remove(settings, embedder, [rid])
    assert out.removed == (rid,)
    assert not (settings.corpus.dir / f"{rid}.txt").exists()
    assert not (settings.ingest.originals / f"{rid}.pdf").exists()
    assert rid not in read_metadata(settings.corpus.metadata)
    answer = make_service(settings, embedder).answer(
        "Hà Giang có bao nhiêu dịch vụ công toàn trình?"
    )
    assert all(c.report_id != rid for c in answer.citations)
    with pytest.raises(CorpusError, match="every report"):
        ingest.remove(settings, embedder, ["001_cfc09c4d7094a6ed"])


def test_crash_after_commit_is_finished_by_the_next_command(
    settings: Settings, embedder: Embedder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = text_pdf(tmp_path / "hg.pdf", ["\n".join(REPORT_HEAD) + "\n" + BODY_1, BODY_2])
    staged, _ = ingest.stage(settings, [pdf])
    old = current_generation(settings.index.dir)

    def crash(*_: object) -> None:
        raise KeyboardInterrupt  # the process dies between moving files and switching CURRENT

    monkeypatch.setattr(ingest, "activate_generation", crash)
    with pytest.raises(KeyboardInterrupt):
        ingest.add(settings, embedder, staged)
    assert current_generation(settings.index.dir) == old  # the old index still serves
    monkeypatch.undo()
    assert ingest.recover(settings) == "finished an interrupted add/remove"
    assert current_generation(settings.index.dir) != old
    answer = make_service(settings, embedder).answer(
        "Hà Giang có bao nhiêu dịch vụ công toàn trình?"
    )
    assert answer.figure == "812"


@pytest.mark.slow
def test_killed_add_leaves_the_old_index_serving_and_the_corpus_unchanged(
    settings: Settings, embedder: Embedder, tmp_path: Path
) -> None:
    big = tmp_path / "hai-duong.txt"  # a long report: still embedding when it is killed
    big.write_text(HAI_DUONG.read_text("utf-8"), encoding="utf-8")
    before = _snapshot(settings)
    env = dict(os.environ, HBC_CORPUS_DIR=str(settings.corpus.dir),
               HBC_METADATA=str(settings.corpus.metadata), HBC_INDEX_DIR=str(settings.index.dir),
               HBC_ORIGINALS_DIR=str(settings.ingest.originals), PYTHONPATH=str(REPO))  # fmt: skip
    proc = subprocess.Popen(
        [sys.executable, "-m", "index", "add", str(big), "--yes"],
        cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert proc.stderr is not None
    seen = ""
    deadline = time.monotonic() + 180
    while "embed" not in seen and time.monotonic() < deadline and proc.poll() is None:
        seen += proc.stderr.read(16)
    assert "embed" in seen, seen
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert _snapshot(settings) == before
    answer = make_service(settings, embedder).answer(
        "Hà Tĩnh quý I năm 2019 tuyên truyền CCHC thế nào?"
    )
    assert answer.citations
    assert answer.citations[0].report_id == "001_cfc09c4d7094a6ed"
    assert ingest.recover(settings).startswith("discarded")
    # The same file adds cleanly afterwards.
    out = _add(settings, embedder, big)
    assert out.added[0].province == "Hải Dương"


def test_overrides_set_metadata_and_are_validated(settings: Settings, tmp_path: Path) -> None:
    pdf = text_pdf(tmp_path / "hg.pdf", [BODY_1, BODY_2])  # no header: metadata from content
    staged, _ = ingest.stage(settings, [pdf], {"agency": "Sở Nội vụ Hà Giang", "year": "2023"})
    assert staged[0].report.agency == "Sở Nội vụ Hà Giang"
    assert staged[0].report.year == 2023
    with pytest.raises(CorpusError, match="yyyy-mm-dd"):
        ingest.apply_overrides(staged[0].report, {"date": "5/4/2023"})


def test_language_check_and_its_override(tmp_path: Path, settings: Settings) -> None:
    english = text_pdf(tmp_path / "en.pdf", ["The provincial office reviewed its services. " * 30])
    assert vietnamese_share(HA_TINH_2019.read_text("utf-8")) > 0.3
    assert vietnamese_share(TUYEN_QUANG.read_text("utf-8")) > 0.3  # OCR text without diacritics
    with pytest.raises(CorpusError, match="Vietnamese"):
        extract(english, settings.ingest)
    assert extract(english, replace(settings.ingest, check_language=False)).pages == 1


def test_report_without_date_or_period_reads_cleanly(
    settings: Settings, embedder: Embedder, tmp_path: Path
) -> None:
    pdf = text_pdf(tmp_path / "no-header.pdf", [BODY_1, BODY_2])
    report = _add(settings, embedder, pdf).added[0]
    assert (report.date, report.period) == ("", "")
    answer = make_service(settings, embedder).answer(
        "Hà Giang có bao nhiêu dịch vụ công trực tuyến toàn trình?"
    )
    assert answer.citations[0].report_id == report.id
    assert "kỳ báo cáo )" not in answer.text  # no empty period label
    assert ", )" not in answer.text
    source = next(line for line in answer.text.splitlines() if line.startswith("[1] "))
    assert ", ;" not in source
    assert "trang 2" in source


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [("date", "2022-02-31", "not a real date"), ("date", "2022-13-45", "not a real date"),
     ("date", "0000-00-00", "not a real date"), ("quarter", "9", "quarter 9 must be 1-4"),
     ("province", "", "province is empty"), ("province", "Gotham", "not one of the 63"),
     ("year", "abc", "whole number")],
)  # fmt: skip
def test_impossible_metadata_values_are_refused(
    settings: Settings, tmp_path: Path, field: str, value: str, message: str
) -> None:
    pdf = text_pdf(tmp_path / "hg.pdf", ["\n".join(REPORT_HEAD) + "\n" + BODY_1, BODY_2])
    staged, _ = ingest.stage(settings, [pdf])
    with pytest.raises(CorpusError, match=message):
        ingest.apply_overrides(staged[0].report, {field: value})


def test_province_may_be_typed_without_diacritics(settings: Settings, tmp_path: Path) -> None:
    pdf = text_pdf(tmp_path / "hg.pdf", ["\n".join(REPORT_HEAD) + "\n" + BODY_1, BODY_2])
    staged, _ = ingest.stage(settings, [pdf])
    assert ingest.apply_overrides(staged[0].report, {"province": "ha giang"}).province == "Hà Giang"


def test_command_line_set_of_an_empty_province_refuses_the_file(
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for var, value in {
        "HBC_CORPUS_DIR": settings.corpus.dir, "HBC_METADATA": settings.corpus.metadata,
        "HBC_INDEX_DIR": settings.index.dir, "HBC_ORIGINALS_DIR": settings.ingest.originals,
    }.items():  # fmt: skip
        monkeypatch.setenv(var, str(value))
    pdf = text_pdf(tmp_path / "hg.pdf", ["\n".join(REPORT_HEAD) + "\n" + BODY_1, BODY_2])
    before = _snapshot(settings)
    assert index_main(["add", str(pdf), "--set", "province=", "--yes", "--quiet"]) == 4
    err = capsys.readouterr().err
    assert "refused: hg.pdf: province is empty; correct it with --set" in err
    assert "Traceback" not in err
    assert _snapshot(settings) == before
