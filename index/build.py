"""Incremental, atomic index builds: each build writes a new generation, then switches CURRENT.

A killed build leaves CURRENT pointing at the previous, complete generation. Unchanged chunks
(same embedded text, same model) take their vectors from the previous generation.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from index.chunk import Chunk, Span, chunk_report, embed_text
from index.embed import Embedder
from index.errors import IndexMissingError
from index.lexical import Bm25Index
from index.metadata import Report, read_report_text, sync_metadata
from index.settings import Settings
from index.store import ChunkStore, open_client

log = logging.getLogger(__name__)


@functools.cache
def pipeline_version() -> str:
    """Hash of the code that turns text into chunks and tokens: a change re-chunks everything."""
    here = Path(__file__).parent
    parts = [
        (here / f).read_text(encoding="utf-8") for f in ("normalize.py", "chunk.py", "lexical.py")
    ]
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()[:12]


CURRENT = "CURRENT"
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class BuildStats:
    """What a build did and how long it took."""

    generation: str
    reports: int
    chunks: int
    embedded: int
    reused: int
    seconds: float
    up_to_date: bool


def _hash(*parts: str) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()[:20]


def collection_name(settings: Settings, generation: str) -> str:
    """Chroma collection of one generation."""
    return f"{settings.chroma.collection_prefix}_{generation.replace('-', '_')}"


def _client_for(settings: Settings, gen_dir: Path) -> Any:
    c = settings.chroma
    return open_client(c.mode, gen_dir / "chroma", c.host, c.port)


def current_generation(index_dir: Path) -> str | None:
    """The generation CURRENT names, if it is complete."""
    marker = index_dir / CURRENT
    if not marker.exists():
        return None
    gen = marker.read_text(encoding="utf-8").strip()
    if not gen or not (index_dir / gen / "manifest.json").exists():
        return None
    return gen


def _read_manifest(gen_dir: Path) -> dict[str, Any]:
    try:
        data: dict[str, Any] = json.loads((gen_dir / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        raise IndexMissingError(
            f"index at {gen_dir} is damaged (manifest unreadable); run: python -m index build"
        ) from None
    return data


def _chunk_to_json(chunk: Chunk, folded: str, chash: str) -> str:
    d = asdict(chunk)
    d["spans"] = [[s.start, s.end, s.line_start, s.line_end, s.page] for s in chunk.spans]
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


def _next_generation(index_dir: Path) -> str:
    nums = [int(p.name[4:]) for p in index_dir.glob("gen-*") if p.name[4:].isdigit()]
    return f"gen-{(max(nums) + 1) if nums else 1:04d}"


def _cleanup(index_dir: Path, keep: int, current: str, settings: Settings) -> None:
    """Remove incomplete generations and complete ones beyond `keep`."""
    gens = sorted(p for p in index_dir.glob("gen-*") if p.is_dir())
    complete = [p for p in gens if (p / "manifest.json").exists()]
    stale = [p for p in gens if p not in complete and p.name != current]
    old = [p for p in complete if p.name != current][: max(0, len(complete) - max(1, keep))]
    for p in stale + old:
        if settings.chroma.mode == "http":
            with contextlib.suppress(Exception):  # already gone on the server
                _client_for(settings, p).delete_collection(collection_name(settings, p.name))
        shutil.rmtree(p, ignore_errors=True)


def load_corpus(settings: Settings) -> list[tuple[Report, str]]:
    """Every report in corpus/ with its text (metadata of new files extracted and saved)."""
    corpus_dir = settings.path(settings.corpus.dir)
    reports = sync_metadata(corpus_dir, settings.path(settings.corpus.metadata))
    return [(r, read_report_text(corpus_dir / r.file)) for r in reports]


def build_index(
    settings: Settings,
    embedder: Embedder,
    force: bool = False,
    progress: Progress | None = None,
    corpus: list[tuple[Report, str]] | None = None,
    activate: bool = True,
) -> BuildStats:
    """Build or update the index from corpus/ (or the given reports); a no-op when unchanged.

    With activate=False the new generation is complete on disk but CURRENT still names the old
    one: `index.ingest` switches only once the corpus change is committed.
    """
    t0 = time.perf_counter()
    index_dir = settings.path(settings.index.dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    if corpus is None:
        corpus = load_corpus(settings)
    reports = [r for r, _ in corpus]
    texts = {r.id: text for r, text in corpus}
    config_key = f"{pipeline_version()}|{settings.index.chunk_chars}|{embedder.name}"
    report_hashes = {
        r.id: _hash(config_key, texts[r.id], json.dumps(asdict(r), sort_keys=True)) for r in reports
    }

    old_gen = current_generation(index_dir)
    old_manifest = _read_manifest(index_dir / old_gen) if old_gen else {}
    if (
        old_gen
        and not force
        and old_manifest.get("report_hashes") == report_hashes
        and old_manifest.get("embedding_model") == embedder.name
    ):
        return BuildStats(old_gen, len(reports), int(old_manifest.get("chunks", 0)), 0, 0,
                          time.perf_counter() - t0, up_to_date=True)  # fmt: skip

    # Reusable vectors: same chunk id and same embedded-text hash in the previous generation.
    old_hashes: dict[str, str] = {}
    old_store: ChunkStore | None = None
    if old_gen and old_manifest.get("embedding_model") == embedder.name and not force:
        with (index_dir / old_gen / "chunks.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                chunk, _, chash = chunk_from_json(line)
                old_hashes[chunk.id] = chash
        try:
            old_store = ChunkStore.open(
                _client_for(settings, index_dir / old_gen),
                collection_name(settings, old_gen),
                embedder.name,
            )
        except IndexMissingError:
            old_hashes, old_store = {}, None

    gen = _next_generation(index_dir)
    gen_dir = index_dir / gen
    gen_dir.mkdir(parents=True)
    try:  # connect before the slow part: a Chroma server that is down fails fast
        client = _client_for(settings, gen_dir)
    except IndexMissingError:
        shutil.rmtree(gen_dir, ignore_errors=True)
        raise
    by_id = {r.id: r for r in reports}
    chunks: list[Chunk] = []
    for r in reports:
        chunks.extend(chunk_report(r, texts[r.id], settings.index.chunk_chars))
    folded = [embed_text(by_id[c.report_id], c) for c in chunks]
    hashes = [_hash(embedder.name, f) for f in folded]

    vectors = np.zeros((len(chunks), embedder.dim), dtype=np.float32)
    reuse_ids = [c.id for c, h in zip(chunks, hashes, strict=True) if old_hashes.get(c.id) == h]
    reused = old_store.vectors(reuse_ids) if old_store else {}
    todo = [i for i, c in enumerate(chunks) if c.id not in reused]
    todo.sort(key=lambda i: len(folded[i]))  # similar lengths share a batch: little padding
    for i, c in enumerate(chunks):
        if c.id in reused:
            vectors[i] = reused[c.id]
    batch = max(1, settings.embedding.batch_size)
    for done in range(0, len(todo), batch):
        idx = todo[done : done + batch]
        vectors[idx] = embedder.embed_documents([folded[i] for i in idx])
        if progress:
            progress("embed", min(done + batch, len(todo)), len(todo))

    store = ChunkStore.create(client, collection_name(settings, gen), embedder.name, embedder.dim)
    metas = [
        {"report_id": c.report_id, "province": by_id[c.report_id].province,
         "year": by_id[c.report_id].year, "position": c.position}
        for c in chunks
    ]  # fmt: skip
    store.add([c.id for c in chunks], vectors, metas)
    Bm25Index.build(folded).save(gen_dir / "bm25")
    with (gen_dir / "chunks.jsonl").open("w", encoding="utf-8") as fh:
        for c, f, h in zip(chunks, folded, hashes, strict=True):
            fh.write(_chunk_to_json(c, f, h) + "\n")
    (gen_dir / "reports.json").write_text(
        json.dumps([asdict(r) for r in reports], ensure_ascii=False, indent=1), encoding="utf-8"
    )
    manifest = {
        "generation": gen,
        "embedding_model": embedder.name,
        "dim": embedder.dim,
        "chunks": len(chunks),
        "report_hashes": report_hashes,
        "pipeline_version": pipeline_version(),
        "created": time.strftime("%Y-%m-%dT%H:%M:%S"),
    }
    # The manifest is written last: its presence marks the generation complete.
    tmp = gen_dir / "manifest.json.tmp"
    tmp.write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    tmp.replace(gen_dir / "manifest.json")
    if activate:
        activate_generation(settings, gen)
    return BuildStats(gen, len(reports), len(chunks), len(todo), len(reused),
                      time.perf_counter() - t0, up_to_date=False)  # fmt: skip


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


def load_index(settings: Settings, embedder_name: str) -> LoadedIndex:
    """Open the CURRENT generation; a clear error when there is none or it is damaged."""
    index_dir = settings.path(settings.index.dir)
    gen = current_generation(index_dir)
    if gen is None:
        raise IndexMissingError(f"no index at {index_dir}; run: python -m index build")
    gen_dir = index_dir / gen
    manifest = _read_manifest(gen_dir)
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
    store = ChunkStore.open(
        _client_for(settings, gen_dir), collection_name(settings, gen), embedder_name
    )
    return LoadedIndex(
        generation=gen, chunks=chunks, folded=folded, reports=reports, bm25=bm25, store=store,
        position={c.id: i for i, c in enumerate(chunks)},
    )  # fmt: skip
