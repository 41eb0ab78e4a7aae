"""Retrieval helpers that must equal their slow, obvious versions."""

from __future__ import annotations

import numpy as np

from index.retrieve import top_indices


def test_top_indices_equal_a_stable_full_sort_ties_included() -> None:
    rng = np.random.default_rng(0)
    for _ in range(500):
        n, k = int(rng.integers(1, 300)), int(rng.integers(1, 60))
        # Few distinct values: many ties, many zeros (chunks outside the filter score 0).
        scores = rng.integers(0, 4, n).astype(np.float64) * 0.5
        assert np.array_equal(top_indices(scores, k), np.argsort(-scores, kind="stable")[:k])
