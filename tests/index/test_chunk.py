"""Chunking follows the report's structure and keeps exact sentence offsets."""

from __future__ import annotations

from pathlib import Path

from index.chunk import Chunk, Span, chunk_report, heading_level, split_sentences
from index.metadata import extract_metadata

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "reports"


def _chunks(stem: str):  # type: ignore[no-untyped-def]
    path = CORPUS / f"{stem}.txt"
    raw = path.read_text(encoding="utf-8")
    return chunk_report(extract_metadata(stem, path.name, raw), raw, 900)


def test_heading_levels() -> None:
    assert heading_level("A. TUYEN TRUYEN CAI CACH HANH CHINH") == 0
    assert heading_level("II. PANH GIA CHUNG") == 1
    assert heading_level("I1I. NHAN XET, PANH GIA CHUNG") == 1
    assert heading_level("7. Két qua cung cap dich vu cong trwe tuyén mirc d6 3 va 4") == 2
    assert heading_level("- Toéng cdp huyén c6 1599 DVC") is None


def test_section_paths_follow_headings() -> None:
    chunks = _chunks("000_e698a6639bf0946b")
    dvc = next(c for c in chunks if "658" in c.text)
    assert dvc.section.startswith("B. XAY DUNG VA PHAT TRIEN")
    assert "> I. KET QUA PAT PUQC > 7. Két qua cung cap dich vu cong" in dvc.section


def test_markdown_report_sections() -> None:
    chunks = _chunks("001_cfc09c4d7094a6ed")
    sections = {c.section for c in chunks}
    assert "B. HIỆN ĐẠI HÓA HÀNH CHÍNH > II. ĐÁNH GIÁ CHUNG > 2. Tồn tại, hạn chế" in sections
    assert all("**" not in c.text and "###" not in c.text for c in chunks)


def test_chunks_are_bounded_and_ids_stable() -> None:
    for stem in ("000_e698a6639bf0946b", "004_b819450d24d342ba"):
        chunks = _chunks(stem)
        assert all(len(c.text) <= 900 for c in chunks)
        assert [c.id for c in chunks] == [f"{stem}:{i:04d}" for i in range(len(chunks))]
        assert [c.id for c in chunks] == [c.id for c in _chunks(stem)]


def test_the_level4_clause_is_one_exact_span_with_source_lines() -> None:
    chunks = _chunks("002_e5e7f1c560f345ee")
    spans = [(c, s) for c in chunks for s in c.spans if "1.044" in c.sentence(s)]
    assert len(spans) == 1
    chunk, span = spans[0]
    quote = chunk.sentence(span)
    assert quote.startswith("s6 dich vu cong dang cung cip mirc do 4 1a: 1.044")
    assert quote.endswith("cp xa).")
    source = (CORPUS / "002_e5e7f1c560f345ee.txt").read_text("utf-8").splitlines()
    assert any("1.044" in line for line in source[span.line_start - 1 : span.line_end])


def test_split_sentences_keeps_parentheses_and_numbers_whole() -> None:
    text = "so dvc la: 1.044 (trong do: 1.002 cap tinh; 36 cap huyen). Tong so 1.272; dat 68%."
    parts = [text[s:e] for s, e in split_sentences(text)]
    assert parts == [
        "so dvc la: 1.044 (trong do: 1.002 cap tinh; 36 cap huyen).",
        "Tong so 1.272;",
        "dat 68%.",
    ]


def test_a_clause_leads_with_its_paragraph_or_the_colon_line_above_a_list_item() -> None:
    text = ("Tinh toi ngay 20/5/2022, Cong DVC tinh cung cap 1.044 dich vu.\n"
            "Du an kho luu tru tai lieu:\n* Tong muc dau tu: 14.294.877.000 dong\n"
            "Ghi chu\n* 12 ho so")  # fmt: skip
    chunk = Chunk("r:0", "r", 0, "I.", text, 1, 5)

    def at(sub: str) -> Span:
        start = text.index(sub)
        return Span(start, start + len(sub), 1, 1)

    assert chunk.lead(at("1.044 dich vu")) == "Tinh toi ngay 20/5/2022, Cong DVC tinh cung cap "
    assert chunk.lead(at("* Tong muc")) == "Du an kho luu tru tai lieu:"
    assert chunk.lead(at("* 12 ho so")) == ""  # the line above does not end with ":"
