"""A question that states a figure the reports contradict is not answered as if it held: a
share ("… mới chỉ có 60% trạm y tế xã được kết nối mạng") or a part of a total ("why only 12 of
the 30 bridges?") where the best matching line of the asked province's report states the same
measure with another figure (85 %, 27 of 30). The answer is then "not found" for the premise,
quoting the report's own figure, cited: neither the premise's figure nor an answer to it. No
report of the province may state the premise: a year the question names picks the report whose
line contradicts it, not the reports that may hold it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.extractive.citing import cite
from bot.extractive.tuning import at_least
from bot.nearest import nearest_not_found
from bot.other_label import labelled_other
from bot.stopwords import STOP
from core.query import ParsedQuery, expansions
from core.result import Answer
from core.text import fold
from index.chunk import Chunk, Span
from index.generations import LoadedIndex
from index.metadata import Report
from index.retrieve import Hit

# The best retrieved chunks read for the contradicting line: the premise's measure is one the
# question is about, so its line ranks near the top; further down, another measure's line
# with similar words is likelier than the asked one's.
PREMISE_HITS = 5
# Content words of the question after a stated figure, at most: the measure it names ("trạm y
# tế xã được kết nối mạng nội bộ"), not the rest of the question.
PREMISE_WORDS = 8
# At least this many content words must name the measure: "60% hồ sơ" alone names no measure
# a line could be matched on.
PREMISE_MIN_WORDS = 3
# Two shares this close are one figure rounded ("55,8%" for "55,82%"), not a contradiction.
PREMISE_SHARE_GAP = 1.0
# A total this small ("1 of 2") is too common to tie a line to the question's total.
PREMISE_MIN_TOTAL = 10
# A "total" in this range is a year: "3/2022" is a month or a quarter of it, no part of a total.
PREMISE_YEARS = range(1900, 2101)

# A share as a folded question or line writes it ("90%", "90.5%", "90 phan tram", "90 percent").
_SHARE = re.compile(r"(?<![\d.,/])(\d{1,3}(?:[.,]\d+)?)\s*(?:%|phan tram\b|percent\b)")
# A part of a total the question states ("12 of the 30", "12/30", "12 tren 30", "12 trong tong
# so 30"); a date ("15/12/2021") is none: its parts run on with another "/"; nor is a period
# ("q1/2019", "quý 3/2022": its total is a year, see `premise_parts`).
_PART_OF = re.compile(
    r"(?<![\w.,/])(\d+)\s*(?:/|\s(?:out of|of(?: the)?|tren(?: tong so)?|trong(?: tong so)?)\s)"
    r"\s*(\d+)(?![\d/.,])"
)
# A word before a stated share that makes it a threshold or a target, not a premise ("trên
# 90%", "mục tiêu 90%", "at least 90%"): its report line may state any other share.
_NOT_PREMISE = re.compile(
    r"\b(?:tren|hon|duoi|it nhat|toi thieu|toi da|vuot|muc tieu|chi tieu|ke hoach|phan dau|"
    r"above|over|more than|less than|at least|at most|below|under|target\w*|goal|aim\w*|"
    r"plan\w*)\s*$"
)
_WORD = re.compile(r"[a-z]+")
_NUMBER = re.compile(r"\d")


def _value(text: str) -> float:
    """A share's value ("90.90" or "90,90": 90.9)."""
    return float(text.replace(",", "."))


def _measure_words(text: str) -> list[str]:
    """The content words after a stated figure, up to the next figure: what it measures."""
    cut = _NUMBER.search(text)
    words = [w for w in _WORD.findall(text[: cut.start()] if cut else text) if w not in STOP]
    return words[:PREMISE_WORDS]


