"""Retrieval: helpers that must equal their slow, obvious versions; when the dense side runs."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from bot.answer import AnswerService
from core.query import parse_query
from index.embed import Embedder, Vectors
from index.retrieve import HybridRetriever, top_indices


def test_top_indices_equal_a_stable_full_sort_ties_included() -> None:
    rng = np.random.default_rng(0)
    for _ in range(500):
        n, k = int(rng.integers(1, 300)), int(rng.integers(1, 60))
        # Few distinct values: many ties, many zeros (chunks outside the filter score 0).
        scores = rng.integers(0, 4, n).astype(np.float64) * 0.5
        assert np.array_equal(top_indices(scores, k), np.argsort(-scores, kind="stable")[:k])


def test_dense_runs_for_questions_worded_unlike_the_reports(service: AnswerService) -> None:
    r = service.retriever
    vi = r.retrieve(parse_query("Tuyên Quang có bao nhiêu dịch vụ công mức độ 4?"))
    nodiac = r.retrieve(parse_query("tuyen quang co bao nhieu dich vu cong muc do 4"))
    en = r.retrieve(parse_query("How many level-4 public services does Tuyen Quang provide?"))
    assert not vi.dense_used
    assert not nodiac.dense_used
    assert not any(h.dense_rank for h in vi.hits)
    assert en.dense_used
    assert any(h.dense_rank for h in en.hits)
    # Above 1, every question gets the dense ranking too.
    always = HybridRetriever(r.index, r.embedder, replace(r.cfg, dense_below=2.0))
    assert always.retrieve(
        parse_query("Tuyên Quang có bao nhiêu dịch vụ công mức độ 4?")
    ).dense_used


class _Counting:
    """The real embedder, counting the questions it embeds."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.queries = 0
        self.name, self.dim = inner.name, inner.dim

    def embed_documents(self, texts: list[str]) -> Vectors:
        return self.inner.embed_documents(texts)

    def embed_query(self, text: str) -> Vectors:
        self.queries += 1
        return self.inner.embed_query(text)


def test_a_repeated_question_is_embedded_once(service: AnswerService) -> None:
    r = service.retriever
    counting = _Counting(r.embedder)
    fresh = HybridRetriever(r.index, counting, r.cfg)
    q = parse_query("How many digital certificates has Tuyen Quang issued?")
    first = fresh.retrieve(q)
    again = fresh.retrieve(q)
    assert counting.queries == 1
    assert [h.chunk.id for h in first.hits] == [h.chunk.id for h in again.hits]
