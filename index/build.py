"""Incremental, atomic index builds: each build writes a new generation, then switches CURRENT.

A killed build leaves CURRENT pointing at the previous, complete generation. Unchanged chunks
(same embedded text, same model) take their vectors from the previous generation.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import hashlib
import json
import logging
import os
import re
import shutil
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any

import numpy as np

from index.chunk import Chunk, Span, chunk_report, dense_text, embed_text
from index.embed import Embedder, Vectors
from index.errors import CorpusError, HbcError, IndexMissingError
from index.facts import Fact, build_facts, load_facts, write_facts
from index.lexical import Bm25Index
from index.metadata import Report, read_report_text, readable_report, sync_metadata
from index.restore import Restorer, is_damaged, marked_share, restorer
from index.settings import IngestSettings, Settings
from index.store import ChunkStore, open_client

log = logging.getLogger(__name__)


@functools.cache
def pipeline_version() -> str:
    """Hash of the code that turns text into chunks and tokens: a change re-chunks everything."""
    here = Path(__file__).parent
    parts = [
        (here / f).read_text(encoding="utf-8")
        for f in ("normalize.py", "chunk.py", "lexical.py", "facts.py")
    ]
    parts += [p.read_text(encoding="utf-8") for p in sorted(here.glob("restore*.py"))]
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


def _complete(gen_dir: Path) -> bool:
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
    if gen and _complete(index_dir / gen):
        return gen
    gens = sorted((p for p in index_dir.glob("gen-*") if p.is_dir()), reverse=True)
    fallback = next((p.name for p in gens if _complete(p)), None)
    if fallback and (index_dir / CURRENT).exists():
        log.warning("CURRENT names %r, which is not a complete index; using %s", gen, fallback)
    return fallback


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


def _next_generation(index_dir: Path) -> str:
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
    complete = [p for p in gens if _complete(p)]
    stale = [p for p in gens if p not in complete and p.name != current]
    old = [p for p in complete if p.name != current][: max(0, len(complete) - max(1, keep))]
    for p in stale + old:
        if in_use(p):
            log.info("generation %s is still in use by a running server; kept for now", p.name)
            continue
        if settings.chroma.mode == "http":
            with contextlib.suppress(Exception):  # already gone on the server
                _client_for(settings, p).delete_collection(collection_name(settings, p.name))
        shutil.rmtree(p, ignore_errors=True)


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
    old_manifest = _read_manifest(index_dir / old_gen) if old_gen else {}
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

    gen = _next_generation(index_dir)
    gen_dir = index_dir / gen
    gen_dir.mkdir(parents=True)
    client = _connect(settings, gen_dir)  # before the slow part: a server down fails fast
    by_id = {r.id: r for r in reports}
    chunks, fixer, damaged = _chunk_corpus(settings, reports, texts, progress)
    folded = [embed_text(by_id[c.report_id], c) for c in chunks]
    dense = [dense_text(by_id[c.report_id], c, settings.retrieval.dense_text) for c in chunks]
    hashes = [_hash(embedder.name, f) for f in dense]
    vectors, embedded, reused = _chunk_vectors(
        settings, embedder, chunks, folded, dense, hashes, old_hashes, old_store, progress
    )

    store = ChunkStore.create(client, collection_name(settings, gen), embedder.name, embedder.dim)
    _store_chunks(store, by_id, chunks, vectors, hashes)
    Bm25Index.build(folded).save(gen_dir / "bm25")
    _write_chunks(gen_dir, chunks, folded, hashes)
    shown = _write_reports(gen_dir, reports, texts, fixer, damaged)
    write_facts(gen_dir, shown, chunks)  # the fact table (index/facts.py)
    _write_manifest(gen_dir, gen, embedder, len(chunks), report_hashes, fixer)
    if activate:
        activate_generation(settings, gen)
    return BuildStats(gen, len(reports), len(chunks), embedded, reused,
                      time.perf_counter() - t0, up_to_date=False)  # fmt: skip


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
        return _client_for(settings, gen_dir)
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
            fh.write(_chunk_to_json(c, f, h) + "\n")


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
    names = [p.name for p in sorted(index_dir.glob("gen-*"), reverse=True) if _complete(p)]
    if first in names:
        names.remove(first)
        names.insert(0, first)
    for gen in names:
        if _read_manifest(index_dir / gen).get("embedding_model") != model:
            continue
        hashes: dict[str, str] = {}
        try:
            store = ChunkStore.open(
                _client_for(settings, index_dir / gen), collection_name(settings, gen), model
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

    def facts(self) -> list[Fact]:
        """The generation's fact table (index/facts.py): read from its facts.jsonl, built from
        its chunks when an older generation lacks one."""
        if self.directory is None:
            return build_facts(self.reports.values(), self.chunks)
        return load_facts(self.directory, self.reports.values(), self.chunks)

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
    try:
        store = ChunkStore.open(
            _client_for(settings, gen_dir), collection_name(settings, gen), embedder_name
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
