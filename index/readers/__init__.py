"""The file types a report may come as, one module each: a new type is a module here with a
`Reader`, named in `READERS`. `index.extract` picks the reader by extension; ingest, the CLI
and the web admin take what is accepted from here."""

from __future__ import annotations

from index.readers import docx, pdf, text
from index.readers.base import Extracted, PageProgress, Reader

READERS: tuple[Reader, ...] = (pdf.READER, docx.READER, text.TXT, text.MD)
SUFFIXES: tuple[str, ...] = tuple(r.suffix for r in READERS)
ORIGINAL_SUFFIXES: tuple[str, ...] = tuple(r.suffix for r in READERS if r.keep_original)

__all__ = ["ORIGINAL_SUFFIXES", "READERS", "SUFFIXES", "Extracted", "PageProgress", "Reader"]


def reader_for(suffix: str) -> Reader | None:
    """The reader of an extension (".PDF" too), None when no reader takes it."""
    return next((r for r in READERS if r.suffix == suffix.lower()), None)


def reader_of(kind: str) -> Reader:
    """The reader that made an `Extracted` of this kind."""
    return next(r for r in READERS if r.kind == kind)


def media_type(suffix: str) -> str:
    """What a file of this extension is served as (an unknown one: as bytes)."""
    reader = reader_for(suffix)
    return reader.media_type if reader else "application/octet-stream"


def accepted(described: bool = False) -> str:
    """The accepted types for people: "PDF, DOCX, TXT, MD" (described: "PDF, scanned PDF, …")."""
    return ", ".join(f"{r.label}, {r.also}" if described and r.also else r.label for r in READERS)
