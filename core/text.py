"""Pure text work shared by indexing, answering and evaluation: fold text for matching (with OCR
repair) and read Vietnamese numbers and dates.

`fold(text)` derives the lowercase ASCII form used by BM25, the embedder and sentence matching
from a report's own characters (index/normalize.py cleans those), with OCR glyph repair.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import combinations

# ---------------------------------------------------------------------------------------------
# Folding (diacritic-free lowercase ASCII with OCR repair and canonical numbers)

# Glyphs OCR produced for Vietnamese letters, mapped before accents are stripped.
_GLYPHS = str.maketrans(
    {"đ": "d", "Đ": "D", "¢": "o", "€": "e", "¥": "y", "§": "o", "ß": "b", "|": "l", "ø": "o"}
)
# All-caps words where a leading P is a real P, not an OCR'd Đ.
_P_ACRONYMS = {"PAR", "PAPI", "PAKN", "PCI", "POS", "PC", "PA", "PDF", "PO"}
_P_FOR_D = re.compile(r"(?<![\w/-])P(?=[AEIOUYaeiouyÀ-ỹ])([\w]*)")

INITIALS = (
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
    "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
)  # fmt: skip
FINALS = ("ch", "ng", "nh", "c", "m", "n", "p", "t", "")
NUCLEI = frozenset(
    [
        "a",
        "e",
        "i",
        "o",
        "u",
        "y",
        "ai",
        "ao",
        "au",
        "ay",
        "eo",
        "eu",
        "ia",
        "iu",
        "oa",
        "oe",
        "oi",
        "oo",
        "ua",
        "ue",
        "ui",
        "uo",
        "uu",
        "uy",
        "ya",
        "ye",
        "ie",
        "iai",
        "ieu",
        "oai",
        "oay",
        "oao",
        "oeo",
        "uai",
        "uay",
        "uoi",
        "uou",
        "uya",
        "uye",
        "uyu",
        "yeu",
        "ua",
        "uoa",
    ]
)
_SYLLABLE = re.compile(
    "^("
    + "|".join(i for i in INITIALS if i)
    + ")?([aeiouy]{1,3})("
    + "|".join(f for f in FINALS if f)
    + ")?$"
)
# Substitutions tried, in order, on a token that is not a valid syllable.
_SUBS: tuple[tuple[str, str], ...] = (
    ("ir", "u"), ("mg", "ng"), ("ti", "u"), ("ii", "u"), ("w", "u"), ("6", "o"), ("0", "o"), ("8", "o"),
    ("&", "o"), ("b", "o"), ("d", "o"), ("g", "o"), ("q", "o"), ("3", "a"), ("4", "a"),
    ("@", "a"), ("1", "l"), ("i", "l"), ("t", "u"), ("r", ""), ("e", "c"),
)  # fmt: skip
_WORD = re.compile(r"[a-z0-9&@]+")


def is_syllable(token: str) -> bool:
    """True if `token` (folded) can be one Vietnamese syllable."""
    m = _SYLLABLE.match(token)
    if not m:
        return False
    initial, nucleus, final = m.group(1) or "", m.group(2), m.group(3) or ""
    if nucleus not in NUCLEI:
        return False
    if initial == "qu" and nucleus.startswith("u"):
        return False
    return not (final in {"ch", "nh"} and nucleus[-1:] not in {"a", "e", "i", "y"})


def _candidates(token: str) -> list[str]:
    spots: list[tuple[int, str, str]] = []
    for old, new in _SUBS:
        start = 0
        while (i := token.find(old, start)) >= 0:
            start = i + 1
            # b, d, g, q, t are real initials: only replace them inside a word.
            if old in {"b", "d", "g", "q", "t"} and i == 0:
                continue
            if old == "g" and (token[i - 1 : i] == "n" or token[i + 1 : i + 2] in {"h", "i"}):
                continue
            if old == "t" and token[i - 1 : i] not in {"c", "h"}:  # ctia→cua, chtng→chung
                continue
            if old == "q" and token[i + 1 : i + 2] == "u":
                continue
            if old in {"1", "i"} and i != 0:
                continue
            if old == "r" and (i == 0 or token[i - 1] == "t"):
                continue
            if old == "e" and i != len(token) - 1:  # a final c read as e: "trude" → "truoc"
                continue
            spots.append((i, old, new))
    out: list[str] = []
    for n in (1, 2):
        for combo in combinations(spots, n):
            ordered = sorted(combo, reverse=True)
            if any(
                a[0] < b[0] + len(b[1]) and b[0] < a[0] + len(a[1])
                for a, b in combinations(ordered, 2)
            ):
                continue
            cand = token
            for i, old, new in ordered:
                cand = cand[:i] + new + cand[i + len(old) :]
            out.append(cand)
    return out


@lru_cache(maxsize=65536)
def repair_token(token: str) -> str:
    """Repair one folded token that OCR broke (`s6`→`so`, `mirc`→`muc`, `dugc`→`duoc`)."""
    if len(token) > 7 or token.isdigit() or not any(c.isalpha() for c in token):
        return token
    if is_syllable(token):
        return token
    for cand in _candidates(token):
        if is_syllable(cand):
            return cand
    return token


class _Accentless(dict[int, str]):
    """str.translate table: each character → itself without combining marks (NFD, drop Mn),
    worked out once per character the first time it is seen."""

    def __missing__(self, code: int) -> str:
        bare = "".join(
            c for c in unicodedata.normalize("NFD", chr(code)) if unicodedata.category(c) != "Mn"
        )
        self[code] = bare
        return bare


_ACCENTLESS = _Accentless()


def _strip_accents(text: str) -> str:
    text = text.translate(_GLYPHS)
    return text if text.isascii() else text.translate(_ACCENTLESS)


@lru_cache(maxsize=262144)
def fold_word(word: str) -> str:
    """`fold` of one word, cached: words repeat across chunks and questions."""
    return fold(word)


# Vietnamese thousands groups (1.044 / 19.961.000.000) and decimal commas (55,82).
_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d]|[.,]\d)")
_DECIMAL_COMMA = re.compile(r"(?<![\d.,])(\d+),(\d{1,2})(?![\d])")


def canonical_numbers(text: str) -> str:
    """Write Vietnamese-notation numbers plainly: `1.044`→`1044`, `55,82`→`55.82`."""
    text = _THOUSANDS.sub(lambda m: m.group(0).replace(".", ""), text)
    return _DECIMAL_COMMA.sub(r"\1.\2", text)


def _fix_p(match: re.Match[str]) -> str:
    word = "P" + match.group(1)
    if word.upper() == word and word in _P_ACRONYMS:
        return word
    return "Đ" + match.group(1)


_ACCENT_BESIDE = re.compile(r"(?<=[^\W\d_])[éÉ](?=[aA])")
_GLUED = re.compile(r"\b(va|la)(\d{1,2})(la|va)?\b")
_TY_LE = re.compile(r"\b(dat)?ty\s*1(?:6|8|e|&|€|c|¢)(?![\w.,]*\d)")


# How many distinct texts `fold` keeps the folding of: answering folds the same passage lines,
# items and words again for every candidate (87 % of its calls repeat a text already folded);
# bounded so a long-running server does not grow without end (a few tens of MiB at most).
FOLD_CACHE_SIZE = 32768


@lru_cache(maxsize=FOLD_CACHE_SIZE)
def fold(text: str, repair: bool = True) -> str:
    """Lowercase, diacritic-free, OCR-repaired, numbers canonical; for matching and embedding.
    `repair=False` skips the OCR syllable repair (typed questions: "had" stays "had").
    Pure (module constants only), so cached: see `FOLD_CACHE_SIZE`."""
    text = unicodedata.normalize("NFC", text)
    if repair:  # OCR reads Đ as P ("Pé an"); a typed "Public" is English
        text = _P_FOR_D.sub(_fix_p, text)
        # OCR prints an accent as an é beside its vowel ("Nam Séach", "céac"): no Vietnamese
        # syllable has "ea", so the é goes (the restorer reads these the same way).
        text = _ACCENT_BESIDE.sub("", text)
    caps = {
        m.group(0).lower() for m in re.finditer(r"\b[A-Z]{2,}[A-Z0-9]*\b", _strip_accents(text))
    }
    text = _strip_accents(text).lower()
    # OCR glues "và"/"là" to a small number: "muc do 3 va4la: 2.164" → "va 4 la".
    text = _GLUED.sub(lambda m: " ".join(g for g in m.groups() if g), text)
    text = canonical_numbers(text)
    # "tỷ lệ" with lệ read as digits by OCR ("ty 16", "ty 1&", "ty 1€"): a frequent phrase.
    text = _TY_LE.sub(lambda m: "dat ty le" if m.group(1) else "ty le", text)
    if not repair:
        return re.sub(r"\s+", " ", text).strip()

    def repl(m: re.Match[str]) -> str:
        tok = m.group(0)
        # Acronyms (TTHC, UBND, DVC) are written in capitals; leave them alone.
        return tok if tok in caps else repair_token(tok)

    text = _WORD.sub(repl, text)
    return re.sub(r"\s+", " ", text).strip()


# ---------------------------------------------------------------------------------------------
# Numbers


def parse_number(text: str) -> float | None:
    """Read a number written the Vietnamese way (`1.044`, `55,82`) or the English way (`1,044`)."""
    s = text.strip().rstrip("%").strip()
    if not s or not re.fullmatch(r"\d[\d.,]*", s):
        return None
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s):  # 1.044 / 1.044,5
        return float(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", s):  # 1,044 / 1,044.5
        return float(s.replace(",", ""))
    if s.count(",") == 1 and "." not in s:
        return float(s.replace(",", "."))
    if s.count(".") <= 1 and "," not in s:
        return float(s)
    return None


def quarter_number(mark: str) -> int:
    """A quarter's number from how it is written after "quý"/"quarter", folded: Roman ("iii")
    or Arabic ("3") → 3; 0 for anything else."""
    return _QUARTER_NUMBERS.get(mark.strip().lower(), 0)


_QUARTER_NUMBERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


# English month names as a folded question writes them, whole or cut short, with their number.
MONTHS = {
    m: i + 1
    for i, names in enumerate(
        ("jan january", "feb february", "mar march", "apr april", "may", "jun june",
         "jul july", "aug august", "sep sept september", "oct october", "nov november",
         "dec december")
    )
    for m in names.split()
}  # fmt: skip
# One of them, the longest first ("september" before "sep"), without a group of its own.
MONTH_NAME = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"

_FIG_DATE = re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})(?![\d/])")
# One number as a text writes it ("1.044", "55,82", "19.817,068"): what `figures` reads.
NUMBER = re.compile(r"(?<![\w])\d(?:[\d.,]*\d)?")


def _fmt(value: float) -> str:
    return f"{value:.6f}".rstrip("0").rstrip(".")


def figures(text: str) -> set[str]:
    """Every number and date in a text, canonical: `1.044`, `1,044`, `1044` → `1044`;
    `55,82%` → `55.82`; `01/10/2019` → `1/10/2019`; a fraction like 138/138 reads as its parts."""
    found: set[str] = set()
    for m in _FIG_DATE.finditer(text):
        found.add(f"{int(m.group(1))}/{int(m.group(2))}/{m.group(3)}")
    for m in NUMBER.finditer(_FIG_DATE.sub(" ", text)):
        value = parse_number(m.group(0))
        if value is not None:
            found.add(_fmt(value))
    return found
