"""The year a figure is for, against the year a question asks: "Kế hoạch vốn đã cấp năm 2021:
3.500.000.000 đồng; … năm 2022: 9.000.000.000 đồng" gives one figure per year, and a figure
said of a year is the answer only for that year."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import bot.extractive.tuning as tuning
from bot.extractive.words import _DATE, _FIG, _YEARLIKE
from core.text import fold

if TYPE_CHECKING:
    from bot.extractive.sites import _Site
    from core.query import ParsedQuery
    from index.chunk import Chunk, Span

# The doubt of a figure said of another year than the one asked (`Candidate.doubts`).
PERIOD = "period"


def year_fit(
    years: frozenset[str], asked: tuple[int, ...], report_year: int, item: bool = False
) -> tuple[float, int, frozenset[str]]:
    """A figure's score change, asked parts named (0 or 1) and doubts for the years its label
    says it is for (`label_years`). A question naming a year asks the figure said of that
    year (named, as an asked part is, where that year is not the report's own) and not one
    said of another year. A question naming none is left as it is: a report's figures of the
    year before are often its latest ("PAR INDEX năm 2021" in a 2022 report), and a report
    may misname its own year ("Tổng chi … năm 2021 ước đạt" in a 2022 report); cutting them
    put their breakdowns' parts first (fresh questions: 9 of 12 right without the cut, 6 with
    it). A figure whose label names no year is left as it is. An `item` (`under_figure`: its
    line hangs from one that gives a figure, "* Tổng số vốn được bố trí: 12.500 …" over "- Kế
    hoạch vốn … năm 2022: 9.000 …") is a breakdown's part told apart by its year: said of the
    year asked, it is named, the report's own year too."""
    if not years or not asked:
        return 0.0, 0, frozenset()
    if not years & {str(y) for y in asked}:
        return -tuning.YEAR_OTHER, 0, frozenset({PERIOD})
    # the report's own year tells nothing apart: its figures seldom say it
    return 0.0, int(item or report_year not in asked), frozenset()


# Years written as part of something else than the period a passage is about: a full date
# ("ngày 28/12/2021", "ngày 25 tháng 12 năm 2021", the day a plan was issued), a document's
# number ("Nghị định 45/2020/NĐ-CP"), a programme's span ("giai đoạn 2021-2025").
_YEAR_AS_PART = re.compile(
    r"\b\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?:19|20)\d\d\b"
    r"|\bngay \d{1,2} thang \d{1,2} nam (?:19|20)\d\d\b"
    r"|/\s*(?:19|20)\d\d\s*/"
    r"|\b(?:19|20)\d\d\s*-\s*(?:19|20)\d\d\b"
)


# A full date a figure holds until ("tính đến ngày 31/12/2021", "đến hết ngày 30/9/2022"): the
# day of the period the figure is for, so its year is said as a period.
_AS_OF = re.compile(
    r"\bden (?:het )?(?:ngay )?\d{1,2}\s*/\s*\d{1,2}\s*/\s*((?:19|20)\d\d)\b"
    r"|\bden (?:het )?ngay \d{1,2} thang \d{1,2} nam ((?:19|20)\d\d)\b"
)


def years_said(folded: str, years: tuple[int, ...]) -> bool:
    """Whether a (folded) passage names one of `years` as a period of its own, not only inside
    a full date, a document's number or a programme's span (`_YEAR_AS_PART`): a 2022 report's
    "Kế hoạch số 523/KH-UBND ngày 28/12/2021" says nothing of 2021's figures. The date a figure
    holds until (`_AS_OF`) does say its year."""
    as_of = {y for m in _AS_OF.finditer(folded) for y in m.groups() if y}
    if as_of & {str(y) for y in years}:
        return True
    rest = _YEAR_AS_PART.sub(" ", folded)
    return any(str(y) in rest for y in years)


def own_period_text(chunk: Chunk, span: Span) -> str:
    """The (folded) words a figure's year is read from: its section heading, what its clause
    follows in its paragraph and the clause itself. Not the rest of its chunk: a 2022 report's
    "so với năm 2020 xếp thứ 27/63" elsewhere in the chunk says nothing of another clause's
    figure, which a question about 2020 would otherwise be answered with."""
    return fold(f"{chunk.section} {chunk.lead(span)} {chunk.sentence(span)}")


def period_missing_in(q: ParsedQuery, folded: str, check_quarter: bool = True) -> bool:
    """The passage names none of the years asked (nor, with `check_quarter`, the quarter)."""
    if not years_said(folded, q.years):
        return True
    if not check_quarter or not q.quarter:
        return False
    roman = ("i", "ii", "iii", "iv")[q.quarter - 1]
    return not re.search(rf"\bquy\s+(?:{q.quarter}|{roman})\b", folded)


def year_named(folded: str) -> bool:
    """Whether a question names a year of its own ("năm 2022", "for 2022"), not only the
    year of a date ("đến 09/9/2022": the day a figure holds for, no year item asked)."""
    return any(_YEARLIKE.fullmatch(t) for t in re.findall(r"\d+", _DATE.sub(" ", folded)))


def under_figure(outline: list[str]) -> bool:
    """Whether the line a clause's list item hangs from (the last of `outline`, the lines
    above it) gives a figure: the clause is an item of that figure's breakdown."""
    parent = _DATE.sub(" ", outline[-1]) if outline else ""
    return any(not _YEARLIKE.fullmatch(m.group(0)) for m in _FIG.finditer(parent))


def past_remarks(facts: list[_Site], asked: tuple[int, ...], report_year: int) -> set[int]:
    """Which of a clause's figures (by index) are said of past years only ("Kế hoạch vốn đã cấp
    năm 2021: … (giải ngân vốn đạt 100%)" in a 2022 report) when the question names no year:
    a remark on the past, never an item the question names by its words (`named_items`); its
    score is left to the clause's words, as `year_fit` leaves it."""
    if asked or not report_year:
        return set()
    return {
        i for i, f in enumerate(facts)
        if f.years and all(int(y) < report_year for y in f.years)
    }  # fmt: skip
