"""The words of document questions and references, read alike on both sides: the reports'
abbreviations spelled out, "Ủy ban nhân dân" as "UBND", an issuer's own words."""

from __future__ import annotations

import re

from core.query import ABBREVIATIONS, ParsedQuery, terms_named
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


# An issuer named in English by its type word and what it is of ("Ministry of Finance"): the
# reports' type word ("bộ", "sở") before the reports' wording of the rest.
_EN_ISSUER = re.compile(r"\b(ministry|department) of ((?:[a-z&]+ ?){1,5})")
_EN_ISSUER_TYPE = {"ministry": "bo", "department": "so"}


def issuer_phrase(issuer: str, places: set[str]) -> str:
    """An issuer's own words in order, its type word first ("so noi vu", "bo tai chinh",
    "van phong ubnd"), without its province and "tỉnh"; "" when nothing is left."""
    words = tokenize(UBND.sub("ubnd", fold(issuer)))
    return " ".join(w for w in words if w not in places and w != "tinh")


def asked_phrases(q: ParsedQuery, places: set[str]) -> str:
    """The question's words in order, as `issuer_phrase` reads an issuer, its English issuers
    in the reports' words ("Ministry of Home Affairs" as "bo noi vu"), the runs apart ("|")."""
    runs = [UBND.sub("ubnd", " ".join(words_of(t))) for t in (q.folded, q.expanded)]
    for m in _EN_ISSUER.finditer(q.folded):
        tail = m.group(2).split()
        for n in range(1, len(tail) + 1):
            for term in terms_named(" ".join(tail[:n])):
                runs.append(f"{_EN_ISSUER_TYPE[m.group(1)]} {term}")
    kept = (" ".join(w for w in run.split() if w not in places and w != "tinh") for run in runs)
    return " | ".join(f" {run} " for run in kept)


def names_issuer(phrase: str, asked: str) -> bool:
    """Whether the question (`asked_phrases`) names an issuer (`issuer_phrase`): its words in
    a row, its type word with them ("bộ nội vụ" is no "sở nội vụ")."""
    return bool(phrase) and f" {phrase} " in asked
