"""The day a named figure holds for ("con số 4.321 giấy phép là chốt vào hôm nào?", "up to
what day does the 57 schools figure run?"), from the fact table (index/facts.py): the figures the
question names pick their lines in the reports it names, and the day those lines give for them
("Đến ngày 3/4/2021, đã cấp 2.468 giấy phép") is the answer, in bold. When the lines
give different days, or the figure's line gives none, the answer says so and shows the lines,
never the report's period or a document's issue date in bold. None when the question names no
figure the reports hold: the other answerers take it."""

from __future__ import annotations

from collections.abc import Sequence

from bot.extractive.held_span import short_date, span_of
from bot.extractive.words import held_dates
from bot.fact_cite import fact_citation
from bot.held_date_ask import HELD_DATE_ASKED, asks_held_date, figure_values, named_figures
from bot.render import with_sources
from core.lexicon import english_period
from core.query import ParsedQuery
from core.result import Answer, Citation, FigureCandidate
from core.text import fold
from index.facts import Fact
from index.generations import LoadedIndex

# How many lines an unsure answer shows.
CANDIDATES = 3
# How much of a line an unsure answer shows (characters): two lines of a chat message, enough
# for the figure's words and its day; the whole line is one click away in the citation.
SHOWN_QUOTE = 200
# How much of a candidate's clause its structured form keeps (the renderers' own cut).
CANDIDATE_CLAUSE = 160


# A named figure picks a line only when the line's own words (what its figure counts, its unit)
# share words with the question: a bare number matches lines of any measure ("30 cuộc họp" for a
# "30" asked of officials). Shared: two syllables in a row ("hồ sơ": Vietnamese words are
# mostly two syllables, one alone is too common), or one word this long or longer (an English
# word's report-vocabulary expansion brings the syllable pairs).
LONG_WORD = 4


def _pairs(words: list[str]) -> set[str]:
    return {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}


def _says_what_is_asked(q: ParsedQuery, f: Fact) -> bool:
    """Whether the fact's own words (`counts_folded`, `unit`) share a syllable pair or a long
    word (`LONG_WORD`) with the question and its report-vocabulary expansion, the words asking
    the day and the province's name left out."""
    asked = HELD_DATE_ASKED.sub(" ", q.expanded)
    for province in q.provinces:
        asked = asked.replace(fold(province), " ")
    words = [w for w in asked.split() if not any(c.isdigit() for c in w)]
    own = f"{f.counts_folded} {f.unit}".split()
    long_words = {w for w in words if len(w) >= LONG_WORD}
    return bool(_pairs(words) & _pairs(own) or long_words & set(own))


def held_day(f: Fact) -> str:
    """The day a fact's own line says it holds for ("3/4/2021"; the later day of a span),
    "" when the line gives none, only a named document's issue date (`held_dates`), or
    several days that are no span (`span_of`)."""
    found = held_dates(f.clause)
    # each day once, as said, with its (year, month, day) to find the later of a span's two
    days = {short_date(m): (int(m[3]), int(m[2]), int(m[1])) for m in found}
    if len(days) == 2 and span_of(found, f.clause):
        return max(days, key=days.__getitem__)
    return next(iter(days)) if len(days) == 1 else ""


class HeldDateAnswerer:
    """Answers "as of which day" for the figures a question names (see the module doc)."""

    def __init__(self, index: LoadedIndex) -> None:
        self.index = index

    def matching(
        self, q: ParsedQuery, provinces: Sequence[str], years: Sequence[int]
    ) -> list[Fact]:
        """The facts of the reports asked whose figure is one the question names."""
        named = named_figures(q)
        if not named:
            return []
        out = []
        for f in self.index.facts():
            r = self.index.reports.get(f.report_id)
            if r is None or (provinces and r.province not in provinces):
                continue
            if (years and r.year not in years) or (q.quarter and r.quarter != q.quarter):
                continue
            if not _says_what_is_asked(q, f):
                continue
            share = f.kind == "percent"
            if any(n.fits(v) and n.percent == share for n in named for v in figure_values(f.norm)):
                out.append(f)
        return out

    def answer(
        self, q: ParsedQuery, provinces: Sequence[str], years: Sequence[int], language: str
    ) -> Answer | None:
        """The day the named figure holds for, "not sure" with its lines, or None."""
        if not asks_held_date(q):
            return None
        found = self.matching(q, provinces, years)
        if not found:
            return None
        en = language == "en"
        days = {held_day(f) for f in found}
        reports = {f.report_id for f in found}
        if len(days) == 1 and "" not in days and len(reports) == 1:
            return self._stated(q, found, days.pop(), language)
        return self._unsure(q, found, en, language)

    def _citation(self, n: int, f: Fact) -> Citation:
        return fact_citation(self.index, f, n, 0.0)

    def shown(self, found: list[Fact]) -> tuple[list[Fact], list[Citation]]:
        """The lines shown (one fact a line, `CANDIDATES` at most) and their citations."""
        shown = distinct_lines(found)[:CANDIDATES]
        return shown, [self._citation(i + 1, f) for i, f in enumerate(shown)]

    def _stated(self, q: ParsedQuery, found: list[Fact], day: str, language: str) -> Answer:
        en = language == "en"
        shown, cits = self.shown(found)
        figs = ", ".join(dict.fromkeys(f.value for f in shown))
        refs = "".join(f"[{c.n}]" for c in cits)
        head = (
            f"**{day}** — the report gives {figs} as of this day {refs}"
            if en
            else f"**{day}** — báo cáo nêu số liệu {figs} tính đến ngày này {refs}"
        )
        quotes = "\n".join(f"> {c.quote}" for c in cits)
        text = with_sources(f"{head}\n{quotes}", cits, en)
        holds = f"as of {day}" if en else f"tính đến {day}"
        return Answer(q.text, text, False, tuple(cits), figure=day, confidence=1.0,
                      language=language, holds_for=holds)  # fmt: skip

    def _unsure(self, q: ParsedQuery, found: list[Fact], en: bool, language: str) -> Answer:
        """The lines of the figures named, each with the day it gives or the report's period:
        no one day in bold (the lines disagree, or a line gives no day of its own)."""
        shown, cits = self.shown(found)
        head = (
            "Not sure: the lines that give this figure do not pin one day it holds for:"
            if en
            else "Không chắc chắn: các dòng nêu con số này không chốt một ngày duy nhất:"
        )
        lines, options = [head], []
        for f, c in zip(shown, cits, strict=True):
            day = held_day(f)
            if day:
                when = f"as of {day}" if en else f"tính đến {day}"
            else:
                period = english_period(f.period) if en else f.period
                when = (f"no day of its own; report period {period}" if en
                        else f"dòng không ghi ngày; kỳ báo cáo {period}")  # fmt: skip
            lines.append(f"- {f.value} ({when}) [{c.n}]: “{c.quote[:SHOWN_QUOTE]}”")
            options.append(FigureCandidate(day or f.value, f.clause[:CANDIDATE_CLAUSE], when, c))
        text = with_sources("\n".join(lines), cits, en)
        return Answer(q.text, text, False, tuple(cits), figure="", confidence=0.5,
                      language=language, candidates=tuple(options))  # fmt: skip


def distinct_lines(found: list[Fact]) -> list[Fact]:
    """One fact per line (clause), in the order found."""
    seen: set[tuple[str, int]] = set()
    out = []
    for f in found:
        key = (f.chunk_id, f.span_start)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
