"""A part whose line names another year than the question, beside a part stated from a line
of the same list that names the asked year: "+ Tổng thu toàn tỉnh năm 2022 ước đạt …" /
"+ Tổng chi ngân sách địa phương năm 2021 ước đạt …" in the 2022 results of a 2022 report.
The figure answerer doubts the second part for its year; asked again without the year, the
figure its sibling line gives is that part's, stated with what its line says of the year in
its date cell ("the line says 2021"), never silently. Only when the two lines are items of one
list (same bullet, a few lines apart, one chunk) and the re-asked answer is sure."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from bot.compare_answered import stated
from bot.compare_parts import Part
from core.query import ParsedQuery, parse_query
from core.result import Answer

NEAR_LINES = 6  # lines apart two items of one short list may start, at most
_YEAR = re.compile(r"(?<!\d)(?:19[89]\d|20[0-4]\d)(?!\d)")
_BULLET = re.compile(r"^\s*([-+*•])\s")


def _without_years(text: str, years: Sequence[int]) -> str:
    for y in years:
        text = re.sub(rf"(?:\b(?:năm|nam|in|year)\s+)?(?<!\d){y}(?!\d)('s)?", "", text)
    return re.sub(r"\s+", " ", text).strip()


def _bullet(quote: str) -> str:
    m = _BULLET.match(quote)
    return m.group(1) if m else ""


def sibling_year(
    q: ParsedQuery, parts: Sequence[Part], answers: list[Answer],
    ask: Callable[[ParsedQuery], Answer], en: bool,
) -> list[Answer]:  # fmt: skip
    """The parts' answers, an unsure part's answered from its sibling item as above; as they
    are otherwise."""
    if len(answers) != 2 or len(parts) != 2 or not q.years:
        return answers
    sure = [k for k, a in enumerate(answers) if stated(a) and a.citations]
    if len(sure) != 1:
        return answers
    s = answers[sure[0]].citations[0]
    k = 1 - sure[0]
    asked = {str(y) for y in q.years}
    if not asked & set(_YEAR.findall(s.quote)):
        return answers
    again = ask(parse_query(_without_years(parts[k].query.text, q.years)))
    if not stated(again) or not again.citations:
        return answers
    c = again.citations[0]
    years = set(_YEAR.findall(c.quote))
    if (c.chunk_id != s.chunk_id or abs(c.line_start - s.line_start) > NEAR_LINES
            or not _bullet(c.quote) or _bullet(c.quote) != _bullet(s.quote)
            or len(years) != 1 or years & asked):  # fmt: skip
        return answers
    said = f"the line says {years.pop()}" if en else f"dòng ghi năm {years.pop()}"
    out = list(answers)
    out[k] = replace(again, holds_for=f"{again.holds_for}; {said}" if again.holds_for else said)
    return out
