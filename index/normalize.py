"""Pure text work: clean OCR report text, fold it for matching, read Vietnamese numbers.

`normalize(raw)` keeps the report's own characters (quotes come from it); `fold(text)` derives the
lowercase ASCII form used by BM25, the embedder and sentence matching, with OCR glyph repair.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from itertools import combinations

# ---------------------------------------------------------------------------------------------
# Cleaning and re-flow (keeps the original characters)

_URL_LINE = re.compile(r"^\s*(https?://|www\.)\S*\s*$", re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"^\s*(-\s*)?\d{1,3}(\s*-)?\s*$")
_MD_HEADING = re.compile(r"^\s*#{1,6}\s*")
_MD_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
# A line that starts a new block: bullets, A./I./1./a) headings.
ROMAN = r"(?:I{1,3}|IV|VI{0,3}|IX|X|I1I|I1|Il|IT|Ill|IIT|IIL|11)"  # with OCR look-alikes
BLOCK_START = re.compile(rf"^\s*(?:[-+•~*]\s*\S|[A-E]\.\s|{ROMAN}\.\s|\d{{1,2}}[.,]\s|[a-zđ]\)\s)")
_TERMINAL = re.compile(r"[.;:!?)”\"…]\s*$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _strip_markdown(line: str) -> str:
    line = _MD_HEADING.sub("", line)
    return _MD_EMPHASIS.sub("", line)


def clean_lines(raw: str) -> list[tuple[int, str]]:
    """NFC, drop URL dumps, page numbers and repeated running headers; keep source line numbers."""
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    text = _CONTROL.sub("", text).replace("\u00a0", " ").replace("\ufb01", "fi")
    lines = text.split("\n")
    stripped = [ln.strip() for ln in lines]
    # A short line seen three or more times is a running header or footer, not content.
    counts = Counter(s for s in stripped if 0 < len(s) <= 80)
    repeated = {s for s, n in counts.items() if n >= 3 and not BLOCK_START.match(s)}
    out: list[tuple[int, str]] = []
    for no, s in enumerate(stripped, start=1):
        if _URL_LINE.match(s) or _PAGE_NUMBER.match(s) or s in repeated:
            out.append((no, ""))
            continue
        out.append((no, _strip_markdown(s).strip()))
    return out


PAGE_BREAK = "\f"


def page_starts(raw: str) -> list[int]:
    """Source line numbers that begin a page: a line holding a form feed starts one.

    Texts extracted from PDFs put a form feed before every page (the first too), so page n
    starts at line `page_starts(raw)[n - 1]`; other texts have none and their pages are unknown.
    """
    return [no for no, line in enumerate(raw.split("\n"), start=1) if PAGE_BREAK in line]


def page_of(starts: list[int], line: int) -> int:
    """The page a source line is on (1-based), or 0 when the text has no pages."""
    return bisect_right(starts, line)


def reflow(
    lines: list[tuple[int, str]], pages: list[int] | None = None
) -> list[tuple[str, int, int]]:
    """Join wrapped lines into paragraphs: (text, first source line, last source line).

    A finished sentence at the end of a page ends its paragraph, so a quote from the next page
    is cited with that page; an unfinished one runs on across the break. `pages`: the lines
    that start a page (`page_starts`). Linear in the text: a paragraph is kept as its lines
    and joined once, and only its last line is looked at to decide what comes next (a
    megabyte of lines without sentence punctuation once took minutes).
    """
    breaks = set(pages or ())
    paras: list[_Para] = []
    for no, s in lines:
        last = paras[-1] if paras else None
        if last is not None and no in breaks and last.ends:
            last.closed = True
        if not s:
            if last is not None:
                last.closed = True
            continue
        runs_on = last is not None and (
            not last.closed or (not last.ends and (s[0].islower() or s[0].isdigit()))
        )
        if last is not None and runs_on and not BLOCK_START.match(s):
            last.join(s, no)
            continue
        paras.append(_Para(s, no))
    return [(re.sub(r"\s{2,}", " ", "".join(p.parts)), p.first, p.last) for p in paras]


class _Para:
    """A paragraph being re-flowed: its lines (joined once at the end) and how it ends."""

    __slots__ = ("closed", "ends", "first", "last", "parts", "tail")

    def __init__(self, line: str, no: int) -> None:
        self.parts = [line]
        self.first = self.last = no
        self.closed = False  # a blank line or a page break after a finished sentence
        self.tail = line
        self.ends = bool(_TERMINAL.search(line))  # ends with sentence punctuation

    def join(self, line: str, no: int) -> None:
        """Append a wrapped line ("-" before a digit joins without a space: 2019-\n2020)."""
        self.parts.append("" if self.tail.endswith("-") and line[:1].isdigit() else " ")
        self.parts.append(line)
        self.tail, self.last, self.closed = line, no, False
        self.ends = bool(_TERMINAL.search(line))


def normalize(raw: str) -> str:
    """Cleaned, re-flowed report text, one paragraph per line, original characters kept."""
    return "\n".join(text for text, _, _ in reflow(clean_lines(raw)))


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


def fold(text: str, repair: bool = True) -> str:
    """Lowercase, diacritic-free, OCR-repaired, numbers canonical; for matching and embedding.
    `repair=False` skips the OCR syllable repair (typed questions: "had" stays "had")."""
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
    # OCR glues "và"/"là" to a small number: "muc do 3 va4la: 1.272" → "va 4 la".
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


_FIG_DATE = re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})(?![\d/])")
_FIG_NUMBER = re.compile(r"(?<![\w])\d(?:[\d.,]*\d)?")


def _fmt(value: float) -> str:
    return f"{value:.6f}".rstrip("0").rstrip(".")


def figures(text: str) -> set[str]:
    """Every number and date in a text, canonical: `1.044`, `1,044`, `1044` → `1044`;
    `55,82%` → `55.82`; `01/10/2019` → `1/10/2019`; a fraction like 138/138 reads as its parts."""
    found: set[str] = set()
    for m in _FIG_DATE.finditer(text):
        found.add(f"{int(m.group(1))}/{int(m.group(2))}/{m.group(3)}")
    for m in _FIG_NUMBER.finditer(_FIG_DATE.sub(" ", text)):
        value = parse_number(m.group(0))
        if value is not None:
            found.add(_fmt(value))
    return found
