"""Adding and removing reports as one transaction with the index build.

`add` and `remove` stage their corpus changes in `<corpus>/../.pending/`, build the new index
generation from the staged view without switching to it, then write COMMIT and apply: move the
staged files into the corpus, replace the metadata file, switch CURRENT. A crash or kill before
COMMIT leaves the corpus and the serving index untouched (the staging folder is thrown away by
the next command); after COMMIT the next command finishes the move (`recover`).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import re
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from core.errors import CorpusError
from core.settings import Settings
from core.text import fold
from index.build import BuildStats, build_index, check_chunk_limits, load_corpus
from index.chunk import chunk_report
from index.embed import Embedder
from index.extract import Extracted, extract
from index.generations import activate_generation
from index.metadata import (
    Report,
    canonical_province,
    check_report,
    extract_metadata,
    merge_metadata,
    metadata_lock,
    read_metadata,
    report_problems,
    write_metadata,
)
from index.normalize import normalize
from index.readers import ORIGINAL_SUFFIXES, reader_of

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]
EDITABLE = ("province", "agency", "number", "date", "year", "quarter", "period", "title", "signer")
_COMMIT = "COMMIT"
_BASE = "reports.base.toml"


@dataclass(frozen=True)
class Staged:
    """A file read and checked, ready to be added: its report metadata and text."""

    source: Path
    report: Report
    extracted: Extracted

    @property
    def problems(self) -> list[str]:
        """What a person must still correct in the metadata read from the file."""
        return report_problems(self.report)


@dataclass(frozen=True)
class Refused:
    """A file that will not be added, and why."""

    source: Path
    reason: str


@dataclass(frozen=True)
class Outcome:
    """What an add or remove did."""

    added: tuple[Report, ...]
    removed: tuple[str, ...]
    build: BuildStats | None


def _pending(settings: Settings) -> Path:
    return settings.path(settings.corpus.dir).parent / ".pending"


@contextlib.contextmanager
def corpus_lock(settings: Settings) -> Iterator[None]:
    """One add/remove/build at a time across processes (the web admin and the CLI)."""
    index_dir = settings.path(settings.index.dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    with (index_dir / ".lock").open("a") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise CorpusError(
                "another add, remove or build is running; try again when it is done"
            ) from None
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def recover(settings: Settings) -> str:
    """Finish or discard a transaction a crash left behind; says which ("" when none)."""
    pending = _pending(settings)
    if not pending.exists():
        return ""
    if (pending / _COMMIT).exists():
        _apply(settings, pending)
        return "finished an interrupted add/remove"
    shutil.rmtree(pending, ignore_errors=True)
    return "discarded an interrupted add/remove (nothing had changed)"


def content_key(text: str) -> str:
    """Hash of a report's folded text: the same report as TXT, DOCX or PDF hashes alike."""
    words = re.findall(r"[a-z0-9]+", fold(normalize(text.replace("\f", "\n")), repair=False))
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()


def _content_keys(settings: Settings, corpus: list[tuple[Report, str]]) -> list[str]:
    """content_key of every report, remembered by raw-text hash in the index folder: folding
    every report on each add would take minutes on a large corpus."""
    path = settings.path(settings.index.dir) / "content_keys.json"
    try:
        cache: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        cache = {}
    keys = []
    for _, text in corpus:
        raw = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if raw not in cache:
            cache[raw] = content_key(text)
        keys.append(cache[raw])
    with contextlib.suppress(OSError):  # only a cache
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(cache), encoding="utf-8")
        os.replace(tmp, path)
    return keys


def _same_document(a: Report, b: Report) -> bool:
    key = lambda r: (fold(r.number, repair=False), fold(r.agency, repair=False))  # noqa: E731
    return bool(a.number and a.agency) and key(a) == key(b)


def _new_id(stem: str, taken: set[str]) -> str:
    base = re.sub(r"[^A-Za-z0-9_.-]+", "_", stem).strip("._") or "report"
    rid, n = base, 2
    while rid in taken:
        rid, n = f"{base}_{n}", n + 1
    return rid


