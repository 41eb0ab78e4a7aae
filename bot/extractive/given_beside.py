"""The share written beside a figure the question gives: "… khoản vốn 2.750 tỷ đồng giải ngân
được bao nhiêu %?" asks the percentage its sentence writes right after that amount ("Tổng vốn …
8.900 tỷ đồng, đạt 82% …, trong đó: vốn trong nước … 2.750 tỷ đồng, đạt 76% …"), not the
sentence's first one, which belongs to another amount."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.extractive.levels import asked_levels
from bot.extractive.stated import given
from bot.extractive.tuning import NEAR_TOP_READ
from bot.intents_types import WANTS_PERCENT
from core.query import ParsedQuery
from core.text import figures, fold

if TYPE_CHECKING:
    from bot.extractive.choice import Candidate

# A figure as a sentence writes it, a percentage with its sign; dates are skipped (`_DATE`).
_FIGURE = re.compile(r"(?<![\w/])\d[\d.,]*(?:\s*%)?")
_DATE = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?")
# Words after a figure that make it a span or a point of time, no amount ("6 tháng đầu năm",
# "by 6 June", "quý 2 năm"): a period the question names is no figure it gives.
_TIME_AFTER = re.compile(
    r"^\s*(?:thang|nam|quy|ngay|tuan|gio|months?|years?|quarters?|days?|weeks?|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b"
)
# Words before a figure that make it a service level, no amount ("mức độ 3, mức độ 4": "4").
_LEVEL_BEFORE = re.compile(r"\b(?:muc do|muc|level|levels)\s*(?:\d\s*(?:,|va|and)\s*)?$")
# How far back (in characters) `_LEVEL_BEFORE` is read: its longest form ("levels 3 and ", 13)
# with room for extra spaces; a level word further back names another figure, not this one.
_LEVEL_LOOKBACK = 16
# Words a document's number follows ("Đề án 06", "Kế hoạch số 18", "Decree No. 61"): a number
# naming a document is no amount the question gives. Not one followed by a money unit: "kế
# hoạch 1.530 tỷ đồng" is a planned amount (`_MONEY_AFTER`).
_DOCUMENT_BEFORE = re.compile(
    r"\b(?:de an|nghi dinh|ke hoach|chi thi|quyet dinh|thong tu|cong van|"
    r"decree|plan|decision|directive|circular|project)\s*(?:so|no\.?|number)?\s*$"
)
_MONEY_AFTER = re.compile(r"^\s*(?:ty|trieu|nghin|ngan|dong|vnd|billion|million|%)")


def share_after(text: str, stated: frozenset[str]) -> set[str] | None:
    """The canonical figures of the percentage a sentence writes next after a figure the
    question gives, with no other amount between; None when it writes none such."""
    plain = _DATE.sub(" ", fold(text))
    found = [
        m.group(0) for m in _FIGURE.finditer(plain)
        if not _TIME_AFTER.match(plain[m.end() :])
        and not _LEVEL_BEFORE.search(plain[max(0, m.start() - _LEVEL_LOOKBACK) : m.start()])
    ]  # fmt: skip
    for i, f in enumerate(found):
        if f.rstrip().endswith("%") or not figures(f) & stated:
            continue
        nxt = found[i + 1] if i + 1 < len(found) else ""
        return figures(nxt) if nxt.rstrip().endswith("%") else None
    return None


def given_amounts(q: ParsedQuery) -> frozenset[str]:
    """The figures a question gives (`stated.given`), less a span or point of time it names
    ("6 tháng đầu năm", "by 6 June"), the service levels it asks ("mức độ 3, 4") and the
    number of a document it names ("Đề án 06", "Kế hoạch số 18")."""
    text = q.folded
    times = (m.group(0) for m in _FIGURE.finditer(text) if _TIME_AFTER.match(text[m.end() :]))
    levels = {str(n) for n in asked_levels(q.expanded)}
    documents = (
        m.group(0) for m in _FIGURE.finditer(text)
        if _DOCUMENT_BEFORE.search(text[: m.start()]) and not _MONEY_AFTER.match(text[m.end() :])
    )  # fmt: skip
    named = {f for t in (*times, *documents) for f in figures(t)}
    return given(q) - named - levels


def beside_given(
    q: ParsedQuery, ranked: list[Candidate], decided: bool
) -> tuple[list[Candidate], bool]:
    """The ranking with the percentage written right after a figure the question gives first
    (a share asked of that figure), and whether the labels decided the first (no longer, once
    moved: the margin over the rest judges it, as the clue is one sentence's order); unchanged
    when no share is asked, no figure given, or no near sentence writes one after it."""
    stated = given_amounts(q)
    if not ranked or not stated or not WANTS_PERCENT.search(q.folded):
        return ranked, decided
    for c in ranked[:NEAR_TOP_READ]:
        share = share_after(c.hit.chunk.sentence(c.span), stated)
        if share is None:
            continue
        if figures(ranked[0].figure) == share:
            return ranked, decided
        for x in ranked:
            if x.hit.chunk.id == c.hit.chunk.id and figures(x.figure) == share:
                return [x, *(y for y in ranked if y is not x)], False
        return ranked, decided
    return ranked, decided
