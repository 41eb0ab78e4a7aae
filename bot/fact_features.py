"""The named features that match a question to a fact row (index/facts.py): each a small
function of (question, fact, context) → a number, combined by the fitted weights of
`bot/fact_answer.py`; and the question read once for them (`view`)."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.extractive.words import CASES
from bot.stopwords import FIGURE_STOP
from core.places import strip_provinces
from core.query import ABBREVIATIONS, ParsedQuery
from core.text import fold
from index.clause_tokens import UNITS
from index.facts import Fact
from index.lexical import tokenize

_PERCENT_Q = re.compile(r"\b(ty le|percent|percentage|phan tram|rate|share|proportion)\b|%")
# the level asked: "mức độ 4", "level 3", hyphened "level-4"
_LEVEL_Q = re.compile(r"\b(?:muc do|muc|level)[\s-]*([1-4])\b|\b(toan trinh|mot phan|full online)\b")
_SCOPE_Q = (
    ("tinh", re.compile(r"\bcap tinh\b(?! (?:den|toi) (?:het|ngay|thang|nam|quy|\d))|\bprovincial level\b|\bprovince level\b")),
    ("huyen", re.compile(r"\bcap huyen\b|\bdistrict\b|\bhuyen\b")),
    # "các xã", "cán bộ xã", "công chức xã": the commune level without "cấp" (not "xã hội")
    ("xa", re.compile(r"\bcap xa\b|\bcommune\b|\b(?:ubnd|uy ban nhan dan|cac|moi|tung|"
                      r"can bo|cong chuc|cbcc) xa\b(?! hoi)")),
)
_SKELETON = re.compile(r"[aeiouy]")
# What a count question counts: the words after "bao nhiêu" / "how many".
_COUNTED_Q = re.compile(
    r"\b(?:bao nhieu|how many|so luong|tong so|number of)\s+((?:[a-z0-9]+\s*){1,4})"
)
# One unit, several wordings: the abbreviation and the words it stands for.
_UNIT_SAME = {"dvc": "dich vu cong", "dvctt": "dich vu cong truc tuyen", "tthc": "thu tuc",
              "thu tuc hanh chinh": "thu tuc", "pakn": "phan anh kien nghi", "tin bai": "tin",
              "bai": "tin", "chung thu so": "chung thu"}  # fmt: skip


def scopes_asked(expanded: str) -> frozenset[str]:
    """The levels of government ('tinh', 'huyen', 'xa') an expanded question names."""
    return frozenset(name for name, pat in _SCOPE_Q if pat.search(expanded))


def _same_unit(a: str, b: str) -> bool:
    a, b = _UNIT_SAME.get(a, a), _UNIT_SAME.get(b, b)
    return a.startswith(b) or b.startswith(a)


# ---------------------------------------------------------------------------------------------
# The question, read once


@dataclass(frozen=True)
class QuestionView:
    """What the features need to know about a question."""

    words: tuple[str, ...]  # content words (folded, expanded, provinces and years dropped)
    levels: frozenset[str]
    percent: bool
    unit: str
    scopes: frozenset[str]
    years: tuple[int, ...]
    quarter: int


def view(q: ParsedQuery) -> QuestionView:
    """Read a parsed question for fact matching."""
    text = CASES.sub(" ", strip_provinces(q.expanded))  # "trường hợp": no word of the thing
    words = tuple(
        dict.fromkeys(
            t for t in tokenize(text) if t not in FIGURE_STOP and not re.fullmatch(r"\d{4}", t)
        )
    )
    levels: set[str] = set()
    for m in _LEVEL_Q.finditer(q.expanded):
        if m.group(1):
            levels.add(m.group(1))
        else:
            levels.add("3" if m.group(2) == "mot phan" else "4")
    unit = ""
    asked = _COUNTED_Q.search(q.expanded)
    for text in ((asked.group(1),) if asked else ()) + (q.expanded,):
        unit = next((u for u in UNITS if re.search(rf"\b{u}\b", text)), "")
        if unit:
            break
    scopes = scopes_asked(q.expanded)
    return QuestionView(
        words=words, levels=frozenset(levels), percent=bool(_PERCENT_Q.search(q.folded)),
        unit=unit, scopes=scopes, years=q.years, quarter=q.quarter,
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Features: each a small function of (question, fact, context) → a number


@dataclass(frozen=True)
class Context:
    """What a feature may know beyond the question and the fact: corpus idf, retrieval rank of
    the fact's chunk, the labels of a headline's parts, the report's year and quarter."""

    idf: dict[str, float]
    chunk_rank: int  # 1-based rank of the fact's chunk among the retrieved hits
    part_labels: tuple[str, ...]  # folded labels of the fact's parts (a headline)
    year: int
    quarter: int


