"""OCR benchmark: a page of a seed report rendered as an image-only PDF, read back through the
same `index.extract` path `python -m index add` uses (pdfium render + Tesseract vie). Prints
character accuracy against the seed text and pages per minute. Figures, not a test.

    python -m eval.ocr_bench                      # the default pages below
    python -m eval.ocr_bench --page 002_e5e7f1c560f345ee:255-290 --dpi 300
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

from core.settings import load_settings
from eval.scans import lines_per_page, scanned_pdf, wrap_to_page
from index.extract import extract
from index.normalize import clean_lines

# (report id, first line, last line): a page of clean Vietnamese with diacritics, and a page of
# OCR-damaged text holding the level-2/3/4 service counts.
DEFAULT_PAGES = ("001_cfc09c4d7094a6ed:9-30", "002_e5e7f1c560f345ee:255-290")


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (insertions, deletions, substitutions), two rows of memory."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def char_accuracy(reference: str, read: str) -> float:
    """1 − edit distance / reference length, after collapsing whitespace (layout is not text)."""
    ref = re.sub(r"\s+", " ", reference).strip()
    got = re.sub(r"\s+", " ", read.replace("\f", " ")).strip()
    return 1 - edit_distance(ref, got) / max(1, len(ref))


def main(argv: list[str] | None = None) -> int:
    """Entry point; prints one row per page and a total."""
    parser = argparse.ArgumentParser(prog="python -m eval.ocr_bench", description=__doc__)
    parser.add_argument("--page", action="append", help="REPORT_ID:FIRST-LAST (source lines)")
    parser.add_argument("--dpi", type=int, default=200, help="resolution of the simulated scan")
    args = parser.parse_args(argv)
    settings = load_settings()
    corpus = settings.path(settings.corpus.dir)
    rows = []
    total_s = 0.0
    for spec in args.page or DEFAULT_PAGES:
        rid, _, span = spec.partition(":")
        first, last = (int(x) for x in span.split("-"))
        raw = (corpus / f"{rid}.txt").read_text("utf-8")
        # What a printed page shows: markup stripped, wrapped to the page, one page's worth.
        kept = [text for no, text in clean_lines(raw) if first <= no <= last]
        lines = wrap_to_page(kept, args.dpi)[: lines_per_page()]
        with tempfile.TemporaryDirectory() as tmp:
            pdf = scanned_pdf(Path(tmp) / "scan.pdf", [lines], dpi=args.dpi)
            t0 = time.perf_counter()
            out = extract(pdf, settings.ingest)
            seconds = time.perf_counter() - t0
        total_s += seconds
        acc = char_accuracy("\n".join(lines), out.text)
        chars = len(re.sub(r"\s+", " ", "\n".join(lines)))
        rows.append((spec, chars, acc, seconds, bool(out.ocr_pages)))
    print(f"OCR: Tesseract {settings.ingest.ocr_languages}, scan {args.dpi} dpi, "
          f"rendered for OCR at {settings.ingest.ocr_dpi} dpi")  # fmt: skip
    print(f"{'page':<34} {'chars':>6} {'char acc.':>10} {'seconds':>8}")
    for spec, chars, acc, seconds, ocr in rows:
        print(
            f"{spec:<34} {chars:>6} {acc * 100:>9.1f}% {seconds:>8.1f}{'' if ocr else ' (no OCR!)'}"
        )
    print(f"pages/minute: {len(rows) / total_s * 60:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
