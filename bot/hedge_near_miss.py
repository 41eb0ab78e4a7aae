"""Candidates each a near miss: a "not sure" whose every candidate figure, read alone as the one
figure stated, is a near miss of what is asked (bot/near_miss.py: the asked part counted
together with another, another level or action, another place's or unit's figure) holds no
figure of the question at all. Listing them keeps open an answer the reports do not give: it
becomes "not found", citing the first candidate's check (its line as the nearest figure).

A candidate no one-figure check judges keeps the "not sure" (it may be the answer); the checks
are those a stated figure gets, so a candidate is dropped exactly where the same figure stated
alone would have been."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import partial

from bot.coverage import missing_from
from bot.extractive.question import _english_counted
from bot.near_miss import near_miss
from bot.nearest import nearest_not_found
from bot.reversed_change import reversed_change
from bot.share_part import share_of_part
from core.query import GLOSSARY, ParsedQuery
from core.result import Answer
from core.text import fold

# A check of one stated figure: (question, answer, language) -> its "not found", or None.
Check = Callable[[ParsedQuery, Answer, str], "Answer | None"]


def each_near_miss(q: ParsedQuery, ans: Answer, language: str, check: Check) -> Answer | None:
    """The "not found" of the first candidate when `check` finds every candidate of a "not
    sure" (two or more candidates, no figure stated), read alone as the stated figure, a
    near miss; None when one is not, or the answer states a figure or abstains."""
    if ans.abstained or ans.figure or len(ans.candidates) < 2:
        return None
    found: list[Answer] = []
    for cand in ans.candidates:
        alone = replace(
            ans, figure=cand.figure, counts=cand.counts, holds_for=cand.holds_for,
            citations=(cand.citation,), candidates=(),
        )  # fmt: skip
        judged = check(q, alone, language)
        if judged is None or not judged.abstained:
            return None
        found.append(judged)
    return found[0]


def _wordings(term: str) -> frozenset[str]:
    """The report wordings of a glossary term as the question writes it ("e-invoices")."""
    key = " ".join(re.sub(r"[^a-z0-9 ]+", " ", fold(term)).split())
    return frozenset((key, *GLOSSARY.get(key, ())))


def off_topic(q: ParsedQuery, ans: Answer, language: str) -> Answer | None:
    """The "not found" of a "not sure" none of whose candidates' passages (line, paragraph,
    section) writes a term the question names (`coverage.missing_from`: "e-invoices"
    beside budget totals): they are figures of something else; None when
    every term is written beside one of them, or the answer is no "not sure". The thing an
    English question counts ("how many people work …") is no topic term: the reports count it
    by their own categories ("10 công chức"), which its glossary wording need not match."""
    if ans.abstained or ans.figure or len(ans.candidates) < 2:
        return None
    texts = [
        f"{c.citation.quote} {c.citation.context} {c.citation.section}" for c in ans.candidates
    ]
    counted = frozenset().union(*_english_counted(q))
    missing = [t for t in missing_from(q, texts) if not counted & _wordings(t)]
    if not missing:
        return None
    terms = ", ".join(f"“{t}”" for t in missing)
    first = ans.candidates[0]
    text = (
        f"Not found: the reports give no such figure; the nearest figures, such as "
        f"{first.figure}, do not mention {terms} [1]."
        if language == "en"
        else f"Không tìm thấy: các báo cáo không nêu số liệu này; các số liệu gần nhất, như "
        f"{first.figure}, không nhắc đến {terms} [1]."
    )
    return nearest_not_found(q, text, first.citation, language)


def beyond_one(q: ParsedQuery, ans: Answer, language: str, intent: str) -> Answer:
    """The answer after the checks that read past its one figure, for a figure or a share
    asked: a "not sure" whose candidates are all near misses (`each_near_miss`) or none of
    whose passages names a term asked (`off_topic`), a whole's
    share stated for the part its sentence breaks out (bot/share_part.py); for any question, a
    change it states that the cited line states the other way (bot/reversed_change.py)."""
    if intent not in ("figure", "percent"):
        return reversed_change(q, ans, language) or ans
    check = partial(near_miss, intent=intent)
    return (
        each_near_miss(q, ans, language, check) or off_topic(q, ans, language)
        or share_of_part(q, ans, language)
        or reversed_change(q, ans, language) or ans
    )  # fmt: skip
