"""Report files to text: PDF (text layer, or Tesseract OCR for scanned pages), DOCX, TXT, MD.

PDF text keeps its pages: a form feed starts every page (`index.normalize.PAGE_BREAK`), so
chunks and citations can name the page. Every refusal is a `CorpusError` with a message a
person can act on; nothing here writes to the corpus.
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from index.errors import CorpusError
from index.metadata import read_report_text
from index.normalize import PAGE_BREAK, fold, normalize
from index.settings import IngestSettings

log = logging.getLogger(__name__)

SUPPORTED = (".pdf", ".docx", ".txt", ".md")
PageProgress = Callable[[int, int], None]

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
_LETTERS = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Extracted:
    """A file's text (pages separated by form feeds for PDFs) and how it was read."""

    text: str
    kind: str  # pdf | docx | txt | md
    pages: int = 0  # PDF pages; 0 for files without pages
    ocr_pages: tuple[int, ...] = ()  # 1-based pages read by OCR


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
    if suffix not in SUPPORTED:
        raise CorpusError(
            f"{path.name}: unsupported file type {suffix or '(none)'}; accepted: PDF, DOCX, TXT, MD"
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
    if suffix == ".pdf":
        if what != "a PDF":
            raise CorpusError(
                f"{path.name} is not a PDF (it looks like {what or 'something else'})"
            )
        out = _pdf(path, cfg, page_progress)
    elif suffix == ".docx":
        if what != "a ZIP archive":
            raise CorpusError(
                f"{path.name} is not a DOCX file (it looks like {what or 'something else'})"
            )
        out = _docx(path, cfg)
    else:
        if what:
            raise CorpusError(f"{path.name} is not a text file (it looks like {what})")
        _check_length(path.name, size // 4, cfg)  # UTF-8 has at most 4 bytes a character
        out = Extracted(read_report_text(path), suffix[1:])
    _check_length(path.name, len(out.text), cfg)
    _check_passages(path.name, out.text, cfg)
    if len(_LETTERS.findall(out.text)) < cfg.min_chars:
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


def _check_length(name: str, chars: int, cfg: IngestSettings) -> None:
    if chars > cfg.max_report_chars:
        raise CorpusError(
            f"{name} yields more than {cfg.max_report_chars:,} characters; the limit is "
            "[ingest].max_report_chars: split the report, or raise the limit"
        )


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


def _unzipped_size(path: Path) -> int:
    """What a DOCX's zip entries unpack to, from their headers (zipfile never unpacks an
    entry past its declared size, so a bomb cannot hide behind a small number)."""
    try:
        with zipfile.ZipFile(path) as zf:
            return sum(max(0, info.file_size) for info in zf.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise CorpusError(f"{path.name} is not a readable DOCX file") from None


def _docx(path: Path, cfg: IngestSettings) -> Extracted:
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
    if not _LETTERS.search(text):
        raise CorpusError(
            f"{path.name} has no text (only images?); save the scan as a PDF and add that"
        )
    return Extracted(text, "docx")


def _pdf(path: Path, cfg: IngestSettings, page_progress: PageProgress | None) -> Extracted:
    import pypdfium2 as pdfium  # loaded only when a PDF is added

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise CorpusError(
                f"{path.name} is encrypted (password-protected); save an unprotected copy "
                "and add that"
            ) from None
        raise CorpusError(f"{path.name} is damaged or not a readable PDF") from None
    try:
        n = len(pdf)
        if n == 0:
            raise CorpusError(f"{path.name} has no pages")
        if n > cfg.max_pages:
            raise CorpusError(
                f"{path.name} has {n} pages; the limit is {cfg.max_pages} ([ingest].max_pages): "
                "split it, or raise the limit"
            )
        pages: list[str] = []
        chars = 0
        ocr: list[int] = []
        ocr_ready = False  # Tesseract and its models are looked for once, at the first scan
        for i in range(n):
            page = pdf[i]
            try:
                textpage = page.get_textpage()
                text = textpage.get_text_range()
                textpage.close()
            except pdfium.PdfiumError:
                text = ""
            if len(_LETTERS.findall(text)) < cfg.min_page_chars:
                # No (real) text layer: a scanned page. Render it and read it with Tesseract.
                ocr.append(i + 1)
                _check_page_size(page, path.name, i + 1, cfg)
                if not ocr_ready:
                    why = ocr_available(cfg)
                    if why:
                        raise CorpusError(
                            f"{path.name} page {i + 1} is a scan and needs OCR, but {why}"
                        )
                    ocr_ready = True
                text = _ocr_page(page, path.name, i + 1, cfg)
            page.close()
            chars += len(text)
            _check_length(path.name, chars, cfg)
            pages.append(text.replace("\r\n", "\n").replace("\r", "\n").replace(PAGE_BREAK, ""))
            if page_progress:
                page_progress(i + 1, n)
    finally:
        pdf.close()
    return Extracted(
        "".join(PAGE_BREAK + p.rstrip("\n") + "\n" for p in pages), "pdf", n, tuple(ocr)
    )


def ocr_available(cfg: IngestSettings) -> str:
    """Why OCR cannot run here ("" when it can): Tesseract and its language models installed."""
    exe = shutil.which("tesseract")
    if not exe:
        return (
            "Tesseract is not installed (Debian: apt-get install tesseract-ocr tesseract-ocr-vie)"
        )
    try:
        listed = subprocess.run(
            [exe, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        ).stdout.split()
    except (OSError, subprocess.TimeoutExpired):
        return "Tesseract does not run"
    missing = [lang for lang in cfg.ocr_languages.split("+") if lang not in listed]
    if missing:
        return (
            f"Tesseract has no {'+'.join(missing)} model "
            f"(Debian: apt-get install {' '.join('tesseract-ocr-' + m for m in missing)})"
        )
    return ""


def _check_page_size(page: object, name: str, number: int, cfg: IngestSettings) -> None:
    """Refuse a page whose image would be huge: the size is known before rendering, and a
    tiny PDF can declare a page of 200 × 200 inches, gigabytes of pixels."""
    width, height = page.get_size()  # type: ignore[attr-defined]
    megapixels = width * height * (cfg.ocr_dpi / 72) ** 2 / 1e6
    if megapixels > cfg.max_page_megapixels:
        raise CorpusError(
            f"{name} page {number} is a scan of {width / 72 * 2.54:,.0f} × "
            f"{height / 72 * 2.54:,.0f} cm ({megapixels:,.0f} megapixels at {cfg.ocr_dpi} dpi); "
            f"the limit is {cfg.max_page_megapixels} ([ingest].max_page_megapixels)"
        )


def _ocr_page(page: object, name: str, number: int, cfg: IngestSettings) -> str:
    image = page.render(scale=cfg.ocr_dpi / 72, grayscale=True).to_pil()  # type: ignore[attr-defined]
    with tempfile.TemporaryDirectory(prefix="hbc-ocr-") as tmp:
        png = Path(tmp) / "page.png"
        image.save(png)
        try:
            done = subprocess.run(
                ["tesseract", str(png), "stdout", "-l", cfg.ocr_languages, "--dpi",
                 str(cfg.ocr_dpi), "--psm", "6"],
                capture_output=True, text=True, timeout=cfg.ocr_timeout_s, check=False,
            )  # fmt: skip
        except subprocess.TimeoutExpired:
            raise CorpusError(
                f"{name} page {number}: OCR took longer than {cfg.ocr_timeout_s} s"
            ) from None
    if done.returncode != 0:
        log.warning("tesseract failed on %s page %d: %s", name, number, done.stderr[-300:])
        raise CorpusError(f"{name} page {number}: OCR failed ({done.stderr.strip()[-120:]})")
    return done.stdout
