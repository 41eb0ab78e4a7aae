"""DOCX reports: paragraphs and table rows (a row's cells on one line), bounded before parsing."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from core.errors import CorpusError
from core.settings import IngestSettings
from index.readers.base import LETTERS, Extracted, PageProgress, Reader


def _unzipped_size(path: Path) -> int:
    """What a DOCX's zip entries unpack to, from their headers (zipfile never unpacks an
    entry past its declared size, so a bomb cannot hide behind a small number)."""
    try:
        with zipfile.ZipFile(path) as zf:
            return sum(max(0, info.file_size) for info in zf.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise CorpusError(f"{path.name} is not a readable DOCX file") from None


def read_docx(path: Path, cfg: IngestSettings, _: PageProgress | None = None) -> Extracted:
    """The DOCX's text: paragraphs, and each table row as one line of its cells."""
    import docx  # python-docx: loaded only when a DOCX is added
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import LxmlError

    unzipped = _unzipped_size(path)
    if unzipped > cfg.max_unzipped_mb * 1024 * 1024:
        raise CorpusError(
            f"{path.name} unpacks to {unzipped / 2**20:,.0f} MiB; the limit is "
            f"{cfg.max_unzipped_mb} MiB ([ingest].max_unzipped_mb)"
        )
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, LxmlError,
            EOFError, OSError, zlib.error):  # fmt: skip
        raise CorpusError(f"{path.name} is not a readable DOCX file") from None
    lines: list[str] = []
    body = document.element.body
    for block in body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append("".join(t.text or "" for t in block.iter() if t.tag.endswith("}t")))
        elif tag == "tbl":
            # A table row becomes one line, cells joined: a row's figures stay together.
            for row in block.iter():
                if row.tag.endswith("}tr"):
                    cells = []
                    for cell in row.iterchildren():
                        if cell.tag.endswith("}tc"):
                            text = " ".join(
                                t.text or "" for t in cell.iter() if t.tag.endswith("}t")
                            )
                            cells.append(text.strip())
                    lines.append(" | ".join(c for c in cells if c))
            lines.append("")
    text = "\n".join(lines)
    if not LETTERS.search(text):
        raise CorpusError(
            f"{path.name} has no text (only images?); save the scan as a PDF and add that"
        )
    return Extracted(text, "docx")


READER = Reader(
    kind="docx", suffix=".docx", label="DOCX", also="", magic="a ZIP archive",
    is_not="a DOCX file", read=read_docx, keep_original=True,
    media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
)  # fmt: skip
