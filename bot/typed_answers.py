"""Answers beyond one figure, chosen by the question's type: comparison tables, report
summaries, report sections, lists. Each returns None when it cannot answer, and the figure
path answers instead."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.answer import Answer
from bot.compare_answer import CompareAnswerer
from bot.compare_cells import FactCells
from bot.extractive import ExtractiveAnswerer
from bot.fact_answer import load_weights
from bot.intents import Intent
from bot.intents_types import (
    asks_about,
    is_comparison,
    is_list,
    is_summary,
    lists_and_counts,
    section_kind,
    section_kinds,
    summary_kinds,
    wants_number,
)
from bot.kind_said import focus_of, kind_said_of
from bot.list_answer import ListAnswerer
from bot.list_asked import asks_things, bare_heads
from bot.one_province_told import one_province_told
from bot.org_answer import OrgAnswerer, asks_organisation
from bot.org_units import units_answer, units_asked
from bot.part_contents import ContentsAnswerer
from bot.part_outline import OutlineAnswerer
from bot.section_answer import SectionAnswerer
from bot.structure import Trees
from bot.summary_answer import SummaryAnswerer
from bot.summary_scope import several_parts
from bot.topic_answer import TopicAnswerer
from core.query import ParsedQuery
from index.facts import Fact, build_facts
from index.generations import LoadedIndex
from index.retrieve import HybridRetriever, Retrieval

MIN_TOLD = 3  # items of a part that answer a "which things" question no passage lists


class TypedAnswers:
    """Routes a question to the answerer of its type (comparison, summary, section, list)."""

    def __init__(
        self, index: LoadedIndex, retriever: HybridRetriever, facts: Sequence[Fact] | None = None,
        extractive: ExtractiveAnswerer | None = None,
    ) -> None:  # fmt: skip
        self.index = index
        # the fact table of the loaded generation (built from its chunks when not given)
        facts = build_facts(index.reports.values(), index.chunks) if facts is None else facts
        self.trees = Trees(index)
        self.section = SectionAnswerer(index, self.trees)
        self.list = ListAnswerer(index, self.section)
        # each comparison side asked of the same figure answerer a single-figure question gets
        # (its fact opinion included), so a side finds what that question alone finds
        self.compare = CompareAnswerer(
            index, FactCells(index, facts, retriever, load_weights(), extractive)
        )
        self.summary = SummaryAnswerer(index, self.section, facts)
        self.topic = TopicAnswerer(index, self.section)
        self.outline = OutlineAnswerer(self.section)
        self.contents = ContentsAnswerer(self.section, self.summary.parts, self.outline)
        self.org = OrgAnswerer(self.section)

    def _summary(self, q: ParsedQuery, retrieval: Retrieval, language: str) -> Answer | None:
        """The summary asked: of a topic no heading names, what the report says of it when a
        paragraph convincingly does; else of the part named, else of the report."""
        topic = self.summary.narrower(q, retrieval)
        about_topic = self.topic.answer(topic, retrieval, language, True) if topic else None
        return about_topic or self.summary.answer(q, retrieval, language)

    def _about(self, q: ParsedQuery, retrieval: Retrieval, language: str) -> Answer | None:
        """What a report says of a topic: "Báo cáo … nói gì về X", "what did … report about
        X": the part X names, told area by area, when X is a part's heading (a kind of section
        asked, "… về những hạn chế", is that section's list); else the sub-section or
        paragraph about X, its figures stated (and "kiến nghị gì … về X": the proposals on X);
        else the part whose heading and areas' labels say X together ("… về tổ chức bộ máy và
        biên chế": "3. Tổ chức bộ máy", an area "Về quản lý biên chế"), told area by area, not
        one figure of one of its paragraphs."""
        about = asks_about(q) and set(section_kinds(q)) <= {"results"}
        part = self.summary.part(q, retrieval, language) if about else None
        part = part or self.topic.answer(q, retrieval, language)
        if part is None and about:
            part = self.summary.part(q, retrieval, language, areas=True)
        return part

    def _labelled_or_counted(
        self, q: ParsedQuery, retrieval: Retrieval, language: str
    ) -> Answer | None:
        """A list question answered by a part named by its label ("mục III … có những nhiệm vụ
        nào, kết quả thế nào?": no number, no kind of section but its results asked), area by
        area; or one asking a number beside the list ("những trường nào tham gia …, số
        học sinh là bao nhiêu") by the list whose items count the things; else None."""
        if not retrieval.hits:
            return None
        if is_list(q) and not wants_number(q.folded) and set(section_kinds(q)) <= {"results"}:
            labelled = self.summary.labelled(q, retrieval, language)
            if labelled is not None:
                return self._things_in(q, retrieval, language, labelled) or labelled
        if lists_and_counts(q):
            return self.list.answer(q, retrieval, language, counted=True)
        return None

    def _things_in(
        self, q: ParsedQuery, retrieval: Retrieval, language: str, part: Answer
    ) -> Answer | None:
        """The list of the things a list question names ("list the plans … (section
        II.3 …)"), when every line it cites lies inside the part the question labels (`part`,
        that part's summary): the part is where the list sits, its list is what is asked.
        None when the question names a kind of section, not of thing, or no list there."""
        if not asks_things(q):
            return None
        listed = self.list.answer(q, retrieval, language)
        if listed is None or listed.abstained or not listed.citations:
            return None
        spans = [(c.report_id, c.line_start, c.line_end) for c in part.citations]
        inside = all(
            any(r == c.report_id and a <= c.line_start and c.line_end <= b for r, a, b in spans)
            for c in listed.citations
        )
        return listed if inside else None

    def _compared_or_named(
        self, q: ParsedQuery, retrieval: Retrieval, language: str
    ) -> Answer | None:
        """The comparison table; else the sub-sections of a part asked ("Phần B.I … gồm những
        mục nào?"); else the part whose heading the question quotes ("sum up the section called
        'Tài chính công' for me"); None when none of these answers."""
        if is_comparison(q, list(self.compare.index.reports.values())):
            table = self.compare.answer(q, language)
            if table is not None:  # a comparison: what `one_province_told` leaves as it is
                return table if table.intent else replace(table, intent=Intent.COMPARISON)
        if not retrieval.hits:
            return None
        outline = self.outline.answer(q, retrieval, language)
        if outline is not None or wants_number(q.folded):
            return outline
        # "phần … gồm những nội dung nào", "what does the … section cover": what it is made of
        contents = self.contents.answer(q, retrieval, language)
        return contents or self.summary.quoted_part(q, retrieval, language)

    def _organisation(self, q: ParsedQuery, retrieval: Retrieval, language: str) -> Answer | None:
        """How a body is organised: the units its paragraph lists when they are asked by name
        ("gồm những tổ nào"), else that paragraph quoted; None when no paragraph tells it."""
        para = self.org.find(q, retrieval) if units_asked(q) else None
        units = units_answer(self.list, q, para[0], language) if para else None
        return units or self.org.answer(q, retrieval, language)

    def answer(self, q: ParsedQuery, retrieval: Retrieval, language: str) -> Answer | None:
        """The typed answer, or None for a figure question (or one no typed answerer fits);
        under a lead saying it covers only the provinces it quotes when others are asked as
        sides (bot/one_province_told.py)."""
        return one_province_told(q, self._typed(q, retrieval, language), retrieval, language)

    def _typed(self, q: ParsedQuery, retrieval: Retrieval, language: str) -> Answer | None:
        """The typed answer, or None for a figure question (or one no typed answerer fits)."""
        first = self._compared_or_named(q, retrieval, language)
        if first is not None:
            return first
        # "how is the centre organised, who leads it": the paragraph that tells it
        if asks_organisation(q) and not wants_number(q.folded):
            org = self._organisation(q, retrieval, language)
            if org is not None:
                return org
        named = [] if several_parts(q.folded) else summary_kinds(q)  # "… và nhiệm vụ": all
        if named and retrieval.hits:
            found = self.section.answer(q, retrieval, language, named)
            return found or self.section.missing(q, retrieval, language, named)
        labelled = self._labelled_or_counted(q, retrieval, language)
        if labelled is not None:
            return labelled
        summary = self._summary(q, retrieval, language) if is_summary(q) else None
        if summary is not None:
            return summary
        part = self._about(q, retrieval, language)
        if part is not None:
            return part
        # "Which sectors will … prioritise": a kind of thing to list, though it names a section
        things = is_list(q) and asks_things(q)
        if things:
            listed = self.list.answer(q, retrieval, language)
            if listed is not None:
                return listed
            # no passage lists the things asked: the items of the part that tells of them
            # ("bổ nhiệm những chức danh nào" → the civil-service results' items), never a
            # figure for a question that asks none
            # (three items at least: a part of one or two paragraphs is better told by the
            # passage that names the things)
            if not wants_number(q.folded) and section_kind(q) is None:
                told = self.section.answer(q, retrieval, language, ["results"])
                if told is not None and len(told.citations) >= MIN_TOLD:
                    return told
        if section_kind(q) is not None:
            # "hạ tầng … còn hạn chế những gì?": the list "còn hạn chế như: …" announces;
            # "what did … focus on?": the one "tập trung …" leads into
            said = kind_said_of(q) or focus_of(q)
            listed = self.list.answer(q, retrieval, language, said) if said else None
            if listed is not None:
                return listed
            found = self.section.answer(q, retrieval, language)
            if found is not None:
                return found
            # A named kind of section ("hạn chế", "kiến nghị") the reports lack: say so, never
            # figures instead. ("Kết quả …", "như thế nào" are often figure questions.)
            if retrieval.hits and "results" not in section_kinds(q):
                return self.section.missing(q, retrieval, language)
        if is_list(q) and not things:
            return self.list.answer(q, retrieval, language)
        # "… trên mạng xã hội nào?": a bare "nào/gì" after a kind of thing, no number asked:
        # the list that phrase announces in a report, when there is one
        heads = bare_heads(q)
        if heads and not wants_number(q.folded) and not is_list(q) and section_kind(q) is None:
            return self.list.answer(q, retrieval, language, heads)
        return None