# Facts' clauses and sections, folded once (fold repairs OCR word by word: not free).
_fold = functools.lru_cache(maxsize=16384)(fold)

# One-word abbreviations and the words they stand for ("dvc" → dich vu cong), both ways.
_ABBR = {k: v[0].split() for k, v in ABBREVIATIONS.items() if " " not in k}
# Abbreviations of several words ("par index" → chi so cai cach hanh chinh): a text that
# writes one in order holds the words it stands for, to a question that names it too (the
# question's expansion added them; a question of "cải cách hành chính" alone asks no index).
_ABBR_PHRASES = {tuple(k.split()): v[0].split() for k, v in ABBREVIATIONS.items() if " " in k}


@functools.lru_cache(maxsize=8192)
def _phrases_of(text: str) -> tuple[tuple[str, ...], ...]:
    """The several-word abbreviations a text writes, each in order."""
    order = tokenize(text)
    runs = {tuple(order[i : i + n]) for n in {len(k) for k in _ABBR_PHRASES}
            for i in range(len(order) - n + 1)}  # fmt: skip
    return tuple(k for k in _ABBR_PHRASES if k in runs)


@functools.lru_cache(maxsize=8192)
def _tokens_of(text: str) -> frozenset[str]:
    toks = set(tokenize(text))
    toks |= {w for t in list(toks) for w in _ABBR.get(t, ())}
    toks |= {a for a, words in _ABBR.items() if all(w in toks for w in words)}
    return frozenset(toks | {"~" + _SKELETON.sub("", t) for t in toks if len(t) >= 3})


def _share(words: Sequence[str], text: str, idf: dict[str, float]) -> float:
    """idf-weighted share of `words` found in `text` (a word or its vowel-free skeleton)."""
    if not words:
        return 0.0
    have = _tokens_of(text)
    named = [k for k in _phrases_of(text) if set(k) <= set(words)]
    if named:  # "PAR Index" written and asked: the words it stands for are said too
        have = have | {w for k in named for w in _ABBR_PHRASES[k]}
        have |= {a for a, ws in _ABBR.items() if all(w in have for w in ws)}  # … "cchc"
    total = sum(idf.get(w, 1.0) for w in words)
    got = sum(
        idf.get(w, 1.0)
        for w in words
        if w in have or (len(w) >= 3 and "~" + _SKELETON.sub("", w) in have)
    )
    return got / total if total else 0.0


def f_lex_counts(v: QuestionView, f: Fact, c: Context) -> float:
    """Share of the question's words in what the fact counts (its item and part label)."""
    return _share(v.words, f"{f.counts_folded} {f.label_folded}", c.idf)


def f_lex_clause(v: QuestionView, f: Fact, c: Context) -> float:
    """Share of the question's words anywhere in the fact's clause."""
    return _share(v.words, _fold(f.clause), c.idf)


def f_lex_lead(v: QuestionView, f: Fact, c: Context) -> float:
    """Share of the question's words in what the clause sits under (paragraph opening, headline)."""
    return _share(v.words, f.lead, c.idf)


def f_section(v: QuestionView, f: Fact, c: Context) -> float:
    """Share of the question's words in the fact's section heading."""
    return _share(v.words, _fold(f.section), c.idf)


def f_retrieval(v: QuestionView, f: Fact, c: Context) -> float:
    """How high the retriever ranked the fact's chunk (1 for the first, 1/2, 1/3 …)."""
    return 1.0 / c.chunk_rank if c.chunk_rank else 0.0


def _levels_of(level: str) -> set[str]:
    if level == "toan trinh":
        return {"4"}
    if level == "mot phan":
        return {"3"}
    return set(level.split(",")) - {""}


def f_level_match(v: QuestionView, f: Fact, c: Context) -> float:
    """1 when the asked service level is the fact's, -1 when the fact is of another level."""
    if not v.levels or not f.level:
        return 0.0
    return 1.0 if v.levels & _levels_of(f.level) else -1.0


def f_level_missing(v: QuestionView, f: Fact, c: Context) -> float:
    """1 when the question asks a service level and the fact names none."""
    return 1.0 if v.levels and not f.level else 0.0


