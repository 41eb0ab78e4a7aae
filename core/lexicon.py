"""The domain lexicon (core/lexicon.tsv): report terms in Vietnamese with their English.

English questions are expanded into the reports' Vietnamese wording (folded) for the BM25 side
and for fact matching: "how many dossiers were settled on time" gains "ho so", "giai quyet",
"dung han".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from core.english_denial import ABSENCE, ABSENCE_WORDINGS
from core.text import fold, is_syllable, quarter_number

LEXICON = Path(__file__).with_name("lexicon.tsv")


@dataclass(frozen=True)
class Term:
    """One report term: as the reports write it, folded, and its English wordings (folded)."""

    vi: str
    folded: str
    english: tuple[str, ...]


def read_lexicon(path: Path = LEXICON) -> list[Term]:
    """Every term of a lexicon file; a malformed line is an error naming the line."""
    terms: list[Term] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        vi, sep, en = line.partition("\t")
        english = tuple(fold(e, repair=False) for e in en.split("|") if e.strip())
        if not sep or not vi.strip() or not english:
            raise ValueError(f"{path.name}:{n}: expected 'Vietnamese<TAB>English|English'")
        terms.append(Term(vi.strip(), fold(vi.strip(), repair=False), english))
    return terms


# British spellings and their American twins (either may be typed; the lexicon writes one).
_SPELLINGS = (("isation", "ization"), ("ise", "ize"), ("ised", "ized"), ("ising", "izing"),
              ("centre", "center"), ("programme", "program"), ("licence", "license"),
              ("labour", "labor"), ("defence", "defense"))  # fmt: skip
_SIBILANT = re.compile(r"(?:s|x|z|ch|sh)$")


def _spellings(word: str) -> set[str]:
    """A word's British and American spellings, and for a noun in -ion its adjective and back
    ("organization" ↔ "organizational"). A Vietnamese syllable or a short word has none."""
    if len(word) < 4 or not word.isalpha() or is_syllable(word):
        return {word}
    forms = {word}
    for brit, amer in _SPELLINGS:
        for a, b in ((brit, amer), (amer, brit)):
            if len(a) > 5 and a in word:  # "organisational": inside the word too
                if not (a in b and b in word):  # "programme" holds "program": no "programmeme"
                    forms.add(word.replace(a, b))
            elif word.endswith(a):
                forms.add(word[: -len(a)] + b)
    for w in list(forms):
        if w.endswith("ion"):
            forms.add(w + "al")
        elif w.endswith("ional"):
            forms.add(w[:-2])
    return forms


def _plurals(word: str) -> set[str]:
    """The plurals a pattern's trailing "s?" does not cover: "cities", "boxes", "addresses"."""
    if len(word) < 3 or not word.isalpha() or is_syllable(word):
        return set()
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return {word[:-1] + "ies"}
    if _SIBILANT.search(word) and not re.search(r"[^s]s$", word):  # "documents": plural
        return {word + "es"}
    return set()


# Adjective endings whose adverb in -ly a question may type ("regular" → "regularly").
_ADVERBIAL = re.compile(r"(?:al|ar|ent|ive|ful|ous|ate|ct|ull)$")


def _verb_forms(stem: str) -> set[str]:
    """The base, -ing and -ed forms of a verb from what precedes its "-ed": "recruit" →
    "recruit", "recruiting"; "resolv" → "resolve", "resolving"; "transferr" → "transfer",
    "transferring"; "simplifi" → "simplify", "simplifying". Forms nobody types ("resolv")
    are harmless: a pattern only matches what a question says."""
    if stem.endswith("i"):
        return {stem[:-1] + "y", stem[:-1] + "ying"}
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsf":
        return {stem[:-1], stem + "ing"}
    return {stem, stem + "e", stem + "ing"}


def inflections(word: str) -> set[str]:
    """Other forms of an English word a question may type for the same report term: a past
    participle's base and -ing forms ("recruited" → "recruit", "recruiting"), an -ing form's
    past participle and base ("processing" → "processed", "process"), an adjective's adverb
    ("electronic" → "electronically", "regular" → "regularly"). A Vietnamese syllable, a short
    word or a stem under four letters ("noted" is no "not") has none."""
    if len(word) < 5 or not word.isalpha() or is_syllable(word):
        return set()
    out: set[str] = set()
    if word.endswith("ed") and not word.endswith("eed") and len(word) >= 6:
        out = _verb_forms(word[:-2])
    elif word.endswith("ing") and len(word) >= 7:
        stem = word[:-3]
        out = {stem, stem + "e", stem + "ed", stem + "es"} if not stem.endswith("e") else set()
    elif word.endswith("ic"):
        out = {word + "ally"}
    elif _ADVERBIAL.search(word):
        out = {word[:-1] + "y" if word.endswith("ll") else word + "ly"}
    return {f for f in out if len(f) >= 4 and f != word}


