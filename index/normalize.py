"""Clean OCR report text and re-flow it into paragraphs, keeping the report's own characters
(quotes come from them). Folding for matching and reading numbers is core/text.py.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter

# ---------------------------------------------------------------------------------------------
# Cleaning and re-flow (keeps the original characters)

_URL_LINE = re.compile(r"^\s*(https?://|www\.)\S*\s*$", re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"^\s*(-\s*)?\d{1,3}(\s*-)?\s*$")
_MD_HEADING = re.compile(r"^\s*#{1,6}\s*")
_MD_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
# A line that starts a new block: bullets, A./I./1./a) headings.
ROMAN = r"(?:I{1,3}|IV|VI{0,3}|IX|X|I1I|I1|Il|IT|Ill|IIT|IIL|11)"  # with OCR look-alikes
BLOCK_START = re.compile(rf"^\s*(?:[-+•~*]\s*\S|[A-E]\.\s|{ROMAN}\.\s|\d{{1,2}}[.,]\s|[a-zđ]\)\s)")
_TERMINAL = re.compile(r"[.;:!?)”\"…]\s*$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _strip_markdown(line: str) -> str:
    line = _MD_HEADING.sub("", line)
    return _MD_EMPHASIS.sub("", line)


def clean_lines(raw: str) -> list[tuple[int, str]]:
    """NFC, drop URL dumps, page numbers and repeated running headers; keep source line numbers."""
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    text = _CONTROL.sub("", text).replace("\u00a0", " ").replace("\ufb01", "fi")
    lines = text.split("\n")
    stripped = [ln.strip() for ln in lines]
    # A short line seen three or more times is a running header or footer, not content.
    counts = Counter(s for s in stripped if 0 < len(s) <= 80)
    repeated = {s for s, n in counts.items() if n >= 3 and not BLOCK_START.match(s)}
    out: list[tuple[int, str]] = []
    for no, s in enumerate(stripped, start=1):
        if _URL_LINE.match(s) or _PAGE_NUMBER.match(s) or s in repeated:
            out.append((no, ""))
            continue
        out.append((no, _strip_markdown(s).strip()))
    return out


PAGE_BREAK = "\f"


def page_starts(raw: str) -> list[int]:
    """Source line numbers that begin a page: a line holding a form feed starts one.

    Texts extracted from PDFs put a form feed before every page (the first too), so page n
    starts at line `page_starts(raw)[n - 1]`; other texts have none and their pages are unknown.
    """
    return [no for no, line in enumerate(raw.split("\n"), start=1) if PAGE_BREAK in line]


def page_of(starts: list[int], line: int) -> int:
    """The page a source line is on (1-based), or 0 when the text has no pages."""
    return bisect_right(starts, line)


def reflow(
    lines: list[tuple[int, str]], pages: list[int] | None = None
) -> list[tuple[str, int, int]]:
    """Join wrapped lines into paragraphs: (text, first source line, last source line).

    A finished sentence at the end of a page ends its paragraph, so a quote from the next page
    is cited with that page; an unfinished one runs on across the break. `pages`: the lines
    that start a page (`page_starts`). Linear in the text: a paragraph is kept as its lines
    and joined once, and only its last line is looked at to decide what comes next (a
    megabyte of lines without sentence punctuation once took minutes).
    """
    breaks = set(pages or ())
    paras: list[_Para] = []
    for no, s in lines:
        last = paras[-1] if paras else None
        if last is not None and no in breaks and last.ends:
            last.closed = True
        if not s:
            if last is not None:
                last.closed = True
            continue
        runs_on = last is not None and (
            not last.closed or (not last.ends and (s[0].islower() or s[0].isdigit()))
        )
        if last is not None and runs_on and not BLOCK_START.match(s):
            last.join(s, no)
            continue
        paras.append(_Para(s, no))
    return [(re.sub(r"\s{2,}", " ", "".join(p.parts)), p.first, p.last) for p in paras]


class _Para:
    """A paragraph being re-flowed: its lines (joined once at the end) and how it ends."""

    __slots__ = ("closed", "ends", "first", "last", "parts", "tail")

    def __init__(self, line: str, no: int) -> None:
        self.parts = [line]
        self.first = self.last = no
        self.closed = False  # a blank line or a page break after a finished sentence
        self.tail = line
        self.ends = bool(_TERMINAL.search(line))  # ends with sentence punctuation

    def join(self, line: str, no: int) -> None:
        """Append a wrapped line ("-" before a digit joins without a space: 2019-\n2020)."""
        self.parts.append("" if self.tail.endswith("-") and line[:1].isdigit() else " ")
        self.parts.append(line)
        self.tail, self.last, self.closed = line, no, False
        self.ends = bool(_TERMINAL.search(line))


def normalize(raw: str) -> str:
    """Cleaned, re-flowed report text, one paragraph per line, original characters kept."""
    return "\n".join(text for text, _, _ in reflow(clean_lines(raw)))
