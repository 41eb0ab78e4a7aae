"""PDF reports: the text layer of each page, or Tesseract OCR for a scanned page. A form feed
starts every page (`index.normalize.PAGE_BREAK`), so chunks and citations can name the page."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from core.errors import CorpusError
from core.settings import IngestSettings
from index.normalize import PAGE_BREAK
from index.readers.base import LETTERS, Extracted, PageProgress, Reader, check_length

log = logging.getLogger(__name__)


def read_pdf(
    path: Path, cfg: IngestSettings, page_progress: PageProgress | None = None
) -> Extracted:
    """The PDF's pages, each from its text layer or, for a scan, by OCR."""
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
            if len(LETTERS.findall(text)) < cfg.min_page_chars:
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
            check_length(path.name, chars, cfg)
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


# Tesseract with one OpenMP thread: the same text, and 4-5x less CPU on a 2-core machine, where
# its default threads spin waiting on each other (one seed page: 1.1 s of CPU instead of 5.6 s).
_ONE_THREAD = {**os.environ, "OMP_THREAD_LIMIT": "1"}


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
                env=_ONE_THREAD,
            )  # fmt: skip
        except subprocess.TimeoutExpired:
            raise CorpusError(
                f"{name} page {number}: OCR took longer than {cfg.ocr_timeout_s} s"
            ) from None
    if done.returncode != 0:
        log.warning("tesseract failed on %s page %d: %s", name, number, done.stderr[-300:])
        raise CorpusError(f"{name} page {number}: OCR failed ({done.stderr.strip()[-120:]})")
    return done.stdout


READER = Reader(
    kind="pdf", suffix=".pdf", label="PDF", also="scanned PDF", magic="a PDF", is_not="a PDF",
    read=read_pdf, keep_original=True, media_type="application/pdf",
)  # fmt: skip
