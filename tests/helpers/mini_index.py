"""A small real index of one report text written for a test: its chunks, BM25 and an
in-memory Chroma collection, and every chunk retrieved (best first, in reading order), so an
answerer's choice among figures can be tested without the seed corpus."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

import chromadb

from bot.compare_answer import CompareAnswerer
from bot.compare_cells import FactCells
from bot.extractive import ExtractiveAnswerer
from bot.fact_answer import FactOpinion, load_weights
from bot.section_answer import SectionAnswerer
from bot.summary_answer import SummaryAnswerer
from core.query import ParsedQuery, parse_query
from core.result import Answer
from core.text import fold
from index.chunk import chunk_report
from index.facts import build_facts
from index.generations import LoadedIndex
from index.lexical import Bm25Index
from index.metadata import Report
from index.retrieve import Filters, Hit, HybridRetriever, Retrieval
from index.store import ChunkStore
from tests.helpers.typed import body

REPORT = Report(
    "t001", "t001.txt", province="Bình Phước", agency="Văn phòng UBND tỉnh Bình Phước",
    number="77/BC-VPUBND", date="2022-07-05", year=2022, quarter=0,
    period="6 tháng đầu năm 2022",
)  # fmt: skip


MIN_CONFIDENCE = 0.45  # config.toml's [answer] min_confidence, as the service runs with it
MAX_CITATIONS = 3  # config.toml's [answer] max_citations


def mini_index(raw: str, report: Report = REPORT) -> LoadedIndex:
    """The index of one report's text."""
    return mini_corpus([(report, raw)])


def mini_corpus(texts: Sequence[tuple[Report, str]]) -> LoadedIndex:
    """The index of several reports' texts (a comparison's provinces or periods)."""
    chunks = [c for report, raw in texts for c in chunk_report(report, raw)]
    folded = [fold(c.text) for c in chunks]
    client = chromadb.EphemeralClient()
    store = ChunkStore(client.get_or_create_collection(f"mini-{uuid.uuid4().hex[:8]}"))
    position = {c.id: i for i, c in enumerate(chunks)}
    reports = {report.id: report for report, _ in texts}
    return LoadedIndex("gen-test", chunks, folded, reports, Bm25Index.build(folded),
                       store, position)  # fmt: skip


class EveryChunk(HybridRetriever):
    """Every chunk of the provinces and years asked, in reading order: a retriever that
    leaves the choice among figures wholly to the answerer under test."""

    def __init__(self, index: LoadedIndex) -> None:
        self.index = index

    def retrieve(
        self, q: ParsedQuery, filters: Filters | None = None, mode: str | None = None
    ) -> Retrieval:
        f = filters or Filters()
        provinces, years = f.provinces or q.provinces, f.years or q.years
        return Retrieval([
            Hit(c, 1.0 - 0.01 * i) for i, c in enumerate(self.index.chunks)
            if (not provinces or self.index.reports[c.report_id].province in provinces)
            and (not years or self.index.reports[c.report_id].year in years)
        ])  # fmt: skip


def extractive(index: LoadedIndex, opinion: FactOpinion | None = None) -> ExtractiveAnswerer:
    """The real extractive (single-figure) answerer over `index`."""
    return ExtractiveAnswerer(index, MIN_CONFIDENCE, MAX_CITATIONS, opinion=opinion)


def compare(index: LoadedIndex, question: str, language: str = "vi") -> Answer | None:
    """The comparison table of `question` over `index`'s fact table (None: no two sides)."""
    facts = build_facts(index.reports.values(), index.chunks)
    cells = FactCells(index, facts, EveryChunk(index), load_weights())
    return CompareAnswerer(index, cells).answer(parse_query(question), language)


def everything(index: LoadedIndex) -> Retrieval:
    """Every chunk of the index as retrieved, in reading order."""
    return Retrieval([Hit(c, 1.0 - 0.01 * i) for i, c in enumerate(index.chunks)])


def ask(index: LoadedIndex, question: str, language: str = "vi") -> Answer:
    """The extractive answer to `question` over every chunk of `index`."""
    return extractive(index).answer(parse_query(question), everything(index), language)


def summarise(index: LoadedIndex, question: str, language: str = "vi") -> str:
    """The summary answer's text to `question` (asked in `language`) over every chunk of
    `index` (the fact table built from it); it must answer."""
    facts = build_facts(index.reports.values(), index.chunks)
    ans = SummaryAnswerer(index, SectionAnswerer(index), facts).answer(
        parse_query(question), everything(index), language
    )
    assert ans is not None
    return ans.text


def compare_wired(index: LoadedIndex, question: str, language: str = "vi") -> Answer:
    """The comparison table of `question` over `index`, each side asked of the figure answerer
    as the service wires it (the fact table's opinion in it); it must answer."""
    facts = build_facts(index.reports.values(), index.chunks)
    sides = extractive(index, FactOpinion(index, facts, load_weights()))
    cells = FactCells(index, facts, EveryChunk(index), load_weights(), sides)
    table = CompareAnswerer(index, cells).answer(parse_query(question), language)
    assert table is not None, question
    return table


def side_row(table: Answer, side: str) -> str:
    """The table line of side `side` (its label and cells, as written)."""
    return next(r for r in body(table).splitlines() if r.startswith(f"| {side} "))
