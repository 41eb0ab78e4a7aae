"""What a text itself tells the restorer about its OCR: how often marks survived (a plain word
is then likely plain), how often letters were misread (a word spelt as a syllable is then likely
that syllable's letters), and whether a word's case inside a sentence says anything."""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from core.text import is_syllable
from index.restore_syllables import TOKEN, key_of

NO_CASE, LOWER, CAPITAL = 0, 1, 2
# What starts a sentence or an item, or may (a line break: OCR lines end mid-sentence too).
_STARTS = re.compile(r"[\n.!?:;()\[\]\-–•\"“”*]")


def case_of(text: str, start: int, end: int, before: int) -> int:
    """Whether a word's case says something: capitalised or lowercase inside a sentence;
    NO_CASE at a sentence's or line's start, for words in capitals, digits or glyphs first."""
    first = text[start:end][:1]
    if before < 0 or not first.isalpha() or _STARTS.search(text, before, start):
        return NO_CASE
    word = text[start:end]
    if (len(word) > 1 and word.isupper()) or (first == "I" and word[1:2].islower()):
        return NO_CASE  # a heading in capitals; OCR's I for l
    return CAPITAL if first.isupper() else LOWER


_WORD = re.compile(r"[^\W\d_]+")  # a run of letters


def _in_capitals(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def lone_capitals(text: str, start: int, end: int) -> bool:
    """Whether the word text[start:end], in capitals, is one capitalised word the OCR read in
    capitals ("của BO Noi vu": Bộ) rather than a heading's word: no word in capitals next to
    it on its line, and a neighbour with lowercase letters."""
    if not _in_capitals(text[start:end]):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = _WORD.findall(text, line_start, start)
    after = _WORD.findall(text, end, len(text) if line_end < 0 else line_end)
    near = before[-1:] + after[:1]
    return bool(near) and not any(_in_capitals(w) for w in near)


_GLYPHS = frozenset("0123456789&¢€§@¥'’w")


def is_plain(token: str) -> bool:
    """A word written in plain ASCII letters: no mark, no glyph standing for one."""
    low = token.lower()
    return low.isascii() and low.isalpha() and not (_GLYPHS & set(low))


def marked_share(text: str) -> float:
    """Share of lowercase words that show a diacritic or a glyph standing for one."""
    words = [m.group() for m in TOKEN.finditer(text) if not m.group().isupper()]
    words = [w for w in words if any(c.isalpha() for c in w) and not w.isdigit()]
    if not words:
        return 0.0
    return sum(not is_plain(w) for w in words) / len(words)


def plain_cost(marked: float) -> float:
    """The channel cost of reading a plain word as a marked syllable. About three Vietnamese
    words in four carry a mark; if the text shows marks on a share `marked` of its words, the
    OCR kept a seen mark with probability keep ≈ marked / 0.75, and lost it with 1 − keep. Text
    stripped of every mark (a typed question, a folded report) gives 0: no evidence either way."""
    keep = min(0.9, marked / 0.75)
    return -math.log(1.0 - keep) if keep > 0.05 else 0.0


# The share of words no syllable spells in the OCR reports the channel's letter rules were
# tuned on (0.13-0.17, the lowest of them taken; a clean report, folded or not, 0.006: names and English only), and the
# pseudo-count of words pulling a short text's share towards it (a title or a question says
# little either way).
OCR_NOISE = 0.12
_NOISE_PRIOR = 20.0


def letter_noise(text: str) -> float:
    """Share of lowercase words whose letters spell no syllable ("dugc", "nhitng", "s6"),
    smoothed towards OCR_NOISE by _NOISE_PRIOR words: how often this text's letters are
    misread."""
    words = [m.group() for m in TOKEN.finditer(text) if not m.group().isupper()]
    words = [w for w in words if any(c.isalpha() for c in w) and not w.isdigit()]
    bad = sum(not (key_of(w).isalpha() and is_syllable(key_of(w))) for w in words)
    return (bad + OCR_NOISE * _NOISE_PRIOR) / (len(words) + _NOISE_PRIOR)


def letter_cost(noise: float) -> float:
    """The extra channel cost of reading a plain word spelt as a syllable with other letters
    ("ve" as "và"), for a text whose words are misread at the rate `noise`: the letter rules'
    costs hold for OCR_NOISE; a text with fewer misread words (a folded clean report, a typed
    question) makes each rule as much less likely (0 at OCR_NOISE or above)."""
    return max(0.0, math.log(OCR_NOISE / max(noise, 1e-3)))


class Evidence(NamedTuple):
    """A document's channel costs from its own text: reading a plain word as a marked syllable
    (`plain`), and as a syllable with other letters (`letters`)."""

    plain: float = 0.0
    letters: float = 0.0


NO_EVIDENCE = Evidence()


def evidence(text: str, marked: float | None = None, noise: float | None = None) -> Evidence:
    """The channel evidence of a text; `marked` and `noise` from the whole document when
    `text` is a part of it (default: from `text`)."""
    return Evidence(
        plain_cost(marked_share(text) if marked is None else marked),
        letter_cost(letter_noise(text) if noise is None else noise),
    )
