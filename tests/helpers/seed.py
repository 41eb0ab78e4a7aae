"""The seed index for tests, built once and kept across runs; and an embedder that remembers.

Building the seed index takes the real model over every seed chunk (5 s on a quiet machine, a
minute on a busy one). It is kept in pytest's cache folder under a key of everything that
shapes it (pipeline version, corpus, embedding model, the build's own code, Chroma's version),
so only the first run after a change builds it; a session copies it into its temp folder and
`build_index` checks the copy is up to date (rebuilding it if not). A cache entry is built in a
folder of its own and renamed into place, so two runs at once never see half of one.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import time
import uuid
from pathlib import Path

import chromadb
import numpy as np

from core.settings import Settings
from index.build import build_index, pipeline_version
from index.embed import Embedder, Vectors

INDEX_CODE = Path(__file__).resolve().parents[2] / "index"
_STALE_S = 7 * 24 * 3600  # cache entries of other keys unused this long are deleted


def _text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class MemoEmbedder:
    """The real embedder, remembering each passage's vector: a passage embedded once (in this
    run, or in the run that built the cached seed index) is not embedded again. Same name and
    dimension as the model it wraps, so indexes built through it are that model's."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self.memo: dict[str, Vectors] = {}
        self.embedded = 0  # passages the model itself embedded

    def embed_documents(self, texts: list[str]) -> Vectors:
        """Remembered vectors, the model's for the rest."""
        keys = [_text_key(t) for t in texts]
        todo = list(dict.fromkeys(k for k in keys if k not in self.memo))
        if todo:
            first = {k: t for k, t in zip(keys, texts, strict=True)}
            fresh = self.inner.embed_documents([first[k] for k in todo])
            self.embedded += len(todo)
            self.memo.update(zip(todo, fresh, strict=True))
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.vstack([self.memo[k] for k in keys]).astype(np.float32)

    def embed_query(self, text: str) -> Vectors:
        """Questions go to the model every time (they are cheap)."""
        return self.inner.embed_query(text)

    def save(self, path: Path) -> None:
        """Write the remembered vectors (an .npz of keys and vectors)."""
        keys = sorted(self.memo)
        vectors = np.vstack([self.memo[k] for k in keys]) if keys else np.zeros((0, self.dim))
        np.savez(path, keys=np.array(keys), vectors=vectors.astype(np.float32))

    def load(self, path: Path) -> None:
        """Remember the vectors `save` wrote."""
        with np.load(path) as data:
            self.memo.update(zip(data["keys"].tolist(), data["vectors"], strict=True))


def seed_key(settings: Settings, embedder_name: str) -> str:
    """What the seed index depends on, hashed: a change to any of it builds a new one."""
    h = hashlib.sha256()
    parts = [
        pipeline_version(), embedder_name, chromadb.__version__, str(settings.index.chunk_chars),
        settings.retrieval.dense_text, settings.chroma.mode,
    ]  # fmt: skip
    for part in parts:
        h.update(part.encode("utf-8") + b"\x00")
    corpus = settings.path(settings.corpus.dir)
    files = [settings.path(settings.corpus.metadata)] + sorted(corpus.iterdir())
    code = ("build.py", "generations.py", "store.py", "metadata.py", "embed.py")
    files += [INDEX_CODE / f for f in code]
    for f in files:
        h.update(f.name.encode("utf-8") + b"\x00" + f.read_bytes() + b"\x00")
    return h.hexdigest()[:16]


def _prune(cache: Path, keep: str) -> None:
    """Delete other keys' entries (and abandoned builds) not used for a week."""
    for entry in cache.iterdir():
        if entry.name == keep:
            continue
        try:
            old = time.time() - entry.stat().st_mtime > _STALE_S
        except OSError:
            continue
        if old:
            shutil.rmtree(entry, ignore_errors=True)


def cached_seed_entry(settings: Settings, embedder: MemoEmbedder, cache: Path) -> Path:
    """The cache entry (index/, reports.toml, vectors.npz) for `settings`' corpus, built with
    `embedder` if there is none yet. `settings` must point its index and metadata at a
    scratch folder: the build happens there, then is copied into the cache."""
    cache.mkdir(parents=True, exist_ok=True)
    key = seed_key(settings, embedder.name)
    entry = cache / key
    if (entry / "vectors.npz").exists():
        os.utime(entry)  # in use: not pruned
        return entry
    build_index(settings, embedder)
    staging = cache / f".build-{key}-{uuid.uuid4().hex[:8]}"
    staging.mkdir()
    shutil.copytree(settings.path(settings.index.dir), staging / "index")
    shutil.copy2(settings.path(settings.corpus.metadata), staging / "reports.toml")
    embedder.save(staging / "vectors.npz")  # last: its presence marks the entry complete
    try:
        staging.rename(entry)
    except OSError:  # another run put the same entry in place first: keep theirs
        shutil.rmtree(staging, ignore_errors=True)
    _prune(cache, key)
    return entry


def restore_seed(entry: Path, settings: Settings) -> None:
    """Copy a cache entry's index and metadata to where `settings` keeps them."""
    index_dir = settings.path(settings.index.dir)
    if not index_dir.exists():
        shutil.copytree(entry / "index", index_dir)
        shutil.copy2(entry / "reports.toml", settings.path(settings.corpus.metadata))


def copy_tree(src: Path, dst: Path) -> Path:
    """A copy of a built folder (corpus, metadata, index) for a test to change as it likes."""
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns(".in-use"))
    return dst
