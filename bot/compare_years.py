"""Two years of one thing in one report: "vốn bố trí cho dự án năm 2021 và năm 2022", "in 2021
and in 2022" when no report of each year is in scope (the comparison table's sides are reports:
`bot/compare_sides.py`), but one report gives both years' figures. Each year becomes a part
(`bot/compare_parts.py`): the question asked of that year alone, the other years taken out."""

from __future__ import annotations

import re

from bot.compare_parts import Part
from core.query import ParsedQuery, parse_query

# A year with its preposition and the word that joins it to the other ("and in 2022", "và năm
# 2022", "so với 2019"), the joining word before it, else after it ("năm 2019 so với …").
_JOIN = r"\b(?:and|or|versus|vs\.?|và|va|hay|hoặc|hoac|so với|so voi)\b"
# (a bare year: not one of a date, "15/12/2021", "quý I/2019", "2021-2025")
_YEAR = r"(?:\b(?:in|of|for|năm|nam|trong)\b\s*)?(?<![\d/.-]){year}(?![\d/-])"
_JOINED_BEFORE = r",?\s*" + _JOIN + r"\s*" + _YEAR
_JOINED_AFTER = _YEAR + r",?\s*" + _JOIN


def _without(text: str, year: int) -> str:
    for pattern in (_JOINED_BEFORE, _JOINED_AFTER):
        out, n = re.subn(pattern.format(year=year), "", text, count=1, flags=re.IGNORECASE)
        if n:
            return out
    return text


def year_parts(q: ParsedQuery) -> list[Part]:
    """One part per year the question names (two or more, oldest first), for one place at
    most; [] otherwise."""
    years = sorted(set(q.years))
    if len(years) < 2 or len(q.provinces) > 1:
        return []
    parts = []
    for year in years:
        text = q.text
        for other in years:
            if other != year:
                text = _without(text, other)
        if str(year) not in text or any(str(y) in text for y in years if y != year):
            return []  # a year not said as a year joined to the other ("từ 15/12/2021 đến …")
        parts.append(Part(str(year), parse_query(re.sub(r"\s+", " ", text).strip())))
    return parts
