"""The one service every front end calls: `answer(question, history, filters) -> Answer`."""

from __future__ import annotations

import logging
import re
import time
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from itertools import zip_longest
from typing import Protocol

from bot.answer_checks import after_passages
from bot.assigned_actual import asked_roles, both_stated, given, given_side, paired
from bot.conversation import with_history
from bot.coverage import Coverage, not_mentioned
from bot.docref_answer import DocRefAnswerer
from bot.docref_ask import of_basis, read_docref
from bot.docref_report import asked_report, asks_basis, basis_ask
from bot.figure_report import report_of_figure
from bot.figure_table import FigureTable
from bot.filters_exclude import filters_exclude
from bot.held_date import HeldDateAnswerer
from bot.intents import Asked, Intent, read_intent, smalltalk_kind
from bot.intents_types import ALL_PROVINCES
from bot.language import detect_language
from bot.near_miss import near_miss
from bot.pair_in_hits import pair_in_hits
from bot.pairs_several import several_pairs
from bot.report_facts import ReportFacts
from bot.report_subject import subject_documents
from bot.smalltalk import SmallTalk
from bot.stopwords import STOP
from bot.when_asked import when_dropped
from core.errors import BadQuestionError
from core.query import GLOSSARY_RE, ParsedQuery, parse_query
from core.result import Answer, Citation, FigureCandidate
from index.chunk import Chunk
from index.facts import Fact
from index.lexical import tokenize
from index.live import filter_choices
from index.metadata import Report
from index.retrieve import Filters, Hit, HybridRetriever, Retrieval

log = logging.getLogger(__name__)

__all__ = ["Answer", "AnswerService", "Answerer", "Citation", "FigureCandidate"]


class PartsAnswerer(Protocol):
    """Sets two parts of one report side by side ("mức độ 3 và mức độ 4", "received versus
    resolved"), asking the figure answerer of each part through `ask`; None when the question
    names no two parts."""

    def answer(
        self, q: ParsedQuery, ask: Callable[[ParsedQuery], Answer], language: str
    ) -> Answer | None:
        """The parts' table, or None."""
        ...


class TypedAnswerer(Protocol):
    """Answers a question of a type beyond one figure (section, summary, list, comparison),
    or None to leave it to the figure answerer."""

    def answer(self, q: ParsedQuery, retrieval: Retrieval, language: str) -> Answer | None:
        """The typed answer, or None."""
        ...


class Answerer(Protocol):
    """Turns a question and retrieved chunks into an Answer."""

    def answer(self, q: ParsedQuery, retrieval: Retrieval, language: str) -> Answer:
        """Compose the answer."""
        ...


def clean_question(question: object, max_chars: int) -> str:
    """The question as text, control characters removed; refuse empty, binary or huge input."""
    if isinstance(question, bytes):
        try:
            question = question.decode("utf-8")
        except UnicodeDecodeError:
            raise BadQuestionError("the question is not text") from None
    if not isinstance(question, str):
        raise BadQuestionError("the question must be text")
    if "\x00" in question:
        raise BadQuestionError("the question is not text (binary data)")
    # Invalid Unicode first (lone surrogates: bytes that were not UTF-8 on a command line or
    # in JSON): nothing after this may fail to encode the question.
    question = question.encode("utf-8", "ignore").decode("utf-8").replace("\ufffd", "")
    text = "".join(
        " " if unicodedata.category(c) in {"Cc", "Cf", "Zl", "Zp"} and c not in "\n\t" else c
        for c in unicodedata.normalize("NFC", question)
    )
    text = re.sub(r"\s+", " ", text).strip()
    if not text:
        raise BadQuestionError("the question is empty; type what you want to know")
    if len(text) > max_chars:
        raise BadQuestionError(
            f"the question is too long ({len(text)} characters, at most {max_chars})"
        )
    if not re.search(r"\w", text):
        raise BadQuestionError("the question has no words")
    return text


