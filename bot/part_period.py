"""The period one part of a report states in its own heading ("II. Kết quả … 5 tháng đầu năm
2022"): a question naming the part ("Part II … over what period?", "phần II … kỳ nào?") asks
that period, which may be narrower than the report's (a year's report whose part II covers
its first five months)."""

from __future__ import annotations

import re

from core.text import fold
from index.generations import LoadedIndex

# A part named by its Roman numeral, in English or Vietnamese (folded).
_PART_Q = re.compile(r"\b(?:part|section|phan|muc)\s+([ivx]{1,4})\b")
# The periods a heading may state, most specific first (folded words).
_PERIODS = (
    re.compile(r"\b\d{1,2} thang (?:dau|cuoi) nam(?: \d{4})?\b"),
    re.compile(r"\bquy [ivx]{1,4}(?: nam \d{4}|/\d{4})?\b"),
    re.compile(r"\bnam \d{4}\b"),
)


def part_named(folded_question: str) -> str:
    """The Roman numeral of the part a question names ("part ii" → "ii"), or ""."""
    m = _PART_Q.search(folded_question)
    return m.group(1) if m else ""


def heading_period(heading: str) -> str:
    """The period a heading states, in its own (readable) words, or ""."""
    words = heading.split()
    folded = [fold(w) for w in words]
    joined = " ".join(folded)
    for pattern in _PERIODS:
        m = pattern.search(joined)
        if m:
            first = joined[: m.start()].count(" ")
            return " ".join(words[first : first + m.group(0).count(" ") + 1])
    return ""


def part_period(index: LoadedIndex, report_id: str, folded_question: str) -> str:
    """The period the heading of the part the question names states, or "" (no part named,
    no such part, or a heading stating no period)."""
    numeral = part_named(folded_question)
    if not numeral:
        return ""
    from bot.structure import report_tree  # bot.structure imports bot.answer, which imports us

    for section in report_tree(index, report_id).walk():
        paras = section.paras
        if paras and fold(section.heading).startswith(f"{numeral}."):
            return heading_period(paras[0].readable)
    return ""
