"""Incremental, atomic index builds: each build writes a new generation, then switches CURRENT.

A killed build leaves CURRENT pointing at the previous, complete generation. Unchanged chunks
(same embedded text, same model) take their vectors from the previous generation.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import shutil
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from core.errors import CorpusError, IndexMissingError
from core.settings import IngestSettings, Settings
from index.chunk import Chunk, carried, chunk_report, dense_text, embed_text
from index.docrefs import write_docrefs
from index.embed import Embedder, Vectors
from index.facts import write_facts
from index.generations import (
    activate_generation,
    chunk_from_json,
    chunk_to_json,
    client_for,
    collection_name,
    current_generation,
    is_complete,
    named_generation,
    next_generation,
    read_manifest,
    verify_generation,
)
from index.lexical import Bm25Index
from index.metadata import Report, read_report_text, readable_report, sync_metadata
from index.restore import Restorer, is_damaged, restorer
from index.restore_evidence import marked_share
from index.store import ChunkStore

log = logging.getLogger(__name__)


@functools.cache
def pipeline_version() -> str:
    """Hash of the code that turns text into chunks and tokens: a change re-chunks everything."""
    root = Path(__file__).resolve().parent.parent
    files = (
        "normalize.py",
        "chunk.py",
        "lexical.py",
        "facts.py",
        "clause_tokens.py",
        "docrefs.py",
        "rows.py",
    )
    paths = [root / "index" / f for f in files] + [root / "core" / "text.py"]  # fold, numbers
    paths += sorted((root / "index").glob("restore*.py"))
    parts = [p.read_text(encoding="utf-8") for p in paths]
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()[:12]


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


def check_chunk_limits(report: Report, chunks: list[Chunk], cfg: IngestSettings) -> None:
    """Refuse a report that would make too many chunks, or a chunk far over its size (a
    passage without sentence ends): each chunk is embedded and scored, a huge one for minutes."""
    if len(chunks) > cfg.max_chunks:
        raise CorpusError(
            f"report {report.id} makes {len(chunks):,} chunks; the limit is {cfg.max_chunks:,} "
            "([ingest].max_chunks): split the report, or raise the limit"
        )
    longest = max((len(c.text) for c in chunks), default=0)
    if longest > cfg.max_chunk_chars:
        raise CorpusError(
            f"report {report.id} has a passage of {longest:,} characters without a sentence end; "
            f"the limit is {cfg.max_chunk_chars:,} ([ingest].max_chunk_chars)"
        )


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
    report_hashes = _report_hashes(settings, embedder, reports, texts)
    old_gen = current_generation(index_dir)
    old_manifest = read_manifest(index_dir / old_gen) if old_gen else {}
    if old_gen and not force:
        kept = _intact_current(settings, embedder, old_gen, old_manifest, report_hashes, activate)
        if kept is not None:
            return BuildStats(old_gen, len(reports), kept, 0, 0, time.perf_counter() - t0,
                              up_to_date=True)  # fmt: skip

    # Reusable vectors: same chunk id and same embedded-text hash in an earlier generation
    # whose store is intact (the current one, else the newest other).
    old_hashes: dict[str, str] = {}
    old_store: ChunkStore | None = None
    if not force:
        old_hashes, old_store = _reusable(settings, index_dir, old_gen, embedder.name)

    gen = next_generation(index_dir)
    gen_dir = index_dir / gen
    gen_dir.mkdir(parents=True)
    client = _connect(settings, gen_dir)  # before the slow part: a server down fails fast
    by_id = {r.id: r for r in reports}
    chunks, fixer, damaged = _chunk_corpus(settings, reports, texts, progress)
    folded, dense = _index_texts(by_id, chunks, settings.retrieval.dense_text)
    hashes = [_hash(embedder.name, f) for f in dense]
    vectors, embedded, reused = _chunk_vectors(
        settings, embedder, chunks, folded, dense, hashes, old_hashes, old_store, progress
    )

    store = ChunkStore.create(client, collection_name(settings, gen), embedder.name, embedder.dim)
    _store_chunks(store, by_id, chunks, vectors, hashes)
    Bm25Index.build(folded).save(gen_dir / "bm25")
    _write_chunks(gen_dir, chunks, folded, hashes)
    shown = _write_reports(gen_dir, reports, texts, fixer, damaged)
    _write_tables(gen_dir, shown, chunks)
    _write_manifest(gen_dir, gen, embedder, len(chunks), report_hashes, fixer)
    if activate:
        activate_generation(settings, gen)
    return BuildStats(gen, len(reports), len(chunks), embedded, reused,
                      time.perf_counter() - t0, up_to_date=False)  # fmt: skip


def _index_texts(
    by_id: dict[str, Report], chunks: list[Chunk], form: str
) -> tuple[list[str], list[str]]:
    """What BM25 and the dense embedder see of each chunk: its own text with what its opening
    list items hang from in the chunk before it (`carried`), not in its quotes."""
    at = {(c.report_id, c.position): c for c in chunks}
    leads = [carried(at.get((c.report_id, c.position - 1)), c) for c in chunks]
    folded = [
        embed_text(by_id[c.report_id], c, raw) for c, (raw, _) in zip(chunks, leads, strict=True)
    ]
    dense = [
        dense_text(by_id[c.report_id], c, form, raw if form == "folded" else shown)
        for c, (raw, shown) in zip(chunks, leads, strict=True)
    ]
    return folded, dense


def _write_tables(gen_dir: Path, reports: list[Report], chunks: list[Chunk]) -> None:
    """The tables read from the chunks: the fact table (index/facts.py) and the documents the
    reports name (index/docrefs.py)."""
    write_facts(gen_dir, reports, chunks)
    write_docrefs(gen_dir, reports, chunks)


def _report_hashes(
    settings: Settings, embedder: Embedder, reports: list[Report], texts: dict[str, str]
) -> dict[str, str]:
    """Each report's hash over its text, its metadata and everything that shapes its chunks
    and vectors (pipeline version, chunk size, model, dense text): a change rebuilds."""
    config_key = (
        f"{pipeline_version()}|{settings.index.chunk_chars}|{embedder.name}"
        f"|{settings.retrieval.dense_text}"
    )
    return {
        r.id: _hash(config_key, texts[r.id], json.dumps(asdict(r), sort_keys=True)) for r in reports
    }


def _intact_current(
    settings: Settings, embedder: Embedder, old_gen: str, old_manifest: dict[str, Any],
    report_hashes: dict[str, str], activate: bool,
) -> int | None:  # fmt: skip
    """The chunk count of the current generation when it was built from these reports with
    this model and still loads (CURRENT named again if it was broken), else None."""
    index_dir = settings.path(settings.index.dir)
    if (
        old_manifest.get("report_hashes") != report_hashes
        or old_manifest.get("embedding_model") != embedder.name
    ):
        return None
    # Up to date only if it also loads: a damaged store, chunk list or BM25 is rebuilt.
    damage = verify_generation(settings, old_gen, embedder.name)
    if damage:
        log.warning("index %s is damaged (%s); rebuilding it", old_gen, damage)
        return None
    if activate and named_generation(index_dir) != old_gen:  # CURRENT was broken
        activate_generation(settings, old_gen)
    return int(old_manifest.get("chunks", 0))


def _chunk_corpus(
    settings: Settings, reports: list[Report], texts: dict[str, str], progress: Progress | None
) -> tuple[list[Chunk], Restorer | None, set[str]]:
    """Every report's chunks (size-checked), the restorer of OCR damage if any report needs
    it, and the ids of those damaged reports."""
    # OCR-damaged reports get a restored reading (quotes, sections, the dense side); the
    # clean ones teach the restorer's language model the reports' own wording.
    damaged = {r.id for r in reports if is_damaged(texts[r.id])}
    fixer: Restorer | None = None
    if damaged:
        fixer = restorer(tuple(texts[r.id] for r in reports if r.id not in damaged))
    chunks: list[Chunk] = []
    for i, r in enumerate(reports):
        use = fixer if r.id in damaged else None
        made = chunk_report(r, texts[r.id], settings.index.chunk_chars, use)
        check_chunk_limits(r, made, settings.ingest)
        chunks.extend(made)
        if progress:
            progress("chunk", i + 1, len(reports))
    return chunks, fixer, damaged


def _chunk_vectors(
    settings: Settings, embedder: Embedder, chunks: list[Chunk], folded: list[str],
    dense: list[str], hashes: list[str], old_hashes: dict[str, str],
    old_store: ChunkStore | None, progress: Progress | None,
) -> tuple[np.ndarray, int, int]:  # fmt: skip
    """The chunks' vectors: reused from `old_store` where the chunk id and embedded-text hash
    match, embedded otherwise; with how many were embedded and how many reused."""
    vectors = np.zeros((len(chunks), embedder.dim), dtype=np.float32)
    reuse_ids = [c.id for c, h in zip(chunks, hashes, strict=True) if old_hashes.get(c.id) == h]
    reused: dict[str, Vectors] = {}
    if old_store is not None:
        try:
            reused = old_store.vectors(reuse_ids)
        except Exception as exc:  # a damaged store: embed again rather than fail
            log.warning("cannot reuse vectors (%s); embedding them again", type(exc).__name__)
    todo = [i for i, c in enumerate(chunks) if c.id not in reused]
    todo.sort(key=lambda i: len(folded[i]))  # similar lengths share a batch: little padding
    for i, c in enumerate(chunks):
        if c.id in reused:
            vectors[i] = reused[c.id]
    batch = max(1, settings.embedding.batch_size)
    for done in range(0, len(todo), batch):
        idx = todo[done : done + batch]
        vectors[idx] = embedder.embed_documents([dense[i] for i in idx])
        if progress:
            progress("embed", min(done + batch, len(todo)), len(todo))
    return vectors, len(todo), len(reused)


def _connect(settings: Settings, gen_dir: Path) -> Any:
    """The Chroma client for a new generation; its folder is removed if none connects."""
    try:
        return client_for(settings, gen_dir)
    except IndexMissingError:
        shutil.rmtree(gen_dir, ignore_errors=True)
        raise


def _store_chunks(
    store: ChunkStore, by_id: dict[str, Report], chunks: list[Chunk], vectors: np.ndarray,
    hashes: list[str],
) -> None:  # fmt: skip
    """Add the chunks' vectors to the store, with the metadata filters and scoring use."""
    metas = [
        {"report_id": c.report_id, "province": by_id[c.report_id].province,
         "year": by_id[c.report_id].year, "position": c.position, "hash": h}
        for c, h in zip(chunks, hashes, strict=True)
    ]  # fmt: skip
    store.add([c.id for c in chunks], vectors, metas)