class AnswerService:
    """Validates, reads the intent, routes: small talk and report facts to their own
    answerers; sections, summaries, lists and comparisons after retrieval to the typed
    answerers; everything else to the figure answerer (extractive or LLM).
    The only thing front ends know about."""

    def __init__(
        self,
        retriever: HybridRetriever,
        answerer: Answerer,
        max_question_chars: int,
        facts: ReportFacts | None = None,
        smalltalk: SmallTalk | None = None,
        typed: TypedAnswerer | None = None,
        parts: PartsAnswerer | None = None,
    ) -> None:
        self.retriever = retriever
        self.answerer = answerer
        self.max_question_chars = max_question_chars
        self.coverage = Coverage(retriever.index)
        self.facts = facts or ReportFacts(retriever.index, self.coverage)
        self.smalltalk = smalltalk or SmallTalk(retriever.index)
        self.typed = typed  # sections, summaries, lists, comparisons (issue #16)
        self.parts = parts  # two parts of one report side by side
        self.docrefs = DocRefAnswerer(retriever.index)  # documents a report names
        self.held = HeldDateAnswerer(retriever.index)  # the day a named figure holds for
        self._figures: FigureTable | None = None

    def figure_table(self) -> FigureTable:
        """The fact table of this service's index, to browse (web explorer, /figures); read
        once, on first use."""
        if self._figures is None:
            self._figures = FigureTable(self.retriever.index)
        return self._figures

    # What front ends and the evaluation may know of the index in use, without reaching
    # through the retriever (the index they see changes when the service is swapped).

    def reports(self) -> list[Report]:
        """The reports of the index in use, in index order."""
        return list(self.retriever.index.reports.values())

    def filter_choices(self) -> tuple[list[str], list[str]]:
        """The province and year filter choices of the index in use (years newest first)."""
        return filter_choices(self.retriever.index)

    def generation(self) -> str:
        """The index generation in use (`gen-0003`)."""
        return self.retriever.index.generation

    def chunks(self) -> list[Chunk]:
        """The chunks of the index in use, in index order."""
        return self.retriever.index.chunks

    def index_facts(self) -> list[Fact]:
        """The fact table of the index in use (every figure of every report, index/facts.py)."""
        return self.retriever.index.facts()

    def chunk(self, chunk_id: str) -> Chunk | None:
        """A chunk of the index in use by its id (an Answer's `retrieved`), None if unknown."""
        pos = self.retriever.index.position.get(chunk_id)
        return None if pos is None else self.retriever.index.chunks[pos]

    def _touches(self, q: ParsedQuery, retrieval: Retrieval) -> bool:
        """Whether a question's words touch the reports: it names a glossary term, or one of
        its adjacent content-word pairs occurs in a retrieved chunk (single Vietnamese
        syllables are too common to tell)."""
        if GLOSSARY_RE.search(q.expanded):
            return True
        words = [t for t in tokenize(q.expanded) if t not in STOP]
        pairs = set(zip(words, words[1:], strict=False))
        index = self.retriever.index
        # a question of every province ("các tỉnh …", "which province …") asks what the
        # reports say together: its pair may be in any report, not only the passages retrieved
        every = bool(ALL_PROVINCES.search(q.folded))
        chunks = index.chunks if every else [hit.chunk for hit in retrieval.hits]
        for chunk in chunks:
            toks = tokenize(index.folded[index.position[chunk.id]])
            if pairs & set(zip(toks, toks[1:], strict=False)):
                return True
        return False

    def answer(
        self,
        question: str,
        history: Sequence[tuple[str, str]] = (),
        filters: Filters | None = None,
        mode: str | None = None,
    ) -> Answer:
        """Answer one question; `history` is earlier (question, answer) turns of the chat."""
        final: Answer | None = None
        for item in self.stream(question, history, filters, mode):
            if isinstance(item, Answer):
                final = item
        assert final is not None
        return final

    def _reports(self) -> list[Report]:
        """The index's reports (a "since 2019" question compares only where two exist)."""
        return list(self.retriever.index.reports.values())

    def stream(
        self,
        question: str,
        history: Sequence[tuple[str, str]] = (),
        filters: Filters | None = None,
        mode: str | None = None,
    ) -> Iterator[str | Answer]:
        """As `answer`, but yields the text as an LLM writes it, then the final Answer (whose
        text replaces the pieces). The extractive answerer yields only the Answer. Bad input
        raises BadQuestionError before anything is yielded."""
        t0 = time.perf_counter()
        text = clean_question(question, self.max_question_chars)
        own = parse_query(text)
        language = detect_language(text, own.folded)
        talk = smalltalk_kind(own.folded, follow_up=bool(history))
        if talk is not None:
            yield self._finish(self._small_talk(text, talk, history), t0, t0, t0, None)
            return
        q = with_history(own, history)
        asked = read_intent(q, follow_up=bool(history), reports=self._reports())
        filters = filters or Filters()
        excluded = filters_exclude(q, filters, language)
        if excluded:
            ans = Answer(text, excluded, True, (), language=language, intent=asked.intent)
            yield self._finish(ans, t0, time.perf_counter(), time.perf_counter(), None)
            return
        early = self._document_or_parts(q, asked, filters, mode, language)
        if early is not None:
            t1 = time.perf_counter()
            yield self._finish(early[0], t0, t1, t1, early[1])
            return
        uncovered = self._not_covered(q, asked, filters, language)
        if uncovered is not None:  # a half-year, or a thing, no report covers
            ans = replace(uncovered, intent=asked.intent)
            yield self._finish(ans, t0, time.perf_counter(), time.perf_counter(), None)
            return
        if asked.intent == Intent.REPORT_FACT:
            t1 = time.perf_counter()
            yield self._finish(self._report_fact(q, asked, filters, language), t0, t1, t1, None)
            return
        # The rest goes through retrieval: sections, summaries, lists and comparisons to the
        # typed answerers, figures, percentages and passages to the figure answerer.
        t1 = time.perf_counter()
        retrieval = self.retriever.retrieve(q, filters, mode)
        t2 = time.perf_counter()
        if not (q.provinces or q.years or filters.provinces) and not self._touches(q, retrieval):
            ans = self.smalltalk.out_of_scope(text, language)
            yield self._finish(ans, t0, t1, t2, retrieval)
            return
        result: Answer | None = None
        for item in self._from_passages(q, retrieval, language):
            if isinstance(item, Answer):
                result = item
            else:
                yield item
        assert result is not None
        result, retrieval = self._checked(q, result, retrieval, filters, mode, language,
                                          asked.intent)  # fmt: skip
        yield self._finish(result, t0, t1, t2, retrieval)

    def _checked(
        self, q: ParsedQuery, ans: Answer, retrieval: Retrieval, filters: Filters,
        mode: str | None, language: str, intent: str,
    ) -> tuple[Answer, Retrieval]:  # fmt: skip
        """The answer from passages after its checks (bot/answer_checks.py). A figure asked
        with its when ("…, tính cho giai đoạn nào?") and not found is asked again without the
        clause asking the when (bot/when_asked.py), whose words no line covers; the figure's
        own line says the when. The answer and its passages as they were when found, when it
        asks no when, or when it is not found again either."""
        ans = after_passages(q, ans, retrieval.hits, self.retriever.index, language, intent)
        bare = when_dropped(q)
        if not ans.abstained or bare is q:
            return ans, retrieval
        again = self.retriever.retrieve(bare, filters, mode)
        found = [a for a in self._from_passages(bare, again, language) if isinstance(a, Answer)]
        other = after_passages(bare, found[-1], again.hits, self.retriever.index, language, intent)
        return (ans, retrieval) if other.abstained else (other, again)

    def _not_covered(
        self, q: ParsedQuery, asked: Asked, filters: Filters, language: str
    ) -> Answer | None:
        """The "not found" answer, before retrieval, when no report of the provinces asked
        about covers the half-year named, or (a figure asked) mentions what it is about."""
        if asked.intent in (Intent.COMPARISON, Intent.REPORT_FACT):
            return None
        provinces = tuple(dict.fromkeys(q.provinces or filters.provinces))
        uncovered = self.facts.uncovered_half(q, provinces, language)
        if uncovered is None and asked.intent in (Intent.FIGURE, Intent.PERCENT):
            missing = self.coverage.missing(q, provinces)
            if missing:
                uncovered = not_mentioned(q, missing, provinces, language)
        return uncovered

    def _document_or_parts(
        self, q: ParsedQuery, asked: Asked, filters: Filters, mode: str | None, language: str
    ) -> tuple[Answer, Retrieval | None] | None:
        """The table of two parts of one report (with the parts' retrieved chunks), or the
        answer about a document a report names; None for the rest. Parts first: "số văn bản
        hết hiệu lực toàn bộ và một phần" counts documents, it asks no document's number. The
        day a named figure holds for before all: its line's day, not the report's period."""
        provinces = tuple(dict.fromkeys(q.provinces or filters.provinces))
        held = self.held.answer(q, provinces, q.years or filters.years, language)
        if held is not None:
            return replace(held, intent=Intent.FIGURE), None
        which = report_of_figure(self.held, q, provinces, q.years or filters.years, language)
        if which is not None:  # "which report gives 1.234 …, for what period": its line's report
            return replace(which, intent=Intent.REPORT_FACT), None
        both = self._assigned_and_actual(q, filters, mode, language)
        if both is not None:
            return both
        parts = self._parts(q, filters, mode, language)
        if parts is not None:
            return parts
        document = self._document(q, asked, filters, language)
        return None if document is None else (document, None)

    def _assigned_and_actual(
        self, q: ParsedQuery, filters: Filters, mode: str | None, language: str
    ) -> tuple[Answer, Retrieval] | None:
        """A question asking what was assigned and what is actually there ("posts allotted
        and posts filled"), answered with both figures of one sentence when the figure answerer's
        sentence gives both (bot/assigned_actual.py); None otherwise, before the question is
        split into two parts asked apart, which would lose the sentence they share."""
        roles = asked_roles(q)
        if len(roles) < 2 and not (roles and given(q)):
            return None
        retrieval = self.retriever.retrieve(q, filters, mode)
        side = given_side(q, retrieval.hits, self.retriever.index, language)
        if side is not None:  # "was allotted 412 posts - how many are filled?"
            return replace(side, question=q.text, intent=Intent.FIGURE), retrieval
        # it asks two figures, whether or not it says "bao nhiêu" ("allotted vs filled?")
        figures = replace(q, folded=f"{q.folded} bao nhieu")
        said = self.answerer.answer(figures, retrieval, language)
        both = paired(q, said)
        if both is None and (found := pair_in_hits(q, retrieval.hits, self.retriever.index)):
            both = both_stated(q, said, *found)  # the pair's sentence is not the answer's
        if both is None or both.text.count("**") < 4:
            return None
        both = several_pairs(q, both, retrieval.hits, self.retriever.index)  # "…, and the same for Y"
        return replace(both, intent=Intent.FIGURE), retrieval

    def _parts(
        self, q: ParsedQuery, filters: Filters, mode: str | None, language: str
    ) -> tuple[Answer, Retrieval] | None:
        """Two parts of one report side by side, each asked of the figure answerer with the
        question's filters, and the parts' retrieved chunks, interleaved; None when the
        question names no two parts."""
        # (a report-fact reading too: "Số văn bản hết hiệu lực toàn bộ và một phần" counts
        # documents; a question about a report's number names no two parts)
        if self.parts is None:
            return None
        found: list[Retrieval] = []

        def ask(part: ParsedQuery) -> Answer:
            found.append(self.retriever.retrieve(part, filters, mode))
            ans = self.answerer.answer(part, found[-1], language)
            # a part's figure passes the near-miss check a figure asked alone passes: a figure
            # of another thing counted ("01 … viên chức" for "công chức") is no part's figure
            return near_miss(part, ans, language, "figure") or ans

        ans = self.parts.answer(q, ask, language)
        if ans is None:
            return None
        first: dict[str, Hit] = {}  # each chunk once, where the parts' lists first rank it
        for pair in zip_longest(*(r.hits for r in found)):
            for h in pair:
                if h is not None:
                    first.setdefault(h.chunk.id, h)
        return ans, Retrieval(list(first.values()))

    def _small_talk(
        self, text: str, talk: tuple[str, bool], history: Sequence[tuple[str, str]]
    ) -> Answer:
        """The reply to a greeting, thanks or the like, in the language it was said in ("ok",
        said in both, in the language of the question before it)."""
        kind, en = talk
        if kind == "ack" and not en and history:
            last = history[-1][0]
            en = detect_language(last, parse_query(last).folded) == "en"
        return self.smalltalk.answer(text, kind, "en" if en else "vi")

    def _document(
        self, q: ParsedQuery, asked: Asked, filters: Filters, language: str
    ) -> Answer | None:
        """A question about a document a report names (its number, date, issuer, subject),
        answered from the index's document references; None when it is not one. A "báo cáo
        số mấy?" that no report named inside a report fits asks about the report itself."""
        ask = read_docref(q) or basis_ask(q)
        # the report on a document: the report's field, unless the number of what it answers
        # is asked ("which letter asked for the report on Plan 12?")
        basis = ask is not None and ask.field == "number" and asks_basis(q.folded)
        if ask is None or (subject_documents(q) and not basis):
            return None
        # "báo cáo … thực hiện theo kế hoạch số mấy": the plan's, not the report's; only one its
        # opening cites when the report is known (a plan elsewhere in its body is no basis)
        if basis:
            ask = of_basis(ask, q.folded)
            if not asked_report(self.docrefs.index, q):
                ask = replace(ask, basis=False)
        provinces = tuple(dict.fromkeys(q.provinces or filters.provinces))
        ans = self.docrefs.answer(q, ask, provinces, language)
        if ans is None and ask.about_report and asked.intent != Intent.REPORT_FACT:
            field = {"issuer": "agency", "subject": "title"}.get(ask.field, ask.field)
            return self._report_fact(q, Asked(Intent.REPORT_FACT, (field,)), filters, language)
        return ans

    def _report_fact(
        self, q: ParsedQuery, asked: Asked, filters: Filters, language: str
    ) -> Answer:
        """A question about the reports themselves (number, date, signer…), answered from
        their metadata; the filters stand in for the provinces and years it does not name."""
        provinces = tuple(dict.fromkeys(q.provinces or filters.provinces))
        years = q.years or filters.years
        q_facts = replace(q, years=years)
        return replace(self.facts.answer(q_facts, asked.fields, provinces, language),
                       intent=asked.intent)  # fmt: skip

    def _from_passages(
        self, q: ParsedQuery, retrieval: Retrieval, language: str
    ) -> Iterator[str | Answer]:
        """The answer from the passages retrieved: a typed answerer's (sections, summaries,
        lists, comparisons: issue #16), else the figure answerer's, streamed if it can."""
        streamer = getattr(self.answerer, "stream", None)
        result: Answer | None = None
        if self.typed is not None:
            result = self.typed.answer(q, retrieval, language)
        if result is not None or streamer is None:
            yield result or self.answerer.answer(q, retrieval, language)
        else:
            yield from streamer(q, retrieval, language)

    @staticmethod
    def _finish(
        ans: Answer, t0: float, t1: float, t2: float, retrieval: Retrieval | None
    ) -> Answer:
        """The answer with its timings (parse, retrieve, answer, total) and the ranked chunks."""
        t3 = time.perf_counter()
        timings = {
            "parse": round((t1 - t0) * 1000, 1),
            "retrieve": round((t2 - t1) * 1000, 1),
            "answer": round((t3 - t2) * 1000, 1),
            "total": round((t3 - t0) * 1000, 1),
        }
        log.info("answered intent=%s abstained=%s total_ms=%.0f", ans.intent, ans.abstained,
                 timings["total"])  # fmt: skip
        retrieved = tuple(h.chunk.id for h in retrieval.hits) if retrieval else ()
        return replace(ans, timings_ms=timings, retrieved=retrieved)
