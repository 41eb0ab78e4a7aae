"""A part of one level's breakdown, asked with no level: a report may write "(trong đó: 40 hồ sơ
cấp huyện; …)" after its level-3 count and "(trong đó: 700 hồ sơ cấp huyện; …)" after its
level-4 one, so "how many at district level" names no single figure. When the question names no service level, the first figure is an item inside the
bracket of a whole that names a level, and a runner-up is written with the same label inside
the bracket of a whole of another level, which of them is meant is not known: a doubt ("level"),
so the answer shows both with what each counts instead of one bold figure."""

from __future__ import annotations

import re

from bot.extractive.choice import _ASKED_ITEM, Candidate, part_doubted
from bot.extractive.levels import LEVEL_RUN, asked_levels
from bot.figure_clause import SENTENCE_OPENS, clause_before, in_open_bracket
from core.query import ParsedQuery
from core.text import fold

# The runners-up read: the answer shows at most this many candidates beside the first figure.
RIVALS_READ = 3
# The label of a bracket's item: its words up to the next figure, bracket or semicolon.
_LABEL = re.compile(r"^[^\d();]*")
_LEVEL = re.compile(LEVEL_RUN)
_VOWELS = re.compile(r"[aeiouy]")


def same_label(a: str, b: str) -> bool:
    """Two (folded) labels alike word by word once vowels are dropped, so an OCR-damaged vowel
    ("cp xa" for "cap xa") does not make them two labels."""
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) and all(
        _VOWELS.sub("", x) == _VOWELS.sub("", y) for x, y in zip(wa, wb, strict=True)
    )


def _sentence(c: Candidate) -> str:
    """The candidate's sentence in restored words (its figures as written)."""
    return c.hit.chunk.readable(c.span)


def item_level(quote: str, figure: str) -> tuple[frozenset[int], str] | None:
    """(the levels its whole names, the item's label) of a figure standing inside a bracket
    opened after a whole that names a service level; None for any other figure."""
    found = in_open_bracket(quote, figure)
    if found is None:
        return None
    folded, at, opened = found
    levels = _LEVEL.findall(clause_before(folded, opened, SENTENCE_OPENS))
    label = " ".join(_LABEL.match(folded[at.end() :]).group(0).split())  # type: ignore[union-attr]
    if not levels or not label:
        return None
    return frozenset(int(d) for d in re.findall(r"[1-4]", levels[-1])), label


def level_rival(q: ParsedQuery, ranked: list[Candidate]) -> bool:
    """Whether the first figure is one level's item and a runner-up of the same label is another
    level's, the question naming no level."""
    if not ranked or asked_levels(q.expanded):
        return False
    first = item_level(_sentence(ranked[0]), ranked[0].figure)
    if first is None:
        return False
    for c in ranked[1 : 1 + RIVALS_READ]:
        other = item_level(_sentence(c), c.figure)
        if other is not None and same_label(other[1], first[1]) and other[0] != first[0]:
            return True
    return False


def level_told(sentence: str, figure: str, counts: str) -> str:
    """What a candidate counts, led by its whole's service level in square brackets (words
    added, not the report's) when it is an item of one level's breakdown and its own words name
    no level: "[mức độ 3] trong đó: 40 hồ sơ cấp huyện", so two candidates of one label tell
    apart."""
    found = item_level(sentence, figure)
    if found is None or _LEVEL.search(fold(counts)):
        return counts
    return f"[mức độ {', '.join(str(n) for n in sorted(found[0]))}] {counts}"


def doubts_of(
    q: ParsedQuery, best: Candidate, ranked: list[Candidate], other: frozenset[str]
) -> frozenset[str]:
    """The doubts on the first figure: its own (an asked item is none), `other` (what the thing
    asked found), and "part" or "level" when a runner-up may be the asked part or level."""
    rivals = (("part", part_doubted(q, ranked)), ("level", level_rival(q, ranked)))
    return (best.doubts - {_ASKED_ITEM}) | other | {doubt for doubt, found in rivals if found}