def bare_bases(wording: str) -> set[str]:
    """The variants of a wording that end in a verb's bare base made from its participle
    ("placed" → "place", "recruited" → "recruit"): after one, a plural "s" makes a noun of
    another sense ("places" climbed in a ranking), so a pattern must not take it."""
    words = wording.split()
    if not words or not words[-1].endswith("ed"):
        return set()
    return {
        " ".join(words[:-1] + [f])
        for f in inflections(words[-1])
        if not f.endswith(("ing", "ed"))
    }


def term_pattern(keys: Iterable[str], bare: Iterable[str] = ()) -> re.Pattern[str]:
    """One pattern for English wordings, longest first, each with an optional plural "s"
    except the bare verb bases (`bare_bases`)."""
    no_plural = frozenset(bare)
    alternatives = "|".join(
        re.escape(k)
        + ("(?!s)" if k in no_plural else "")
        + (_NOT_POSSESSIVE if _PLACE_PHRASE.match(k) else "")
        for k in sorted(keys, key=len, reverse=True)
    )
    return re.compile(r"(?<![a-z0-9])(" + alternatives + r")s?(?![a-z0-9])")


# A wording of where things are ("in the province", "across the district"): followed by a
# possessive it only says whose the next noun is ("files handled in the province's service
# centre" are that centre's), not that the figure is the whole place's.
_PLACE_PHRASE = re.compile(r"(?:in|across|within|throughout) ")
_NOT_POSSESSIVE = r"(?!'s(?![a-z0-9]))"


def respelled(wording: str) -> list[str]:
    """An English wording and its other spellings (`_spellings`) with the last word's plural:
    the same word, however typed; the wording itself first."""
    words = wording.split()
    out = [wording] if words else []
    combos: list[list[str]] = [[]]
    for w in words:
        combos = [c + [f] for c in combos for f in sorted(_spellings(w))][:16]
    for c in combos:
        for last in sorted({c[-1], *_plurals(c[-1])}):
            v = " ".join(c[:-1] + [last])
            if v not in out:
                out.append(v)
    return out


# The determiners a question may put where a wording writes "the": "past their deadline",
# "within its time limit", "before a deadline"; or none ("past deadline").
_DETERMINERS = ("their", "its", "a", "")


def determined(wording: str) -> list[str]:
    """A wording with each inner "the" read as another determiner or as none (`_DETERMINERS`):
    "past the deadline" → "past their deadline", "past its deadline", "past a deadline",
    "past deadline". A leading "the" is no part of a term (the glossary skips those)."""
    words = wording.split()
    at = [i for i, w in enumerate(words) if w == "the" and 0 < i < len(words) - 1]
    if len(at) != 1:
        return []
    i = at[0]
    return [" ".join(words[:i] + ([d] if d else []) + words[i + 1 :]) for d in _DETERMINERS]


def variants(wording: str) -> list[str]:
    """An English wording and the forms a question may type it in: each word's other
    spellings (`_spellings`), the last word's plural, one word at a time in another form
    (`inflections`), another determiner for an inner "the" (`determined`); the wording
    itself first. A plain plural "s" is matched by the patterns themselves."""
    words = wording.split()
    out = respelled(wording)
    out.extend(d for d in determined(wording) if d not in out)
    for i, w in enumerate(words):
        for form in sorted(inflections(w)):
            v = " ".join(words[:i] + [form] + words[i + 1 :])
            if v not in out:
                out.append(v)
    return out


@functools.cache
def written_terms(path: Path = LEXICON) -> dict[str, frozenset[str]]:
    """Each English wording the lexicon writes (as words) and the folded terms it names."""
    out: dict[str, set[str]] = {}
    for t in read_lexicon(path):
        for e in t.english:
            out.setdefault(" ".join(re.sub(r"[^a-z0-9 ]+", " ", e).split()), set()).add(t.folded)
    return {k: frozenset(v) for k, v in out.items()}


def staff_words(key: str, wordings: Iterable[str]) -> set[str]:
    """The words of a (folded) glossary key that are the staff's, not the reports': all of a
    key of Vietnamese syllables that is no lexicon term ("đầu mối" for the "tổ chức" cut), less
    those its report wordings share; none for another key."""
    words = key.split()
    if not words or not all(map(is_syllable, words)) or vietnamese_terms(key):
        return set()
    return set(words) - {w for wording in wordings for w in wording.split()}


