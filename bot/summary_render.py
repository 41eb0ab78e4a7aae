"""The pieces a report's summary is told with: which clause a part's label already says, a
figure's paragraph, a clause cited, the answer put together with its sources."""

from __future__ import annotations

from collections.abc import Sequence

from bot.answer import Answer, Citation
from bot.extractive import cite, source_line
from bot.structure import Para, strip_marker
from bot.summary_sentences import Sentence
from core.query import ParsedQuery
from core.text import fold
from index.facts import Fact
from index.generations import LoadedIndex


def in_label(s: Sentence, label: str) -> bool:
    """Whether a clause is the one a part's label says (an item labelled by its lead)."""
    said = fold(strip_marker(s.readable)).strip(" .;")
    return len(said) > 0 and said in fold(label)


RESTATED_CHARS = 60  # a label whose opening this long the clause told opens with restates it


def restated(label: str, said: str) -> bool:
    """Whether a part's label is the opening of the clause its bullet tells ("Kết quả rà soát,
    hoàn thiện … tại cơ quan: Đơn vị …" labelled by its whole first sentence)."""
    lead = fold(strip_marker(label)).strip(" .;:…")[:RESTATED_CHARS]
    return len(lead) >= 20 and fold(said).startswith(lead)


def within(f: Fact, paras: Sequence[Para]) -> bool:
    """Whether a fact is stated in one of some paragraphs."""
    return any(p.chunk.id == f.chunk_id and p.start <= f.span_start < p.end for p in paras)


def cite_sentence(index: LoadedIndex, n: int, s: Sentence, context: str | None) -> Citation:
    """A clause of a report cited as source n."""
    return cite(index.reports[s.chunk.report_id], n, s.chunk, s.span, 1.0, context=context)


def summary_answer(
    q: ParsedQuery,
    head: str,
    lines: list[str],
    figures: str,
    cits: list[Citation],
    language: str,
) -> Answer:
    """A summary: its head, its bullets, its key figures, then its sources."""
    en = language == "en"
    label = "Sources" if en else "Nguồn"
    body = head + "\n" + "\n".join(lines)
    if figures:
        body += "\n\n" + figures
    body += f"\n\n{label}:\n" + "\n".join(source_line(c, en) for c in cits)
    return Answer(q.text, body, False, tuple(cits), confidence=1.0, language=language)
