"""The words of a fact table part's label, and the opener of a clause of parts (index/facts.py)."""

from __future__ import annotations

import re

from index.clause_tokens import Tok

# A clause that opens with "trong đó" parts the headline of the clause before it; OCR bends
# "đó" ("trong dé", "trong d6"), read only with the comma or colon that follows it there
# ("trong đề án" is no opener).
PARTS_FOLLOW = re.compile(r"trong (?:do\b|d[e0-9]\s*[,:])")
# Words after "trong" that make it a label's own word ("trong hạn": within the deadline).
_TRONG_KEPT = frozenset({"han"})
_OPENER_WORD = re.compile(r"d[eo0-9]|so")  # the word after "trong" of an opener, OCR-bent too


def label_words(own: list[Tok], stop: frozenset[str]) -> list[Tok]:
    """The words of a part's item that set it apart: not the opener ("trong đó", OCR-bent
    "trong dé") nor a stop word, but "trong" of "trong hạn" (within the deadline) kept."""
    out = []
    for k, w in enumerate(own):
        nxt = own[k + 1].folded if k + 1 < len(own) else ""
        opener = k > 0 and own[k - 1].folded == "trong" and _OPENER_WORD.fullmatch(w.folded)
        kept = w.folded == "trong" and nxt in _TRONG_KEPT
        if kept or (w.folded not in stop and not opener):
            out.append(w)
    return out
