"""The words "thông qua" (by way of) say how a counted thing came about, which the reports
write "qua …": they are neither a counted word (`ClauseScorer._units`) nor a word the clause
must hold (the concepts read it as "qua"). Report text written for the test."""

from __future__ import annotations

from bot.extractive.scorer import ClauseScorer
from core.query import parse_query
from tests.helpers.mini_index import everything, mini_index

REPORT = """BAO CAO
Ket qua nam 2023

I. KET QUA
1. Tuyen dung
- Da tuyen dung qua xet tuyen 31 vien chuc cac don vi su nghiep.
- Tiep nhan khong qua xet tuyen 9 vien chuc.
"""


def test_via_is_not_counted() -> None:
    q = parse_query("Tỉnh tuyển được bao nhiêu viên chức thông qua xét tuyển?")
    assert ClauseScorer._units(q) == frozenset({"vien", "chuc"})


def test_the_clause_saying_qua_covers_the_question() -> None:
    q = parse_query("Năm 2023 tuyển được bao nhiêu viên chức thông qua xét tuyển?")
    index = mini_index(REPORT)
    scorer = ClauseScorer(index)
    words = {t for c in scorer.matcher.concepts(q) for alt in c.alternatives for t in alt}
    assert "thong" not in words
    cands = scorer.candidates(q, everything(index).hits)
    best = max((c for c in cands if c.figure == "31"), key=lambda c: c.coverage)
    assert best.coverage == 1.0
