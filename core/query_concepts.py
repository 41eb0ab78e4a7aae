"""Which report wordings of a question's expansion are alternatives of one asked word: an
English word the glossary or the domain lexicon reads several ways ("staffing" → "biên chế",
"nhân sự") asks for one concept, which a text holds by holding any one of its wordings."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Iterable, Mapping

from core.lexicon import english_index, without_denied
from core.places import strip_provinces
from core.query import GLOSSARY, GLOSSARY_RE, _word_terms

# One asked concept: the words (folded syllables) of each of its report wordings.
Concept = tuple[frozenset[str], ...]


def asked_concepts(folded: str, more: Mapping[str, str] | None = None) -> tuple[Concept, ...]:
    """For each (English) wording of a folded question that the glossary or the lexicon reads
    as two report wordings or more, those wordings' words, one set each (as `expansions`
    reads the question: the glossary's wordings, then the lexicon's, then `more`'s of the
    same asked word joined); a wording read one way only is no choice and is left out."""
    plain = without_denied(folded, _word_terms)
    by_asked = {k: list(v) for k, v in _read_ways(plain).items()}
    for asked, wording in (more or {}).items():
        if re.search(rf"(?<![a-z0-9]){re.escape(asked)}(?![a-z0-9])", plain):
            by_asked.setdefault(asked, []).append(wording)
    out: list[Concept] = []
    for wordings in by_asked.values():
        words = {frozenset(re.sub(r"[^a-z0-9 ]+", " ", w).split()) for w in wordings}
        words.discard(frozenset())
        if len(words) >= 2:
            out.append(tuple(sorted(words, key=sorted)))
    return tuple(out)


@functools.lru_cache(maxsize=256)
def _read_ways(plain: str) -> dict[str, tuple[str, ...]]:
    """The report wordings the glossary, then the lexicon, read each asked wording as."""
    by_asked: dict[str, list[str]] = {}
    for m in GLOSSARY_RE.finditer(plain):
        by_asked.setdefault(m.group(1), []).extend(GLOSSARY[m.group(1)])
    pattern, by_en = english_index()
    text = " ".join(re.sub(r"[^a-z0-9 ]+", " ", strip_provinces(plain)).split())
    for m in pattern.finditer(text):
        by_asked.setdefault(m.group(1), []).extend(by_en[m.group(1)])
    return {k: tuple(v) for k, v in by_asked.items()}


def concept_mass(
    words: Iterable[str], held: Collection[str], idf: Callable[[str], float],
    concepts: Iterable[Concept],
) -> tuple[float, float]:  # fmt: skip
    """The idf mass of the topic `words` a text `held`, and of all of them, each asked
    concept counted once: by its wording of most mass among the topic words (the one a text
    holds most of, for the mass held), not by all its wordings' words together (a heading
    that says "biên chế" holds "staffing" whole; its missing "nhân sự" is no gap). Words of
    no concept count each on their own; a concept with fewer than two wordings among the
    topic words is no choice, its words counted on their own."""
    topic = set(words)
    grouped: set[str] = set()
    total = mass = 0.0
    for concept in concepts:
        wordings = [w & topic for w in concept if w & topic]
        if len(set(wordings)) < 2:
            continue
        grouped.update(*wordings)
        total += max(sum(map(idf, w)) for w in wordings)
        mass += max(sum(idf(x) for x in w if x in held) for w in wordings)
    rest = topic - grouped
    total += sum(map(idf, rest))
    mass += sum(idf(x) for x in rest if x in held)
    return mass, total
