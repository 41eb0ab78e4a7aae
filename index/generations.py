"""Index generations on disk: CURRENT names the one in use, a manifest (written last) marks one
complete, a lease keeps a serving one from deletion, old ones are cleaned up; `load_index` opens
the current one as a `LoadedIndex`. index/build.py writes them.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import re
import shutil
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, Any

from core.errors import HbcError, IndexMissingError
from core.settings import Settings
from index.chunk import Chunk, Span
from index.docrefs import DocRef, load_docrefs
from index.facts import Fact, build_facts, load_facts
from index.lexical import Bm25Index, tokenize
from index.metadata import Report
from index.store import ChunkStore, open_client

log = logging.getLogger(__name__)

CURRENT = "CURRENT"


def collection_name(settings: Settings, generation: str) -> str:
    """Chroma collection of one generation."""
    return f"{settings.chroma.collection_prefix}_{generation.replace('-', '_')}"


def client_for(settings: Settings, gen_dir: Path) -> Any:
    """The Chroma client of a generation (its folder, or the server in http mode)."""
    c = settings.chroma
    return open_client(c.mode, gen_dir / "chroma", c.host, c.port)


def is_complete(gen_dir: Path) -> bool:
    """A generation whose manifest (written last) is there and parses."""
    try:
        data = json.loads((gen_dir / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and isinstance(data.get("chunks"), int)


def named_generation(index_dir: Path) -> str:
    """What CURRENT says ("" when it is missing, empty or not a generation's name)."""
    try:
        gen = (index_dir / CURRENT).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return ""
    return gen if re.fullmatch(r"gen-\d{4,}", gen) else ""


def current_generation(index_dir: Path) -> str | None:
    """The generation CURRENT names if it is complete; else (CURRENT empty, damaged, or naming
    a generation that is gone or broken) the newest complete one, rather than none."""
    gen = named_generation(index_dir)
    if gen and is_complete(index_dir / gen):
        return gen
    gens = sorted((p for p in index_dir.glob("gen-*") if p.is_dir()), reverse=True)
    fallback = next((p.name for p in gens if is_complete(p)), None)
    if fallback and (index_dir / CURRENT).exists():
        log.warning("CURRENT names %r, which is not a complete index; using %s", gen, fallback)
    return fallback


def read_manifest(gen_dir: Path) -> dict[str, Any]:
    """A generation's manifest; a clear error when it does not read."""
    try:
        data: dict[str, Any] = json.loads((gen_dir / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        raise IndexMissingError(
            f"index at {gen_dir} is damaged (manifest unreadable); run: python -m index build"
        ) from None
    return data


def chunk_to_json(chunk: Chunk, folded: str, chash: str) -> str:
    """A chunk as one line of chunks.jsonl, with its folded text and hash."""
    d = asdict(chunk)
    d["spans"] = [
        [s.start, s.end, s.line_start, s.line_end, s.page, s.rstart, s.rend] for s in chunk.spans
    ]
    d["folded"] = folded
    d["hash"] = chash
    return json.dumps(d, ensure_ascii=False)


def chunk_from_json(line: str) -> tuple[Chunk, str, str]:
    """A stored chunk with its folded text and hash."""
    d = json.loads(line)
    spans = tuple(Span(*s) for s in d.pop("spans"))
    folded = d.pop("folded")
    chash = d.pop("hash")
    return Chunk(spans=spans, **d), folded, chash


def next_generation(index_dir: Path) -> str:
    """The name of the next generation (gen-0001, gen-0002, …)."""
    nums = [int(p.name[4:]) for p in index_dir.glob("gen-*") if p.name[4:].isdigit()]
    return f"gen-{(max(nums) + 1) if nums else 1:04d}"


_LEASE = ".in-use"


def lease(gen_dir: Path) -> IO[str] | None:
    """A shared lock on a generation, held by a process serving from it (released when the
    file closes, or the process dies): builds do not delete a generation in use."""
    try:
        fh = (gen_dir / _LEASE).open("a")
    except OSError:
        return None
    fcntl.flock(fh, fcntl.LOCK_SH)
    return fh


def in_use(gen_dir: Path) -> bool:
    """True when a running server holds a lease on the generation."""
    try:
        with (gen_dir / _LEASE).open("a") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            fcntl.flock(fh, fcntl.LOCK_UN)
    except BlockingIOError:
        return True
    except OSError:
        return False
    return False


def _cleanup(index_dir: Path, keep: int, current: str, settings: Settings) -> None:
    """Remove incomplete generations and complete ones beyond `keep`; a generation a running
    server still uses stays (a later cleanup, or `python -m index doctor`, removes it)."""
    gens = sorted(p for p in index_dir.glob("gen-*") if p.is_dir())
    complete = [p for p in gens if is_complete(p)]
    stale = [p for p in gens if p not in complete and p.name != current]
    old = [p for p in complete if p.name != current][: max(0, len(complete) - max(1, keep))]
    for p in stale + old:
        if in_use(p):
            log.info("generation %s is still in use by a running server; kept for now", p.name)
            continue
        if settings.chroma.mode == "http":
            with contextlib.suppress(Exception):  # already gone on the server
                client_for(settings, p).delete_collection(collection_name(settings, p.name))
        shutil.rmtree(p, ignore_errors=True)


def verify_generation(settings: Settings, gen: str, model: str) -> str:
    """What is wrong with a generation ("" when nothing): its manifest, chunk list, report
    list and BM25 load, and its vector store opens with as many vectors as chunks."""
    try:
        index = _load_generation(settings, gen, model)
    except HbcError as exc:
        return str(exc)
    try:
        stored = index.store.count()
    except Exception as exc:  # chromadb raises its own error types
        return f"vector store unreadable ({type(exc).__name__})"
    finally:
        index.release()
    if stored != len(index.chunks):
        return f"vector store holds {stored} vectors for {len(index.chunks)} chunks"
    return ""


def activate_generation(settings: Settings, gen: str) -> None:
    """Point CURRENT at a complete generation (one atomic rename), then drop old ones."""
    index_dir = settings.path(settings.index.dir)
    if not (index_dir / gen / "manifest.json").exists():
        raise IndexMissingError(f"generation {gen} is incomplete; run: python -m index build")
    marker_tmp = index_dir / (CURRENT + ".tmp")
    marker_tmp.write_text(gen, encoding="utf-8")
    os.replace(marker_tmp, index_dir / CURRENT)
    _cleanup(index_dir, settings.index.keep_generations, gen, settings)


@dataclass
class LoadedIndex:
    """Everything a query needs, loaded once: chunks, reports, BM25 and the Chroma collection."""

    generation: str
    chunks: list[Chunk]
    folded: list[str]
    reports: dict[str, Report]
    bm25: Bm25Index
    store: ChunkStore
    position: dict[str, int]
    lease: IO[str] | None = None  # held while this generation serves (see `lease`)
    directory: Path | None = None  # the generation's folder (its facts.jsonl)
    # the tables read on first use and shared by every answerer (read once, never changed)
    _facts: list[Fact] | None = field(default=None, init=False, repr=False, compare=False)
    _docrefs: list[DocRef] | None = field(default=None, init=False, repr=False, compare=False)
    _vocabulary: frozenset[str] | None = field(default=None, init=False, repr=False, compare=False)

    def vocabulary(self) -> frozenset[str]:
        """The words the reports use (every chunk's folded tokens), read once."""
        if self._vocabulary is None:
            self._vocabulary = frozenset(t for text in self.folded for t in tokenize(text))
        return self._vocabulary

    def facts(self) -> list[Fact]:
        """The generation's fact table (index/facts.py), read once: from its facts.jsonl,
        built from its chunks when an older generation lacks one."""
        if self._facts is None:
            self._facts = (
                build_facts(self.reports.values(), self.chunks)
                if self.directory is None
                else load_facts(self.directory, self.reports.values(), self.chunks)
            )
        return self._facts

    def docrefs(self) -> list[DocRef]:
        """The generation's document references (index/docrefs.py), read once: from its
        docrefs.jsonl, built from its chunks when an older generation lacks one."""
        if self._docrefs is None:
            self._docrefs = load_docrefs(self.directory, self.reports.values(), self.chunks)
        return self._docrefs

    def release(self) -> None:
        """Let builds delete this generation (it no longer serves)."""
        if self.lease is not None:
            self.lease.close()
            self.lease = None


def load_index(settings: Settings, embedder_name: str) -> LoadedIndex:
    """Open the CURRENT generation; a clear error when there is none or it is damaged."""
    index_dir = settings.path(settings.index.dir)
    gen = current_generation(index_dir)
    if gen is None:
        raise IndexMissingError(f"no index at {index_dir}; run: python -m index build")
    index = _load_generation(settings, gen, embedder_name)
    index.lease = lease(index_dir / gen)
    return index


def _load_generation(settings: Settings, gen: str, embedder_name: str) -> LoadedIndex:
    gen_dir = settings.path(settings.index.dir) / gen
    manifest = read_manifest(gen_dir)
    try:
        chunks: list[Chunk] = []
        folded: list[str] = []
        with (gen_dir / "chunks.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                c, f, _ = chunk_from_json(line)
                chunks.append(c)
                folded.append(f)
        reports = {
            d["id"]: Report(**d)
            for d in json.loads((gen_dir / "reports.json").read_text(encoding="utf-8"))
        }
        bm25 = Bm25Index.load(gen_dir / "bm25")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise IndexMissingError(
            f"index at {gen_dir} is damaged ({type(exc).__name__}); run: python -m index build"
        ) from None
    if len(chunks) != manifest.get("chunks"):
        raise IndexMissingError(f"index at {gen_dir} is incomplete; run: python -m index build")
    try:
        store = ChunkStore.open(
            client_for(settings, gen_dir), collection_name(settings, gen), embedder_name
        )
    except HbcError:
        raise
    except Exception as exc:  # chromadb's own errors: a damaged chroma.sqlite3
        raise IndexMissingError(
            f"index at {gen_dir} is damaged (vector store: {type(exc).__name__}); "
            "run: python -m index build"
        ) from None
    return LoadedIndex(
        generation=gen, chunks=chunks, folded=folded, reports=reports, bm25=bm25, store=store,
        position={c.id: i for i, c in enumerate(chunks)}, directory=gen_dir,
    )  # fmt: skip
