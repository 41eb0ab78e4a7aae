"""The citation of a fact-table row's clause: its chunk's span of the clause (or, when the
chunk no longer splits there, the fact's own offsets and lines), cited as a quote of that
report. One reader for every answerer that cites a fact (comparisons, the fact answerer,
held dates, a day asked)."""

from __future__ import annotations

from bot.extractive import cite
from core.result import Citation
from index.chunk import Span
from index.facts import Fact
from index.generations import LoadedIndex


def fact_citation(index: LoadedIndex, f: Fact, n: int = 0, score: float = 1.0) -> Citation:
    """Citation number `n` of a fact's clause, with the retrieval `score` it is given."""
    chunk = index.chunks[index.position[f.chunk_id]]
    span = next((s for s in chunk.spans if (s.start, s.end) == (f.span_start, f.span_end)),
                Span(f.span_start, f.span_end, f.line_start, f.line_end, f.page))  # fmt: skip
    return cite(index.reports[f.report_id], n, chunk, span, score)