def stage(
    settings: Settings,
    paths: list[Path],
    overrides: dict[str, str] | None = None,
    any_language: bool = False,
    progress: Progress | None = None,
) -> tuple[list[Staged], list[Refused]]:
    """Read and check files: text, metadata (with overrides), duplicates. Changes nothing."""
    cfg = settings.ingest
    if any_language:
        cfg = replace(cfg, check_language=False)
    corpus = load_corpus(settings)
    known = {key: r for (r, _), key in zip(corpus, _content_keys(settings, corpus), strict=True)}
    reports = [r for r, _ in corpus]
    taken = {r.id for r in reports}
    staged: list[Staged] = []
    refused: list[Refused] = []
    for i, path in enumerate(paths):
        try:

            def pages(done: int, total: int, name: str = path.name) -> None:
                if progress:
                    progress(f"read {name}", done, total)

            extracted = extract(path, cfg, pages)
            key = content_key(extracted.text)
            if key in known:
                raise CorpusError(f"{path.name} is already in the corpus as {known[key].id}")
            rid = _new_id(path.stem, taken)
            ext = reader_of(extracted.kind).stored_as
            report = extract_metadata(rid, rid + ext, extracted.text)
            report = replace(report, source=path.name)
            if overrides:
                report = apply_overrides(report, overrides, check=False)
            check_chunk_limits(
                report, chunk_report(report, extracted.text, settings.index.chunk_chars), cfg
            )
            twin = next((r for r in reports if _same_document(report, r)), None)
            if twin is not None:
                raise CorpusError(
                    f"{path.name} has the number {report.number} of {report.agency}, like "
                    f"report {twin.id} already in the corpus; remove that one first if this "
                    "replaces it"
                )
        except CorpusError as exc:
            refused.append(Refused(path, str(exc)))
            continue
        known[key] = report
        reports.append(report)
        taken.add(rid)
        staged.append(Staged(path, report, extracted))
        if progress:
            progress("read", i + 1, len(paths))
    return staged, refused


def apply_overrides(report: Report, values: dict[str, str], check: bool = True) -> Report:
    """Report metadata with fields set by a person, checked: year/quarter whole numbers, a
    real yyyy-mm-dd date, quarter 1-4 (0: none), one of the 63 provinces (written with or
    without diacritics)."""
    changes: dict[str, object] = {}
    for key, raw in values.items():
        if key not in EDITABLE:
            raise CorpusError(f"unknown metadata field {key!r}; editable: {', '.join(EDITABLE)}")
        value = " ".join(str(raw).split())
        if key in {"year", "quarter"}:
            if not re.fullmatch(r"\d{1,4}", value or "0"):
                raise CorpusError(f"{key} must be a whole number")
            changes[key] = int(value or 0)
        elif key == "date" and value and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise CorpusError("date must be written yyyy-mm-dd")
        elif key == "province":
            changes[key] = canonical_province(value) or value
        else:
            changes[key] = value
    out = replace(report, **changes)  # type: ignore[arg-type]
    return check_report(out, "metadata") if check else out


def add(
    settings: Settings,
    embedder: Embedder,
    staged: list[Staged],
    progress: Progress | None = None,
) -> Outcome:
    """Add staged reports: keep originals, write texts and metadata, index, switch — atomically."""
    if not staged:
        return Outcome((), (), None)
    for s in staged:  # what the file gave, corrected by a person, must be valid by now
        check_report(s.report, s.source.name)
    with corpus_lock(settings):
        recover(settings)
        pending = _fresh_pending(settings)
        for s in staged:
            (pending / "reports" / s.report.file).write_text(s.extracted.text, encoding="utf-8")
            if reader_of(s.extracted.kind).keep_original:
                shutil.copy2(
                    s.source, pending / "originals" / f"{s.report.id}{s.source.suffix.lower()}"
                )
        base = load_corpus(settings)
        corpus = base + [(s.report, s.extracted.text) for s in staged]
        stats = _build_and_commit(settings, embedder, pending, base, corpus, [], progress)
        log.info("added %s", [s.report.id for s in staged])
    return Outcome(tuple(s.report for s in staged), (), stats)


