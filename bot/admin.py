"""What the web admin tab may do: list and edit report metadata, add a report, re-index."""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Callable
from dataclasses import asdict, replace
from pathlib import Path

from bot.answer import AnswerService
from index.build import BuildStats, build_index
from index.embed import Embedder
from index.errors import CorpusError
from index.metadata import Report, read_metadata, read_report_text, sync_metadata, write_metadata
from index.settings import Settings

EDITABLE = ("province", "agency", "number", "date", "year", "quarter", "period", "title", "signer")
Progress = Callable[[str, int, int], None]


class ServiceHolder:
    """The answer service in use; swapped for a fresh one after a re-index."""

    def __init__(self, service: AnswerService) -> None:
        self._service = service
        self._lock = threading.Lock()

    @property
    def service(self) -> AnswerService:
        """The current service."""
        with self._lock:
            return self._service

    def swap(self, service: AnswerService) -> None:
        """Serve from now on with `service`."""
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
        records = read_metadata(self.metadata_path)
        if report_id not in records:
            raise CorpusError(f"no report with id {report_id}")
        changes: dict[str, object] = {}
        for key in EDITABLE:
            if key not in values:
                continue
            value = str(values[key]).strip()
            if key in {"year", "quarter"}:
                if not re.fullmatch(r"\d{1,4}", value or "0"):
                    raise CorpusError(f"{key} must be a whole number")
                changes[key] = int(value or 0)
            elif key == "date" and value and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise CorpusError("date must be written yyyy-mm-dd")
            else:
                changes[key] = value
        updated = replace(records[report_id], **changes)  # type: ignore[arg-type]
        records[report_id] = updated
        write_metadata(self.metadata_path, list(records.values()))
        return updated

    def add_report(self, source: Path, max_mb: int) -> Report:
        """Copy a .txt/.md report into the corpus after checking it; nothing is kept on error."""
        if source.suffix.lower() not in {".txt", ".md"}:
            raise CorpusError("only .txt and .md reports can be added for now")
        size = source.stat().st_size
        if size == 0:
            raise CorpusError(f"{source.name} is empty")
        if size > max_mb * 1024 * 1024:
            raise CorpusError(f"{source.name} is larger than {max_mb} MiB")
        text = read_report_text(source)
        if not text.strip():
            raise CorpusError(f"{source.name} has no text")
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        for existing in self.corpus_dir.glob("*"):
            if existing.is_file() and hashlib.sha256(existing.read_bytes()).hexdigest() == digest:
                raise CorpusError(f"this report is already in the corpus as {existing.stem}")
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", source.stem).strip("._") or "report"
        target = self.corpus_dir / f"{stem}{source.suffix.lower()}"
        n = 2
        while target.exists():
            target = self.corpus_dir / f"{stem}_{n}{source.suffix.lower()}"
            n += 1
        target.write_text(text, encoding="utf-8")
        try:
            reports = {r.id: r for r in self.reports()}
        except CorpusError:
            target.unlink(missing_ok=True)
            raise
        return reports[target.stem]

    def reindex(self, progress: Progress | None = None) -> BuildStats:
        """Build the index and switch the answer service to it."""
        if not self._build_lock.acquire(blocking=False):
            raise CorpusError("a re-index is already running; try again when it is done")
        try:
            stats = build_index(self.settings, self.embedder, progress=progress)
            self.holder.swap(self._make_service(self.settings, self.embedder))
            return stats
        finally:
            self._build_lock.release()


def report_rows(reports: list[Report]) -> list[list[object]]:
    """Rows for a table of reports."""
    return [[r.id] + [asdict(r)[k] for k in EDITABLE] for r in reports]
