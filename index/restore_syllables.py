"""Vietnamese syllables as the restorer reads them: tone and shape marks, the ASCII key OCR
text is compared by, which words are real syllables, the word classes the language model keeps
for numbers and abbreviations, how a reading is cased, and how damaged a text is (a clean text is never restored)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from core.text import is_syllable

_TONES = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}
_SHAPES = {"\u0302": "^", "\u0306": "(", "\u031b": "+"}

# A token: letters, digits and the glyphs OCR prints for Vietnamese letters ('&' for ở, '¢' for
# ệ, '¥' for ỹ, "u'" for ư), with an apostrophe only inside.
TOKEN = re.compile(r"[\w&¢€§@¥]+(?:['’][\w&¢€¥]+)*")
ROMAN = re.compile(r"^[IVXL]+$")
# A Roman numeral with one of its I's printed as a lowercase l or a 1 ("quý Il", "IIl", "1I"):
# only I, l and 1, at least one capital I and one look-alike, four glyphs at most. ("11" alone
# is a number, "IT" an abbreviation.) It reads as the numeral: every glyph an I.
MISREAD_ROMAN = re.compile(r"^(?=[l1]*I)(?=I*[l1])[Il1]{2,4}$")


def roman_reading(token: str) -> str:
    """The Roman numeral a misread one stands for ("Il" → "II"); '' when it is none."""
    return token.replace("l", "I").replace("1", "I") if MISREAD_ROMAN.match(token) else ""


def syllable_marks(syllable: str) -> tuple[str, frozenset[str]]:
    """The tone ('' if none) and the shape marks (^ ( + and 'd' for đ) of a lowercase word."""
    tone = ""
    shapes: set[str] = set()
    for ch in unicodedata.normalize("NFD", syllable):
        if ch in _TONES:
            tone = _TONES[ch]
        elif ch in _SHAPES:
            shapes.add(_SHAPES[ch])
        elif ch == "đ":
            shapes.add("d")
    return tone, frozenset(shapes)


@lru_cache(maxsize=65536)
def key_of(word: str) -> str:
    """Lowercase ASCII letters of a word: every mark dropped, đ → d."""
    out = unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
    return "".join(c for c in out if unicodedata.category(c) != "Mn")


_VIET_LETTERS = re.compile(
    r"^[a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+$"
)


_TONE_CHARS = "".join(_TONES)
_Y_ONSETS = frozenset("lt")  # onsets after which a lone i is written y (lý, tỷ)
_I_TO_Y = str.maketrans("iíìỉĩị", "yýỳỷỹỵ")


@lru_cache(maxsize=65536)
def new_style(syllable: str) -> str:
    """Tone mark placed the modern way, as the reports write it: hoà → hòa, thuỷ → thủy; and
    a lone i after k, l, m or t spelled y, as administrative texts spell it (tỉ → tỷ, lí → lý,
    kì → kỳ), so that both spellings in the learnt texts count as one word."""
    key = key_of(syllable)
    if len(syllable) == 2 and key[0] in _Y_ONSETS and key[1] == "i":
        return syllable[0] + syllable[1].translate(_I_TO_Y)
    if len(key) < 2 or key[-2:] not in ("oa", "oe", "uy") or key[-3:-2] == "q":
        return syllable
    nfd = unicodedata.normalize("NFD", syllable)
    tone = "".join(c for c in nfd if c in _TONE_CHARS)
    if not tone:
        return syllable
    base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONE_CHARS))
    return unicodedata.normalize("NFC", base[:-1] + tone + base[-1])


def is_valid(syllable: str) -> bool:
    """A real Vietnamese syllable shape (letters, one tone at most, a valid onset/rhyme)."""
    if not _VIET_LETTERS.match(syllable) or len(syllable) > 7:
        return False
    tones = sum(1 for c in unicodedata.normalize("NFD", syllable) if c in _TONES)
    return tones <= 1 and is_syllable(key_of(syllable))


NUM = "<num>"
ABBR = "<abbr>"
CLASSES = frozenset({NUM, ABBR})
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)*%?$")
_ABBREV = re.compile(r"^[A-ZĐ]{2,6}$")


def word_class(token: str) -> str:
    """The language model's word for a number (roman ones too: "Quý I") or an abbreviation in
    capitals; '' otherwise."""
    if _NUMBER.match(token) or ROMAN.match(token) or MISREAD_ROMAN.match(token):
        return NUM
    if _ABBREV.match(token):
        return ABBR
    return ""


# ---------------------------------------------------------------------------------------------
# Damage detection: a clean text is never restored


def damage(text: str) -> float:
    """Share of word tokens that are not Vietnamese syllables as written (OCR glyphs, lost
    marks on words that need them count too): ~0.02 for clean reports, > 0.3 for OCR'd ones."""
    words = [m.group() for m in TOKEN.finditer(text) if not any(c.isdigit() for c in m.group())]
    words = [w for w in words if not (len(w) > 1 and w.isupper())]
    if not words:
        return 0.0
    bad = 0
    for w in words:
        low = unicodedata.normalize("NFC", w.lower())
        if not is_valid(low) or (low == key_of(low) and len(low) > 2):
            bad += 1  # glyphs, or a word written without any mark
    return bad / len(words)


DAMAGED = 0.25  # above this share of suspect words a text is treated as OCR-damaged


def is_damaged(text: str) -> bool:
    """True for OCR'd or diacritic-stripped Vietnamese, False for clean text."""
    return damage(text) > DAMAGED


# Digits OCR prints for letters: 1 for l or i, 0/5/6/8 for o, 3/4 for a.
_LETTER_DIGITS = frozenset("0134568")


def digits_may_be_letters(token: str) -> bool:
    """Whether a token's digits may be misread letters: one digit, or two that are both
    letter glyphs ("16p" lớp, "c40" cáo, "d01" đội), not a number with a letter ("15h",
    "2a") nor a longer number or a date."""
    digits = [c for c in token if c.isdigit()]
    return len(digits) <= 1 or (len(digits) == 2 and set(digits) <= _LETTER_DIGITS)


def number_may_be_word(token: str) -> bool:
    """Whether a bare number may be a word OCR printed in digits ("tỷ 16" tỷ lệ): two digits,
    both letter glyphs, no leading zero. The decoder reads it as a word only at a price
    (`DIGIT_WORD`) that the word pair around it must repay."""
    return len(token) == 2 and token.isdigit() and set(token) <= _LETTER_DIGITS and token[0] != "0"


_CAPS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZĐ")


def cased(original: str, restored: str) -> str:
    """A reading cased as the OCR token was (capitalised, in capitals, or OCR's I for l); a
    word in capitals but for one letter is in capitals."""
    if original[:1] == "I" and original[1:2] not in _CAPS and restored[:1] == "l":
        return restored  # OCR's capital I for a lowercase l ("Iong" → "lòng")
    letters = [c for c in original if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return restored.upper()
    if sum(c.isupper() for c in letters) >= 3 and sum(c.islower() for c in letters) == 1:
        return restored.upper()  # a heading's word with one letter read small ("CHIiNH" CHÍNH)
    if original[:1].isupper():
        return restored[:1].upper() + restored[1:]
    return restored
