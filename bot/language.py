"""The language a question is written in, so that the answer is written in it too.

Diacritics or Vietnamese words make a question Vietnamese; English words make it English. An
English word is one of the closed classes and common report nouns every English question is
built of (`_EN_WORDS`), or a word of plain letters with an ending no Vietnamese syllable has
(`_ENGLISH_ENDING`: "received", "spending", "allocation"). So a terse English question with no
question word ("road works: 2021 budget vs money paid out to date?") still reads as English,
with no list of any one question's words.
"""

from __future__ import annotations

import re

from core.places import strip_provinces

_VI_CHARS = re.compile(
    r"[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.I
)
# Question words, auxiliaries, pronouns, prepositions, conjunctions and the commonest nouns of
# a question about a report. Left out: words folded Vietnamese types as often ("do", "to", "an").
_EN_WORDS = re.compile(
    r"\b(how|what|which|who|when|where|many|much|does|did|is|are|the|of|in|was|were|number|"
    r"level|percentage|rate|province|reports?|you|have|for|with|from|by|and|any|"
    r"vs|versus|than|compared?)\b",
    re.I,
)
# English endings no Vietnamese syllable has: a verb's past or -ing form, an abstract noun
_ENGLISH_ENDING = re.compile(r"[a-z]{3,}(?:ed|ing|tion|sion|ment|ness|ity|ance|ence)")
_VI_WORDS = re.compile(r"\b(bao nhieu|co|cua|la|nhung|nao|gi|tinh|muc|ty le|so|duoc|nam|quy)\b")
# A question with diacritics is still English with at least this many English words: a
# province typed with its marks ("How many level 4 services does Tuyên Quang have?").
EN_OVER_MARKS = 2


def english_words(question: str) -> int:
    """How many words of the question are English words (see the module docstring)."""
    plain = [w for w in re.findall(r"\w+", question.lower()) if w.isascii() and w.isalpha()]
    endings = sum(1 for w in plain if _ENGLISH_ENDING.fullmatch(w))
    return len(_EN_WORDS.findall(question)) + endings


def detect_language(question: str, folded: str) -> str:
    """'vi' or 'en': diacritics or Vietnamese words mean Vietnamese."""
    en = english_words(question)
    vi = len(_VI_WORDS.findall(strip_provinces(folded)))  # "Ha Tinh" is no Vietnamese word
    # Diacritics in a province name ("Tuyên Quang") do not make an English question Vietnamese.
    if _VI_CHARS.search(question) and en < EN_OVER_MARKS:
        return "vi"
    return "en" if en > vi else "vi"
