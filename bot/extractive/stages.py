"""A dossier's stage asked ("đã giải quyết", "resolved") against the stage each figure is said
of in its own sentence: "Số lượng hồ sơ đã giải quyết: 96.117; trong đó … quá hạn: 1380" is
of resolved dossiers, "Số lượng hồ sơ đang giải quyết: 7.310; trong đó … quá hạn: 2.347" of
those still in process, "tổng số hồ sơ tiếp nhận …: 41.208" of those received. A figure of
another stage than the one asked is not the asked figure, however close its score."""

from __future__ import annotations

import re

from bot.extractive.choice import Candidate
from bot.extractive.tuning import UNIT_BONUS
from core.query import ParsedQuery
from core.text import fold

# The stages, each in the reports' words and in English; the first of a question's words that
# names one. "Giải quyết" alone (no "đã", "đang") names none.
_STAGES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("pending", re.compile(
        r"\b(?:dang giai quyet|chua giai quyet|in progress|pending|still (?:being )?"
        r"(?:processed|processing|handled|handling|in process))\b")),
    ("resolved", re.compile(r"\b(?:da giai quyet|giai quyet xong|resolved|settled)\b")),
    ("received", re.compile(r"\b(?:tiep nhan|received)\b")),
)  # fmt: skip
# Where a sentence ends (a figure's "96.117" is none: no space after its dot).
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def stage_asked(folded: str) -> str | None:
    """The one stage a question names; None when it names none or several."""
    named = {name for name, pattern in _STAGES if pattern.search(folded)}
    return named.pop() if len(named) == 1 else None


def stage_said(c: Candidate) -> str | None:
    """The stage the candidate's sentence names last before its figure, or None."""
    chunk = c.hit.chunk
    restored = bool(chunk.restored) and c.span.rstart >= 0
    text = chunk.readable_text
    start, end = (c.span.rstart, c.span.rend) if restored else (c.span.start, c.span.end)
    clause = fold(text[start:end])
    at = re.search(r"(?<![\d.,])" + re.escape(fold(c.figure)) + r"(?!\d|[.,]\d)", clause)
    if at is None:
        return None
    before = fold(text[:start]) + " " + clause[: at.start()]
    ends = list(_SENTENCE_END.finditer(before))
    sentence = before[ends[-1].end() :] if ends else before
    found = [(m.end(), name) for name, p in _STAGES for m in p.finditer(sentence)]
    return max(found)[1] if found else None


def stage_first(
    q: ParsedQuery, ranked: list[Candidate], decided: bool = False
) -> tuple[list[Candidate], bool]:
    """The figures with the first of the best three said of the asked stage first, when the
    best is said of another stage (not of none) (scoring less by no more than `UNIT_BONUS`, same report); and
    whether the stages decided the first: the best said of the asked stage, the runner-up of
    another."""
    asked = stage_asked(q.folded)
    if asked is None or len(ranked) < 2:
        return ranked, decided
    best, said = ranked[0], stage_said(ranked[0])
    if said == asked:
        other = stage_said(ranked[1])
        return ranked, decided or (other is not None and other != asked)
    if said is None:  # its stage may be said after it ("322.962 hồ sơ được tiếp nhận")
        return ranked, decided
    for c in ranked[1:3]:
        if (
            c.hit.chunk.report_id == best.hit.chunk.report_id
            and best.score - c.score <= UNIT_BONUS
            and stage_said(c) == asked
        ):
            return [c] + [x for x in ranked if x is not c], True
    return ranked, decided
