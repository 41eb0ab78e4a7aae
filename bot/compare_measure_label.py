"""A measure's label as the comparison table names its rows ("X — mở mới"), cleared of words
that do not name the measure: the unit a distributive deals the question out by ("mỗi kỳ mở mới
bao nhiêu gian hàng": "kỳ" is each side, the period, not what is counted) and a hedge on the
figure asked ("cập nhật khoảng bao nhiêu tin": "khoảng"). A measure's own words hold its
figure to its line (`bot/compare_own_words.py`); a word of neither kind is no word a line
saying the measure would say beside its figure."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from bot.compare_parts import Part
from bot.stopwords import HEDGE_STOP
from core.query import ParsedQuery
from core.text import fold

# Distributive words as the question says them, diacritics kept ("mỗi", not "mới" or "mọi",
# which fold alike), and English.
_DEALS = ("mỗi", "each", "every")


def _said_lower(q: ParsedQuery) -> list[str]:
    """The question's words lowered, NFC, bare of punctuation."""
    text = unicodedata.normalize("NFC", q.text).lower()
    return [w.strip(",.;:?!()\"'") for w in text.split()]


def _dealt_unit(q: ParsedQuery, words: list[str]) -> bool:
    """Whether the question says a distributive word right before a label's words: its first
    word is the unit dealt out ("mỗi kỳ mở mới …"), not the measure's."""
    said = _said_lower(q)
    n = len(words)
    folded = [fold(w) for w in said]
    return any(
        said[i] in _DEALS and folded[i + 1 : i + 1 + n] == [fold(w) for w in words]
        for i in range(len(said) - n)
    )


def plain_label(q: ParsedQuery, label: str) -> str:
    """A measure's label without a dealt-out unit opening it or a hedge word in it; the label
    as it is when that would leave fewer than two words (one word names too little to tell
    one measure from another)."""
    words = label.split()
    if len(words) > 2 and _dealt_unit(q, words):
        words = words[1:]
    kept = [w for w in words if fold(w).strip(",.;:?!()") not in HEDGE_STOP]
    return " ".join(kept) if len(kept) >= 2 else label


def plain_labels(q: ParsedQuery, parts: Sequence[Part]) -> list[Part]:
    """The parts, each label plain (`plain_label`); the parts as they are when two would then
    read alike."""
    out = [replace(p, label=plain_label(q, p.label)) for p in parts]
    if len({fold(p.label) for p in out}) < len(out):
        return list(parts)
    return out