def premise_shares(folded: str) -> list[tuple[float, str, list[str]]]:
    """The shares a folded question states as premises, each with its text and the words of
    the measure it names; none for a threshold or a target ("trên 90%", "mục tiêu 90%")."""
    found = []
    for m in _SHARE.finditer(folded):
        if _NOT_PREMISE.search(folded[max(0, m.start() - 20) : m.start()]):
            continue
        words = _measure_words(folded[m.end() :])
        if len(words) >= PREMISE_MIN_WORDS:
            found.append((_value(m.group(1)), m.group(0), words))
    return found


def premise_parts(folded: str) -> list[tuple[int, int, list[str]]]:
    """The parts of a total a folded question states, each with the words of the measure it
    names ("12 of the 30 bridges": (12, 30, ["bridges"])); none that names no measure."""
    found = []
    for m in _PART_OF.finditer(folded):
        part, total, words = int(m.group(1)), int(m.group(2)), _measure_words(folded[m.end() :])
        if words and total >= PREMISE_MIN_TOTAL and part < total and total not in PREMISE_YEARS:
            found.append((part, total, words))
    return found


def _contradicts_share(line: str, share: float, words: list[str]) -> str:
    """The share a folded line states for the measure `words` name, when it is another than
    `share` and the line states `share` nowhere; "" otherwise."""
    said = [(_value(m.group(1)), m) for m in _SHARE.finditer(line)]
    if any(abs(v - share) < PREMISE_SHARE_GAP for v, _ in said):
        return ""
    asked = set(words)
    for _, m in said:
        own = set(_measure_words(line[m.end() :]))
        if at_least(len(asked & own), len(asked), "PREMISE_COVERAGE"):
            return m.group(1) + "%"
    return ""


def _part_said(line: str, total: int) -> int | None:
    """The part of `total` a folded line states ("27 du an trong tong so 30", "27/30"), if any."""
    of = re.search(
        rf"(?<![\w.,/])(\d+)(?:\s+[a-z]+){{0,4}}?\s*(?:/|\s(?:trong|tren)(?:\s+[a-z]+)?"
        rf"(?:\s+so)?\s+){total}(?![\d/]|[.,]\d)",
        line,
    )
    return int(of.group(1)) if of and int(of.group(1)) < total else None


def _names_measure(line: set[str], asked: set[str]) -> bool:
    """Whether the words of a line name the measure of the asked words: most of them, each in
    the line itself or in a report wording the glossary gives it ("tasks": "nhiem vu")."""
    said = [w for w in asked
            if w in line or any(set(e.split()) <= line for e in expansions(w))]  # fmt: skip
    return at_least(len(said), len(asked), "PREMISE_COVERAGE")


def _contradicts_part(line: str, part: int, total: int, words: list[str]) -> str:
    """The part of `total` a folded line states for the measure `words` name (as a share's,
    see `_contradicts_share`), when it is another than `part` and the line states `part`
    nowhere; "" otherwise: another measure's rank or count out of the same total is none."""
    if re.search(rf"(?<![\d.,/]){part}(?!\d|[.,]\d)", line):
        return ""
    if not _names_measure(set(_WORD.findall(line)), set(words)):
        return ""
    said = _part_said(line, total)
    return f"{said}/{total}" if said is not None and said != part else ""


def _own_hits(q: ParsedQuery, hits: Sequence[Hit], reports: dict[str, Report]) -> list[Hit]:
    """The best hits of the provinces the question names, of the years it names if any (none
    when it names no province: a figure of another province contradicts nothing); the lines
    searched for one that contradicts the premise."""
    own = []
    for h in hits[:PREMISE_HITS]:
        r = reports.get(h.chunk.report_id)
        if r is not None and r.province in q.provinces and (not q.years or r.year in q.years):
            own.append(h)
    return own


def _states_share(line: str, share: float, words: list[str]) -> bool:
    """Whether a folded line states `share` (or one it rounds to) for the measure `words` name."""
    asked = set(words)
    return any(
        abs(_value(m.group(1)) - share) < PREMISE_SHARE_GAP
        and at_least(len(asked & set(_measure_words(line[m.end() :]))), len(asked),
                     "PREMISE_COVERAGE")
        for m in _SHARE.finditer(line)
    )  # fmt: skip


