"""The question's concepts (glossary terms with their report wordings, its other words) and
how much of them a clause holds, by idf weight and word distance."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from bot.extractive.agency_names import english_agency_names
from bot.extractive.as_of import as_of_dropped
from bot.extractive.asker_words import without_classifiers
from bot.extractive.report_named import without_report_named
from bot.extractive.tuning import DECAY, ENGLISH_SHARE, PARTIAL_EXP
from bot.extractive.words import _YEARLIKE, VIA, skeleton
from bot.stopwords import STOP
from core.lexicon import to_vietnamese
from core.places import named_bodies, strip_places
from core.query import _GENERAL_WORDS as GENERAL_WORDS
from core.query import GLOSSARY, GLOSSARY_RE, REVERSE, REVERSE_RE, ParsedQuery
from core.text import fold, is_syllable
from index.lexical import tokenize


@dataclass(frozen=True)
class Concept:
    """One thing the question asks about: alternative wordings, and how much it matters."""

    alternatives: tuple[tuple[str, ...], ...]
    weight: float


_PHRASE_STOP = re.compile(
    # "bao nhiêu trường hợp (là viên chức)": cases count what the question names with them
    # (`words.CASES`); "hợp đồng" beside another figure would hold its "hợp"
    r"\b(bao nhieu truong hop|how many cases|so may|so hieu|so luong|hien nay|cho biet|bao nhieu|la bao nhieu|how many|how much|"
    r"number of|counts?|what is|what was|what are|so sanh|compare|compared|comparison|versus|vs)\b|\bmay(?=\s+(?:19|20)\d\d\b)"  # "May 2022": a month
    # "chiếm bao nhiêu phần trăm" asks a share as "đạt …%" does: no word to look for; the
    # reports write "phần trăm" as "%"
    r"|\bchiem(?=\s+(?:bao nhieu|ty le|phan tram|\d))|\bphan tram\b"
    # "is it true that …" asks whether a figure holds: no word of what is counted
    r"|\bis it (?:true|right|correct)\b"
    # "how many of them": a pronoun for what the question named before; "them" is no "thêm"
    r"|\bof (?:them|these|those)\b"
)


_TOTAL = re.compile(r"\b(?:tong cong|tong so|in total|in all|total)\b")
# An "as of" the question says, as the reports write it: a phrase, never "tinh" alone.
_AS_OF_WORDINGS = (("tinh", "den"), ("tinh", "toi"))
_Q_WHEN = re.compile(
    r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b(?:quy|q)\s*(?:iv|iii|ii|i|[1-4])\b(?:\s*/\s*\d{4})?"
)


# Report wordings of a question word: a total is what "toan tinh" (the whole province) has;
# dossiers "nộp" (handed in) are what the reports count as "tiếp nhận" (received); "lúc" (the
# moment: "tới lúc tổng kết") is the reports' "thời điểm" ("tại thời điểm tổng kết").
_SAME_AS: dict[str, tuple[tuple[str, ...], ...]] = {
    "tong": (("toan", "tinh"),),
    "nop": (("tiep", "nhan"),),
    "luc": (("thoi", "diem"),),
}
# English askers' initials of a people's committee (the reports spell it "UBND tỉnh").
_INITIALS = {"ppc": (("ubnd", "tinh"), ("uy", "ban", "nhan", "dan", "tinh"))}


def _terms_of(word: str) -> tuple[tuple[str, ...], ...]:
    """The lexicon's term (folded words) for an English word the glossary does not hold, when
    it has only one ("photos": "anh"); none for a word of several senses ("staff": "can bo",
    "nguoi", "nhan vien", …, one of which any count of people says), nor for a word too general
    to be a topic (`GENERAL_WORDS`: "time" is no "lượt")."""
    if word in GENERAL_WORDS or word.removesuffix("s") in GENERAL_WORDS:
        return ()
    terms = to_vietnamese(word)
    return (tuple(terms[0].replace(",", " ").split()),) if len(terms) == 1 else ()


# English words of the occasion asked ("by the time of reporting", "at that moment"): no thing
# a clause must say. Not all of `GENERAL_WORDS`, whose other words can name what is asked ("the
# security building", "which official signed"); "report" says where the figure was told.
_UNASKED_FORMS = frozenset("time times report reports reporting reported moment".split())  # noqa: SIM905


def _general(word: str) -> bool:
    """Whether an English word (not a Vietnamese syllable) is one of `_UNASKED_FORMS`: the
    occasion of the figure asked, never a thing a clause must say."""
    return word in _UNASKED_FORMS


@functools.lru_cache(maxsize=4096)
def _prepared(
    alternatives: tuple[tuple[str, ...], ...],
) -> tuple[tuple[tuple[str, str, bool], ...], ...]:
    """A concept's alternatives as (token, skeleton, may match by skeleton), stop words left
    out (unless that leaves nothing): what `ConceptMatcher.credit` looks up."""
    return tuple(
        tuple(
            (t, skeleton(t), len(t) >= 3 and len(skeleton(t)) >= 2)
            for t in [x for x in alt if x not in STOP] or list(alt)
        )
        for alt in alternatives
    )


class ConceptMatcher:
    """Builds the question's concepts and scores how many of them a clause mentions."""

    def __init__(
        self, idf: dict[str, float], idf_default: float, agencies: tuple[str, ...] = ()
    ) -> None:
        self._idf = idf
        self._default = idf_default
        # Folded agency names ("van phong ubnd tinh dong thap"): in a question they say whose
        # report, like a province name, not what is counted.
        names = {fold(a, repair=False) for a in agencies if a}
        names |= {n.replace("uy ban nhan dan", "ubnd") for n in names}
        names |= {e for a in agencies if a for e in english_agency_names(a)}  # English-typed
        self._agency_re = (
            re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
            if names
            else None
        )

    def idf(self, token: str) -> float:
        """Inverse document frequency of a folded token over the chunks."""
        return self._idf.get(token, self._default)

    def concepts(self, q: ParsedQuery) -> list[Concept]:
        """Glossary phrases (with abbreviation/English and report wording as alternatives), the
        question's other Vietnamese words and numbers, and other English words at low weight
        (with the lexicon's terms for them, one syllable ones too, as alternatives)."""
        # Dates and quarters in the question say when, not what: "den 27/02/2019", "quy IV/2018".
        # "tính tới ngày …": an "as of", said by the clause as such, no "tinh" (cấp tỉnh) alone
        named = without_report_named(q.folded, q.text)  # which report, not what it says
        text = as_of_dropped(q, named)
        out: list[Concept] = []
        if text != named:
            out.append(Concept(_AS_OF_WORDINGS, self.idf("tinh")))
        if self._agency_re is not None:  # before the places: agency names contain them
            text = self._agency_re.sub(" ", text)
        for body in named_bodies(text):  # "Báo Hà Tĩnh" did it: the newspaper, not the place
            text = text.replace(body, " ")
            words = tuple(body.split())
            out.append(Concept((words,), sum(self.idf(t) for t in words)))
        text = _Q_WHEN.sub(" ", _PHRASE_STOP.sub(" ", strip_places(without_classifiers(text))))
        # "tong so" / "tong cong" / "in total" ask for the total: "tong" is what to look for.
        text = VIA.sub("qua", _TOTAL.sub(" tong ", text))  # "thông qua thi tuyển": "qua …"
        covered: set[int] = set()
        for pattern, table in ((GLOSSARY_RE, GLOSSARY), (REVERSE_RE, None)):
            for m in pattern.finditer(text):
                if any(i in covered for i in range(m.start(), m.end())):
                    continue
                covered.update(range(m.start(), m.end()))
                key = m.group(1)
                if table is not None:
                    alts = [tuple(key.split())] + [tuple(e.split()) for e in table[key]]
                else:
                    alts = [tuple(key.split()), (REVERSE[key],)]
                viet = [a for a in alts if all(is_syllable(t) or t.isdigit() for t in a)]
                basis = max(viet, key=len) if viet else alts[-1]
                weight = sum(self.idf(t) for t in basis if t not in STOP) or self._default
                out.append(Concept(tuple(alts), weight))
        seen: set[str] = set()
        for m in re.finditer(r"\S+", text):
            if any(i in covered for i in range(m.start(), m.end())):
                continue
            raw_word = m.group(0)
            for t in tokenize(raw_word):
                if t in STOP or t in seen:
                    continue
                if _YEARLIKE.fullmatch(t):  # years narrow the search, not topic words
                    continue
                seen.add(t)
                if is_syllable(t) or t.replace(".", "").isdigit() or t in self._idf:
                    out.append(Concept(((t,), *_SAME_AS.get(t, ())), self.idf(t)))
                elif t.upper() in q.text:  # an acronym the reports never use, or its words
                    out.append(Concept(((t,), *_INITIALS.get(t, ())), self._default))
                elif _general(t):  # "time", "reporting": too general to be asked about
                    continue
                else:  # an English word with no glossary wording: it counts, but little;
                    # a clause saying a lexicon term of it ("anh" for "photos") holds it
                    out.append(Concept(((t,), *_terms_of(t)), ENGLISH_SHARE * self._default))
        return out

    @staticmethod
    def credit(concept: Concept, dist: dict[str, int], sk_dist: dict[str, int]) -> float:
        """0..1: how fully the best alternative of the concept occurs among tokens at the given
        distances in words (0 = in the clause itself); vowel-free skeletons match at 0.6."""
        best = 0.0
        for parts in _prepared(concept.alternatives):
            found = 0.0
            for t, sk, by_skeleton in parts:
                d = dist.get(t)
                if d is not None:
                    found += 1.0 / (1 + DECAY * d)
                elif by_skeleton and (d := sk_dist.get(sk)) is not None:
                    found += 0.6 / (1 + DECAY * d)
            # A term found only in part ("vien" of "benh vien" in "hoc vien") is weak evidence.
            best = max(best, (found / len(parts)) ** PARTIAL_EXP)
        return best
