"""TextRank centrality (Mihalcea & Tarau 2004) over word overlap: which of a list of texts
(a long section's items, a section's clauses) is most central. Our own ~30 lines: `sumy` needs
nltk data."""

from __future__ import annotations

import math

from core.text import fold
from index.lexical import tokenize


def _bag(text: str) -> set[str]:
    return {t for t in tokenize(fold(text)) if len(t) > 1 and not t.isdigit()}


def textrank(texts: list[str], damping: float = 0.85, rounds: int = 30) -> list[float]:
    """TextRank scores (Mihalcea & Tarau 2004): a graph of texts joined by word overlap
    normalised by length; the stationary weights say how central each text is."""
    bags = [_bag(t) for t in texts]
    n = len(texts)
    if n <= 1:
        return [1.0] * n
    w = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            common = len(bags[i] & bags[j])
            if common and len(bags[i]) > 1 and len(bags[j]) > 1:
                sim = common / (math.log(len(bags[i])) + math.log(len(bags[j])))
                w[i][j] = w[j][i] = sim
    out = [sum(row) for row in w]
    score = [1.0] * n
    for _ in range(rounds):
        score = [
            (1 - damping) + damping * sum(w[j][i] / out[j] * score[j] for j in range(n) if out[j])
            for i in range(n)
        ]
    return score
