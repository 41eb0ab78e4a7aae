"""An English question about training finds a training course the report calls "tập huấn" as
well as "đào tạo, bồi dưỡng" (core/query.py GLOSSARY). Report text written for the test."""

from __future__ import annotations

from bot.extractive.scorer import ClauseScorer
from core.query import GLOSSARY, parse_query
from tests.helpers.mini_index import everything, mini_index

REPORT = """BAO CAO
Ket qua nam 2023

I. KET QUA
1. Cong vu
- Mo 4 lop tap huan nghiep vu van thu cho 250 hoc vien.
"""


def test_training_is_also_a_course() -> None:
    assert {"dao tao boi duong", "tap huan"} <= set(GLOSSARY["training"])


def test_the_course_covers_an_english_training_question() -> None:
    q = parse_query("How many trainees took the records training in 2023?")
    index = mini_index(REPORT)
    cands = ClauseScorer(index).candidates(q, everything(index).hits)
    best = max((c for c in cands if c.figure == "250"), key=lambda c: c.coverage)
    alts = [c.alternatives for c in ClauseScorer(index).matcher.concepts(q)]
    assert any(("training",) in a and ("tap", "huan") in a for a in alts)
    assert best.coverage > 0.5
