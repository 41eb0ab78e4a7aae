"""A small real index of one report text written for a test: its chunks, BM25 and an
in-memory Chroma collection, and every chunk retrieved (best first, in reading order), so an
answerer's choice among figures can be tested without the seed corpus."""

from __future__ import annotations

import uuid

import chromadb

from bot.extractive import ExtractiveAnswerer
from core.query import parse_query
from core.result import Answer
from core.text import fold
from index.chunk import chunk_report
from index.generations import LoadedIndex
from index.lexical import Bm25Index
from index.metadata import Report
from index.retrieve import Hit, Retrieval
from index.store import ChunkStore

REPORT = Report(
    "t001", "t001.txt", province="Bình Phước", agency="Văn phòng UBND tỉnh Bình Phước",
    number="77/BC-VPUBND", date="2022-07-05", year=2022, quarter=0,
    period="6 tháng đầu năm 2022",
)  # fmt: skip


def mini_index(raw: str, report: Report = REPORT) -> LoadedIndex:
    """The index of one report's text."""
    chunks = chunk_report(report, raw)
    folded = [fold(c.text) for c in chunks]
    client = chromadb.EphemeralClient()
    store = ChunkStore(client.get_or_create_collection(f"mini-{uuid.uuid4().hex[:8]}"))
    position = {c.id: i for i, c in enumerate(chunks)}
    return LoadedIndex("gen-test", chunks, folded, {report.id: report}, Bm25Index.build(folded),
                       store, position)  # fmt: skip


def everything(index: LoadedIndex) -> Retrieval:
    """Every chunk of the index as retrieved, in reading order."""
    return Retrieval([Hit(c, 1.0 - 0.01 * i) for i, c in enumerate(index.chunks)])


def ask(index: LoadedIndex, question: str, language: str = "vi") -> Answer:
    """The extractive answer to `question` over every chunk of `index` (minimum confidence
    0.45, three citations: the defaults of config.toml)."""
    return ExtractiveAnswerer(index, 0.45, 3).answer(
        parse_query(question), everything(index), language
    )
