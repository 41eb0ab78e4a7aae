"""The words of a question's parts: the question's own words (diacritics kept) for spans of its
folded words (`bot/compare_parts.py` finds the spans), and a part's words without a gloss."""

from __future__ import annotations

import re

from core.query import ParsedQuery
from core.text import fold


def _fold_word(token: str) -> list[str]:
    return re.sub(r"(?<=\w)-(?=\w)", " ", fold(token, repair=False)).split()


def _originals(q: ParsedQuery, words: list[str]) -> list[int] | None:
    """For each folded word, the index of the question's own word it comes from (None when
    the folded question does not split word for word: then its folded words are used)."""
    own: list[int] = []
    for i, token in enumerate(q.text.split()):
        own.extend([i] * len(_fold_word(token)))
    if len(own) != len(words):
        return None
    return own


def words_said(
    q: ParsedQuery,
    words: list[str],
    spans: list[tuple[int, int] | str],
    drop: frozenset[int] = frozenset(),
) -> str:
    """The question's own words (diacritics kept) for spans of its folded words, those in
    `drop` left out; a string among the spans is said as it is."""
    own = _originals(q, words)
    tokens = q.text.split()
    out: list[str] = []
    for span in spans:
        if isinstance(span, str):
            out.append(span)
            continue
        keep = [k for k in range(*span) if k not in drop]
        if own is None:
            out.extend(words[k] for k in keep)
            continue
        out.extend(tokens[i] for i in dict.fromkeys(own[k] for k in keep))
    return " ".join(out)


def unglossed(words: list[str]) -> list[str]:
    """The words without those in brackets, which only gloss the words before them
    ("autonomous (tự chủ)")."""
    out, depth = [], 0
    for w in words:
        depth += w.count("(")
        if not depth:
            out.append(w)
        depth = max(0, depth - w.count(")"))
    return out
