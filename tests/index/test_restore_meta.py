"""Restoring what people read beside the quotes: report titles, agencies and signers (names only
where the decoder is sure), the originals kept; and the decoder's margin that keeps unsure words."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from core.errors import CorpusError
from index.build import build_index
from index.embed import Embedder
from index.generations import load_index
from index.metadata import (
    NAME_MARGIN,
    Report,
    read_metadata,
    readable_report,
    write_metadata,
)
from index.restore import Restorer, is_damaged, restorer
from index.restore_evidence import marked_share
from tests.conftest import REPO, make_settings

CORPUS = REPO / "corpus" / "reports"
OCR = CORPUS / "004_b819450d24d342ba.txt"
_NUMBERS = re.compile(r"\d+(?:[./,-]\d+)*")


@pytest.fixture(scope="module")
def fixer() -> Restorer:
    return restorer()


def _ocr_report() -> Report:
    return Report(
        id="x", file="x.txt", province="Hải Dương", agency="UBND tỉnh Hải Dương",
        number="140/BC-UBND", date="2022-12-20", year=2022,
        title="Két qua thuc hién cong tac Cai cach hanh chinh nim 2022 tinh Hai Duwong",
        signer="Nguyén Minh Hung",
    )  # fmt: skip


def test_unsure_words_are_kept_with_a_margin(fixer: Restorer) -> None:
    name = "Nguyén Minh Hung"
    guessed = fixer.restore(name).text.split()
    careful = fixer.restore(name, min_margin=NAME_MARGIN).text.split()
    # Without a margin every word gets its best reading; with one, a word whose readings are
    # close (Hung: Hùng, Hưng, Hứng ...) stays as the OCR wrote it.
    assert guessed[2] != "Hung"
    assert careful[2] == "Hung"
    assert careful[1] == "Minh"
    # A clear reading still wins over a margin: "cai cach hanh chinh" has one reading.
    assert fixer.restore("cai cach hanh chinh", min_margin=NAME_MARGIN).text == (
        "cải cách hành chính"
    )


def test_horn_typed_as_w_after_u(fixer: Restorer) -> None:
    assert "Dương" in fixer.restore("tinh Hai Duwong").text.split()


def test_report_metadata_is_restored_originals_kept(fixer: Restorer) -> None:
    r = _ocr_report()
    shown = readable_report(r, fixer, marked_share(OCR.read_text(encoding="utf-8")))
    assert shown.title.startswith("Kết quả thực hiện công tác Cải cách hành chính năm 2022")
    assert not is_damaged(shown.title)
    assert shown.title_original == r.title
    assert _NUMBERS.findall(shown.title) == _NUMBERS.findall(r.title)
    # The name: only the words the decoder is sure of change; here none is, so it stays.
    assert shown.signer == r.signer
    assert shown.signer_original == ""
    # Proper Vietnamese is left alone (agency here; every field of a clean report).
    assert shown.agency == r.agency
    assert shown.agency_original == ""
    clean = replace(r, title="Tình hình cải cách hành chính Quý I năm 2019", signer="Bùi Đắc Thế")
    assert readable_report(clean, fixer, 0.9) == clean


def test_metadata_file_keeps_the_originals_only(tmp_path: Path, fixer: Restorer) -> None:
    r = _ocr_report()
    shown = readable_report(r, fixer, 0.2)
    path = tmp_path / "reports.toml"
    write_metadata(path, [shown])
    text = path.read_text(encoding="utf-8")
    assert "_original" not in text
    path.write_text(text + 'title_original = "x"\n', encoding="utf-8")
    with pytest.raises(CorpusError, match="unknown field"):
        read_metadata(path)


@pytest.mark.slow  # end to end: a loopback server, its timeouts or a fresh index
def test_index_serves_restored_titles_with_the_originals(
    tmp_path: Path, embedder: Embedder
) -> None:
    corpus = tmp_path / "reports"
    corpus.mkdir()
    for p in (CORPUS / "001_cfc09c4d7094a6ed.txt", OCR):
        (corpus / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    settings = make_settings(tmp_path, corpus)
    build_index(settings, embedder)
    toml = read_metadata(settings.path(settings.corpus.metadata))
    index = load_index(settings, embedder.name)
    ocr, clean = index.reports[OCR.stem], index.reports["001_cfc09c4d7094a6ed"]
    assert ocr.title != toml[OCR.stem].title  # restored for people
    assert ocr.title_original == toml[OCR.stem].title  # the OCR's kept beside it
    assert not is_damaged(ocr.title)
    assert clean == toml[clean.id]  # a clean report's metadata as written
