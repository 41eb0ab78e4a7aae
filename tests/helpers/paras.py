"""A text's lines as the paragraphs of one chunk, for tests of what reads paragraphs."""

from __future__ import annotations

from bot.structure import Para, paragraphs
from index.chunk import Chunk, Span


def paras(text: str) -> list[Para]:
    """The lines of `text` as one chunk's paragraphs."""
    spans, base = [], 0
    for line in text.split("\n"):
        spans.append(Span(base, base + len(line), 1, 1))
        base += len(line) + 1
    return paragraphs(Chunk("r:0000", "r", 0, "II", text, 1, 1, tuple(spans)))
