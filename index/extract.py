"""Report files to text, by the reader of their extension (`index.readers`: PDF with OCR for
scanned pages, DOCX, TXT, MD), checked the same way whatever the type.

Every refusal is a `CorpusError` with a message a person can act on; nothing here writes to
the corpus.
"""

from __future__ import annotations

import re
from pathlib import Path

from core.errors import CorpusError
from core.settings import IngestSettings
from core.text import fold
from index.normalize import normalize
from index.readers import Extracted, PageProgress, accepted, reader_for
from index.readers.base import LETTERS, check_length

__all__ = ["Extracted", "PageProgress", "extract", "sniff", "vietnamese_share"]

# What a file really is, from its first bytes: named in the message when the extension lies.
_MAGIC = (
    (b"%PDF-", "a PDF"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office (.doc/.xls) file"),
    (b"{\\rtf", "an RTF document"),
)
# Everyday Vietnamese words, folded: a report has a third of its words among them, other
# languages a few percent. Only used to refuse files that are not Vietnamese reports.
_VI_WORDS = frozenset(
    re.split(
        r"\s+",
        "va cac cua nam tinh thuc hien cong trong duoc dich vu co quan nha nuoc don vi ho so cap "
        "huyen xa theo tren dia ban nguoi dan da la cho voi nhung mot den tu ve ngay thang bao "
        "cao chinh hanh ke hoach quyet dinh phat trien dien tai nay khong can bo",
    )
)
_MIN_VI_SHARE = 0.1


def sniff(data: bytes) -> str:
    """What the first bytes say a file is ("a PDF", "a PNG image", …), or "" when unknown."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    return ""


def extract(
    path: Path,
    cfg: IngestSettings,
    page_progress: PageProgress | None = None,
) -> Extracted:
    """Read one report file; raises CorpusError with a plain reason when it cannot be added."""
    if not path.exists():
        raise CorpusError(f"{path}: no such file")
    if not path.is_file():
        raise CorpusError(f"{path}: not a file")
    suffix = path.suffix.lower()
    reader = reader_for(suffix)
    if reader is None:
        raise CorpusError(
            f"{path.name}: unsupported file type {suffix or '(none)'}; accepted: {accepted()}"
        )
    size = path.stat().st_size
    if size == 0:
        raise CorpusError(f"{path.name} is empty (0 bytes)")
    if size > cfg.max_file_mb * 1024 * 1024:
        raise CorpusError(
            f"{path.name} is {size / 2**20:.0f} MiB; the limit is {cfg.max_file_mb} MiB "
            "([ingest].max_file_mb)"
        )
    with path.open("rb") as fh:
        head = fh.read(1024)
    what = sniff(head)
    if what != reader.magic:
        raise CorpusError(
            f"{path.name} is not {reader.is_not} (it looks like {what or 'something else'})"
        )
    out = reader.read(path, cfg, page_progress)
    check_length(path.name, len(out.text), cfg)
    _check_passages(path.name, out.text, cfg)
    if len(LETTERS.findall(out.text)) < cfg.min_chars:
        how = " even after OCR" if out.ocr_pages else ""
        raise CorpusError(f"{path.name} yields no usable text{how}; nothing was added")
    if cfg.check_language and vietnamese_share(out.text) < _MIN_VI_SHARE:
        raise CorpusError(
            f"{path.name} does not read as Vietnamese (reports here are Vietnamese); "
            "add it with --any-language if it belongs in the corpus"
        )
    return out


def vietnamese_share(text: str) -> float:
    """Share of words that are everyday Vietnamese words (diacritics or not)."""
    words = re.findall(r"[a-z]+", fold(text[:200_000], repair=False))
    return sum(w in _VI_WORDS for w in words) / max(1, len(words))


_SENTENCE_END = re.compile(r"[.;!?…](?:\s|$)|\n")


def _check_passages(name: str, text: str, cfg: IngestSettings) -> None:
    """Refuse early (before folding, metadata and chunking: seconds on a megabyte) a text with
    a passage longer than a chunk may be; the exact check after chunking splits no more."""
    longest = max((len(p) for p in _SENTENCE_END.split(normalize(text))), default=0)
    if longest > cfg.max_chunk_chars:
        raise CorpusError(
            f"{name} has a passage of {longest:,} characters without a sentence end; the limit "
            f"is {cfg.max_chunk_chars:,} ([ingest].max_chunk_chars)"
        )
