"""Reading a clause's words: folding (cached), OCR-tolerant matching (skeletons, one misread
letter), abbreviation expansions, and the patterns of figures, dates and document numbers."""

from __future__ import annotations

import functools
import re

from core.query import ABBREVIATIONS
from core.text import fold, fold_word
from index.lexical import tokenize

_DATE = re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*((?:19|20)\d\d)(?![\d/])")
# A document's number and "ngày" right before a date: the date the document was issued
# ("Quyết định số 28/2016/QĐ-UBND ngày 02/10/2016"), not one a figure holds for.
_ISSUED_ON = re.compile(
    r"\d+\s*/\s*(?:\d{4}\s*/\s*)?[A-ZĐ][\w&-]*(?:/[\w&-]+)?\s*,?\s*(?:ngày|ngay)\s*$"
)
# A document number: 428/KH-UBND, 45/2020/ND-CP, 48-NQ/TU.
_DOCNUM = re.compile(r"\d+(?:\s*/\s*(?:\d{4}/)?|-)[A-ZĐ]{1,}[A-ZĐa-z0-9&/-]*")
# A standard's name: "ISO 9001:2015", "TCVN ISO 9001:2015", "ISO/IEC 27001" (its number and
# year name the standard; neither is a figure of the clause).
STANDARD = re.compile(r"\b(?:ISO|TCVN|IEC)(?:\s*/\s*IEC)?\s+\d+(?:\s*[:-]\s*\d{4})?")


# "thông qua" (by way of): how a thing came about ("tuyển bao nhiêu công chức thông qua thi
# tuyển"), which the reports write "qua thi tuyển"; neither what is counted nor a word to find.
# So are "theo/bằng/dưới hình thức" (by the form of: "theo hình thức thi tuyển").
VIA = re.compile(r"\bthong qua\b|\b(?:theo|bang|duoi) hinh thuc\b")


# "trường hợp" (cases) counts whatever the question names with it ("bao nhiêu trường hợp là
# viên chức": the employees): no word of what is counted or to look for ("01 lao động hợp
# đồng" says its "hợp" by chance).
CASES = re.compile(r"\btruong hop\b")


# "thuộc" (belonging to) ends what is counted: "bao nhiêu hồ sơ thuộc cấp xã" counts dossiers,
# of which "cấp xã" says whose; "thuộc" is no word a clause must say.
_BELONGS = re.compile(r"\bthuoc\b")


def before_via(folded: str, m: re.Match[str]) -> str:
    """Group 1 of `m` (the words after "bao nhieu" in `folded`) up to a "thong qua" or a
    "thuoc" in it."""
    found = (VIA.search(folded, m.start(1)), _BELONGS.search(folded, m.start(1)))
    cuts = [x.start() for x in found if x and x.start() < m.end(1)]
    return m.group(1)[: min(cuts) - m.start(1)] if cuts else m.group(1)


_NUM = r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)"
# A figure: a number or a fraction (87.38/100, 4.599/4.722), not glued to letters or OCR glyphs;
# after a slash only when a word comes before it ("158 sản phẩm/202 gian hàng": two counts),
# not a number ("28/2016/QĐ-UBND").
_FIG = re.compile(
    rf"(?:(?<=[^\W\d_]/)|(?<![\w/.,¢€&§])){_NUM}(?:\s?/\s?{_NUM})?(?![\w/€&¢§])"
)


# Report wording of one-word abbreviations: a clause saying "DVC" also says "dich vu cong".
_ABBR_WORDS = {k: v[0].split() for k, v in ABBREVIATIONS.items() if " " not in k}


def with_expansions(tokens: list[str]) -> list[str]:
    """Tokens with each abbreviation followed by the words it stands for."""
    out: list[str] = []
    for t in tokens:
        out.append(t)
        out.extend(_ABBR_WORDS.get(t, ()))
    return out


# "300.000đ/tháng": the đồng sign glued to a number (replaced by a space, same length).
_CURRENCY = re.compile(r"(?<=\d)[đd](?=[/\s.,;)]|$)")
_TY_LE_DIGITS = re.compile(r"1[68e&€c¢é][,.:;]?")


_YEARLIKE = re.compile(r"(19|20)\d\d")
YEARLIKE = _YEARLIKE  # a year as a word: "2021" (bot/quantities_asked.py, bot/several_figures.py)


def year_word(words: list[_Word], j: int) -> bool:
    """Whether word `j` is the year of a "năm 2021" (OCR "nim", "naim": the consonants n, m):
    what a figure is for, part of its label, never a figure itself."""
    toks, prev = words[j][2], words[j - 1][2][-1:] if j > 0 else []
    return (
        len(toks) == 1 and bool(_YEARLIKE.fullmatch(toks[0]))
        and bool(prev) and skeleton(prev[0]) == "nm"
    )  # fmt: skip