def alike_terms(folded: str, path: Path = LEXICON) -> frozenset[str]:
    """The other terms (folded) the lexicon gives an English wording of two or more words that
    it also gives the (folded) term: two report wordings of one thing ("bảo mật" and "an toàn
    thông tin" are both "information security"). One English word is no such bridge: "office"
    is a cơ quan, a phòng and a văn phòng."""
    key = " ".join(re.sub(r"[^a-z0-9 ]+", " ", folded).split())
    out: set[str] = set()
    for wording, terms in written_terms(path).items():
        plain = {" ".join(re.sub(r"[^a-z0-9 ]+", " ", t).split()) for t in terms}
        if " " in wording and key in plain:
            out |= plain - {key}
    return frozenset(out)


def other_sense(form: str, wording: str, terms: Iterable[str], path: Path = LEXICON) -> bool:
    """Whether `form`, another form of the English `wording` (`variants`: "share" of
    "sharing"), is a word the lexicon writes for other terms than `terms` (the wording's), none
    within another: a word of its own, of another sense ("share" is a tỷ lệ, not the "chia sẻ" of
    "sharing"; "staff" people, not the "biên chế" of "staffing"). A respelling or plural of
    the wording is the same word ("programme", "program")."""
    written = written_terms(path)
    named = written.get(form) or written.get(form.removesuffix("s"))
    if not named or form in respelled(wording):
        return False
    def plain(t: str) -> str:
        return " " + " ".join(re.sub(r"[^a-z0-9 ]+", " ", t).split()) + " "

    # a term within the other ("tinh gian" of "tinh gian bien che") is the same sense
    return not any(plain(a) in plain(b) or plain(b) in plain(a) for a in terms for b in named)


@functools.cache
def english_index(path: Path = LEXICON) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """The lexicon's English wordings and their forms as one pattern, and the folded report
    terms each names."""
    by_en: dict[str, list[str]] = {}
    bare: set[str] = set()
    written = set(written_terms(path))
    for t in read_lexicon(path):
        for e in t.english:
            wording = " ".join(re.sub(r"[^a-z0-9 ]+", " ", e).split())
            bases = bare_bases(wording)
            bare |= bases
            for key in variants(wording):
                if key in bases and key in written:
                    continue  # the noun the lexicon writes keeps its terms ("project", not
                    # the "ước đạt" of "projected"); other forms keep the sense ("downsized")
                if other_sense(key, wording, (t.folded,), path):
                    continue
                by_en.setdefault(key, [])
                if t.folded not in by_en[key]:
                    by_en[key].append(t.folded)
    merge_plurals(by_en, apart=bare - written)
    return term_pattern(by_en, bare - written), {k: tuple(v) for k, v in by_en.items()}


def merge_plurals(by_en: dict[str, list[str]], apart: Iterable[str] = ()) -> None:
    """A wording written in the singular by one term and in the plural by another names
    both terms either way ("organizational certificate(s)"); a bare verb base in `apart`
    ("place" of "placed") is no singular of a noun ("places")."""
    apart = frozenset(apart)
    for key in list(by_en):
        if key.endswith("s") and not key.endswith("ss") and key[:-1] in by_en.keys() - apart:
            both = list(dict.fromkeys(by_en[key[:-1]] + by_en[key]))
            by_en[key] = by_en[key[:-1]] = both


def to_vietnamese(folded_english: str, path: Path = LEXICON) -> list[str]:
    """The folded Vietnamese report terms an English text names, longest English match first
    (non-overlapping): "on time" → "dung han", "district level" → "cap huyen"."""
    pattern, by_en = english_index(path)
    text = " ".join(re.sub(r"[^a-z0-9 ]+", " ", folded_english).split())
    out: list[str] = []
    for m in pattern.finditer(text):
        for vi in by_en[m.group(1)]:
            if vi not in out:
                out.append(vi)
    return out


@functools.cache
def _vietnamese_index(path: Path = LEXICON) -> tuple[re.Pattern[str], dict[str, str]]:
    first: dict[str, str] = {}
    for t in read_lexicon(path):
        key = " ".join(re.sub(r"[^a-z0-9 ]+", " ", t.folded).split())
        if key and key not in first:
            first[key] = t.english[0]
    keys = sorted(first, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![a-z0-9])(" + "|".join(re.escape(k) for k in keys) + r")(?![a-z0-9])"
    )
    return pattern, first


def to_english(folded_vietnamese: str, path: Path = LEXICON) -> list[str]:
    """The English of the report terms a folded Vietnamese text holds, in order, longest first."""
    pattern, first = _vietnamese_index(path)
    text = " ".join(re.sub(r"[^a-z0-9 ]+", " ", folded_vietnamese).split())
    return [first[m.group(1)] for m in pattern.finditer(text)]


