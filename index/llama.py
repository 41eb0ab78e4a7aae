"""llama-index bridge: our embedders as a llama-index embedding model.

The answer path talks to Chroma and bm25s directly (folded text, per-generation collections,
millisecond latency); llama-index is where other pipelines plug in: the evaluation's plain
VectorStoreIndex baseline uses this adapter with the same model.
"""

from __future__ import annotations

from typing import Any

from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr

from core.text import fold
from index.embed import Embedder


class LlamaEmbedding(BaseEmbedding):
    """Wraps an Embedder; texts are folded first, as in our own index (`fold_text=False`
    embeds them as they are, as a plain pipeline would)."""

    _embedder: Any = PrivateAttr()
    _fold: bool = PrivateAttr(default=True)

    def __init__(self, embedder: Embedder, fold_text: bool = True, **kwargs: Any) -> None:
        super().__init__(model_name=embedder.name, **kwargs)
        self._embedder = embedder
        self._fold = fold_text

    def _prep(self, text: str) -> str:
        return fold(text) if self._fold else text

    def _get_query_embedding(self, query: str) -> list[float]:
        return [float(x) for x in self._embedder.embed_query(self._prep(query))]

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)

    def _get_text_embedding(self, text: str) -> list[float]:
        return [float(x) for x in self._embedder.embed_documents([self._prep(text)])[0]]

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        vecs = self._embedder.embed_documents([self._prep(t) for t in texts])
        return [[float(x) for x in row] for row in vecs]
