"""Citations and what a figure says: the one citation builder, restored text of a chunk's
part, what a figure counts, its unit, and the date or period it holds for."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from bot.extractive.held_month import is_month, month_held
from core.lexicon import english_period
from core.result import Citation
from core.text import fold, quarter_number
from index.chunk import Chunk, Span
from index.metadata import Report
from index.restore import readable

if TYPE_CHECKING:
    from bot.extractive.choice import Candidate

_ITEM_EDGE = ";,()\n"


def _describe(sentence: str, figure: str) -> str:
    """What a figure counts, in the report's own words: its item of the clause ("36 DVC cấp
    huyện"), with the words before a colon when the item is the bare figure ("Số DVC mức độ 4
    là: 1.044"); at most about 14 words."""
    raw = figure.rstrip("%")
    i = sentence.find(raw)
    if not raw or i < 0:
        return ""
    start = max(sentence.rfind(c, 0, i) for c in _ITEM_EDGE) + 1
    ends = [j for j in (sentence.find(c, i + len(raw)) for c in _ITEM_EDGE) if j >= 0]
    end = min(ends) if ends else len(sentence)
    # The figure as the sentence writes it ("12,19%" or "12,19 %"): what follows it is read
    # after its percent sign, so the sign is not said twice.
    shown = figure if sentence.startswith(figure, i) else raw
    after = sentence[i + len(shown) : end].split()[:6]
    if not sentence[start:i].split() and len(after) < 2 and start > 1:
        start = max(sentence.rfind(c, 0, start - 1) for c in _ITEM_EDGE) + 1  # "(a: 1, b: 2"
    words = LEAD_IN_WORDS
    if len(after) < 2 and start > 1 and set(fold(sentence[start:i]).split()) <= LEAD_IN:
        words = SHARE_WORDS
        start = _item_before(sentence, start)  # "584 DVC …, đạt tỷ lệ 46%": a share of what
    before = sentence[start:i].split()[-words:]
    return " ".join([*before, shown, *after]).strip(" :.")


# A figure's item is read back this many words; a share whose own item is only its lead-in
# ("đạt tỷ lệ 46%") is read back over the item before it, what it is a share of, a few more
# (the item before plus the lead-in: one clause, about a line of a report, as staff quote it).
LEAD_IN_WORDS = 10
SHARE_WORDS = 20
# Words that lead a figure in without saying what it counts (folded): "đạt tỷ lệ", "chiếm",
# "bằng", "là", "khoảng", "trên", "hơn".
LEAD_IN = frozenset(["dat", "ty", "le", "chiem", "bang", "la", "khoang", "tren", "hon", "gan", "duoc", "voi", "muc"])


def _item_before(sentence: str, start: int) -> int:
    """Where the item before the one starting at `start` starts; a piece that starts with a
    bare level or list number (the "4 trên Cổng …" of "mức độ 3, 4 trên Cổng …") goes on
    a list begun in the item before it, which is read too."""
    edge = start - 1
    while edge > 0:
        prev = max(sentence.rfind(c, 0, edge) for c in _ITEM_EDGE) + 1
        if prev <= 0 or not re.match(r"\s*\d{1,2}\b(?![.,]\d)", sentence[prev:edge]):
            return prev
        edge = prev - 1
    return start


def of_provinces(
    reports: Mapping[str, Report], provinces: Sequence[str], ranked: list[Candidate]
) -> list[Candidate]:
    """The candidate figures of the provinces a question names (all when it names none): a
    figure of another province is no candidate answer, however near its words; the first is
    kept whatever its province."""
    if not provinces:
        return ranked
    return ranked[:1] + [c for c in ranked[1:] if reports[c.hit.chunk.report_id].province in provinces]


def _unit(sentence: str, figure: str) -> str:
    """The word right after the figure ("hồ sơ" reads "hồ"), or "%"."""
    if figure.endswith("%"):
        return "%"
    i = sentence.find(figure)
    after = sentence[i + len(figure) :].split()[:1] if i >= 0 else []
    word = after[0].strip(".,;:()") if after else ""
    return "" if not word or word[0].isdigit() else word


_TOKEN = re.compile(r"\S+")


