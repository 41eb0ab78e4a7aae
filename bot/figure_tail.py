"""What a figure in a report's line counts, read for comparing two reports' figures: the words
right after it up to its clause's end (Vietnamese says the counted thing after the figure:
"12 lớp tập huấn cho …"), the clause around it, and the figure's form (a share, a ratio, a
date, a count). Shared by the comparison anchor (`compare_anchor.py`) and its line repeat
(`compare_anchor_line.py`)."""

from __future__ import annotations

import re

from core.text import fold

NUMBER = re.compile(r"\d[\d.,/]*%?")
# a clause's end: the words after it ("; số người dùng là …") count another figure
_CLAUSE_END = re.compile(r"[;:()\[\]]|\.\s|\.$")
# a sentence's or list item's end: the clause that a figure stands in, brackets inside it
_SENTENCE_END = re.compile(r";|\.\s|\.$|\n")


def words(text: str) -> list[str]:
    """The folded words, figures aside."""
    return re.findall(r"[^\W\d_]+", fold(text))


def _place(quote: str, figure: str) -> re.Match[str] | None:
    found = [m for m in NUMBER.finditer(quote) if m.group(0).rstrip(".,") == figure]
    return found[0] if len(found) == 1 else None


def figure_tail(quote: str, figure: str) -> str | None:
    """The text after the figure's one place in the quote up to its clause's end; None when
    the figure is not there exactly once."""
    m = _place(quote, figure)
    if m is None:
        return None
    return _CLAUSE_END.split(quote[m.end() :].lstrip("%"), maxsplit=1)[0]


def own_clause(quote: str, figure: str) -> list[str] | None:
    """The folded words of the sentence or list item the figure's one place stands in,
    bracketed asides included ("mạng nội bộ (LAN)"); None when it is not there exactly once."""
    m = _place(quote, figure)
    if m is None:
        return None
    before = _SENTENCE_END.split(quote[: m.start()])[-1]
    after = _SENTENCE_END.split(quote[m.end() :], maxsplit=1)[0]
    return words(before + " " + after)


def form(figure: str) -> str:
    """What form of figure it is: "share" ("95%"), "ratio" ("30/40"), "date" ("12/3/2023")
    or "count"."""
    if figure.endswith("%"):
        return "share"
    return {0: "count", 1: "ratio"}.get(figure.count("/"), "date")
