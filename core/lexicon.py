"""The domain lexicon (index/lexicon.tsv): report terms in Vietnamese with their English.

English questions are expanded into the reports' Vietnamese wording (folded) for the BM25 side
and for fact matching: "how many dossiers were settled on time" gains "ho so", "giai quyet",
"dung han".
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from core.text import fold

LEXICON = Path(__file__).with_name("lexicon.tsv")


@dataclass(frozen=True)
class Term:
    """One report term: as the reports write it, folded, and its English wordings (folded)."""

    vi: str
    folded: str
    english: tuple[str, ...]


def read_lexicon(path: Path = LEXICON) -> list[Term]:
    """Every term of a lexicon file; a malformed line is an error naming the line."""
    terms: list[Term] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        vi, sep, en = line.partition("\t")
        english = tuple(fold(e, repair=False) for e in en.split("|") if e.strip())
        if not sep or not vi.strip() or not english:
            raise ValueError(f"{path.name}:{n}: expected 'Vietnamese<TAB>English|English'")
        terms.append(Term(vi.strip(), fold(vi.strip(), repair=False), english))
    return terms


@functools.cache
def _english_index(path: Path = LEXICON) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    by_en: dict[str, list[str]] = {}
    for t in read_lexicon(path):
        for e in t.english:
            wording = re.sub(r"[^a-z0-9 ]+", " ", e).split()
            key = " ".join(wording)
            if key:
                by_en.setdefault(key, [])
                if t.folded not in by_en[key]:
                    by_en[key].append(t.folded)
    keys = sorted(by_en, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![a-z0-9])(" + "|".join(re.escape(k) for k in keys) + r")s?(?![a-z0-9])"
    )
    return pattern, {k: tuple(v) for k, v in by_en.items()}


def to_vietnamese(folded_english: str, path: Path = LEXICON) -> list[str]:
    """The folded Vietnamese report terms an English text names, longest English match first
    (non-overlapping): "on time" → "dung han", "district level" → "cap huyen"."""
    pattern, by_en = _english_index(path)
    text = " ".join(re.sub(r"[^a-z0-9 ]+", " ", folded_english).split())
    out: list[str] = []
    for m in pattern.finditer(text):
        for vi in by_en[m.group(1)]:
            if vi not in out:
                out.append(vi)
    return out


@functools.cache
def _vietnamese_index(path: Path = LEXICON) -> tuple[re.Pattern[str], dict[str, str]]:
    first: dict[str, str] = {}
    for t in read_lexicon(path):
        key = " ".join(re.sub(r"[^a-z0-9 ]+", " ", t.folded).split())
        if key and key not in first:
            first[key] = t.english[0]
    keys = sorted(first, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![a-z0-9])(" + "|".join(re.escape(k) for k in keys) + r")(?![a-z0-9])"
    )
    return pattern, first


def to_english(folded_vietnamese: str, path: Path = LEXICON) -> list[str]:
    """The English of the report terms a folded Vietnamese text holds, in order, longest first."""
    pattern, first = _vietnamese_index(path)
    text = " ".join(re.sub(r"[^a-z0-9 ]+", " ", folded_vietnamese).split())
    return [first[m.group(1)] for m in pattern.finditer(text)]
