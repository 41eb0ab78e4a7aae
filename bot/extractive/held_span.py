"""When a figure's line says it holds: one rule for every answer that says it (a figure's own
answer, the day-held answer, a comparison table's date column). Two dates of a line are a span
when a joining word links them closely (`span_of`); a figure holds for the day or span of its
clause, else the month its clause says it runs to, else the last day (or span) said before it
in its paragraph (`date_held`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.extractive.citing import holds_text
from bot.extractive.held_month import held_month
from bot.extractive.words import held_dates
from core.text import fold
from index.chunk import Chunk, Span
from index.facts import Fact
from index.generations import LoadedIndex

# Two days of a line this close, only a joining word between them ("từ ngày 2/3/2020 đến ngày
# 11/8/2020", "5/8/2021 to 20/9/2021"), are a span. Longer than the widest "đến hết ngày" the
# reports write between two days, with room for OCR noise; any longer and the words between
# are a clause of their own, the second day another figure's.
SPAN_GAP = 25
# All that may stand between the two days of a span (folded): "đến / tới", with "hết" and
# "ngày" after it, "to / until / till / through", or a dash. Nothing else: a word of a clause
# ("tổ chức" folds to "to chuc"), a ";" or a figure between them makes two days of two clauses.
_JOINED = re.compile(r"(?:den|toi)(?: het)?(?: ngay)?|to|until|till|through|[-–]")


def span_of(found: Sequence[re.Match[str]], text: str) -> bool:
    """Whether two dates found in `text` are a span: exactly two, at most `SPAN_GAP`
    characters apart, nothing but a joining word (`_JOINED`) between them."""
    if len(found) != 2:
        return False
    gap = text[found[0].end() : found[1].start()]
    return len(gap) <= SPAN_GAP and bool(_JOINED.fullmatch(fold(gap)))


def short_date(m: re.Match[str]) -> str:
    """`05/06/2022` → `5/6/2022`."""
    return f"{int(m[1])}/{int(m[2])}/{m[3]}"


def held_when(found: Sequence[re.Match[str]], text: str) -> str:
    """The span two dates of `text` make ("3/1/2020–9/4/2020"), "" when they are none."""
    return "–".join(short_date(x) for x in found) if span_of(found, text) else ""


def date_held(index: LoadedIndex, chunk: Chunk, span: Span) -> str:
    """The date a figure of this clause holds for: in the clause (a day, or a span), else its
    as-of month, else the last day (or span) earlier in its paragraph; "" when none."""
    sentence = chunk.sentence(span)
    m = held_dates(sentence)
    if m:  # "tu ngay 3/1/2020 den ngay 9/4/2020": a period, said as one
        return held_when(m[:2], sentence) or short_date(m[0])
    if month := held_month(sentence, index.reports[chunk.report_id]):
        return month  # "Đến tháng 8/2020, …": the line's own as-of month
    para_start = chunk.text.rfind("\n", 0, span.start) + 1
    before = chunk.text[para_start : span.start]
    found = held_dates(before)
    if found:  # the last day before it, or the span it ends
        return held_when(found[-2:], before) or short_date(found[-1])
    return ""


def fact_held(index: LoadedIndex, f: Fact) -> str:
    """`date_held` for a fact-table row: its clause in its chunk."""
    chunk = index.chunks[index.position[f.chunk_id]]
    span = next((s for s in chunk.spans if (s.start, s.end) == (f.span_start, f.span_end)),
                Span(f.span_start, f.span_end, f.line_start, f.line_end, f.page))  # fmt: skip
    return date_held(index, chunk, span)


def holds_for(index: LoadedIndex, f: Fact, en: bool) -> str:
    """When a fact-table row's figure holds, as a figure's own answer says it: the day, span
    or month its line gives (`fact_held`), else the report's period."""
    return holds_text(fact_held(index, f), f.period, en)
