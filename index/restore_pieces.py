"""The restored text's pieces: the word tokens of an OCR text (protected spans, URLs and
document numbers, kept whole) and the map between original and restored offsets."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from index.restore_syllables import TOKEN

_PROTECTED = re.compile(
    r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|[\w.-]*\d[\w.-]*/[\w./-]+|[\w-]+/[\w-]*\d[\w./-]*|\w+\.(?:pdf|docx?|xlsx?|vn|com|gov)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Piece:
    """One token: its original offsets, its restored offsets and whether it changed."""

    start: int
    end: int
    new_start: int
    new_end: int
    changed: bool


@dataclass(frozen=True)
class Restored:
    """Restored text with the token pieces that map it back to the original."""

    original: str
    text: str
    pieces: tuple[Piece, ...]

    def to_restored(self, offset: int) -> int:
        """The restored offset of an original offset (token starts and ends map exactly)."""
        i = bisect_right([p.start for p in self.pieces], offset) - 1
        if i < 0:
            return offset
        p = self.pieces[i]
        if offset >= p.end:
            return p.new_end + (offset - p.end)
        return p.new_start + min(offset - p.start, p.new_end - p.new_start)

    def to_original(self, offset: int) -> int:
        """The original offset of a restored offset."""
        i = bisect_right([p.new_start for p in self.pieces], offset) - 1
        if i < 0:
            return offset
        p = self.pieces[i]
        if offset >= p.new_end:
            return p.end + (offset - p.new_end)
        return p.start + min(offset - p.new_start, p.end - p.start)


def tokens_of(text: str) -> list[tuple[int, int]]:
    """(start, end) of each word token; (start, −end) for one inside a protected span (a URL, a
    document number, a date), which is kept and ends the language model's context. A span's
    leading number ("97" of "số 97/BC-UBND", "10" of "ngày 10/6/2022") is kept as a number:
    it still tells the model what came before it."""
    protected = [(m.start(), m.end()) for m in _PROTECTED.finditer(text)]
    tokens: list[tuple[int, int]] = []
    for m in TOKEN.finditer(text):
        s, e = m.start(), m.end()
        span = next(((ps, pe) for ps, pe in protected if ps < e and s < pe), None)
        if span is None or (span[0] == s and m.group().isdigit()):
            tokens.append((s, e))
        else:
            tokens.append((s, -e))
    return tokens
