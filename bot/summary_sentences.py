"""The clauses a summary tells: a chunk's sentences within some paragraphs, ranked by how
central each is to the others (TextRank)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.structure import Para, textrank
from index.chunk import Chunk, Span


@dataclass(frozen=True)
class Sentence:
    """One clause of a chunk with where it sits."""

    chunk: Chunk
    span: Span

    @property
    def text(self) -> str:
        """The clause's text (OCR), for matching."""
        return self.chunk.sentence(self.span).strip()

    @property
    def readable(self) -> str:
        """The clause as people read it."""
        return self.chunk.readable(self.span).strip()


def sentences_of(paras: list[Para]) -> list[Sentence]:
    """The clauses of some paragraphs, in order, each once."""
    out: list[Sentence] = []
    seen: set[tuple[str, int]] = set()
    for p in paras:
        for s in p.chunk.spans:
            if s.start < p.end and s.end > p.start and (p.chunk.id, s.start) not in seen:
                seen.add((p.chunk.id, s.start))
                if len(p.chunk.sentence(s).split()) >= 4:
                    out.append(Sentence(p.chunk, s))
    return out


def central(sentences: list[Sentence], limit: int = 120) -> list[Sentence]:
    """The clauses ordered by TextRank centrality, most central first."""
    pool = sentences[:limit]
    scores = textrank([s.text for s in pool])
    return [s for _, s in sorted(zip(scores, pool, strict=True), key=lambda x: -x[0])]
