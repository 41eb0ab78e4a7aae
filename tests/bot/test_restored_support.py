"""What a figure counts is read in the restored text of an OCR-damaged clause too ("bé hé so"
is "bộ hồ sơ"): the support check does not refuse a figure OCR garbled the noun of
(bot/extractive/scorer.py `unit_support`). Report text written for the test."""

from __future__ import annotations

from dataclasses import replace

from bot.extractive.scorer import ClauseScorer
from core.query import parse_query
from index.chunk import Span
from index.generations import LoadedIndex
from tests.helpers.mini_index import everything, mini_index

OCR = """BAO CAO
Ket qua 6 thang dau nam 2022

I. KET QUA
1. Tuyen truyen
Cuc Thué tinh gidi quyét ding han 5.120 bé hé so thii tuc hanh chinh.
"""
FIXES = {"gidi": "giải", "quyét": "quyết", "ding": "đúng", "bé": "bộ", "hé": "hồ", "so": "sơ",
         "thii": "thủ", "Thué": "Thuế"}  # fmt: skip


def _restored(index: LoadedIndex) -> LoadedIndex:
    """The index with every chunk given a restored text (its words fixed by `FIXES`)."""
    for i, chunk in enumerate(index.chunks):
        pieces: list[str] = []
        spans: list[Span] = []
        at = 0
        for span in chunk.spans:
            fixed = " ".join(FIXES.get(w, w) for w in chunk.sentence(span).split(" "))
            spans.append(replace(span, rstart=at, rend=at + len(fixed)))
            pieces.append(fixed)
            at += len(fixed) + 1
        index.chunks[i] = replace(chunk, restored=" ".join(pieces), spans=tuple(spans))
    return index


def _support(index: LoadedIndex) -> float:
    q = parse_query("Cục Thuế giải quyết đúng hạn bao nhiêu bộ hồ sơ?")
    scorer = ClauseScorer(index)
    cands = [c for c in scorer.candidates(q, everything(index).hits) if c.figure == "5.120"]
    assert cands
    return scorer.unit_support(q, cands[0])


def test_the_restored_noun_supports_the_figure() -> None:
    assert _support(_restored(mini_index(OCR))) == 1.0


def test_the_ocr_line_alone_does_not() -> None:
    assert _support(mini_index(OCR)) < 1.0