def _province_lines(q: ParsedQuery, index: LoadedIndex, digits: set[str]) -> list[str]:
    """The folded lines of every report of the provinces the question names whose chunk holds
    one of `digits` (the premise's figures): where a line stating the premise is looked for,
    whatever year the question names."""
    lines = []
    for chunk, folded in zip(index.chunks, index.folded, strict=True):
        r = index.reports.get(chunk.report_id)
        if r is not None and r.province in q.provinces and any(d in folded for d in digits):
            lines += [fold(chunk.readable(span)) for span in chunk.spans]
    return lines


def false_premise(q: ParsedQuery, ans: Answer, hits: Sequence[Hit], index: LoadedIndex,
                  language: str) -> Answer | None:  # fmt: skip
    """ "Not found" for a figure the question states that the best matching line of the asked
    province's report (of the year asked, if any) contradicts, quoting that line; None when
    nothing is contradicted, when a line of any report of the province states the figure, or
    when the answer already is "not found"."""
    if ans.abstained or not q.provinces:
        return None
    shares, parts = premise_shares(q.folded), premise_parts(q.folded)
    if not shares and not parts:
        return None
    lines = [(hit.chunk, span, fold(hit.chunk.readable(span)))
             for hit in _own_hits(q, hits, index.reports) for span in hit.chunk.spans]  # fmt: skip
    # a share's whole part, or one a share it rounds to may have ("59,6%" for "60%")
    digits = {str(int(s) + d) for s, _, _ in shares for d in (-1, 0, 1)}
    digits |= {str(t) for _, t, _ in parts}
    anywhere = _province_lines(q, index, digits) if lines else []
    found: list[tuple[str, str, Chunk, Span]] = []
    for share, said, words in shares:
        if any(_states_share(line, share, words) for line in anywhere):
            continue
        found += [(said, other, chunk, span) for chunk, span, line in lines
                  if (other := _contradicts_share(line, share, words))]  # fmt: skip
    for part, total, words in parts:
        if any(_part_said(line, total) == part for line in anywhere):
            continue
        found += [(f"{part}/{total}", other, chunk, span) for chunk, span, line in lines
                  if (other := _contradicts_part(line, part, total, words))]  # fmt: skip
    if not found:
        return None
    said, other, chunk, span = found[0]
    return _not_held(q, said, other, index.reports[chunk.report_id], chunk, span, language)


def vetted(q: ParsedQuery, ans: Answer, hits: Sequence[Hit], index: LoadedIndex, language: str,
           intent: str) -> Answer:  # fmt: skip
    """The answer after the premise check (`false_premise`), else, a figure asked, after the
    check of the label its figure is stated under (bot/other_label.py); with the intent asked
    where the answer names none."""
    checked = false_premise(q, ans, hits, index, language) or (
        labelled_other(q, ans) if intent == "figure" else None) or ans  # fmt: skip
    return replace(checked, intent=checked.intent or intent)


def _not_held(q: ParsedQuery, premise: str, other: str, report: Report, chunk: Chunk,
              span: Span, language: str) -> Answer:  # fmt: skip
    """The "not found" that says the report gives `other` where the question says `premise`."""
    cited = cite(report, 1, chunk, span, 1.0)
    if language == "en":
        text = (f"The reports do not say {premise}: the report gives {other} — "
                f"“{cited.quote}” [1]. The question's premise does not hold, so it is not "
                "answered as asked.")  # fmt: skip
    else:
        text = (f"Các báo cáo không nêu {premise}: báo cáo ghi {other} — “{cited.quote}” [1]. "
                "Tiền đề của câu hỏi không đúng nên không trả lời theo câu hỏi.")  # fmt: skip
    return nearest_not_found(q, text, cited, language)
