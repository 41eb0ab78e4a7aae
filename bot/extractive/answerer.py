"""Extractive answering: pick the clause that answers, lead with its figure, cite it. No LLM."""

from __future__ import annotations

import re

import bot.extractive.parts_said as parts_said
import bot.extractive.tuning as tuning
from bot.extractive.choice import (
    _ASKED_ITEM,
    Candidate,
    _distinct_figures,
    counted_first,
    prefer_named,
    unit_supported,
)
from bot.extractive.citing import (
    _describe,
    _unit,
    cite,
    holds_text,
    of_provinces,
    quarters_covered,
)
from bot.extractive.clause_roles import role_first
from bot.extractive.confidence import (
    Chosen,
    ConfidenceModel,
    SecondOpinion,
    features,
    load_confidence,
)
from bot.extractive.dates_asked import dated_first, day_unsaid
from bot.extractive.given_beside import beside_given
from bot.extractive.held_span import date_held
from bot.extractive.level_rival import doubts_of, level_told
from bot.extractive.plain_first import plain_first
from bot.extractive.question import _WANTS_DOCNUM, _asked_parts
from bot.extractive.scorer import ClauseScorer
from bot.extractive.share_count import count_behind
from bot.extractive.stages import stage_first
from bot.extractive.thing_first import measure_first, thing_first
from bot.extractive.words import _DOCNUM
from bot.extractive.years import own_period_text, period_missing_in, years_said
from bot.intents_types import FIGURE_ASKED as _WANTS_NUMBER  # number words: one list
from bot.outlets import same_candidates
from bot.passage_line import readable_span
from bot.render import hedge_text, not_found_for, source_line
from bot.sides_unsure import cited_by, line_options
from core.query import ParsedQuery
from core.result import Answer, Citation, FigureCandidate
from core.text import figures, fold
from index.generations import LoadedIndex
from index.metadata import Report
from index.retrieve import Hit, Retrieval


