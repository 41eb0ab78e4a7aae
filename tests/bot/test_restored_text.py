"""Restored text where people read it: index chunks, citations (quote and quote_original), the
CLI's JSON and the web card's "bản gốc (OCR)"; clean reports are not restored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.__main__ import main as bot_main
from bot.answer import AnswerService, Citation
from bot.compose import make_service
from bot.web_page import TEXT
from bot.web_render import source_cards
from core.settings import Settings
from index.build import build_index
from index.embed import Embedder
from index.generations import chunk_from_json, current_generation
from tests.bot.test_cli import _config
from tests.conftest import REPO, make_settings

OCR_REPORT = """UBND TINH TUYEN QUANG
S6: 98 /BC-STTTT Tuyén Quang, ngay 23 thang 5 nam 2022
BAO CAO
Thu nghiem

I. Két qua thuc hién Pé an
1. Dich vu cong
Tinh t&i ngay 20/5/2022, s6 dich vu cong dang cung cip mirc do 4 1a: 1.044, dat ty 1& 55,82%.
"""
CLEAN_REPORT = """UBND TỈNH HÀ TĨNH
Số: 12/BC-UBND Hà Tĩnh, ngày 5 tháng 4 năm 2019
BÁO CÁO
Thử nghiệm

I. Kết quả
1. Dịch vụ công
Toàn tỉnh có 1.889 thủ tục hành chính, trong đó 125 dịch vụ công trực tuyến mức độ 3.
"""


def _citation(**kw: str) -> Citation:
    base = dict(n=1, report_id="r", title="t", number="1/BC", agency="a", date="1/1/2022",
                section="I. Kết quả", quote="số dịch vụ công", score=1.0)  # fmt: skip
    return Citation(**{**base, **kw})  # type: ignore[arg-type]


def test_source_card_offers_the_ocr_line_one_click_away() -> None:
    restored = _citation(
        quote="số dịch vụ công là 1.044", quote_original="s6 dich vu cong 1a 1.044"
    )
    html = source_cards([restored], "vi", TEXT["vi"], set())
    assert "<mark>số dịch vụ công là 1.044</mark>" in html
    assert (
        '<details class="hbc-ocr"><summary>bản gốc (OCR)</summary>s6 dich vu cong 1a 1.044</details>'
        in html
    )
    clean = _citation(quote="Toàn tỉnh có 1.889 TTHC", quote_original="Toàn tỉnh có 1.889 TTHC")
    assert "bản gốc" not in source_cards([clean], "vi", TEXT["vi"], set())


def test_damaged_reports_are_restored_clean_ones_not(tmp_path: Path, embedder: Embedder) -> None:
    corpus = tmp_path / "reports"
    corpus.mkdir()
    (corpus / "tq.txt").write_text(OCR_REPORT, encoding="utf-8")
    (corpus / "ht.txt").write_text(CLEAN_REPORT, encoding="utf-8")
    settings = make_settings(tmp_path, corpus)
    build_index(settings, embedder)
    gen_dir = settings.index.dir / str(current_generation(settings.index.dir))
    manifest = json.loads((gen_dir / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["restorer_version"]
    with (gen_dir / "chunks.jsonl").open(encoding="utf-8") as fh:
        chunks = [chunk_from_json(line)[0] for line in fh]
    by_report = {c.report_id: c for c in chunks if "1.044" in c.text or "1.889" in c.text}
    tq = next(c for rid, c in by_report.items() if "tq" in rid)
    ht = next(c for rid, c in by_report.items() if "ht" in rid)
    assert "mức độ 4" in tq.restored
    assert "mirc do 4" in tq.text
    assert ht.restored == ""
    assert ht.readable_text == ht.text

    ans = make_service(settings, embedder).answer("tq co bao nhieu dich vu cong muc do 4?")
    cit = ans.citations[0]
    assert "1.044" in cit.quote
    assert "1.044" in cit.quote_original
    assert "mức độ 4" in cit.quote
    assert "mirc do 4" in cit.quote_original


def test_seed_citation_reads_as_vietnamese(service: AnswerService) -> None:
    ans = service.answer("Tuyên Quang có bao nhiêu dịch vụ công mức độ 4?")
    first = ans.citations[0]
    raw = (REPO / "corpus" / "reports" / f"{first.report_id}.txt").read_text(encoding="utf-8")
    assert " ".join(first.quote_original.split()) in " ".join(raw.split())
    assert first.quote != first.quote_original
    assert "mức độ 4" in first.quote
    assert "1.044" in first.quote
    assert first.title.startswith("Kết quả triển khai thực hiện")  # OCR: "Két qua trién …"


def test_cli_json_carries_both_quotes(
    seed_settings: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = _config(tmp_path, seed_settings)
    argv = ["--config", str(cfg), "ask", "tuyen quang co bao nhieu dvc muc do 4", "--json"]
    assert bot_main(argv) == 0
    cit = json.loads(capsys.readouterr().out)["citations"][0]
    assert cit["quote"] != cit["quote_original"]
    assert "1.044" in cit["quote"]
    assert "1.044" in cit["quote_original"]
