"""Hybrid retrieval: BM25 over folded text fused with dense vectors by reciprocal rank."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from core.places import strip_provinces
from core.query import ParsedQuery
from core.settings import RetrievalSettings
from index.chunk import Chunk
from index.embed import Embedder
from index.generations import LoadedIndex
from index.restore import restore_question

# Question embeddings kept (each 384 floats: 1,024 of them are 1.5 MiB).
_CACHE = 1024


@dataclass(frozen=True)
class Filters:
    """Narrowing chosen by the user (web filters, CLI flags); empty means the whole corpus."""

    provinces: tuple[str, ...] = ()
    years: tuple[int, ...] = ()


@dataclass(frozen=True)
class Hit:
    """A retrieved chunk with its fused score and per-retriever ranks (0 = not found)."""

    chunk: Chunk
    score: float
    bm25_rank: int = 0
    dense_rank: int = 0
    bm25_score: float = 0.0
    dense_similarity: float = 0.0


@dataclass
class Retrieval:
    """Hits plus what narrowing was applied, for the answerer's abstention logic."""

    hits: list[Hit]
    provinces: tuple[str, ...] = ()
    missing_provinces: tuple[str, ...] = ()
    notes: list[str] = field(default_factory=list)
    dense_used: bool = False


class HybridRetriever:
    """BM25 + dense + RRF over one loaded index generation."""

    def __init__(self, index: LoadedIndex, embedder: Embedder, cfg: RetrievalSettings) -> None:
        self.index = index
        self.embedder = embedder
        self.cfg = cfg
        self._province_of = np.array(
            [index.reports[c.report_id].province for c in index.chunks], dtype=object
        )
        self._year_of = np.array([index.reports[c.report_id].year for c in index.chunks])
        self._quarter_of = np.array([index.reports[c.report_id].quarter for c in index.chunks])
        self.corpus_provinces = tuple(sorted({r.province for r in index.reports.values()}))
        self._vectors: dict[str, Any] = {}  # question → embedding, oldest first
        self._vectors_lock = threading.Lock()

    def _in_period(self, q: ParsedQuery) -> np.ndarray:
        """Chunks of the year(s) and quarter the question asks for."""
        ok = np.ones(len(self._year_of), dtype=bool)
        if q.years:
            ok &= np.isin(self._year_of, list(q.years))
        if q.quarter:
            ok &= self._quarter_of == q.quarter
        return ok

    def _mask(self, provinces: tuple[str, ...], years: tuple[int, ...]) -> np.ndarray:
        mask = np.ones(len(self.index.chunks), dtype=bool)
        if provinces:
            mask &= np.isin(self._province_of, list(provinces))
        if years:
            mask &= np.isin(self._year_of, list(years))
        return mask

    def retrieve(
        self, q: ParsedQuery, filters: Filters | None = None, mode: str | None = None
    ) -> Retrieval:
        """Top chunks for a parsed question, narrowed by named provinces and user filters.

        A question naming two or more provinces, or one province at two or more years ("2019
        and 2022"), is retrieved once per province / year and the lists are interleaved, so
        every side of a comparison reaches the answerer."""
        filters = filters or Filters()
        mode = mode or self.cfg.mode
        asked = tuple(dict.fromkeys(filters.provinces + q.provinces))
        present = tuple(p for p in asked if p in self.corpus_provinces)
        missing = tuple(p for p in asked if p not in self.corpus_provinces)
        if asked and not present:
            return Retrieval([], (), missing)
        groups: list[tuple[tuple[str, ...], tuple[int, ...]]]
        if len(present) >= 2:
            groups = [((p,), filters.years) for p in present]
        elif len(q.years) >= 2 and not filters.years:
            scope = self._mask(present, ())
            groups = [(present, (y,)) for y in q.years if (scope & (self._year_of == y)).any()]
        else:
            groups = []
        # Named provinces narrow the search; as query words they would only add noise (and,
        # in a comparison, pull each side towards the other province's chunks).
        topic = strip_provinces(q.expanded) if present else q.expanded
        dense_text = strip_provinces(q.folded) if present else q.folded
        vec = None
        if self._wants_dense(mode, dense_text):
            if self.cfg.dense_text == "restored":  # passages embedded as proper Vietnamese
                dense_text = restore_question(q.text)
            vec = self._query_vector(dense_text)
        if len(groups) < 2:
            single = self._rank(topic, q, vec, present, filters.years, mode, self.cfg.top_k)
            return Retrieval(single, present, missing, dense_used=vec is not None)
        per = max(2, -(-self.cfg.top_k // len(groups)))
        lists = [self._rank(topic, q, vec, provs, years, mode, per) for provs, years in groups]
        hits: list[Hit] = []
        for i in range(per):
            hits.extend(lst[i] for lst in lists if i < len(lst))
        return Retrieval(hits, present, missing, dense_used=vec is not None)

    def _wants_dense(self, mode: str, folded: str) -> bool:
        """Dense mode always; hybrid only for a question worded unlike the reports (fewer than
        `dense_below` of its words occur in them: English, unusual words). For the rest the
        dense ranking, weighted low in fusion, changes little and its query embedding is most
        of the time an answer takes."""
        if mode == "dense":
            return True
        if mode != "hybrid":
            return False
        return self.index.bm25.known_share(folded) < self.cfg.dense_below

    def _query_vector(self, text: str) -> Any:
        """The question's embedding; the last `_CACHE` questions' are kept (a group asks the
        same thing again, a follow-up repeats its topic). Read-only arrays."""
        with self._vectors_lock:  # the web UI answers in several threads
            vec = self._vectors.pop(text, None)
        if vec is None:
            vec = self.embedder.embed_query(text)
            vec.setflags(write=False)
        with self._vectors_lock:
            if len(self._vectors) >= _CACHE:
                self._vectors.pop(next(iter(self._vectors)))
            self._vectors[text] = vec
        return vec

    def _rank(
        self,
        topic: str,
        q: ParsedQuery,
        vec: Any,
        provinces: tuple[str, ...],
        years: tuple[int, ...],
        mode: str,
        top_k: int,
    ) -> list[Hit]:
        """BM25 and/or dense rankings inside the narrowed chunks, fused by reciprocal rank."""
        mask = self._mask(provinces, years)
        period = self._in_period(q) if (q.years or q.quarter) else None
        n_cand = self.cfg.candidates
        ranks_b: dict[int, tuple[int, float]] = {}
        ranks_d: dict[int, tuple[int, float]] = {}
        if mode in {"hybrid", "bm25"}:
            ranks_b = self._bm25_ranks(topic or q.expanded, mask, period)
        if vec is not None:
            for r, h in enumerate(self.index.store.query(vec, n_cand, provinces, years)):
                pos = self.index.position.get(h.chunk_id)
                if pos is not None and mask[pos]:
                    ranks_d[pos] = (r + 1, h.similarity)
        best = self._fuse(ranks_b, ranks_d, period)[:top_k]
        return [
            Hit(
                chunk=self.index.chunks[pos],
                score=score,
                bm25_rank=ranks_b.get(pos, (0, 0.0))[0],
                dense_rank=ranks_d.get(pos, (0, 0.0))[0],
                bm25_score=ranks_b.get(pos, (0, 0.0))[1],
                dense_similarity=ranks_d.get(pos, (0, 0.0))[1],
            )
            for pos, score in best
        ]

    def _bm25_ranks(self, text: str, mask: Any, period: Any) -> dict[int, tuple[int, float]]:
        """(rank, score) by chunk position of BM25's best `candidates` chunks inside the mask,
        the asked period's boosted."""
        scores = self.index.bm25.scores(text)
        scores = np.where(mask, scores, 0.0)
        if period is not None:
            # The asked period's chunks are boosted before the candidate cut, not only
            # after it: among many same-worded reports of other quarters, the cut would
            # otherwise drop the right one on ties.
            scores = np.where(period, scores * self.cfg.period_boost, scores)
        order = top_indices(scores, self.cfg.candidates)
        return {int(i): (r + 1, float(scores[i])) for r, i in enumerate(order) if scores[i] > 0}

    def _fuse(
        self,
        ranks_b: dict[int, tuple[int, float]],
        ranks_d: dict[int, tuple[int, float]],
        period: Any,
    ) -> list[tuple[int, float]]:
        """Reciprocal-rank fusion of the two rankings, the asked period's chunks boosted; best
        first, ties by position."""
        n_cand = self.cfg.candidates
        fused: dict[int, float] = {}
        k = self.cfg.rrf_k
        for pos, (rank, _) in ranks_b.items():
            fused[pos] = fused.get(pos, 0.0) + self.cfg.bm25_weight / (k + rank)
        for pos, (rank, _) in ranks_d.items():
            fused[pos] = fused.get(pos, 0.0) + self.cfg.dense_weight / (k + rank)
        # A chunk one list found and the other (cut at `candidates`) did not is ranked just
        # below that other list, not at infinity: the cut is not a judgement.
        for mine, other, weight in ((ranks_b, ranks_d, self.cfg.dense_weight),
                                    (ranks_d, ranks_b, self.cfg.bm25_weight)):  # fmt: skip
            if other:
                for pos in mine:
                    if pos not in other:
                        fused[pos] += weight / (k + n_cand + 1)
        if period is not None:
            for pos in fused:
                if period[pos]:
                    fused[pos] *= self.cfg.period_boost
        return sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))


def top_indices(scores: Any, k: int) -> Any:
    """Indices of the k largest scores, best first, ties by position: a full stable argsort's
    first k, without sorting every chunk (a partition is linear; at 10,000 reports it matters)."""
    n = len(scores)
    if n <= k:
        return np.argsort(-scores, kind="stable")
    kth = np.partition(scores, n - k)[n - k]
    above = np.flatnonzero(scores > kth)
    ties = np.flatnonzero(scores == kth)[: k - len(above)]
    idx = np.concatenate([above, ties])
    return idx[np.argsort(-scores[idx], kind="stable")]