def label_years(label: tuple[str, ...] | list[str]) -> frozenset[str]:
    """The years a figure's label says it is for ("năm 2021"), not the years of dates nor the
    year it is compared with ("so với năm 2020", "cùng kỳ năm 2021")."""
    return frozenset(
        t for k, t in enumerate(label)
        if k > 0 and _YEARLIKE.fullmatch(t) and skeleton(label[k - 1]) == "nm"
        and not _compared(label[max(0, k - 3) : k - 1])
    )  # fmt: skip


def _compared(before: tuple[str, ...] | list[str]) -> bool:
    """Whether the words before a "năm" make its year a comparison's ("so với", "với", "cùng kỳ")."""
    pair = tuple(before[-2:])
    # "với" alone too: a figure's own words leave out "so" (a stop word)
    return pair[-1:] in (("ky",), ("voi",)) or (
        len(pair) == 2 and pair[0] == "so" and pair[1][:1] == "v"
    )


def _found(wanted: frozenset[str], tokens: set[str]) -> int:
    """How many of the wanted words occur among the tokens, OCR-broken forms matched by their
    consonant skeleton ("coeng chic" for "cong chuc")."""
    skeletons = {skeleton(t) for t in tokens if len(t) >= 3}
    return sum(w in tokens or (len(w) >= 3 and skeleton(w) in skeletons) for w in wanted)


# A phrase of two words or more is still said when one of its words is misread by one letter
# the consonant skeleton does not mend ("chue" for "chuc"): the phrase's other words anchor it.
MISREAD_PER_PHRASE = 1
# ... a word of four letters or more: shorter ones one letter apart are other words ("chi"/"che").
MISREAD_MIN_LETTERS = 4


def phrase_said(phrase: tuple[str, ...], tokens: set[str]) -> bool:
    """Whether every word of a phrase occurs among the tokens (`_found`), a phrase of two words
    or more allowed `MISREAD_PER_PHRASE` word one misread letter apart (`_edit_keys`)."""
    wanted = frozenset(phrase)
    missing = [w for w in wanted if not _found(frozenset((w,)), tokens)]
    if not missing:
        return True
    if len(wanted) < 2 or len(missing) > MISREAD_PER_PHRASE:
        return False
    keys = _keys([t for t in tokens if len(t) >= MISREAD_MIN_LETTERS])
    return all(len(w) >= MISREAD_MIN_LETTERS and _edit_keys(w) & keys for w in missing)


def found_misread(wanted: frozenset[str], tokens: set[str]) -> int:
    """`_found`, and a two-letter word OCR read as its first letter and a digit ("h9" for
    "hộ", "c6" for "có") counted as found: a digit inside a syllable is a misread vowel."""
    read = {t[0] for t in tokens if len(t) == 2 and t[0].isalpha() and t[1].isdigit()}
    missing = {w for w in wanted if len(w) != 2 or w[0] not in read}
    return _found(frozenset(missing), tokens) + len(wanted) - len(missing)


@functools.lru_cache(maxsize=65536)
def _edit_keys(word: str) -> frozenset[str]:
    """Keys two words share exactly when they are the same word or one misread letter apart
    ("tryc" / "truc", "cip" / "cap"; same length, first letters equal): the word, and for words
    of 3+ letters the word with one letter after the first blanked out."""
    if len(word) < 3:
        return frozenset((word,))
    return frozenset((word, *(word[:i] + "\0" + word[i + 1 :] for i in range(1, len(word)))))


def _keys(words: list[str]) -> frozenset[str]:
    return frozenset(k for w in words for k in _edit_keys(w))


_VOWELS = str.maketrans("", "", "aeiouy")
_MISREAD_D = re.compile(r"(?<=[aeiouy])d")
# "ư" read as "tr" between consonants inside a word ("chtrc" for "chức"): a Vietnamese syllable
# has "tr" only as its first letters, and no vowel beside it there leaves no reading but a
# misread vowel. Words of a syllable's length only (`_SYLLABLE_MAX` letters: "nghieng").
_MISREAD_TR = re.compile(r"(?<=[bcdghklmnpqstvx])tr(?=[bcdghklmnpqstvx]|$)")
_SYLLABLE_MAX = 7


@functools.lru_cache(maxsize=131072)
def _folded(snippet: str) -> str:
    """`fold` of a piece of a clause, cached: the same clauses are read for many questions, and
    folding is the costly part of looking at a figure's surroundings."""
    return fold(snippet)


@functools.lru_cache(maxsize=16384)
def _folded_tokens(snippet: str) -> tuple[str, ...]:
    """Tokens of a folded piece of text with abbreviation expansions (a heading, a lead-in);
    read-only."""
    return tuple(with_expansions(tokenize(fold(snippet))))


