"""A figure stated for a day the question names ("… đã thực hiện đến 15/3/2021 là bao nhiêu?")
whose own line names no such day, while a sub-item after it states a figure of the same unit
for exactly that day ("* Kinh phí được giao: 500 đồng." then "+ Số đã thực hiện đến ngày
15/3/2021: 320 đồng."): the stated figure is the item's headline (assigned, planned, the whole),
the dated one is what the question asks of that day. In bold, the headline would read as the
amount of that day. The answer becomes "not sure", the dated figure first among the candidates,
the stated one beside it.

Every figure of the same unit after the stated one is read, within `NEXT_LINES` lines of the
same section, up to the next item of the stated one's own marker: a day said in a lead above the
figure ("Tính đến ngày 1/2/2021, cổng cung cấp 700 dịch vụ; trong đó mức độ 4 là: 400") dates
the figure itself and is never a sub-item after it. A question asking the headline's own role
(assigned, planned, allotted: bot/asked_month.py's goal words) wants the stated figure, the day
being only its cut-off. A question naming no day, a stated figure whose fact the table lacks, or
one whose own line or fact names the day asked is not judged."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.asked_month import GOAL
from bot.fact_cite import fact_citation
from bot.render import hedge_text
from core.lexicon import english_period
from core.query import ParsedQuery
from core.result import Answer, Citation, FigureCandidate
from index.facts import Fact
from index.generations import LoadedIndex

# How far after the stated figure's line its sub-item may stand: the reports set a blank line
# between items, so the next item's line is two on, the one after it four on.
NEXT_LINES = 4
# How much of a candidate's clause its structured form keeps (as bot/held_date.py's).
CANDIDATE_CLAUSE = 160
# How many candidates the "not sure" shows: config.toml's [answer] max_citations, the most an
# answer cites.
SHOWN = 3

_DAY = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
# An item's marker at the start of its clause ("* ", "- ", "+ ", "• ").
_MARKER = re.compile(r"^\s*([*+\-•])\s")


def _days(text: str) -> frozenset[tuple[int, int, int]]:
    """The days (day, month, year) a text writes as d/m/yyyy ("09/9/2022" is 9/9/2022)."""
    return frozenset((int(d), int(m), int(y)) for d, m, y in _DAY.findall(text))


def _stated_fact(ans: Answer, facts: list[Fact]) -> Fact | None:
    """The fact table's entry of the stated figure at its citation's lines, None without one."""
    c = ans.citations[0]
    return next(
        (f for f in facts if f.report_id == c.report_id and f.value == ans.figure
         and c.line_start <= f.line_start <= max(c.line_end, c.line_start)),
        None,
    )  # fmt: skip


def _marker(clause: str) -> str:
    """The item marker a clause opens with, "" without one."""
    m = _MARKER.match(clause)
    return m.group(1) if m else ""


def dated_next(
    stated: Fact, facts: list[Fact], days: frozenset[tuple[int, int, int]]
) -> Fact | None:
    """The first figure after `stated` in its section with its unit, within `NEXT_LINES`
    lines and before the next item of `stated`'s own marker, that holds for one of `days`;
    None without one."""
    after = sorted(
        (f for f in facts if f.report_id == stated.report_id and f.section == stated.section
         and stated.line_end < f.line_start <= stated.line_end + NEXT_LINES),
        key=lambda f: f.line_start,
    )  # fmt: skip
    own = _marker(stated.clause)
    for f in after:
        if own and _marker(f.clause) == own:
            return None  # the next item of its own level: no longer its sub-item
        if f.unit == stated.unit and _days(f.when) & days:
            return f
    return None


def _holds(f: Fact, en: bool) -> str:
    """The day a fact holds for, else its report's period."""
    if _days(f.when):
        return f"as of {f.when}" if en else f"tính đến {f.when}"
    if f.period:
        return f"report period {english_period(f.period)}" if en else f"kỳ báo cáo {f.period}"
    return ""


def other_day(q: ParsedQuery, ans: Answer, index: LoadedIndex, language: str) -> Answer | None:
    """ "Not sure" (the dated sub-item's figure first, the stated one beside it) in place of
    one figure stated for a day asked that its line does not name while its next sub-item
    does (see the module); None when the answer stands."""
    days = _days(q.folded)
    if not days or GOAL.search(q.folded) or ans.abstained or not ans.figure or not ans.citations:
        return None
    c = ans.citations[0]
    if _days(f"{c.quote} {c.context}") & days:
        return None
    facts = index.facts()
    stated = _stated_fact(ans, facts)
    if stated is None or _days(stated.when) & days or not stated.unit:
        return None
    dated = dated_next(stated, facts, days)
    if dated is None:
        return None
    en = language == "en"
    cits: tuple[Citation, ...] = (fact_citation(index, dated, 1), fact_citation(index, stated, 2))
    options: tuple[FigureCandidate, ...] = tuple(
        FigureCandidate(f.value, cit.quote[:CANDIDATE_CLAUSE], _holds(f, en), cit)
        for f, cit in zip((dated, stated), cits, strict=True)
    )
    # the answerer's other candidates after these two, as many as its own "not sure" shows
    rest = [o for o in ans.candidates if o.figure not in (dated.value, stated.value)]
    for o in rest[: max(0, SHOWN - len(options))]:
        cit = replace(o.citation, n=len(options) + 1)
        options += (replace(o, citation=cit),)
        cits += (cit,)
    return replace(
        ans, text=hedge_text(options, cits, en), figure="", citations=cits, candidates=options,
        counts="", holds_for="",
    )  # fmt: skip