def f_level_unasked(v: QuestionView, f: Fact, c: Context) -> float:
    """1 when the fact is of one service level and the question names none."""
    return 1.0 if f.level and not v.levels else 0.0


def f_unit_match(v: QuestionView, f: Fact, c: Context) -> float:
    """1 when the question counts the fact's unit, -1 when both name different units."""
    if not v.unit or not f.unit or f.unit == "%":
        return 0.0
    return 1.0 if _same_unit(v.unit, f.unit) or v.unit in f.counts_folded else -1.0


def f_scope_match(v: QuestionView, f: Fact, c: Context) -> float:
    """1 when the asked scope (tỉnh/huyện/xã) is the fact's, -1 when the fact has another."""
    if not v.scopes or not f.scope:
        return 0.0
    return 1.0 if v.scopes & set(f.scope.split(",")) else -1.0


def f_scope_unasked(v: QuestionView, f: Fact, c: Context) -> float:
    """1 when the fact is about one scope and the question names none."""
    return 1.0 if f.scope and not v.scopes else 0.0


def f_part_named(v: QuestionView, f: Fact, c: Context) -> float:
    """For a part of a breakdown: the share of its label the question names (0 otherwise)."""
    if not f.parent or not f.label_folded:
        return 0.0
    label = [t for t in tokenize(f.label_folded) if t not in FIGURE_STOP]
    return _share(label, " ".join(v.words), c.idf) if label else 0.0


def f_part_unnamed(v: QuestionView, f: Fact, c: Context) -> float:
    """For a part of a breakdown whose label the question does not name: 1 (asks the whole)."""
    if not f.parent:
        return 0.0
    return 1.0 - f_part_named(v, f, c)


def f_headline_part_asked(v: QuestionView, f: Fact, c: Context) -> float:
    """For a headline with parts: the best share of one part's label the question names
    (the question asks a part, not the headline)."""
    best = 0.0
    q = " ".join(v.words)
    for label in c.part_labels:
        words = [t for t in tokenize(label) if t not in FIGURE_STOP]
        if words:
            best = max(best, _share(words, q, c.idf))
    return best


def f_percent_match(v: QuestionView, f: Fact, c: Context) -> float:
    """1 when the question asks a percentage and the fact is one (or neither), -1 otherwise."""
    return 1.0 if v.percent == (f.kind == "percent") else -1.0


def f_period_match(v: QuestionView, f: Fact, c: Context) -> float:
    """1 when the year/quarter asked is the fact's (its clause or report), -1 when not; 0 unasked."""
    if not v.years and not v.quarter:
        return 0.0
    ok = True
    if v.years:
        ok = c.year in v.years or any(str(y) in f.when or str(y) in f.clause for y in v.years)
    if ok and v.quarter and c.quarter:
        ok = v.quarter == c.quarter
    return 1.0 if ok else -1.0


# Above a thousand a figure's size says nothing of whether it answers: uncapped, the fitted
# weight on size pulled every amount in đồng (9-11 digits) under the small counts beside it,
# so the fact table never agreed with a right amount (the extractive confidence's
# `facts_agree`) and every amount asked was hedged.
LOG_VALUE_CAP = 3.0


def f_log_value(v: QuestionView, f: Fact, c: Context) -> float:
    """Size of the figure (log10, at most `LOG_VALUE_CAP`): one-digit counts are often list
    numbers or OCR."""
    try:
        n = float(f.norm.split("/")[0])
    except ValueError:
        return 0.0
    return min(LOG_VALUE_CAP, math.log10(1.0 + abs(n)))


Feature = Callable[[QuestionView, Fact, Context], float]
FEATURES: dict[str, Feature] = {
    "lex_counts": f_lex_counts,
    "lex_clause": f_lex_clause,
    "lex_lead": f_lex_lead,
    "section": f_section,
    "retrieval": f_retrieval,
    "level_match": f_level_match,
    "level_unasked": f_level_unasked,
    "level_missing": f_level_missing,
    "unit_match": f_unit_match,
    "scope_match": f_scope_match,
    "scope_unasked": f_scope_unasked,
    "part_named": f_part_named,
    "part_unnamed": f_part_unnamed,
    "headline_part_asked": f_headline_part_asked,
    "percent_match": f_percent_match,
    "period_match": f_period_match,
    "log_value": f_log_value,
}
