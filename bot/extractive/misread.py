"""Numbers in a clause that are no figure of its own: a word OCR printed in digits ("lệ" of
"tỷ lệ" read as 16 or 18, "Số" read as 86) or the closing year of a period an OCR stray digit
lengthened ("giai đoạn 2022 - 20277"). Pure functions of the clause text and its words
(bot/extractive/words.py `_words`), used by the figure sites (sites.py `_figure_word`)."""

from __future__ import annotations

import re

from bot.extractive.words import _Word, skeleton

# "lệ" of "tỷ lệ" as OCR reads it in digits ("ty 16 31,97%"; core.text folds it back alike).
_LE_READ = frozenset({"16", "18"})
# A label's figure after its colon ("...: 7.003.724.671"): what a line opened by "Số" gives.
_SAYS_FIGURE_LATER = re.compile(r":\s*\d")
# A period's opening year and its dash ("2022 - "): the number after it closes the period.
_RANGE_FROM = re.compile(r"\b(?:19|20)\d{2}\s*[-–]\s*$")
# Digits OCR puts for letters inside a word ("1u30ng" for "lượng", "16i" for "lối"): "1" is an
# "l", "0" and "3" are vowels ("ơ", "ư"), which a skeleton drops anyway.
_OCR_DIGITS = str.maketrans({"1": "l", "0": "o", "3": "o"})


def _ocr_letters(word: str) -> str:
    """A word mixing letters and digits read as the letters OCR mistook ("1u30ng": "luoong");
    a word of digits alone is a number and stays."""
    if word.isdigit() or not any(ch.isdigit() for ch in word):
        return word
    return word.translate(_OCR_DIGITS)


def _amount_before(text: str, words: list[_Word], at: int) -> bool:
    """Whether a number stands right before the word at `at` ("2" of "2 tỷ"), nothing but a
    space between."""
    return at >= 1 and bool(re.fullmatch(r"\d[\d.,]*\s+", text[words[at - 1][0] : words[at][0]]))


def misread(text: str, m: re.Match[str], words: list[_Word], idx: int) -> bool:
    """Whether the number `m`, in the word at `idx`, is no figure: OCR's digits for a word or a
    period's closing year."""
    raw, s, e = m.group(0), m.start(), m.end()
    prev_word = words[idx - 1][2][-1:] if idx > 0 else []
    next_word = words[idx + 1][2] if idx + 1 < len(words) else []
    if raw in _LE_READ and prev_word == ["ty"] and not _amount_before(text, words, idx - 1):
        return True  # "ty 18 tra ket qua": OCR read "lệ" (of "tỷ lệ") as 18; not "2 tỷ 16 triệu"
    if _RANGE_FROM.search(text, 0, s) and re.fullmatch(r"20\d{2,3}", raw):
        return True  # "giai doan 2022 - 20277": a period's closing year (an OCR stray digit)
    opens = not any(w[2] for w in words[:idx])  # nothing but a list mark before it
    if raw == "86" and opens and _SAYS_FIGURE_LATER.search(text, e):
        return True  # "+ 86 kinh phi thuc hien ...: 7.003.724.671": OCR read "Số" as 86
    # "86 lugng TTHC", "50 1u30ng": OCR read "Số" (of "Số lượng") as a number
    return bool(next_word[:1]) and skeleton(_ocr_letters("".join(next_word))) == "lng"