def cite(
    r: Report,
    n: int,
    chunk: Chunk,
    span: Span,
    score: float,
    *,
    last: Span | None = None,
    context: str | None = None,
    section: str = "",
    line_end: int = 0,
) -> Citation:
    """Citation number `n` of a span (or of the spans `span`..`last`, a paragraph) of one of
    report `r`'s chunks, with its paragraph as context unless `context` is given. People read
    the restored text of an OCR-damaged report; the OCR text stays in `quote_original`. The one
    citation builder of every answerer."""
    last = last or span
    text = chunk.readable_text
    restored = bool(chunk.restored) and span.rstart >= 0 and last.rend >= 0
    start, end = (span.rstart, last.rend) if restored else (span.start, last.end)
    if context is None:
        para_start = text.rfind("\n", 0, start) + 1
        para_end = text.find("\n", end)
        context = text[para_start : para_end if para_end >= 0 else len(text)]
    if not section or section == chunk.section:
        section = chunk.readable_section
    else:
        section = readable(section)
    return Citation(
        n=n, report_id=r.id, title=readable(r.title), number=r.number, agency=r.agency,
        date=r.date_vn, section=section, quote=text[start:end].strip(),
        quote_original=chunk.text[span.start : last.end].strip(),
        score=round(score, 3), province=r.province, period=r.period, chunk_id=chunk.id,
        line_start=span.line_start, line_end=line_end or last.line_end, context=context,
        page=span.page,
    )  # fmt: skip


_MONTHS_OPENING = re.compile(r"\b(\d{1,2})\s+thang\s+dau\s+nam\b")
_MONTHS_CLOSING = re.compile(r"\b(\d{1,2})\s+thang\s+cuoi\s+nam\b")


_QUARTER = re.compile(r"\bquy\s+(iv|iii|ii|i|[1-4])\b")


def quarters_covered(r: Report) -> frozenset[int]:
    """The quarters of its year a report covers: its own quarter, the first or last months of
    the year its period names ("6 tháng đầu năm 2022" → 1, 2), else the whole year."""
    return frozenset({r.quarter}) if r.quarter else quarters_of(r.period)


def quarters_of(period: str) -> frozenset[int]:
    """The quarters of its year a period label covers ("Quý I/2019" → 1, "6 tháng đầu năm
    2022" → 1, 2; "Năm 2022" → all four)."""
    period = fold(period)
    q = _QUARTER.search(period)
    if q:
        return frozenset({quarter_number(q.group(1))})
    m = _MONTHS_OPENING.search(period)
    if m:
        return frozenset(range(1, min(4, (int(m.group(1)) + 2) // 3) + 1))
    m = _MONTHS_CLOSING.search(period)
    if m:
        return frozenset(range(max(1, 5 - (int(m.group(1)) + 2) // 3), 5))
    return frozenset({1, 2, 3, 4})


def readable_part(chunk: Chunk, part: str, lo: int = 0, hi: int = -1) -> str:
    """A piece of a chunk's text (found between `lo` and `hi`: a listed item, what a figure
    counts) as people read it: its words mapped word for word onto the restored sentences
    around it; restored on its own when the words do not line up."""
    hi = len(chunk.text) if hi < 0 else hi
    at = chunk.text.find(part, lo, hi) if part else -1
    if not chunk.restored or at < 0:
        return readable(part)
    end = at + len(part)
    spans = [s for s in chunk.spans if s.start < end and s.end > at]
    if not spans or spans[0].rstart < 0 or spans[-1].rend < 0:
        return readable(part)
    base = spans[0].start
    old = list(_TOKEN.finditer(chunk.text[base : spans[-1].end]))
    new = list(_TOKEN.finditer(chunk.restored[spans[0].rstart : spans[-1].rend]))
    if len(old) != len(new):
        return readable(part)
    first = next(i for i, m in enumerate(old) if m.end() > at - base)
    last = max(i for i, m in enumerate(old) if m.start() < end - base)
    out = new[first].string[new[first].start() : new[last].end()]
    # A part ending inside a word ("tử;" has the separator glued on): drop what it left out.
    tail = old[last].string[end - base : old[last].end()]
    return out[: len(out) - len(tail)] if tail and out.endswith(tail) else out


def holds_text(when: str, period: str, en: bool) -> str:
    """What the figure's date says: as of a day or a month, over a period, or the report's
    period."""
    if "–" in when:
        a, b = when.split("–")
        return f"{a} to {b}" if en else f"từ {a} đến {b}"
    if is_month(when):
        return month_held(when, en)
    if when:
        return f"as of {when}" if en else f"tính đến {when}"
    return period_label(period, en)


def period_label(period: str, en: bool) -> str:
    """The report's period as an answer says it ("kỳ báo cáo 6 tháng đầu năm 2022")."""
    if not period:  # a report added without a period: say nothing rather than an empty label
        return ""
    return f"report period {english_period(period)}" if en else f"kỳ báo cáo {period}"

