"""The line a "not found" answer quotes for each of its nearest passages: one that says
something a staff member can judge the passage by, not a heading's bare number ("4.") that a
chunk opens with."""

from __future__ import annotations

import re

from index.chunk import Chunk, Span

# At least three words: a figure with what it counts and one more word; a heading's number,
# alone on its line, has none.
NEAREST_WORDS = 3
_WORDS = re.compile(r"[^\W\d_]+")


def says_something(text: str) -> bool:
    """Whether a line holds NEAREST_WORDS words or more (digits and marks are no words)."""
    return len(_WORDS.findall(text)) >= NEAREST_WORDS


def readable_span(chunk: Chunk) -> Span:
    """The chunk's first span that says something; its first span when none does, the whole
    chunk when it has no spans."""
    for s in chunk.spans:
        if says_something(chunk.text[s.start : s.end]):
            return s
    if chunk.spans:
        return chunk.spans[0]
    return Span(0, len(chunk.text), chunk.line_start, chunk.line_end)
