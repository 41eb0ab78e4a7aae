"""The words of document questions and references, read alike on both sides: the reports'
abbreviations spelled out, "Ủy ban nhân dân" as "UBND", an issuer's own words."""

from __future__ import annotations

import re

from core.query import ABBREVIATIONS, ParsedQuery
from core.text import fold
from index.lexical import tokenize

# Abbreviations spelled out on both sides ("văn bản QPPL" = "legal documents" = "văn bản quy
# phạm pháp luật"), one-word ones only (the ones reports write).
_SPELL = {k: v[0] for k, v in ABBREVIATIONS.items() if " " not in k}
_SPELL_RE = re.compile(r"\b(" + "|".join(sorted(_SPELL, key=len, reverse=True)) + r")\b")
# "Ủy ban nhân dân" and "UBND" are one issuer.
UBND = re.compile(r"\buy ban nh[a-z]* d[a-z]*n\b")  # OCR: "nhân đến"
# Words of "Ủy ban nhân dân" (spelled out): the issuer of nearly every document, no subject.
UBND_WORDS = frozenset({"uy", "ban", "nhan", "dan", "ubnd"})


def words_of(folded: str) -> list[str]:
    """Tokens of folded text with the reports' abbreviations spelled out."""
    return tokenize(_SPELL_RE.sub(lambda m: _SPELL[m.group(1)], folded))


def asked_words(q: ParsedQuery) -> set[str]:
    """The words a question says, with the report words its English terms stand for (an
    issuer named in English: "Department of Home Affairs" says "sở nội vụ")."""
    expanded = UBND.sub("ubnd", " ".join(words_of(q.expanded)))
    return set(words_of(q.folded)) | set(tokenize(expanded))


def issuer_words(issuer: str, places: set[str]) -> set[str]:
    """An issuer's own words ("van phong ubnd"), without its province and "tỉnh"."""
    return set(tokenize(UBND.sub("ubnd", fold(issuer)))) - places - {"tinh", "b", "bo"}
