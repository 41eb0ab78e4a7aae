"""A side unsure among a total and its parts in parentheses, all from one line ("đã cấp 900
chứng thư số (trong đó: cá nhân là 500; tổ chức là 400)"): when the question names none of the
parts, the side's figure is the total that heads the parentheses. A question that names a
part's own words (in the reports' words or, English, as the glossary reads them: "personal" is
"cá nhân"), or a line whose figures are not one total and its parenthesised parts, leaves the
side unsure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.compare_table import Cell
from core.query import ParsedQuery, expansions
from core.text import fold

# The headline: a figure, the words of what it counts (no figure among them), then "(trong đó
# / gồm / including …". HEAD_WORDS: how many words, at most, between the total and its opening
# parenthesis ("900 chứng thư số cho các cơ quan, tổ chức và cá nhân (…"), not a figure a
# sentence before.
# NOUN_WORDS: the first words after the total, the counted thing every part repeats ("chứng thư
# số"), not a part's own words.
HEAD_WORDS = 15
NOUN_WORDS = 3
_HEAD = re.compile(
    rf"(?<![\d.,])(\d[\d.,]*\d|\d)((?:[\s,;]+[^\W\d]+){{0,{HEAD_WORDS}}})\s*\(\s*"
    r"(?:trong do|trong so|gom|bao gom|including|of which)\b([^()]*)\)"
)
_FIGURE = re.compile(r"(?<![\d.,])\d[\d.,]*\d(?![\d.,])|(?<![\d.,])\d(?![\d.,])")
# Words a part's label shares with any line's grammar, not a part's own ("là", "của").
_GRAMMAR = frozenset({"trong", "do", "so", "la", "cua", "gom", "bao", "co", "va", "cac"})


def _part_words(inner: str, head: str) -> frozenset[str] | None:
    """The parts' own words: the parentheses' words less the counted thing's and grammar;
    None when a part keeps no word of its own (whether it is asked could not be told)."""
    noun = frozenset(re.findall(r"[^\W\d_]+", head)[:NOUN_WORDS])
    own = [frozenset(re.findall(r"[^\W\d_]+", part)) - noun - _GRAMMAR
           for part in re.split(r"[;,]", inner) if _FIGURE.search(part)]  # fmt: skip
    return frozenset().union(*own) if own and all(own) else None


def headline(quote: str, figures: Sequence[str]) -> tuple[str, frozenset[str]] | None:
    """The total of a line that heads parentheses holding every other figure of `figures`,
    and the parts' own words; None when the line is not so."""
    folded = {fold(f): f for f in figures}  # the line is read folded ("1.742" as "1742")
    for m in _HEAD.finditer(fold(quote)):
        total, head, inner = m.group(1), m.group(2), m.group(3)
        inside = set(_FIGURE.findall(inner))
        others = [f for f in folded if f != total]
        words = _part_words(inner, head)
        if total in folded and others and all(f in inside for f in others) and words:
            return folded[total], words
    return None


def _asked_words(q: ParsedQuery) -> frozenset[str]:
    """The question's words and, English, the reports' words the glossary reads it as."""
    return frozenset(re.findall(r"[^\W\d_]+", " ".join((q.folded, *expansions(q.folded)))))


def headline_of_parts(q: ParsedQuery, cells: list[Cell]) -> list[Cell]:
    """The cells, a side unsure among one line's total and its parts given the total (see the
    module)."""
    out = []
    for cell in cells:
        cits = {(c.chunk_id, c.quote) for _, c in cell.doubted}
        got = None
        if cell.citation is None and len(cell.doubted) >= 2 and len(cits) == 1:
            got = headline(cell.doubted[0][1].quote, [f for f, _ in cell.doubted])
        if got is None or got[1] & _asked_words(q):
            out.append(cell)
            continue
        total, cit = got[0], cell.doubted[0][1]
        out.append(replace(cell, figure=total, counts=cit.quote, citation=cit, doubted=()))
    return out
