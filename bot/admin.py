"""What the web admin tab may do: list and edit report metadata, add or remove a report, re-index."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import asdict, replace
from pathlib import Path
from typing import TypeVar

from bot.answer import AnswerService
from core.errors import CorpusError
from core.settings import Settings
from index.build import BuildStats
from index.embed import Embedder
from index.ingest import (
    EDITABLE,
    Outcome,
    Staged,
    add,
    apply_overrides,
    rebuild,
    remove,
    stage,
)
from index.live import Following
from index.metadata import Report, metadata_lock, read_metadata, sync_metadata, write_metadata

Progress = Callable[[str, int, int], None]
T = TypeVar("T")


class ServiceHolder:
    """The answer service in use; swapped for a fresh one after a re-index here, and, given
    `reload`, when another process (`python -m index add`) switches the index: CURRENT is
    looked at before each question (`index.live`)."""

    def __init__(
        self,
        service: AnswerService,
        reload: Callable[[], AnswerService] | None = None,
        index_dir: Path | None = None,
    ) -> None:
        self._following: Following[AnswerService] | None = None
        if reload is not None and index_dir is not None:
            self._following = Following(
                service, index_dir, reload, lambda s: s.generation()
            )
        self._service = service
        self._lock = threading.Lock()

    @property
    def service(self) -> AnswerService:
        """The current service."""
        if self._following is not None:
            return self._following.get()
        with self._lock:
            return self._service

    def filter_choices(self) -> tuple[list[str], list[str]]:
        """Province and year filter choices of the index in use (it may have changed)."""
        return self.service.filter_choices()

    def swap(self, service: AnswerService) -> None:
        """Serve from now on with `service`."""
        if self._following is not None:
            self._following.set(service)
        with self._lock:
            self._service = service


class Admin:
    """Admin actions over the corpus folder and the index; one re-index at a time."""

    def __init__(
        self,
        settings: Settings,
        embedder: Embedder,
        holder: ServiceHolder,
        make_service: Callable[[Settings, Embedder], AnswerService],
    ) -> None:
        self.settings = settings
        self.embedder = embedder
        self.holder = holder
        self._make_service = make_service
        self._build_lock = threading.Lock()
        self.corpus_dir = settings.path(settings.corpus.dir)
        self.metadata_path = settings.path(settings.corpus.metadata)

    def reports(self) -> list[Report]:
        """Every report's metadata."""
        return sync_metadata(self.corpus_dir, self.metadata_path)

    def save_report(self, report_id: str, values: dict[str, str]) -> Report:
        """Change a report's metadata fields (year and quarter must be whole numbers)."""
        wanted = {k: v for k, v in values.items() if k in EDITABLE}
        # Under the metadata lock every writer takes; an add or remove running meanwhile
        # merges this edit in at its commit instead of writing back what it read.
        with metadata_lock(self.metadata_path):
            records = read_metadata(self.metadata_path)
            if report_id not in records:
                raise CorpusError(f"no report with id {report_id}")
            before = records[report_id]
            changed = {k: v for k, v in wanted.items() if str(getattr(before, k)) != str(v)}
            records[report_id] = updated = apply_overrides(before, changed)
            write_metadata(self.metadata_path, list(records.values()))
        return updated

    def preview(self, source: Path, max_mb: int) -> Staged:
        """Read and check an uploaded file (text, OCR, metadata, duplicates); changes nothing."""
        if source.exists() and source.stat().st_size > max_mb * 1024 * 1024:
            raise CorpusError(f"{source.name} is larger than {max_mb} MiB")
        staged, refused = stage(self.settings, [source])
        if refused:
            raise CorpusError(refused[0].reason)
        return staged[0]

    def add(
        self, staged: Staged, values: dict[str, str], progress: Progress | None = None
    ) -> Outcome:
        """Add a previewed report with the metadata a person confirmed, index it, serve it."""
        report = apply_overrides(staged.report, {k: v for k, v in values.items() if k in EDITABLE})
        return self._serve_after(
            lambda: add(self.settings, self.embedder, [replace(staged, report=report)], progress)
        )

    def remove(self, report_id: str, progress: Progress | None = None) -> Outcome:
        """Remove a report from the corpus and the index."""
        return self._serve_after(
            lambda: remove(self.settings, self.embedder, [report_id], progress)
        )

    def reindex(self, progress: Progress | None = None) -> BuildStats:
        """Build the index (after metadata edits) and switch the answer service to it."""

        return self._serve_after(
            lambda: rebuild(self.settings, self.embedder, progress=progress)[0]
        )

    def _serve_after(self, change: Callable[[], T]) -> T:
        if not self._build_lock.acquire(blocking=False):
            raise CorpusError("a re-index is already running; try again when it is done")
        try:
            result = change()
            self.holder.swap(self._make_service(self.settings, self.embedder))
            return result
        finally:
            self._build_lock.release()


def report_rows(reports: list[Report]) -> list[list[object]]:
    """Rows for a table of reports."""
    return [[r.id] + [asdict(r)[k] for k in EDITABLE] for r in reports]
