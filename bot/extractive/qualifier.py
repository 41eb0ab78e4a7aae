"""A qualifier the question asks that singles one figure out of its rivals: two content words
side by side in the question ("có phát sinh hồ sơ", "trên Cổng DVC Quốc gia") that a figure's
own words say side by side and a rival's do not. A rival lacking every such phrase the chosen
figure says, and saying none the chosen one lacks, is no genuine rival of it
(bot/extractive/confidence.py `genuine_rivals`): "tỷ lệ 40%" of the services put on the national
portal is not doubted by the "70%" of all services when the question asks the portal's.

A figure's own words: its sentence (from the last full stop or semicolon before it) up to the
end of its own item after it (bot/figure_clause.py `OWN_BREAKS`). An abbreviation is read as
the words it stands for, in the question and in the report alike ("DVC" as "dịch vụ công"): a
report writing it out says the same phrase. OCR-broken words match by their consonant
skeleton (`pairs_apart`), so a misread rival still says what it says."""

from __future__ import annotations

import re

from bot.extractive.choice import Candidate
from bot.extractive.words import _ABBR_WORDS, pairs_apart
from bot.figure_clause import OWN_BREAKS, SENTENCE_OPENS, clause_before, figure_at
from bot.stopwords import FIGURE_STOP, STOP
from core.query import ParsedQuery
from core.text import fold

Pair = tuple[str, str]

# Words that are no qualifier of what a figure counts: question and function words, the words
# of any count or share ("tổng số", "tỷ lệ", "đạt"), and the period's words ("6 tháng đầu
# năm", "cuối kỳ"): a period is asked of the report, and a rival of the same report need not
# repeat it (bot/extractive/years.py weighs periods).
NOT_QUALIFIER = STOP | FIGURE_STOP | frozenset(
    ["thang", "dau", "nam", "quy", "cuoi", "ky", "nua", "ngay", "tuan"]
)
# The fewest letters a qualifier's word has: shorter ones are OCR debris or particles.
MIN_LETTERS = 2

_TOKEN = re.compile(r"[^\W_]+")


def _tokens(folded: str) -> list[str]:
    return [w for t in _TOKEN.findall(folded) for w in _ABBR_WORDS.get(t) or (t,)]


def _content(token: str, places: frozenset[str]) -> bool:
    return (
        len(token) >= MIN_LETTERS and token not in NOT_QUALIFIER and token not in places
        and not any(ch.isdigit() for ch in token)
    )  # fmt: skip


def asked_pairs(q: ParsedQuery) -> frozenset[Pair]:
    """The pairs of content words side by side in the question (and in the report wording its
    English terms expand to), the province's own name left out: it says where, not what."""
    places = frozenset(t for p in q.provinces for t in _TOKEN.findall(fold(p)))
    out: set[Pair] = set()
    for text in {q.folded, q.expanded}:
        tokens = _tokens(text)
        out.update(
            (a, b) for a, b in zip(tokens, tokens[1:], strict=False)
            if _content(a, places) and _content(b, places)
        )  # fmt: skip
    return frozenset(out)


def own_words(c: Candidate) -> list[str]:
    """The figure's own words (its sentence up to the end of its own item), folded tokens with
    abbreviations expanded; [] when the figure is not found in its clause."""
    found = figure_at(c.hit.chunk.readable(c.span), c.figure)
    if found is None:
        return []
    folded, at = found
    end = OWN_BREAKS.search(folded, at.end())
    before = clause_before(folded, at.start(), SENTENCE_OPENS)
    return _tokens(before + folded[at.start() : end.start() if end else len(folded)])


def _said(pairs: frozenset[Pair], words: list[str]) -> frozenset[Pair]:
    return frozenset(p for p in pairs if pairs_apart([p], [words]) == 0)


def singles_out(pairs: frozenset[Pair], best: Candidate, rival: Candidate) -> bool:
    """Whether the best figure's own words say an asked pair the rival's do not, and the
    rival's say none the best's do not. Not of two figures of one clause (a breakdown's item
    reads its headline's words: `confidence.related` weighs those),
    nor when either is unreadable."""
    if not pairs or (best.hit.chunk.id, best.span.start) == (rival.hit.chunk.id, rival.span.start):
        return False
    mine, theirs = own_words(best), own_words(rival)
    if not mine or not theirs:
        return False
    said_mine, said_theirs = _said(pairs, mine), _said(pairs, theirs)
    return bool(said_mine - said_theirs) and not said_theirs - said_mine
