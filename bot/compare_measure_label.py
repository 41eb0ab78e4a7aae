"""A measure's label as the comparison table names its rows ("X — cấp mới"), cleared of words
that do not name the measure: the unit a distributive deals the question out by ("mỗi năm cấp
mới bao nhiêu giấy phép": "năm" is each side, the period, not what is counted) and a hedge on
the figure asked ("đăng tải chừng bao nhiêu bài": "chừng"). A measure's own words hold its
figure to its line (`bot/compare_own_words.py`); a word of neither kind is no word a line
saying the measure would say beside its figure."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from bot.compare_between import bare
from bot.compare_parts import Part
from bot.part_words import distributive
from bot.stopwords import DEALT_UNIT_STOP, HEDGE_EN, HEDGE_VI_SAID
from core.query import ParsedQuery
from core.text import fold

# What a hedge stands before: a number, or the asking of one ("khoảng bao nhiêu", "about how many").
_HEDGED = re.compile(r"\d|bao\b|mấy\b|how\b")


def _said_lower(q: ParsedQuery) -> list[str]:
    """The question's words lowered, NFC, bare of punctuation."""
    text = unicodedata.normalize("NFC", q.text).lower()
    return [w.strip(",.;:?!()\"'") for w in text.split()]


def _hedge(said: list[str], word: str) -> bool:
    """Whether a label's word is a hedge the question says before a number or its asking:
    Vietnamese with its marks ("khoảng", not "khoang" of "khoảng cách"), English before one."""
    word = unicodedata.normalize("NFC", word).lower().strip(",.;:?!()")
    if word not in HEDGE_VI_SAID and word not in HEDGE_EN:
        return False
    return any(w == word and _HEDGED.match(n) for w, n in zip(said, said[1:], strict=False))


def _dealt_unit(q: ParsedQuery, words: list[str]) -> bool:
    """Whether the question deals itself out (`distributive`: "mỗi", "each") by the label's
    first word, a one-word unit of the sides (`DEALT_UNIT_STOP`: "mỗi năm cấp mới …")."""
    folded = q.folded.split()
    mine = [fold(w) for w in words]
    if mine[0] not in DEALT_UNIT_STOP:
        return False
    n = len(mine)
    return any(
        distributive(q, folded, i) and [bare(w) for w in folded[i + 1 : i + 1 + n]] == mine
        for i in range(len(folded) - n)
    )


def plain_label(q: ParsedQuery, label: str) -> str:
    """A measure's label without a dealt-out unit opening it or a hedge word in it; the label
    as it is when that would leave fewer than two words (one word names too little to tell
    one measure from another)."""
    words = label.split()
    if len(words) > 2 and _dealt_unit(q, words):
        words = words[1:]
    said = _said_lower(q)
    kept = [w for w in words if not _hedge(said, w)]
    return " ".join(kept) if len(kept) >= 2 else label


def plain_labels(q: ParsedQuery, parts: Sequence[Part]) -> list[Part]:
    """The parts, each label plain (`plain_label`); the parts as they are when two would then
    read alike."""
    out = [replace(p, label=plain_label(q, p.label)) for p in parts]
    if len({fold(p.label) for p in out}) < len(out):
        return list(parts)
    return out
