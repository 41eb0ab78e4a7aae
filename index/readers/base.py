"""What every reader shares: the `Reader` record, what a file gives (`Extracted`), and the
length bound a reader checks as it goes."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from core.errors import CorpusError
from core.settings import IngestSettings

PageProgress = Callable[[int, int], None]
LETTERS = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Extracted:
    """A file's text (pages separated by form feeds for PDFs) and how it was read."""

    text: str
    kind: str  # the reader's kind: pdf | docx | txt | md
    pages: int = 0  # PDF pages; 0 for files without pages
    ocr_pages: tuple[int, ...] = ()  # 1-based pages read by OCR


Read = Callable[[Path, IngestSettings, PageProgress | None], Extracted]


@dataclass(frozen=True)
class Reader:
    """One file type a report may come as."""

    kind: str  # "pdf": Extracted.kind of what it reads
    suffix: str  # ".pdf", the extension it is chosen by
    label: str  # "PDF": named in messages, the CLI's help and the upload box
    also: str  # more words for the help and the upload box ("scanned PDF"), or ""
    magic: str  # what `sniff` must say the first bytes are ("a PDF"); "" = none of those
    is_not: str  # the refusal when they are not: "{name} is not {is_not} (it looks like …)"
    read: Read  # the file's text; CorpusError when it cannot be read
    stored_as: str = ".txt"  # the corpus keeps the text under this extension
    keep_original: bool = False  # kept in [ingest].originals, for citations to link to
    media_type: str = "text/plain"  # what the web serves a kept original as


def check_length(name: str, chars: int, cfg: IngestSettings) -> None:
    """Refuse a file yielding more characters than [ingest].max_report_chars."""
    if chars > cfg.max_report_chars:
        raise CorpusError(
            f"{name} yields more than {cfg.max_report_chars:,} characters; the limit is "
            "[ingest].max_report_chars: split the report, or raise the limit"
        )