def _write_reports(
    gen_dir: Path, reports: list[Report], texts: dict[str, str], fixer: Restorer | None,
    damaged: set[str],
) -> list[Report]:  # fmt: skip
    """reports.json: what people read of each report (an OCR'd report's title, agency and
    signer restored, originals beside); returns those reports."""
    shown = [
        readable_report(r, fixer, marked_share(texts[r.id])) if fixer and r.id in damaged else r
        for r in reports
    ]
    (gen_dir / "reports.json").write_text(
        json.dumps([asdict(r) for r in shown], ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return shown


def _write_chunks(gen_dir: Path, chunks: list[Chunk], folded: list[str], hashes: list[str]) -> None:
    """chunks.jsonl: each chunk with its folded text and embedded-text hash."""
    with (gen_dir / "chunks.jsonl").open("w", encoding="utf-8") as fh:
        for c, f, h in zip(chunks, folded, hashes, strict=True):
            fh.write(chunk_to_json(c, f, h) + "\n")


def _write_manifest(
    gen_dir: Path, gen: str, embedder: Embedder, chunks: int, report_hashes: dict[str, str],
    fixer: Restorer | None,
) -> None:  # fmt: skip
    """The generation's manifest, written last: its presence marks the generation complete."""
    manifest = {
        "generation": gen,
        "embedding_model": embedder.name,
        "dim": embedder.dim,
        "chunks": chunks,
        "report_hashes": report_hashes,
        "pipeline_version": pipeline_version(),
        "restorer_version": fixer.version if fixer else "",
        "created": time.strftime("%Y-%m-%dT%H:%M:%S"),
    }
    tmp = gen_dir / "manifest.json.tmp"
    tmp.write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    tmp.replace(gen_dir / "manifest.json")


def _reusable(
    settings: Settings, index_dir: Path, first: str | None, model: str
) -> tuple[dict[str, str], ChunkStore | None]:
    """Chunk hashes and the store of the newest generation (CURRENT's first) built with
    `model` whose chunk list reads and whose store opens with as many vectors."""
    names = [p.name for p in sorted(index_dir.glob("gen-*"), reverse=True) if is_complete(p)]
    if first in names:
        names.remove(first)
        names.insert(0, first)
    for gen in names:
        if read_manifest(index_dir / gen).get("embedding_model") != model:
            continue
        hashes: dict[str, str] = {}
        try:
            store = ChunkStore.open(
                client_for(settings, index_dir / gen), collection_name(settings, gen), model
            )
            try:
                with (index_dir / gen / "chunks.jsonl").open(encoding="utf-8") as fh:
                    for line in fh:
                        chunk, _, chash = chunk_from_json(line)
                        hashes[chunk.id] = chash
            except (OSError, ValueError, KeyError, TypeError):
                hashes = store.hashes()  # the chunk list is damaged; the store knows them
            if store.count() != len(hashes):
                raise IndexMissingError("vector count differs from the chunk list")
        except Exception as exc:  # damaged files, chromadb's own errors: try the next one
            log.warning("cannot reuse vectors of %s (%s)", gen, type(exc).__name__)
            continue
        return hashes, store
    return {}, None