def vietnamese_terms(folded: str, path: Path = LEXICON) -> list[str]:
    """The lexicon terms (folded) a folded Vietnamese text names, in order, longest first."""
    pattern, _ = _vietnamese_index(path)
    text = " ".join(re.sub(r"[^a-z0-9 ]+", " ", folded).split())
    return [m.group(1) for m in pattern.finditer(text)]


# A negation before an English term: "non-autonomous", "not yet disbursed", "has not been
# completed", "undisbursed", "unresolved". The reports write "không tự chủ", "chưa giải
# ngân", "chưa hoàn thành": "non" is "không", "un-" and "not yet" are "chưa", a plain "not"
# either. A hyphen reads as a space (the question is folded so).
_NEGATION = re.compile(
    r"(?<![a-z0-9])(?:(non|not yet|not|never)\s+(?:(?:yet|been|be|being)\s+){0,2}"
    r"|un(?=[a-z]{3,}ed\b))([a-z]+)"  # "un-" only on a participle: no "unemployment"
)


# How many words after an English negation its term may span ("non self-financed funds"):
# the longest run the lexicon names whole is what is denied, not its first word alone.
NEGATED_REACH = 3
# The reports' words of denial, for a term the lexicon also writes denied inside
# ("kinh phí thực hiện không tự chủ" for "kinh phí thực hiện tự chủ").
_DENIALS = ("khong", "chua")


@functools.cache
def _denied_forms(path: Path = LEXICON) -> dict[tuple[str, str], str]:
    """The lexicon's terms that deny inside ("kinh phi thuc hien khong tu chu"), by the term
    they deny and the denial word: ("kinh phi thuc hien tu chu", "khong")."""
    out: dict[tuple[str, str], str] = {}
    for key in _vietnamese_index(path)[1]:
        words = key.split()
        for i, w in enumerate(words[1:], 1):
            if w in _DENIALS:
                out.setdefault((" ".join(words[:i] + words[i + 1 :]), w), key)
    return out


def _denied_run_terms(
    text: str, m: re.Match[str], terms_of: Callable[[str], Iterable[str]]
) -> tuple[list[str], int]:
    """The terms a negation denies and where its run ends: the longest run of up to
    `NEGATED_REACH` words after it that the lexicon names whole ("non self financed funds"),
    else the one word after it."""
    pattern, _ = english_index()
    if m.group(1):  # "un-" joins its one participle
        rest = text[m.end() :].split()[: NEGATED_REACH - 1]
        for n in range(len(rest), 0, -1):
            run = " ".join([m.group(2), *rest[:n]])
            if pattern.fullmatch(run) and (got := list(terms_of(run))):
                return got, m.end() + len(" ".join(rest[:n])) + 1
    return list(terms_of(m.group(2))), m.end()


def negated_spans(
    folded_english: str, terms_of: Callable[[str], Iterable[str]]
) -> list[tuple[int, int, list[str]]]:
    """Each negation of an English text (as `negated` reads it: a hyphen or a comma as a
    space) with the span of what it denies and the report wordings of that, denied: "non
    self financed funds" → "kinh phi thuc hien khong tu chu" where the lexicon writes the
    term denied inside, else the denial before it ("khong tu chu", "chua giai ngan")."""
    out: list[tuple[int, int, list[str]]] = []
    text = " ".join(re.sub(r"[^a-z0-9 ]+", " ", folded_english).split())
    # a negation inside a wording the lexicon has is no negation ("public non-business unit"
    # is a đơn vị sự nghiệp công lập, not "không doanh nghiệp")
    pattern, _ = english_index()
    inside = [w.span(1) for w in pattern.finditer(text)]
    denied_forms = _denied_forms()
    # an absence ("had no website", "lacking a plan": core/english_denial.py) denies too, the
    # reports' way: "chưa có trang thông tin điện tử", "không có …"
    absences = [(m, ABSENCE_WORDINGS) for m in ABSENCE.finditer(text)]
    for m, said in [*((m, ()) for m in _NEGATION.finditer(text)), *absences]:
        if any(a <= m.start() and m.end() <= b for a, b in inside):
            continue
        negators = {"non": ("khong",), "not": ("chua", "khong"), "never": ("chua", "khong")}
        terms, end = _denied_run_terms(text, m, terms_of)
        wordings: list[str] = []
        for t in terms:
            t = t.removeprefix("da ")  # "đã giải quyết" (done) negated is "chưa giải quyết"
            for neg in said or negators.get(m.group(1) or "", ("chua",)):
                w = denied_forms.get((" ".join(re.sub(r"[^a-z0-9 ]+", " ", t).split()), neg))
                if (w := w or f"{neg} {t}") not in wordings:
                    wordings.append(w)
        out.append((m.start(), end, wordings))
    return sorted(out)


