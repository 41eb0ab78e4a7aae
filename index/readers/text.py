"""Plain-text and Markdown reports: UTF-8 text, read as the corpus keeps it."""

from __future__ import annotations

from pathlib import Path

from core.settings import IngestSettings
from index.metadata import read_report_text
from index.readers.base import Extracted, PageProgress, Reader, check_length


def _reader(kind: str) -> Reader:
    def read(path: Path, cfg: IngestSettings, _: PageProgress | None = None) -> Extracted:
        """The file's text (UTF-8 at most 4 bytes a character: the size bounds it first)."""
        check_length(path.name, path.stat().st_size // 4, cfg)
        return Extracted(read_report_text(path), kind)

    return Reader(
        kind=kind, suffix=f".{kind}", label=kind.upper(), also="", magic="",
        is_not="a text file", read=read, stored_as=f".{kind}" if kind == "md" else ".txt",
    )  # fmt: skip


TXT = _reader("txt")
MD = _reader("md")