class ExtractiveAnswerer:
    """Answers from the best-scoring figure of the retrieved clauses (`ClauseScorer`): states
    it with its date and citation, lists candidates when unsure, or says "not found"."""

    def __init__(
        self, index: LoadedIndex, min_confidence: float, max_citations: int,
        confidence: ConfidenceModel | None = None, opinion: SecondOpinion | None = None,
    ) -> None:  # fmt: skip
        self.index = index
        self.min_confidence = min_confidence
        self.max_citations = max_citations
        self.scorer = ClauseScorer(index)
        self.confidence = confidence or load_confidence()
        self.opinion = opinion  # the fact table's model, a feature of the confidence

    # -----------------------------------------------------------------------------------------

    def answer(self, q: ParsedQuery, retrieval: Retrieval, language: str) -> Answer:
        """The best-supported clause with its figure, or an abstention with nearest passages."""
        nothing = self._nothing_retrieved(q, retrieval, language)
        if nothing is not None:
            return nothing

        cands = self.scorer.candidates(q, retrieval.hits)
        if not cands:
            return self._abstain(q, retrieval.hits, language, 0.0)
        targets = self._targets(q, retrieval)
        if len(targets) >= 2:
            return self._answer_each(q, retrieval, cands, targets, language)
        return self._answer_one(q, retrieval, cands, language)

    def _answer_one(
        self, q: ParsedQuery, retrieval: Retrieval, cands: list[Candidate], language: str
    ) -> Answer:
        """The best candidate's figure stated, the candidates when unsure, or "not found"."""
        en = language == "en"
        cands = [c for c in cands if self._in_period(q, c)]
        if not cands:  # every passage is of another year or quarter than the one asked
            return self._abstain(q, retrieval.hits, language, 0.0, self._period_missing_all(q))
        # the runner-up said of the day asked first (`dated_first`): its coverage decides
        cands, by_day = dated_first(q, cands) if _WANTS_NUMBER.search(q.folded) else (cands, False)
        best = cands[0]
        confidence = best.coverage
        period_missing = self._period_missing(q, best)  # said with any "not found" below
        if _WANTS_NUMBER.search(q.folded) and not best.figure:
            # A number was asked and the best passage gives none: the reports do not say it.
            return self._abstain(q, retrieval.hits, language, confidence, period_missing)
        if confidence < self.min_confidence or period_missing:
            return self._abstain(q, retrieval.hits, language, confidence, period_missing)
        asks_figure = bool(_WANTS_NUMBER.search(q.folded)) and not _WANTS_DOCNUM.search(q.folded)
        states_figure = bool(best.figure) and asks_figure
        ranked = _distinct_figures(cands) if states_figure else []
        decided = False  # the labels, not the score margin, chose the first figure
        if ranked:
            # An item named by its own words counts as an asked part (`named_items`).
            named = bool(_asked_parts(q)) or any(c.parts_named for c in ranked)
            ranked, decided = stage_first(q, *role_first(q, *prefer_named(ranked, named)))
        if ranked:  # a runner-up saying what is counted, the figure said of a part, the day asked
            ranked, by_part = dated_first(q, *self._said_as_asked(q, ranked, cands))
            decided = decided or by_part or (by_day and ranked[0] is cands[0])
        # then the figure of the thing, the score or the rank asked, by its own words
        ranked, by_thing, other = thing_first(q, ranked, lambda c: self._counts_said(q, c))
        ranked, by_measure = beside_given(q, *plain_first(q, *measure_first(q, ranked)))
        best, decided = (ranked or [best])[0], decided or by_thing or by_measure
        # The score lead over the next figure; 1.0 when there is none or the labels decided.
        margin = ranked[0].score - ranked[1].score if len(ranked) >= 2 and not decided else 1.0
        doubts = doubts_of(q, best, ranked, other)
        support = self.scorer.unit_support(q, best) if states_figure else 1.0
        if states_figure and (not unit_supported(support) or not self.scorer.level_said(q, best)):
            # What the question counts is not what the best passage counts: not reported.
            return self._abstain(q, retrieval.hits, language, confidence)
        best, evidence, sure = self._judge(q, retrieval, best, ranked, decided, support, doubts)
        unsure = states_figure and bool(doubts or sure < self.confidence.state_above)
        if states_figure and (sure < self.confidence.abstain_below or unsure and day_unsaid(q, ranked)):
            return self._abstain(q, retrieval.hits, language, confidence)
        if unsure:
            return self._hedge(q, ranked, language, confidence, margin, doubts, evidence, sure)

        chosen = self._said_too(q, best, cands)
        citations = [self._citation(i + 1, c) for i, c in enumerate(chosen)]
        text = self._compose(q, chosen, citations, en)
        sentence = best.hit.chunk.readable(best.span)  # restored words; figures kept as written
        return Answer(
            q.text, text, False, tuple(citations), figure=best.figure,
            confidence=round(confidence, 3), language=language, counts=_describe(sentence, best.figure),
            unit=_unit(sentence, best.figure), holds_for=self._holds_for(best, en),
            candidates=tuple(self._option(c, self._citation(0, c), en) for c in ranked[1:3]),
            margin=round(margin, 3), doubts=tuple(sorted(doubts)), evidence=evidence,
            sure=round(sure, 3),
        )  # fmt: skip

    def _counts_said(self, q: ParsedQuery, c: Candidate, together: bool = False) -> bool:
        """Whether the candidate's passage says what the question counts and the levels it
        asks (`ClauseScorer.unit_support`, `level_said`)."""
        support = self.scorer.unit_support(q, c, together)
        return unit_supported(support) and self.scorer.level_said(q, c)

    def _said_instead(self, q: ParsedQuery, ranked: list[Candidate]) -> list[Candidate]:
        """When the best figure's passage does not say what the question counts: the
        runner-up (of the next two figures, same report, scoring less by no more than the
        `UNIT_BONUS` saying what is counted earns) whose passage says it, a two-word count's
        words side by side, first; else the ranking as it was (and "not found")."""
        best = ranked[0]
        for c in ranked[1:3]:
            if (
                c.hit.chunk.report_id == best.hit.chunk.report_id
                and best.score - c.score <= tuning.UNIT_BONUS
                and self._counts_said(q, c, together=True)  # not "giáo dục … báo cáo viên"
            ):
                return [c] + [x for x in ranked if x is not c]
        return ranked

    def _said_as_asked(
        self, q: ParsedQuery, ranked: list[Candidate], cands: list[Candidate]
    ) -> tuple[list[Candidate], bool]:
        """The ranking with a close runner-up first when the best figure's passage does not say
        what the question counts (`_said_instead`), and its best figure cited where a clause
        says it of the part asked (`_cited_with_parts`); and whether the figures' own words
        decided the first (`_part_instead`: the best is said of a sibling part, the runner-up
        of the asked one), as the labels do in `prefer_named`."""
        ranked = counted_first(q, ranked)  # "11 quyết định", not "391 thủ tục"
        if not self._counts_said(q, ranked[0]):
            ranked = self._said_instead(q, ranked)
        best = self._cited_with_parts(q, ranked[0], cands)
        if best is ranked[0] and parts_said.asked_parts(q) and self._parts_unsaid(q, best):
            instead = self._part_instead(q, ranked)
            return instead, instead[0] is not ranked[0]
        return [best, *ranked[1:]], False

    def _part_instead(self, q: ParsedQuery, ranked: list[Candidate]) -> list[Candidate]:
        """When the best figure is not said of the part of a breakdown the question asks: the
        runner-up (of the next two figures, same report, scoring less by no more than
        `UNIT_BONUS`) whose own words name that part ("93% CBCC cấp xã" for "cấp xã" after
        "… cấp tỉnh, cấp huyện … đạt 63%"), first; else the ranking as it was."""
        best, asked = ranked[0], set(parts_said.asked_parts(q))
        for c in ranked[1:3]:
            if (
                c.hit.chunk.report_id == best.hit.chunk.report_id
                and best.score - c.score <= tuning.UNIT_BONUS
                and asked & parts_said.own_parts(c.hit.chunk.readable(c.span), c.figure)
                and not self._parts_unsaid(q, c)
                and self._counts_said(q, c)
            ):
                return [c] + [x for x in ranked if x is not c]
        return ranked

    def _cited_with_parts(
        self, q: ParsedQuery, best: Candidate, cands: list[Candidate]
    ) -> Candidate:
        """When the best figure's clause does not say the part of a breakdown the question
        narrows it to (`parts_said`): the same figure where another clause of its report says
        it so ("95% … cấp xã" for "cấp xã", not a "95%" of the whole province), scoring less
        by no more than `UNIT_BONUS`; else the best."""
        if not parts_said.asked_parts(q) or not self._parts_unsaid(q, best):
            return best
        same = frozenset(figures(best.figure))
        for c in cands:
            if (
                c is not best
                and frozenset(figures(c.figure)) == same
                and c.hit.chunk.report_id == best.hit.chunk.report_id
                and best.score - c.score <= tuning.UNIT_BONUS
                and not self._parts_unsaid(q, c)
            ):
                return c
        return best

    def _parts_unsaid(self, q: ParsedQuery, c: Candidate) -> bool:
        """Whether the candidate's figure is not said of a part the question asks."""
        cit = self._citation(0, c)
        return bool(parts_said.unsaid_parts(q, cit.quote, cit.context, cit.section, c.figure))

    def _judge(
        self, q: ParsedQuery, retrieval: Retrieval, best: Candidate, ranked: list[Candidate],
        decided: bool, support: float, doubts: frozenset[str],
    ) -> tuple[Candidate, tuple[tuple[str, float], ...], float]:  # fmt: skip
        """The figure to state, its confidence features and the fitted model's probability
        that it is the asked one (1.0 when no figure is stated): the chosen one, or when the
        model is unsure of it, a runner-up the scores and the fact table put first
        (`ConfidenceModel.outscored`)."""
        if not ranked:
            return best, (), 1.0
        opinion = self.opinion.top_figures(q, retrieval, 2) if self.opinion is not None else []
        chosen = Chosen(best, ranked, decided, bool(_asked_parts(q)), support, tuple(opinion))
        evidence = features(chosen)
        sure = self.confidence.probability(evidence)
        if doubts or sure >= self.confidence.state_above:
            return best, evidence, sure
        said = lambda c: self.scorer.unit_support(q, c) if self._counts_said(q, c) else None  # noqa: E731
        alt = self.confidence.outscored(chosen, said)
        if alt is None:
            return best, evidence, sure
        ranked[:] = [alt[0], *(c for c in ranked if c is not alt[0])]  # the stated one first
        return alt

    def _nothing_retrieved(
        self, q: ParsedQuery, retrieval: Retrieval, language: str
    ) -> Answer | None:
        """ "Not found" when the provinces asked have no report or nothing was retrieved."""
        en = language == "en"
        if retrieval.missing_provinces and not retrieval.provinces:
            names = ", ".join(retrieval.missing_provinces)
            have = ", ".join(sorted({r.province for r in self.index.reports.values()}))
            text = (
                f"Not found: the reports hold nothing about {names}. Provinces covered: {have}."
                if en
                else f"Không tìm thấy: kho báo cáo không có báo cáo nào về {names}. "
                f"Các tỉnh hiện có: {have}."
            )
            return Answer(q.text, text, True, (), language=language)
        if not retrieval.hits:
            text = "Not found in the reports." if en else "Không tìm thấy trong các báo cáo."
            return Answer(q.text, text, True, (), language=language)
        return None

    def _said_too(self, q: ParsedQuery, best: Candidate, cands: list[Candidate]) -> list[Candidate]:
        """The best candidate and other reports' clauses about the same thing (another date or
        province), as well covered, without doubts and saying the parts of a breakdown the
        question asks (not "2 ấn phẩm" beside "1599 DVC … cấp huyện"), up to
        `max_citations`, each of what the best counts (bot/outlets.py `same_candidates`)."""
        chosen = [best]
        for c in cands[1:]:
            if len(chosen) >= self.max_citations:
                break
            if c.hit.chunk.report_id in {x.hit.chunk.report_id for x in chosen}:
                continue
            if (
                c.coverage >= max(self.min_confidence, 0.85 * best.coverage)
                and (c.figure or not best.figure)
                and not c.doubts - {_ASKED_ITEM}  # another level, unit or part: not said too
                and not (c.figure and parts_said.asked_parts(q) and self._parts_unsaid(q, c))
                and same_candidates(best, c)
            ):
                chosen.append(c)
        return chosen

    def _holds_for(self, c: Candidate, en: bool) -> str:
        r = self.index.reports[c.hit.chunk.report_id]
        return ", ".join(x for x in (r.province, holds_text(self._date_for(c), r.period, en)) if x)

    def _option(self, c: Candidate, cit: Citation, en: bool) -> FigureCandidate:
        sentence = c.hit.chunk.readable(c.span)  # restored words; figures kept as written
        counts = level_told(sentence, c.figure, _describe(sentence, c.figure))
        return FigureCandidate(c.figure, counts, self._holds_for(c, en), cit)

    def _hedge(
        self, q: ParsedQuery, ranked: list[Candidate], language: str, confidence: float,
        margin: float, doubts: frozenset[str], evidence: tuple[tuple[str, float], ...] = (),
        sure: float = 0.0,
    ) -> Answer:  # fmt: skip
        """Not sure which figure answers: the two or three candidates, what each counts and
        where it is said, and no figure in bold."""
        en = language == "en"
        citations: list[Citation] = []
        numbers: dict[tuple[str, int], int] = {}
        options: list[FigureCandidate] = []
        for c in of_provinces(self.index.reports, q.provinces, ranked)[:3]:
            key = (c.hit.chunk.id, c.span.start)
            if key not in numbers:
                numbers[key] = len(citations) + 1
                citations.append(self._citation(numbers[key], c))
            options.append(self._option(c, citations[numbers[key] - 1], en))
        return Answer(
            q.text, hedge_text(options, citations, en), False, tuple(citations),
            confidence=round(confidence, 3), language=language, candidates=tuple(options),
            margin=round(margin, 3), doubts=tuple(sorted(doubts)), evidence=evidence,
            sure=round(sure, 3),
        )  # fmt: skip

    def _targets(self, q: ParsedQuery, retrieval: Retrieval) -> list[tuple[str, set[str]]]:
        """The sides of a comparison: (label, report ids) per named province, or per named year
        when one province (or none) is asked at several years. One side means no comparison."""
        reports = list(self.index.reports.values())
        if len(retrieval.provinces) >= 2:
            return [(p, {r.id for r in reports if r.province == p}) for p in retrieval.provinces]
        if len(q.years) >= 2:
            scope = [
                r for r in reports if not retrieval.provinces or r.province in retrieval.provinces
            ]
            sides = [(str(y), {r.id for r in scope if r.year == y}) for y in q.years]
            sides = [s for s in sides if s[1]]  # "so voi quy IV/2018": a reference, not a side
            return sides if len(sides) >= 2 else []
        return []

    def _answer_each(
        self,
        q: ParsedQuery,
        retrieval: Retrieval,
        cands: list[Candidate],
        targets: list[tuple[str, set[str]]],
        language: str,
    ) -> Answer:
        """One figure per side of a comparison, each cited; sides not found are said so, and the
        found sides' lines then give candidates only (`bot/sides_unsure.py`), no figure stated."""
        en = language == "en"
        wants_number = bool(_WANTS_NUMBER.search(q.folded))
        chosen: list[Candidate] = []
        missing: list[str] = []
        for label, ids in targets:
            best = next(
                (
                    c
                    for c in cands
                    if c.hit.chunk.report_id in ids and (c.figure or not wants_number)
                ),
                None,
            )
            ok = best is not None and best.coverage >= self.min_confidence
            if best is None or not ok or (wants_number and not best.figure):
                missing.append(label)
            else:
                chosen.append(best)
        if not chosen:
            conf = cands[0].coverage if cands else 0.0
            return self._abstain(q, retrieval.hits, language, conf)
        citations = [self._citation(i + 1, c) for i, c in enumerate(chosen)]
        # some sides only: not sure, the figures chosen first (bot/sides_unsure.py)
        options = line_options(citations, [c.figure for c in chosen]) if missing else ()
        if options:
            citations = list(cited_by(options, citations))
        text = (hedge_text(options, citations, en) if options
                else self._compose(q, chosen, citations, en))  # fmt: skip
        if missing:
            text = not_found_for(missing, en) + "\n\n" + text
        if options:
            return Answer(q.text, text, False, tuple(citations), candidates=options,
                          confidence=0.0, language=language)  # fmt: skip
        return Answer(
            q.text, text, False, tuple(citations), figure=chosen[0].figure,
            confidence=round(min(c.coverage for c in chosen), 3), language=language,
        )  # fmt: skip

    def _in_period(self, q: ParsedQuery, c: Candidate) -> bool:
        """Whether a candidate may answer for the year (and quarter) the question names: its
        report covers it, or its passage names it ("so với quý IV/2018"). True when none is
        named."""
        if not q.years:
            return True
        r = self.index.reports[c.hit.chunk.report_id]
        if r.year in q.years and (not q.quarter or q.quarter in quarters_covered(r)):
            return True
        return not period_missing_in(q, own_period_text(c.hit.chunk, c.span), check_quarter=False)

    def _period_missing_all(self, q: ParsedQuery) -> bool:
        """No report of the provinces asked covers the year (or quarter) named."""
        reports = [
            r for r in self.index.reports.values() if not q.provinces or r.province in q.provinces
        ]
        return not any(
            r.year in q.years and (not q.quarter or q.quarter in quarters_covered(r))
            for r in reports
        )

    def _period_missing(self, q: ParsedQuery, best: Candidate) -> bool:
        """A year (or its quarter) asked that no matching report covers nor the passage says."""
        if not q.years:
            return False
        reports = [
            r for r in self.index.reports.values() if not q.provinces or r.province in q.provinces
        ]
        folded = fold(best.hit.chunk.text)
        if not any(r.year in q.years for r in reports):
            return not years_said(own_period_text(best.hit.chunk, best.span), q.years)
        if not q.quarter:
            return False
        if any(r.year in q.years and q.quarter in quarters_covered(r) for r in reports):
            return False
        roman = ("i", "ii", "iii", "iv")[q.quarter - 1]
        return not re.search(rf"\bquy\s+(?:{q.quarter}|{roman})\b", folded)

    # -----------------------------------------------------------------------------------------

    def _date_for(self, c: Candidate) -> str:
        """The date the figure holds for (`date_held`)."""
        return date_held(self.index, c.hit.chunk, c.span)

    def _citation(self, n: int, c: Candidate) -> Citation:
        return cite(self.index.reports[c.hit.chunk.report_id], n, c.hit.chunk, c.span, c.score)

    def _compose(
        self, q: ParsedQuery, chosen: list[Candidate], cits: list[Citation], en: bool
    ) -> str:
        lines: list[str] = []
        # A "which district" question is answered by the quoted line, not by a number in it.
        lead = bool(_WANTS_NUMBER.search(q.folded) or _WANTS_DOCNUM.search(q.folded))
        for c, cit in zip(chosen, cits, strict=True):
            r: Report = self.index.reports[c.hit.chunk.report_id]
            when = self._date_for(c)
            head = f"**{c.figure}** " if c.figure and lead else ""
            if head and (of := count_behind(c.hit.chunk.readable(c.span), c.figure)):
                head += f"({of}) "  # the count the share comes from: "91% (21/23 nhiệm vụ)"
            holds = holds_text(when, r.period, en)
            if c.figure and when and "–" not in when and _DOCNUM.fullmatch(c.figure):
                holds = f"dated {when}" if en else f"ngày {when}"  # a document's own date
            where_when = ", ".join(x for x in (r.province, holds) if x)
            lines.append(f"{head}({where_when}) [{cit.n}]\n> {cit.quote}")
        sources = "\n".join(source_line(c, en) for c in cits)
        label = "Sources" if en else "Nguồn"
        return "\n\n".join(lines) + f"\n\n{label}:\n{sources}"

    def _abstain(
        self, q: ParsedQuery, hits: list[Hit], language: str, confidence: float,
        period_missing: bool = False,
    ) -> Answer:  # fmt: skip
        en = language == "en"
        near = []
        for i, h in enumerate(hits[: self.max_citations]):
            span = readable_span(h.chunk)
            near.append(self._citation(i + 1, Candidate(h, span, h.score, 0.0, "")))
        why = ""
        if period_missing:
            years = ", ".join(str(y) for y in q.years)
            if q.quarter:
                roman = ("I", "II", "III", "IV")[q.quarter - 1]
                when = f"Q{q.quarter} {years}" if en else f"quý {roman} năm {years}"
            else:
                when = years if en else f"năm {years}"
            why = f" No report covers {when}." if en else f" Không có báo cáo nào cho {when}."
        head = (
            "Not found in the reports." + why + " The nearest passages are:"
            if en
            else "Không tìm thấy trong các báo cáo." + why + " Các đoạn gần nhất:"
        )
        lines = [head] + [
            f"[{c.n}] {c.agency}, {c.date or c.period} — {c.section}: “{c.quote[:160]}”"
            for c in near
        ]
        return Answer(
            q.text, "\n".join(lines), True, tuple(near), confidence=round(confidence, 3),
            language=language, not_found_why="period" if period_missing else "",
        )  # fmt: skip
