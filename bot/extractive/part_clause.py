"""A whole and its part said in one sentence, the question naming one of them: "Tổng chi X ước
đạt 900 tỷ đồng, đạt 120% dự toán, trong đó: chi Y ước đạt 300 tỷ đồng, bằng 150% dự toán"
holds two figures of each kind, one of the whole (before "trong đó") and one of its part (after).
A question naming the part's own words ("chi Y ước đạt bao nhiêu % dự toán") asks the part's
figure, one naming the whole's the whole's; the scores alone barely tell them apart, so the
answer hedged between them.

Here the best figure and its runner-up standing in the same sentence, on either side of a
breakdown opening ("trong đó", "trong số", "bao gồm", "including", "of which"), are told apart
by the words their own stretch says before them: the stretch whose words share more adjacent
word pairs with the question (its glossary's report wordings counted) names the asked figure,
and that figure comes first, decided by its own words. When the two stretches share as many,
or the winner fewer than `MIN_PAIRS`, nothing is decided: the ranking stands as it was (and a
close margin still hedges)."""

from __future__ import annotations

import re

from bot.extractive.choice import Candidate
from bot.figure_clause import figure_at
from core.query import ParsedQuery
from index.lexical import tokenize

# What opens a breakdown of the figure before it inside one sentence (folded), and a clause
# break that ends a stretch ("; " between the items of a list).
_OPENS = re.compile(r"\btrong (?:do|so)\b|\bbao gom\b|\bincluding\b|\bof which\b|;")
# The fewest adjacent word pairs of the question a stretch must say to name its figure: one
# pair ("ước đạt", "dự toán") is said by the whole and its part alike; a thing's name is two
# words at least, and with the verb or measure beside it, two pairs.
MIN_PAIRS = 2


def _pairs(words: list[str]) -> set[tuple[str, str]]:
    return set(zip(words, words[1:], strict=False))


def _stretch(c: Candidate) -> tuple[int, str] | None:
    """Which stretch of its sentence the candidate's figure stands in (counted from 0, cut at
    `_OPENS`) and that stretch's words before the figure; None when the figure is not found."""
    found = figure_at(c.hit.chunk.readable(c.span), c.figure)
    if found is None:
        return None
    folded, at = found
    cuts = [m.end() for m in _OPENS.finditer(folded[: at.start()])]
    return len(cuts), folded[(cuts[-1] if cuts else 0) : at.start()]


def _same_sentence(a: Candidate, b: Candidate) -> bool:
    return a.hit.chunk.id == b.hit.chunk.id and (a.span.start, a.span.end) == (
        b.span.start,
        b.span.end,
    )


def part_clause_first(q: ParsedQuery, ranked: list[Candidate]) -> tuple[list[Candidate], bool]:
    """The ranking with the figure whose stretch the question names first, and whether that
    decided it: only when the best figure and the runner-up stand in one sentence, in
    different stretches of it (a whole and its breakdown), and one stretch names strictly
    more of the question's adjacent word pairs, at least `MIN_PAIRS`."""
    if len(ranked) < 2 or not _same_sentence(ranked[0], ranked[1]):
        return ranked, False
    first, second = _stretch(ranked[0]), _stretch(ranked[1])
    if first is None or second is None or first[0] == second[0]:
        return ranked, False
    asked = _pairs(tokenize(q.expanded))
    named = [len(asked & _pairs(tokenize(s[1]))) for s in (first, second)]
    if max(named) < MIN_PAIRS or named[0] == named[1]:
        return ranked, False
    if named[0] > named[1]:
        return ranked, True
    return [ranked[1], ranked[0], *ranked[2:]], True
