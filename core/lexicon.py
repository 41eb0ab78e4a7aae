"""The domain lexicon (core/lexicon.tsv): report terms in Vietnamese with their English.

English questions are expanded into the reports' Vietnamese wording (folded) for the BM25 side
and for fact matching: "how many dossiers were settled on time" gains "ho so", "giai quyet",
"dung han".
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from core.text import fold, is_syllable

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


# British spellings and their American twins (either may be typed; the lexicon writes one).
_SPELLINGS = (("isation", "ization"), ("ise", "ize"), ("ised", "ized"), ("ising", "izing"),
              ("centre", "center"), ("programme", "program"), ("licence", "license"),
              ("labour", "labor"), ("defence", "defense"))  # fmt: skip
_SIBILANT = re.compile(r"(?:s|x|z|ch|sh)$")


def _spellings(word: str) -> set[str]:
    """A word's British and American spellings, and for a noun in -ion its adjective and back
    ("organization" ↔ "organizational"). A Vietnamese syllable or a short word has none."""
    if len(word) < 4 or not word.isalpha() or is_syllable(word):
        return {word}
    forms = {word}
    for brit, amer in _SPELLINGS:
        for a, b in ((brit, amer), (amer, brit)):
            if len(a) > 5 and a in word:  # "organisational": inside the word too
                if not (a in b and b in word):  # "programme" holds "program": no "programmeme"
                    forms.add(word.replace(a, b))
            elif word.endswith(a):
                forms.add(word[: -len(a)] + b)
    for w in list(forms):
        if w.endswith("ion"):
            forms.add(w + "al")
        elif w.endswith("ional"):
            forms.add(w[:-2])
    return forms


def _plurals(word: str) -> set[str]:
    """The plurals a pattern's trailing "s?" does not cover: "cities", "boxes", "addresses"."""
    if len(word) < 3 or not word.isalpha() or is_syllable(word):
        return set()
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return {word[:-1] + "ies"}
    if _SIBILANT.search(word) and not re.search(r"[^s]s$", word):  # "documents": plural
        return {word + "es"}
    return set()


def variants(wording: str) -> list[str]:
    """An English wording and the forms a question may type it in: each word's other
    spellings (`_spellings`), the last word's plural; the wording itself first. A plain plural
    "s" is matched by the patterns themselves."""
    words = wording.split()
    out = [wording] if words else []
    combos: list[list[str]] = [[]]
    for w in words:
        combos = [c + [f] for c in combos for f in sorted(_spellings(w))][:16]
    for c in combos:
        for last in sorted({c[-1], *_plurals(c[-1])}):
            v = " ".join(c[:-1] + [last])
            if v not in out:
                out.append(v)
    return out


@functools.cache
def _english_index(path: Path = LEXICON) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    by_en: dict[str, list[str]] = {}
    for t in read_lexicon(path):
        for e in t.english:
            wording = " ".join(re.sub(r"[^a-z0-9 ]+", " ", e).split())
            for key in variants(wording):
                by_en.setdefault(key, [])
                if t.folded not in by_en[key]:
                    by_en[key].append(t.folded)
    merge_plurals(by_en)
    keys = sorted(by_en, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![a-z0-9])(" + "|".join(re.escape(k) for k in keys) + r")s?(?![a-z0-9])"
    )
    return pattern, {k: tuple(v) for k, v in by_en.items()}


def merge_plurals(by_en: dict[str, list[str]]) -> None:
    """A wording written in the singular by one term and in the plural by another names
    both terms either way ("organizational certificate(s)")."""
    for key in list(by_en):
        if key.endswith("s") and not key.endswith("ss") and key[:-1] in by_en:
            both = list(dict.fromkeys(by_en[key[:-1]] + by_en[key]))
            by_en[key] = by_en[key[:-1]] = both


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


def vietnamese_terms(folded: str, path: Path = LEXICON) -> list[str]:
    """The lexicon terms (folded) a folded Vietnamese text names, in order, longest first."""
    pattern, _ = _vietnamese_index(path)
    text = " ".join(re.sub(r"[^a-z0-9 ]+", " ", folded).split())
    return [m.group(1) for m in pattern.finditer(text)]
