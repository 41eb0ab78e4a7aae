"""What a figure counts is read in the restored text of an OCR-damaged clause too ("bé hé so"
is "bộ hồ sơ"): the support check does not refuse a figure OCR garbled the noun of; and a noun
a negation denies ("không có cán bộ chuyên trách") supports no count of it
(bot/extractive/scorer.py `unit_support`, `negation.undenied`). Report text written for the
test."""

from __future__ import annotations

from dataclasses import replace

from bot.extractive.negation import undenied
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


NONE = """BAO CAO
Ket qua nam 2022

I. KET QUA
1. Nhan luc
- Cac phong chuyen mon khong co can bo chuyen trach ve luu tru, co 7 nguoi lam kiem nhiem.
- So Noi vu co 5 can bo chuyen trach ve luu tru.
"""


def test_a_denied_noun_does_not_support_a_count_of_it() -> None:
    q = parse_query("Có bao nhiêu cán bộ chuyên trách lưu trữ?")
    index = mini_index(NONE)
    scorer = ClauseScorer(index)
    cands = scorer.candidates(q, everything(index).hits)
    support = {c.figure: scorer.unit_support(q, c) for c in cands if c.figure in {"7", "5"}}
    assert support["5"] == 1.0
    assert support["7"] < support["5"]


def _words(text: str) -> list[str]:
    """Folded text as words."""
    return text.split(" ")


def test_undenied_keeps_what_the_question_denies_too() -> None:
    words = _words("con 3 ho so chua giai quyet")
    assert undenied(words, _words("bao nhieu ho so chua giai quyet")) == words
    denied = undenied(_words("khong co can bo chuyen trach"), _words("bao nhieu can bo"))
    assert denied == ["khong", "co"]


def test_an_english_denial_keeps_the_denied_words() -> None:
    words = _words("tiep nhan khong qua thi tuyen 9 vien chuc")
    assert undenied(words, _words("how many were admitted without an exam")) == words
