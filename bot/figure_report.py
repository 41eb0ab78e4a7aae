"""Which report gives a figure the question names, and the period it holds for ("Báo cáo nào
cho biết đã cấp 2.468 chữ ký số, số liệu thuộc kỳ nào?", "which report gives the 1,234
dossiers, for what period?"): the figure picks its lines in the fact table (as the day a named
figure holds for does, bot/held_date.py), and when they are all in one report the answer is
that report's period, with the report named, the figure and the day its line gives, citing the
line. A list of every report's period answers nothing; lines in several reports, or none, are
left to the other answerers (None)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.fact_cite import fact_citation
from bot.held_date import CANDIDATES, HeldDateAnswerer, distinct_lines, held_day
from bot.render import with_sources
from bot.report_facts import ReportFacts
from core.lexicon import english_period
from core.query import ParsedQuery
from core.result import Answer

# The report or the period asked (folded): "báo cáo nào", "văn bản nào", "kỳ (báo cáo) nào",
# "giai đoạn nào", "quý nào", "which report", "what period", "which quarter".
WHICH_REPORT_ASKED = re.compile(
    r"\b(?:bao cao|van ban|tai lieu) nao\b"
    r"|\b(?:thoi )?ky (?:bao cao )?nao\b|\bgiai doan nao\b|\bquy nao\b"
    r"|\b(?:which|what) (?:report|document|period|quarter|reporting period)\b"
)

# A report named by its number ("báo cáo (số) 104", "report no. 98"): the question is about that
# report, its number no figure of a line.
_REPORT_NUMBER = re.compile(r"\b(?:bao cao|bc|report)\s+(?:so\s+|no\.?\s*|number\s+)?\d")


def report_of_figure(
    held: HeldDateAnswerer, q: ParsedQuery, provinces: Sequence[str], years: Sequence[int],
    language: str,
) -> Answer | None:  # fmt: skip
    """The report and period of the figure the question names (see the module doc), or None."""
    if not WHICH_REPORT_ASKED.search(q.folded) or _REPORT_NUMBER.search(q.folded):
        return None
    found = held.matching(q, provinces, years)
    if len({f.report_id for f in found}) != 1:
        return None
    en = language == "en"
    index = held.index
    shown = distinct_lines(found)[:CANDIDATES]
    cits = [fact_citation(index, f, i + 1, 0.0) for i, f in enumerate(shown)]
    r = index.reports[shown[0].report_id]
    period = english_period(r.period) if en else r.period
    figs = ", ".join(dict.fromkeys(f.value for f in shown))
    days = {held_day(f) for f in shown} - {""}
    day = days.pop() if len(days) == 1 else ""
    refs = "".join(f"[{c.n}]" for c in cits)
    name = ReportFacts._name(r, en)
    if en:
        said = f"{name} gives {figs}" + (f", as of {day}" if day else "")
        head = f"**{period}** — reporting period; {said} {refs}" if period else f"{said} {refs}"
    else:
        said = f"{name} nêu {figs}" + (f", tính đến {day}" if day else "")
        head = f"**{period}** — kỳ báo cáo; {said} {refs}" if period else f"{said} {refs}"
    quotes = "\n".join(f"> {c.quote}" for c in cits)
    text = with_sources(f"{head}\n{quotes}", cits, en)
    return Answer(q.text, text, False, tuple(cits), figure=period, confidence=1.0,
                  language=language, holds_for=period)  # fmt: skip
