"""The only module that talks to Chroma: typed hits in, typed hits out."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from core.errors import IndexMissingError
from index.embed import Vectors

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DenseHit:
    """A chunk found by vector similarity (cosine, higher is closer)."""

    chunk_id: str
    similarity: float


def open_client(mode: str, path: Path | None = None, host: str = "", port: int = 0) -> Any:
    """An embedded PersistentClient at `path`, or an HttpClient to a `chroma run` server."""
    import chromadb
    from chromadb.config import Settings as ChromaConfig

    config = ChromaConfig(anonymized_telemetry=False, allow_reset=False)
    if mode == "http":
        try:
            return chromadb.HttpClient(host=host, port=port, settings=config)
        except Exception as exc:  # chromadb raises ValueError/ConnectError variants
            raise IndexMissingError(
                f"cannot reach the Chroma server at {host}:{port} ({type(exc).__name__}); "
                "start it with `chroma run --path <dir> --port <port>` or set [chroma].mode = "
                '"embedded"'
            ) from None
    if path is None:
        raise ValueError("embedded Chroma needs a path")
    path.mkdir(parents=True, exist_ok=True)
    _forget_removed_store(path)
    return chromadb.PersistentClient(path=str(path), settings=config)


def _forget_removed_store(path: Path) -> None:
    """chromadb keeps one System per folder for the life of the process. When the folder's
    database is gone (a damaged generation removed and built again under the same name), that
    System still points at the deleted file ("readonly database", collections missing), so a
    client opened there must start a new one. Clients already open keep theirs."""
    if (path / "chroma.sqlite3").exists():
        return
    from chromadb.api.shared_system_client import SharedSystemClient

    SharedSystemClient._identifier_to_system.pop(str(path), None)


class ChunkStore:
    """One Chroma collection of chunk vectors for one index generation."""

    def __init__(self, collection: Any) -> None:
        self._col = collection
        self._n: int | None = None  # a generation's collection changes only through add()

    @classmethod
    def create(cls, client: Any, name: str, model: str, dim: int) -> ChunkStore:
        """A new, empty collection that records which model filled it."""
        with contextlib.suppress(Exception):  # absent: nothing to delete
            client.delete_collection(name)
        col = client.create_collection(
            name,
            embedding_function=None,
            metadata={"hnsw:space": "cosine", "embedding_model": model, "dim": dim},
        )
        return cls(col)

    @classmethod
    def open(cls, client: Any, name: str, model: str) -> ChunkStore:
        """An existing collection; refuses one filled by a different embedding model."""
        try:
            col = client.get_collection(name, embedding_function=None)
        except Exception:
            raise IndexMissingError(
                f"index collection '{name}' is missing; run: python -m index build"
            ) from None
        stored = (col.metadata or {}).get("embedding_model")
        if stored != model:
            raise IndexMissingError(
                f"the index was built with embedding model '{stored}', config asks for '{model}';"
                " run: python -m index build"
            )
        return cls(col)

    def add(self, ids: list[str], vectors: Vectors, metadatas: list[dict[str, Any]]) -> None:
        """Store vectors with their metadata, in batches Chroma accepts."""
        self._n = None
        step = 1000
        for i in range(0, len(ids), step):
            self._col.add(
                ids=ids[i : i + step],
                embeddings=vectors[i : i + step].tolist(),
                metadatas=metadatas[i : i + step],
            )

    def vectors(self, ids: list[str]) -> dict[str, Vectors]:
        """Stored vectors by chunk id (those that exist)."""
        if not ids:
            return {}
        got = self._col.get(ids=ids, include=["embeddings"])
        embs = got.get("embeddings")
        if embs is None:
            return {}
        return {i: np.asarray(e, dtype=np.float32) for i, e in zip(got["ids"], embs, strict=True)}

    def hashes(self) -> dict[str, str]:
        """Each stored chunk's embedded-text hash (recorded at build), by chunk id: vectors
        can be reused even when the generation's chunk list is damaged."""
        got = self._col.get(include=["metadatas"])
        return {
            i: str(m["hash"])
            for i, m in zip(got["ids"], got.get("metadatas") or [], strict=False)
            if m and "hash" in m
        }

    def count(self) -> int:
        """Number of stored chunks (asked of Chroma once, then after each add)."""
        if self._n is None:
            with _damaged_store():
                self._n = int(self._col.count())
        return self._n

    def query(
        self,
        vector: Vectors,
        k: int,
        provinces: tuple[str, ...] = (),
        years: tuple[int, ...] = (),
    ) -> list[DenseHit]:
        """The k nearest chunks, only of these provinces and years when they are given."""
        n = self.count()
        if n == 0 or k <= 0:
            return []
        with _damaged_store():
            res = self._col.query(
                query_embeddings=[vector.tolist()],
                n_results=min(k, n),
                where=_where(provinces, years),
                include=["distances"],
            )
        ids = res["ids"][0]
        dists = res["distances"][0] if res.get("distances") else [1.0] * len(ids)
        # Chroma's cosine space returns 1 - cosine similarity.
        return [DenseHit(i, 1.0 - float(d)) for i, d in zip(ids, dists, strict=True)]


def _where(provinces: tuple[str, ...], years: tuple[int, ...]) -> dict[str, Any] | None:
    """Chroma's metadata filter for chunks of these provinces and years (None: every chunk)."""
    clauses: list[dict[str, Any]] = []
    if provinces:
        clauses.append({"province": {"$in": list(provinces)}})
    if years:
        clauses.append({"year": {"$in": list(years)}})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


@contextmanager
def _damaged_store() -> Iterator[None]:
    """Chroma's own errors on a damaged store (its database file deleted or garbled under a
    running server: "no such table") become the one-line index error with the way out."""
    from chromadb.errors import ChromaError  # chromadb is imported where it is used

    try:
        yield
    except (ChromaError, sqlite3.Error) as exc:
        raise IndexMissingError(
            f"the index's vector store is damaged ({type(exc).__name__}); "
            "run: python -m index build"
        ) from exc
