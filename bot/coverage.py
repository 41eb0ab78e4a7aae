"""Whether the reports of the provinces a question names mention what it asks about at all.

A question asking for a figure about a term of the domain glossary or lexicon ("e-invoices",
"recruitment", "hotline") that no report of the named provinces ever writes, in any of its
report wordings or abbreviations, cannot be answered from them: it is "not found" before any
figure of a related line is read as the answer ("How many e-invoices did Tuyen Quang process?"
was answered with the 19 of "Covid-19")."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from bot.stopwords import QUESTION_WORDS, STOP
from core.lexicon import alike_terms, read_lexicon, vietnamese_terms
from core.query import ABBREVIATIONS, GLOSSARY, GLOSSARY_RE, REVERSE, ParsedQuery
from core.result import Answer
from core.text import fold
from index.generations import LoadedIndex

_VOWELS = re.compile(r"[aeiouy]")
_REPORT_KEY = "report:"  # the scope key of one report's chunks
_ABBR = {k: v[0].split() for k, v in ABBREVIATIONS.items() if " " not in k}
# Period terms ("6 tháng đầu năm") say when, which the period checks judge.
_PERIOD = re.compile(r"(?:quy|6 thang|thang|nam|ngay|ky bao cao|thoi diem|giai doan)\b")
# Glossary phrases that say what is asked or how, not what about ("how many", "percentage"),
# or name a service level (every report has levels; a level's absence is the figure
# answerer's to judge), and English words that say when ("in early 2019"): never a reason to
# answer "not found".
_NOT_A_TOPIC = re.compile(r"^(?:bao nhieu|ty le|muc do \d|toan trinh|mot phan|cap(?: \w+)?)$")
# A hyphenated English compound ("guard-house", "e-invoices").
_COMPOUND = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")
_ASIDE = re.compile(r"\(([^()]*)\)")
# A list of things asked, joined by slashes, commas, "and" or "or" ("the library/canteen/guest
# house project", "the library, canteen and guest house"): items of one or two words.
_WORD = r"(?!(?:and|or)\b)[a-z]+"
_LISTED = re.compile(
    rf"\b{_WORD}(?: {_WORD})?(?:(?:\s*/\s*|,? and |,? or |, ){_WORD}(?: {_WORD})?)+"
)
_ITEM_SPLIT = re.compile(r"\s*/\s*|,? and |,? or |, ")
# An English question's gloss of the reports' Vietnamese term in parentheses ("the domestic
# revenue (thu nội địa)"): diacritics inside, English words outside.
_VI_MARKS = re.compile(r"[^\x00-\x7f]")
_ENGLISH = re.compile(r"\b(?:what|how|which|the|of|is|are|was|were|did|does|many|much)\b")
_WHEN_WORDS = frozenset({"early", "late", "recent", "recently", "current", "currently"})


def _actions() -> frozenset[str]:
    """English words of the lexicon's actions (terms worded with an "-ed" form too:
    "distribute|distributed")."""
    out: set[str] = set()
    for term in read_lexicon():
        if any(re.fullmatch(r"[a-z]+ed", e) for e in term.english):
            out.update(e for e in term.english if " " not in e)
    return frozenset(out)


_ACTIONS = _actions()
# The lexicon's Vietnamese terms of two or more syllables, and those never checked: one
# syllable (too ambiguous alone), an action, a period, a level or a question word (also read
# by bot/near_miss_condition.py).
VI_TERMS = frozenset(
    " ".join(re.sub(r"[^a-z0-9 ]+", " ", t.folded).split())
    for t in read_lexicon()
    if len(t.folded.split()) > 1
)
VI_SKIPPED = frozenset(
    " ".join(re.sub(r"[^a-z0-9 ]+", " ", t.folded).split())
    for t in read_lexicon()
    if len(t.folded.split()) < 2
    or any(re.fullmatch(r"[a-z]+ed", e) for e in t.english)
    or _PERIOD.match(t.folded)
    or _NOT_A_TOPIC.match(t.folded)
)


def positioned_words(text: str) -> list[tuple[str, float]]:
    """The (folded) text's words with their positions, each abbreviation the reports write
    followed by the words it stands for ("csdl" → "csdl", "co", "so", "du", "lieu") at
    positions between its own and the next word's: spelling an abbreviation out adds no
    distance, so "HĐND tỉnh" still writes "hdnd tinh" word after word."""
    out: list[tuple[str, float]] = []
    for i, t in enumerate(text.split()):
        out.append((t, float(i)))
        extra = _ABBR.get(t, ())
        out += [(w, i + (j + 1) / (len(extra) + 1)) for j, w in enumerate(extra)]
    return out


def _skeleton(word: str) -> str:
    return _VOWELS.sub("", word) or word


def whole_words(text: str) -> str:
    """Folded `text`'s words, punctuation dropped, padded with a space each side for
    whole-word search."""
    return " " + " ".join(re.sub(r"[^a-z0-9 ]+", " ", text).split()) + " "


def _listed_compounds(folded: str, missing: list[str]) -> set[str]:
    """The words of the two-word items of a list in the (folded) question ("library, canteen and
    guest house") that name a thing of their own the glossary has no word for (one of the two
    words is none of its keys: "guest"), when another item of the list holds no missing term:
    "house" of "guest house" is no reason to deny the whole, as "house" of "guest-house" is
    not. A one-word item ("hospital/school") is still checked."""
    gone = {w for t in missing for w in t.split()}
    out: set[str] = set()
    for m in _LISTED.finditer(folded):
        items = [i.split() for i in _ITEM_SPLIT.split(m.group(0))]
        if not any(i and not set(i) & gone for i in items):
            continue
        for item in items:
            if len(item) == 2 and not set(item) & STOP and any(w not in GLOSSARY for w in item):
                out.update(item)
    return out


def _glosses(text: str) -> list[str]:
    """The Vietnamese terms (folded, of up to four words) an English question glosses in
    parentheses; none for a Vietnamese question."""
    outside = fold(_ASIDE.sub(" ", text))
    if len(_ENGLISH.findall(outside)) < 2:
        return []
    terms = [t for a in _ASIDE.findall(text) if _VI_MARKS.search(a) for t in a.split(",")]
    return [" ".join(w) for t in terms if 0 < len(w := whole_words(fold(t)).split()) <= 4]


def _is_compound(term: str, text: str) -> bool:
    """Whether the (folded) term is a whole hyphenated compound of the text ("e invoices")."""
    return any(whole_words(fold(c)).split() == term.split() for c in _COMPOUND.findall(text))


def _where(folded: str) -> dict[str, list[float]]:
    """Where each word of a folded text occurs (abbreviations followed by their words); a word
    of four letters or more also by its vowel-free skeleton (OCR breaks vowels: "ding"/"diang"
    for "dung")."""
    where: dict[str, list[float]] = {}
    for w, i in positioned_words(whole_words(folded)):
        where.setdefault(w, []).append(i)
        if len(w) >= 4:
            where.setdefault("~" + _skeleton(w), []).append(i)
    return where


def close(spots: list[list[float]], span: int) -> bool:
    """Whether one position of each later word lies within `span` tokens after the first
    word's: a term's syllables read in its own order, not backwards across two other words
    ("hóa đơn" is not written by "đơn giản hóa", nor "e-invoices" by a report saying only
    that)."""
    return any(all(any(a < b < a + span for b in s) for s in spots[1:]) for a in spots[0])


class Coverage:
    """The folded words of each province's reports, to tell whether a term occurs in them."""

    def __init__(self, index: LoadedIndex) -> None:
        self.index = index

    @classmethod
    def of_texts(cls, texts: Iterable[str]) -> Coverage:
        """A coverage over the given texts only, with no index (so not for `mentioning`): each
        text is one chunk of one scope named "texts"."""
        view = cls.__new__(cls)
        view.__dict__["_chunks"] = {"texts": [_where(fold(t)) for t in texts]}
        return view

    @functools.cached_property
    def _chunks(self) -> dict[str, list[dict[str, list[float]]]]:
        """Per province, and per report id, where each word occurs in each chunk
        (abbreviations followed by their words): built on first use (a few hundred ms)."""
        index = self.index
        chunks: dict[str, list[dict[str, list[float]]]] = {}
        for chunk, folded in zip(index.chunks, index.folded, strict=True):
            province = index.reports[chunk.report_id].province
            # The OCR text as folded and, for a damaged report, its restored reading too.
            for text in (folded, fold(chunk.restored)) if chunk.restored else (folded,):
                where = _where(text)
                chunks.setdefault(province, []).append(where)
                chunks.setdefault(_REPORT_KEY + chunk.report_id, []).append(where)
        return chunks

    def _occurs(self, wording: str, provinces: Iterable[str]) -> bool:
        """Whether a wording's words occur close together (within twice its length) in one
        chunk of the provinces' reports (as the report writes them or as restored; a word of
        four letters or more also by its vowel-free skeleton)."""
        words = [w for w in whole_words(wording).split() if w]
        if not words:
            return True
        span = 2 * len(words) + 1
        for p in provinces:
            for where in self._chunks.get(p, ()):
                spots = [
                    where.get(w, []) + (where.get("~" + _skeleton(w), []) if len(w) >= 4 else [])
                    for w in words
                ]
                if all(spots) and close(spots, span):
                    return True
        return False

    def writes(self, wording: str, provinces: Iterable[str]) -> bool:
        """Whether a report of the provinces (every province when none is given) writes the
        (folded) wording, its words close together in one chunk."""
        scope = list(provinces) or [k for k in self._chunks if not k.startswith(_REPORT_KEY)]
        return self._occurs(wording, scope)

    def missing(self, q: ParsedQuery, provinces: tuple[str, ...]) -> list[str]:
        """The question's glossary terms (as it words them) that no report of the provinces
        (all reports' provinces when it names none) writes in any report wording: empty when
        every term occurs somewhere. A question naming a year some of those reports are of is
        read against those reports only ("chuyển đổi số" in Quý I/2019: the 2022 report's
        mentions say nothing of 2019)."""
        every = tuple(k for k in self._chunks if not k.startswith(_REPORT_KEY))
        dated = [
            _REPORT_KEY + rid for rid, r in self.index.reports.items()
            if r.year in q.years and (not provinces or r.province in provinces)
        ]  # fmt: skip
        scope = dated or [p for p in (provinces or every) if p in self._chunks]
        return self._missing_in(q, [k for k in scope if k in self._chunks])

    def mentioning(self, q: ParsedQuery, report_ids: Iterable[str]) -> list[str] | None:
        """Of the reports, those that mention every term the question names ("which report
        mentions e-invoices?"); None when it names no term to look for."""
        if not any(True for _ in self._terms(q)):
            return None
        return [r for r in report_ids if not self._missing_in(q, [_REPORT_KEY + r])]

    def _terms(self, q: ParsedQuery) -> Iterator[str]:
        """The question's glossary keys and the reports' Vietnamese terms it names, those
        whose absence would say something (`_checkable`, `VI_SKIPPED`)."""
        yield from (
            m.group(1) for m in GLOSSARY_RE.finditer(q.folded) if self._checkable(m.group(1))
        )
        yield from (t for t in vietnamese_terms(q.folded) if t not in VI_SKIPPED)

    def _missing_in(self, q: ParsedQuery, scope: list[str]) -> list[str]:
        """`missing` within the given province names or report keys."""
        if not scope:
            return []
        out: list[str] = []
        for m in GLOSSARY_RE.finditer(q.folded):
            key = m.group(1)
            if not self._checkable(key) or self._present(key, scope):
                continue
            # A phrase absent as a whole may still be said in other words: each of its words'
            # report wordings present (or a word with none) is enough.
            parts = [w for w in key.split() if w not in QUESTION_WORDS]
            if len(parts) > 1 and all(
                not self._checkable(w) or w not in GLOSSARY or self._present(w, scope)
                for w in parts
            ):
                continue
            out.append(m.group(0))
        out = self._compound_parts_dropped(q, out, scope)
        out += [t for t in _glosses(q.text) if t not in out and not self._occurs(t, scope)]
        # The reports' own terms a Vietnamese question names ("gian hàng", "tờ rơi"); a longer
        # term is present when the shorter terms it is made of are ("hồ sơ" … "trực tuyến").
        # A term the reports word another way ("dự toán giao" for "kinh phí được giao", both an
        # "assigned budget" in the lexicon) is present in that wording.
        for term in vietnamese_terms(q.folded):
            # a term staff say another way than the reports (a glossary paraphrase) is present
            # in the reports' wording
            if term in VI_SKIPPED or self._present(term, scope):
                continue
            if any(self._occurs(t, scope) for t in alike_terms(term)):
                continue
            parts = [t for t in VI_TERMS if t != term and f" {t} " in f" {term} "]
            if not (parts and all(self._occurs(t, scope) for t in parts)):
                out.append(term)
        return out

    def _compound_parts_dropped(
        self, q: ParsedQuery, missing: list[str], scope: list[str]
    ) -> list[str]:
        """`missing` less the words that are only one part of a hyphenated English compound
        ("house" of "guest-house": the compound names its own thing, which the lexicon has no
        word for) or said only in an aside in parentheses ("the office project (library,
        canteen, guest house)": examples of what is asked, in words of the asker's own), when
        the question's other terms occur: one modifier word is no reason to deny the whole
        question."""
        parts = {w for c in _COMPOUND.findall(q.text) for w in whole_words(fold(c)).split()}
        aside = {w for c in _ASIDE.findall(q.text) for w in whole_words(fold(c)).split()}
        aside |= _listed_compounds(q.folded, missing)
        partial = [t for t in missing if (set(t.split()) <= parts and not _is_compound(t, q.text))
                   or set(t.split()) <= aside]  # fmt: skip
        if not partial:
            return missing
        others = [
            m.group(1) for m in GLOSSARY_RE.finditer(q.folded)
            if m.group(0) not in missing and self._checkable(m.group(1))
        ]  # fmt: skip
        if not others or not all(self._present(k, scope) for k in others):
            return missing
        return [t for t in missing if t not in partial]

    @staticmethod
    def _checkable(key: str) -> bool:
        """A glossary key whose absence says the reports do not hold what is asked: a thing
        named, not a question word, a level or an action ("distribute", "ranked", any "-ed"
        word: reports word actions their own way)."""
        last = key.split()[-1]
        if all(w in QUESTION_WORDS for w in key.split()) or key in _ACTIONS | _WHEN_WORDS:
            return False
        if last.endswith("ed"):
            return False
        return not any(_NOT_A_TOPIC.match(w) for w in GLOSSARY.get(key, ()))

    def _present(self, key: str, scope: list[str]) -> bool:
        wordings = [key, *GLOSSARY.get(key, ())]
        wordings += [REVERSE[w] for w in wordings if w in REVERSE]
        return any(self._occurs(w, scope) for w in wordings)