@functools.lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """A token without vowels: OCR mostly breaks vowels (`cep`/`cip` for `cap`), and reads
    "ư", "ươ" as "d" after a vowel ("hudeng" for "hướng", "ngudi" for "người"): a Vietnamese
    syllable has "d" only as its first letter, so one after a vowel is a misread vowel (an
    abbreviation's "d", "UBND", stays); and "ư" as "tr" inside a word (`_MISREAD_TR`)."""
    if len(token) <= _SYLLABLE_MAX:
        token = _MISREAD_TR.sub("", token)
    return _MISREAD_D.sub("", token).translate(_VOWELS)


@functools.lru_cache(maxsize=16384)
def _at_zero(tokens: tuple[str, ...]) -> tuple[dict[str, int], dict[str, int]]:
    """Tokens and their skeletons, all at distance 0 (a clause, a heading); read-only."""
    return dict.fromkeys(tokens, 0), {skeleton(t): 0 for t in tokens}


# A word (not a figure), a space, "(" and a figure: "viên chức (15".
_COUNTED_IN_PARENS = re.compile(r"[^\W\d] \(\d")


def _counted_in_parens(text: str, end: int, paren: int) -> bool:
    """Whether the figure opening the parenthesis at `paren`, after the word ending at `end`,
    counts that word's thing ("biên chế công chức (59 biên chế), viên chức (15 biên chế)"):
    the parenthesis holds that one figure (no list: "9.875 hồ sơ (3.105 …, 6.770 …)" breaks
    a headline down), and no figure comes in the three words before it ("1.000 hồ sơ (400 …)"
    is a part of the 1.000)."""
    close = text.find(")", paren)
    inside = text[paren + 1 : close] if close != -1 else ""
    before = text[:end].split()[-3:]
    return bool(inside) and not re.search(r"[,;(]", inside) and not any(
        re.search(r"\d", w) for w in before
    )


@functools.lru_cache(maxsize=16384)
def _words(text: str) -> tuple[list[tuple[int, int, list[str]]], list[int]]:
    """A clause's words as (start, end, folded tokens with abbreviation expansions), and
    bounds[i]: the item boundaries (", " ";" "(" ")") before word i. Cached: clauses repeat
    across questions, folding is the costly part."""
    raw = list(re.finditer(r"\S+", text))
    words = [(m.start(), m.end(), with_expansions(tokenize(fold_word(m.group(0))))) for m in raw]
    # Folding word by word misses the two-word OCR form of "tỷ lệ" ("datty 1&", "ty 16").
    for j in range(len(words) - 1):
        toks = words[j][2]
        if toks[-1:] in (["ty"], ["datty"]) and _TY_LE_DIGITS.fullmatch(raw[j + 1].group(0)):
            words[j] = (
                words[j][0],
                words[j][1],
                [*toks[:-1], "dat", "ty"] if toks[-1] == "datty" else toks,
            )
            words[j + 1] = (words[j + 1][0], words[j + 1][1], ["le"])
    bounds = [0]
    for (_, e1, _), (s2, _, _) in zip(words, words[1:], strict=False):
        gap = text[e1 - 1 : s2 + 2]
        counted = _COUNTED_IN_PARENS.fullmatch(gap) is not None and _counted_in_parens(
            text, e1, s2
        )
        bounds.append(bounds[-1] + (1 if re.search(r"[,;()]", gap[:-1]) and not counted else 0))
    return words, bounds


def _pair_weight(pair: tuple[str, str]) -> int:
    return 2 if any(t.isdigit() for t in pair) else 1


@functools.lru_cache(maxsize=16384)
def _bigrams(tokens: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    return frozenset(zip(tokens, tokens[1:], strict=False))


_Word = tuple[int, int, list[str]]  # (start, end, folded tokens)


def pairs_apart(pairs: list[tuple[str, str]], runs: list[list[str]]) -> int:
    """How many of the word pairs a question names its counted thing with ("giáo viên") no run
    of words says side by side (OCR forms by their skeletons): "giáo dục … báo cáo viên" has
    both words and no teacher."""

    def same(w: str, t: str) -> bool:
        return w == t or (len(w) >= 3 and len(t) >= 3 and skeleton(w) == skeleton(t))

    said = {(a, b) for run in runs for a, b in zip(run, run[1:], strict=False)}
    return sum(not any(same(p, a) and same(q, b) for a, b in said) for p, q in pairs)


def held_dates(sentence: str) -> list[re.Match[str]]:
    """The dates of a sentence a figure may hold for: not a named document's issue date."""
    return [m for m in _DATE.finditer(sentence) if not _ISSUED_ON.search(sentence[: m.start()])]