def negated(folded_english: str, terms_of: Callable[[str], Iterable[str]]) -> list[str]:
    """The report wordings of the negated terms an English text names ("khong tu chu" for
    "non-autonomous", "chua giai ngan" for "undisbursed"), each term found by `terms_of`
    for the words after the negation (`negated_spans`); [] when they name no term ("under",
    "unit")."""
    out: list[str] = []
    for _, _, wordings in negated_spans(folded_english, terms_of):
        out.extend(w for w in wordings if w not in out)
    return out


def without_denied(folded_english: str, terms_of: Callable[[str], Iterable[str]]) -> str:
    """The text less the words its negations deny (`negated_spans`) where they name a term:
    "non self-financed funds" asks the denied funds, and the plain term's wording beside the
    denied one would credit the line of the other part ("kinh phí thực hiện tự chủ")."""
    spans = [(a, b) for a, b, wordings in negated_spans(folded_english, terms_of) if wordings]
    if not spans:
        return folded_english
    text = " ".join(re.sub(r"[^a-z0-9 ]+", " ", folded_english).split())
    merged: list[tuple[int, int]] = []
    for a, b in spans:  # sorted by start; an absence may hold a negation ("not have")
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    for a, b in reversed(merged):
        text = text[:a] + text[b:]
    return text


_QUARTER = re.compile(r"quy\s+(iv|iii|ii|i|[1-4])\s*(?:/|nam)\s*(\d{4})")
_MONTHS = re.compile(r"(\d{1,2})\s+thang\s+(dau|cuoi)\s+nam\s+(\d{4})")
_YEAR_ONLY = re.compile(r"nam\s+(\d{4})")


def english_period(period: str) -> str:
    """A report period as the reports write it, in English: "Quý III/2022" → "Q3 2022",
    "6 tháng đầu năm 2022" → "first half of 2022", "9 tháng đầu năm 2022" → "first 9 months
    of 2022", "Năm 2022" → "2022"; a period of another form as it is."""
    folded = " ".join(fold(period, repair=False).split())
    if m := _QUARTER.fullmatch(folded):
        return f"Q{quarter_number(m.group(1))} {m.group(2)}"
    if m := _MONTHS.fullmatch(folded):
        months, first, year = int(m.group(1)), m.group(2) == "dau", m.group(3)
        if months == 6:
            return f"{'first' if first else 'second'} half of {year}"
        return f"{'first' if first else 'last'} {months} months of {year}"
    if m := _YEAR_ONLY.fullmatch(folded):
        return m.group(1)
    return period


# "early 2019", "mid-June 2022", "late May": when in the period, not a dossier's state ("early"
# is "trước hạn" and "late" "quá hạn" of a dossier): the word is dropped before a year or a month.
_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|"
          r"december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b")
_PERIOD_QUALIFIER = re.compile(
    r"\b(?:early|late|mid|middle of|beginning of|start of)\s+(?=(?:the\s+)?(?:(?:19|20)\d\d\b|"
    rf"{_MONTH}(?!\s*[a-z])|{_MONTH}\s+(?:(?:19|20)\d\d|\d{{1,2}})\b|"
    r"(?:first|second|third|fourth|last)\s+(?:quarter|half)|q[1-4]\b))"
)


def without_time_qualifiers(folded: str) -> str:
    """A folded English question without "early", "mid", "late" … before a year, month or
    quarter (`_PERIOD_QUALIFIER`): "servers in early 2019" reads "servers in 2019"."""
    return _PERIOD_QUALIFIER.sub("", folded)


# A time word said once for two coordinated prepositions ("on or ahead of time", "ahead of or
# on schedule", "on or before the deadline"): each part with its own, as the lexicon writes
# them ("on time", "ahead of time"), so both parts are read, not the last alone.
_ELIDED = re.compile(
    r"\b(on|ahead of|before)\s+(or|and)\s+(on|ahead of|before)\s+((?:the\s+)?(?:time|schedule|deadline))\b"
)


def unelided(folded: str) -> str:
    """A folded English question with an elided time word said for each part: "completed on
    or ahead of time" reads "completed on time or ahead of time"."""
    return _ELIDED.sub(lambda m: f"{m[1]} {m[4]} {m[2]} {m[3]} {m[4]}", folded)
