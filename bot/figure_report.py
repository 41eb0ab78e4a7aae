"""Which report gives a figure the question names, and the period it holds for ("Báo cáo nào
nêu N lượt tra cứu trên phần mềm X, thuộc kỳ nào?", "which report gives the N readings of
station Y, for what period?"): the report or period must be all that is asked (no count, share,
list or other "what" beside it), and the words right after the named figure must be in its line
(a bare number with another meaning is no answer). The figure picks its lines in the fact table (as the day a named
figure holds for does, bot/held_date.py), and when they are all in one report the answer is
that report's period, with the report named, the figure and the day its line gives, citing the
line. A list of every report's period answers nothing; lines in several reports, or none, are
left to the other answerers (None), unless no report states the figure at all: then the answer
says so (bot/figure_nowhere.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.extractive.held_span import short_date, span_of
from bot.extractive.words import held_dates
from bot.fact_features import scopes_asked
from bot.figure_nowhere import no_report_states, stated_nowhere
from bot.held_date import (
    LONG_WORD,
    HeldDateAnswerer,
    held_day,
)
from bot.held_date_ask import COUNT_ASKED
from bot.render import with_sources
from bot.report_facts import ReportFacts
from core.lexicon import english_period
from core.query import ParsedQuery, expansions
from core.result import Answer
from core.text import fold
from index.facts import Fact

# The report or the period asked (folded): "báo cáo nào", "văn bản nào", "kỳ (báo cáo) nào",
# "giai đoạn nào", "quý nào", "which report", "what period", "which quarter".
WHICH_REPORT_ASKED = re.compile(
    r"\b(?:bao cao|van ban|tai lieu) nao\b"
    r"|\b(?:thoi )?ky (?:bao cao )?nao\b|\bgiai doan nao\b|\bquy nao\b"
    r"|\b(?:which|what) (?:report|document|period|quarter|reporting period)\b"
)

# Another thing asked beside the report or period (folded, once `WHICH_REPORT_ASKED` is taken
# out): "những nhiệm vụ nào", "đơn vị nào", "là gì", "thứ mấy", "what", "which": the answer
# is that thing, not the report's period.
_OTHER_ASKED = re.compile(
    r"\bnao\b|\bla gi\b|\b(?:thu|hang) may\b|\bnhung\b|\b(?:what|which|who)\b"
)
# The period (not the report) asked: a span its line gives is said whole ("từ ngày A đến B").
_PERIOD_ASKED = re.compile(r"\bgiai doan nao\b|\bky (?:bao cao )?nao\b|\bwhat period\b")
# The words right after a named figure that say what it counts ("12 trạm bơm", "1.234 hồ sơ"):
# this many are read, and one of them (or its report wording) must be in the figure's line.
NOUN_WORDS = 2
_NAMED_THEN_WORDS = re.compile(
    r"(?<![\w/])(\d[\d.,]*)\s*%?((?:\s+[a-z&]+){1," + str(NOUN_WORDS) + "})"
)

# A report named by its number ("báo cáo (số) 7", "report no. 31"): the question is about that
# report, its number no figure of a line.
_REPORT_NUMBER = re.compile(r"\b(?:bao cao|bc|report)\s+(?:so\s+|no\.?\s*|number\s+)?\d")


def report_of_figure(
    held: HeldDateAnswerer, q: ParsedQuery, provinces: Sequence[str], years: Sequence[int],
    language: str,
) -> Answer | None:  # fmt: skip
    """The report and period of the figure the question names (see the module doc), or None."""
    if not asks_report_only(q.folded):
        return None
    scopes = scopes_asked(q.expanded)
    found = [f for f in held.matching(q, provinces, years)
             if _noun_in_line(q, f) and _scope_fits(scopes, f)]  # fmt: skip
    if not found and (nowhere := stated_nowhere(held.index, q)):
        return no_report_states(q, nowhere, language)
    if len({f.report_id for f in found}) != 1:
        return None
    en = language == "en"
    shown, cits = held.shown(found)
    r = held.index.reports[shown[0].report_id]
    period = english_period(r.period) if en else r.period
    figs = ", ".join(dict.fromkeys(f.value for f in shown))
    days = {_span(f, en) if _PERIOD_ASKED.search(q.folded) else "" for f in shown} - {""}
    days = days or {held_day(f) for f in shown} - {""}
    day = days.pop() if len(days) == 1 else ""
    refs = "".join(f"[{c.n}]" for c in cits)
    name = ReportFacts.report_name(r, en)
    if en:
        said = f"{name} gives {figs}" + (f", {_as_of(day, en)}" if day else "")
        head = f"**{period}** — reporting period; {said} {refs}" if period else f"{said} {refs}"
    else:
        said = f"{name} nêu {figs}" + (f", {_as_of(day, en)}" if day else "")
        head = f"**{period}** — kỳ báo cáo; {said} {refs}" if period else f"{said} {refs}"
    quotes = "\n".join(f"> {c.quote}" for c in cits)
    text = with_sources(f"{head}\n{quotes}", cits, en)
    return Answer(q.text, text, False, tuple(cits), figure=period, confidence=1.0,
                  language=language, holds_for=period)  # fmt: skip


def asks_report_only(folded: str) -> bool:
    """Whether the report or the period is all the question asks: "báo cáo nào", "kỳ nào",
    "which report" with no count, share (`COUNT_ASKED`) or other thing asked (`_OTHER_ASKED`)
    beside it, and no report named by its number."""
    if not WHICH_REPORT_ASKED.search(folded) or _REPORT_NUMBER.search(folded):
        return False
    if COUNT_ASKED.search(folded):
        return False
    return not _OTHER_ASKED.search(WHICH_REPORT_ASKED.sub(" ", folded))


def _noun_in_line(q: ParsedQuery, f: Fact) -> bool:
    """Whether what a figure the question names counts (the `NOUN_WORDS` words right after it,
    the first alone when long, or their report wording) is in the fact's line: "12 trạm bơm" is
    not the line's "12 giếng khoan". Years are no figures named."""
    line = f" {fold(f.clause)} {f.unit} {f.counts_folded} "
    for m in _NAMED_THEN_WORDS.finditer(q.folded):
        if re.fullmatch(r"(?:19|20)\d\d", m.group(1)):
            continue
        words = m.group(2).split()
        said = [" ".join(words), *expansions(" ".join(words)), *expansions(words[0])]
        if len(words[0]) >= LONG_WORD:
            said.append(words[0])
        if any(f" {w} " in line for w in said):
            return True
    return False


def _scope_fits(scopes: frozenset[str], f: Fact) -> bool:
    """Whether the level the question names (cấp tỉnh / huyện / xã) is the fact's, or either
    names none: "12 trạm cấp xã" is not a line's 12 of the district level."""
    return not scopes or not f.scope or bool(scopes & set(f.scope.split(",")))


def _span(f: Fact, en: bool) -> str:
    """The span its line says a fact holds for ("từ ngày 1/1/2022 đến ngày 30/6/2022"), as
    "từ 1/1/2022 đến 30/6/2022" ("from … to …" in English); "" when the line gives no two
    days of a span (`span_of`)."""
    found = held_dates(f.clause)
    if not span_of(found, f.clause):
        return ""
    a, b = (short_date(m) for m in found)
    return f"from {a} to {b}" if en else f"từ {a} đến {b}"


def _as_of(day: str, en: bool) -> str:
    """A span said as it is, one day as the day the figure runs to."""
    if day.startswith(("từ ", "from ")):
        return day
    return f"as of {day}" if en else f"tính đến {day}"