def missing_from(q: ParsedQuery, texts: Iterable[str]) -> list[str]:
    """The question's glossary terms (`_checkable`) that none of the given texts (the passages
    of an answer's candidate figures) writes, in any report wording, as a whole: what those
    passages are not about. The reports' own Vietnamese terms are not read here: a passage
    words its topic many ways ("tổng thu" for "thu ngân sách"), the glossary's wordings are
    the ones known."""
    view = Coverage.of_texts(texts)
    return [
        m.group(0) for m in GLOSSARY_RE.finditer(q.folded)
        if view._checkable(m.group(1)) and not view._present(m.group(1), ["texts"])
    ]  # fmt: skip


def not_mentioned(
    q: ParsedQuery, missing: list[str], provinces: tuple[str, ...], language: str
) -> Answer:
    """The "not found" answer naming what the reports of the provinces (of the years asked)
    never mention."""
    terms = ", ".join(f"“{t}”" for t in missing)
    years = ", ".join(map(str, q.years))
    if language == "en":
        where = f"the reports of {', '.join(provinces)}" if provinces else "the reports"
        where += f" for {years}" if years else ""
        text = f"Not found: {where} do not mention {terms}, so they give no figure for it."
    else:
        where = "các báo cáo" + (f" năm {years}" if years else "")
        where += f" của {', '.join(provinces)}" if provinces else ""
        text = f"Không tìm thấy: {where} không nhắc đến {terms}, nên không có số liệu này."
    return Answer(q.text, text, True, (), language=language)
