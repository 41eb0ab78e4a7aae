"""BM25 over folded text (bm25s): one-character tokens kept, no stemming, no stop words."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import numpy.typing as npt

# Numbers stay whole (1044, 55.82); `\w+` keeps the `4` of `muc do 4`.
_TOKEN = re.compile(r"\d+(?:\.\d+)?|[a-z0-9]+")


def tokenize(folded: str) -> list[str]:
    """Tokens of folded text."""
    return _TOKEN.findall(folded)


class Bm25Index:
    """A persisted bm25s index whose document order is the chunk order of its generation."""

    def __init__(self, retriever: object) -> None:
        self._r = retriever

    @classmethod
    def build(cls, folded_docs: list[str]) -> Bm25Index:
        """Index folded chunk texts."""
        import bm25s

        r = bm25s.BM25(k1=1.2, b=0.75)
        r.index([tokenize(d) or [""] for d in folded_docs], show_progress=False)
        return cls(r)

    def save(self, folder: Path) -> None:
        """Write the index files into `folder`."""
        self._r.save(str(folder), show_progress=False)  # type: ignore[attr-defined]

    @classmethod
    def load(cls, folder: Path) -> Bm25Index:
        """Load memory-mapped, so a large index costs little RAM."""
        import bm25s

        return cls(bm25s.BM25.load(str(folder), mmap=True, show_progress=False, verbosity=0))

    def scores(self, folded_query: str) -> npt.NDArray[np.float32]:
        """BM25 score of every document for the query (zeros where no term matches)."""
        tokens = [t for t in tokenize(folded_query) if t in self._vocab()]
        n = self._size()
        if not tokens:
            return np.zeros(n, dtype=np.float32)
        return np.asarray(self._r.get_scores(tokens), dtype=np.float32)  # type: ignore[attr-defined]

    def _vocab(self) -> dict[str, int]:
        return self._r.vocab_dict  # type: ignore[attr-defined,no-any-return]

    def _size(self) -> int:
        return int(self._r.scores["num_docs"])  # type: ignore[attr-defined]
