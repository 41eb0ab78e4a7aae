"""BM25 over folded text (bm25s): one-character tokens kept, no stemming, no stop words."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

# Numbers stay whole (1044, 55.82); `\w+` keeps the `4` of `muc do 4`.
_TOKEN = re.compile(r"\d+(?:\.\d+)?|[a-z0-9]+")


def tokenize(folded: str) -> list[str]:
    """Tokens of folded text."""
    return _TOKEN.findall(folded)


def bm25_terms(folded: str) -> list[str]:
    """Tokens plus their vowel-free skeletons (`~cp` for `cap`/`cep`/`cip`): OCR mostly breaks
    vowels, so the skeleton still matches where the word itself does not."""
    tokens = tokenize(folded)
    skeletons = []
    for t in tokens:
        sk = re.sub(r"[aeiouy]", "", t)
        if len(t) >= 3 and len(sk) >= 2 and not t.isdigit():
            skeletons.append("~" + sk)
    return tokens + skeletons


def _bm25s() -> Any:
    """bm25s, imported when first needed; its import sets its own logger to DEBUG, undone here."""
    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)
    return bm25s


class Bm25Index:
    """A persisted bm25s index whose document order is the chunk order of its generation."""

    def __init__(self, retriever: object) -> None:
        self._r = retriever

    @classmethod
    def build(cls, folded_docs: list[str]) -> Bm25Index:
        """Index folded chunk texts."""
        bm25s = _bm25s()
        r = bm25s.BM25(k1=1.2, b=0.75)
        r.index([bm25_terms(d) or [""] for d in folded_docs], show_progress=False)
        return cls(r)

    def save(self, folder: Path) -> None:
        """Write the index files into `folder`."""
        self._r.save(str(folder), show_progress=False)  # type: ignore[attr-defined]

    @classmethod
    def load(cls, folder: Path) -> Bm25Index:
        """Load memory-mapped, so a large index costs little RAM."""
        bm25s = _bm25s()
        return cls(bm25s.BM25.load(str(folder), mmap=True, show_progress=False, verbosity=0))

    def scores(self, folded_query: str) -> npt.NDArray[np.float32]:
        """BM25 score of every document for the query (zeros where no term matches)."""
        vocab = self._vocab()
        tokens = [t for t in bm25_terms(folded_query) if t in vocab]
        n = self._size()
        if not tokens:
            return np.zeros(n, dtype=np.float32)
        return np.asarray(self._r.get_scores(tokens), dtype=np.float32)  # type: ignore[attr-defined]

    def known_share(self, folded_query: str) -> float:
        """Share of the query's distinct words (not numbers) that occur in the indexed texts."""
        words = {t for t in tokenize(folded_query) if not t[0].isdigit()}
        if not words:
            return 1.0
        vocab = self._vocab()
        return sum(t in vocab for t in words) / len(words)

    def _vocab(self) -> dict[str, int]:
        return self._r.vocab_dict  # type: ignore[attr-defined]

    def _size(self) -> int:
        return int(self._r.scores["num_docs"])  # type: ignore[attr-defined]