def remove(
    settings: Settings,
    embedder: Embedder,
    report_ids: list[str],
    progress: Progress | None = None,
) -> Outcome:
    """Remove reports (text, original, metadata) and re-index — atomically."""
    with corpus_lock(settings):
        recover(settings)
        corpus = load_corpus(settings)
        ids = {r.id for r, _ in corpus}
        unknown = [rid for rid in report_ids if rid not in ids]
        if unknown:
            raise CorpusError(f"no report with id {', '.join(unknown)} (see: python -m index list)")
        if len(set(report_ids)) == len(ids):
            raise CorpusError("that would remove every report; the index needs at least one")
        pending = _fresh_pending(settings)
        corpus_dir = settings.path(settings.corpus.dir)
        originals = settings.path(settings.ingest.originals)
        doomed = [corpus_dir / r.file for r, _ in corpus if r.id in report_ids]
        doomed += [originals / f"{rid}{ext}" for rid in report_ids for ext in ORIGINAL_SUFFIXES]
        keep = [(r, t) for r, t in corpus if r.id not in report_ids]
        stats = _build_and_commit(settings, embedder, pending, corpus, keep, doomed, progress)
    return Outcome((), tuple(report_ids), stats)


def rebuild(
    settings: Settings, embedder: Embedder, force: bool = False, progress: Progress | None = None
) -> tuple[BuildStats, str]:
    """Build the index from corpus/ (after hand edits), under the lock and after finishing or
    discarding an interrupted add/remove; returns the stats and what recovery did ("" if none)."""
    with corpus_lock(settings):
        note = recover(settings)
        return build_index(settings, embedder, force=force, progress=progress), note


def _fresh_pending(settings: Settings) -> Path:
    pending = _pending(settings)
    shutil.rmtree(pending, ignore_errors=True)
    (pending / "reports").mkdir(parents=True)
    (pending / "originals").mkdir()
    return pending


def _build_and_commit(
    settings: Settings,
    embedder: Embedder,
    pending: Path,
    base: list[tuple[Report, str]],
    corpus: list[tuple[Report, str]],
    doomed: list[Path],
    progress: Progress | None,
) -> BuildStats:
    # The metadata as read and as it will be: at commit the change between the two is merged
    # into the file as it is then, so edits saved meanwhile are kept (`merge_metadata`).
    write_metadata(pending / _BASE, [r for r, _ in base])
    write_metadata(pending / "reports.toml", [r for r, _ in corpus])
    stats = build_index(settings, embedder, progress=progress, corpus=corpus, activate=False)
    plan = {"generation": stats.generation, "remove": [str(p) for p in doomed]}
    tmp = pending / (_COMMIT + ".tmp")
    tmp.write_text(json.dumps(plan), encoding="utf-8")
    os.replace(tmp, pending / _COMMIT)  # from here on the change happens, even after a crash
    _apply(settings, pending)
    return stats


def _merge_into(live: Path, ours_file: Path, base_file: Path) -> None:
    """Write our metadata change into the live file, merged field by field with what it holds
    now (an admin save or a hand edit made while the index was built)."""
    with metadata_lock(live):
        ours = read_metadata(ours_file)
        base = read_metadata(base_file) if base_file.exists() else {}
        try:
            current = read_metadata(live)
        except CorpusError as exc:  # a broken hand edit: kept aside, never silently lost
            aside = live.with_name(f"{live.name}.rejected-{time.strftime('%Y%m%d-%H%M%S')}")
            shutil.copy2(live, aside)
            log.warning("metadata file not merged (%s); it was kept as %s", exc, aside.name)
            current = {}
        merged = merge_metadata(base, ours, current)
        if merged != list(ours.values()):
            log.info(
                "metadata edits saved while the index was built are kept; re-index to use them"
            )
        write_metadata(live, merged)
    ours_file.unlink(missing_ok=True)


def _apply(settings: Settings, pending: Path) -> None:
    """Move a committed transaction into place; safe to run again after a crash part-way."""
    plan = json.loads((pending / _COMMIT).read_text(encoding="utf-8"))
    corpus_dir = settings.path(settings.corpus.dir)
    originals = settings.path(settings.ingest.originals)
    for sub, target in (("reports", corpus_dir), ("originals", originals)):
        staged = sorted((pending / sub).glob("*")) if (pending / sub).exists() else []
        if staged:
            target.mkdir(parents=True, exist_ok=True)
        for f in staged:
            os.replace(f, target / f.name)
    for p in plan["remove"]:
        Path(p).unlink(missing_ok=True)
    meta = pending / "reports.toml"
    if meta.exists():
        _merge_into(settings.path(settings.corpus.metadata), meta, pending / _BASE)
    activate_generation(settings, plan["generation"])
    shutil.rmtree(pending, ignore_errors=True)
