"""Extractive answering: pick the clause that answers, lead with its figure, cite it. No LLM."""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass

from bot.intents_types import FIGURE_ASKED as _WANTS_NUMBER  # number words: one list
from bot.render import source_line, where  # noqa: F401  (one citation label, re-exported)
from bot.stopwords import RATE_STOP, STOP
from core.places import strip_places
from core.query import (
    ABBREVIATIONS,
    GLOSSARY,
    GLOSSARY_RE,
    REVERSE,
    REVERSE_RE,
    ParsedQuery,
    terms_named,
)
from core.result import Answer, Citation, FigureCandidate
from core.text import figures, fold, fold_word, is_syllable
from index.chunk import Chunk, Span
from index.generations import LoadedIndex
from index.lexical import tokenize
from index.metadata import Report
from index.restore import readable
from index.retrieve import Hit, Retrieval

# Score cut for an item of a breakdown ("(trong do: 1.002 cap tinh; ...)") when the question
# does not name what tells that item apart, and the bonus when it does ("cap huyen").
PAREN_PENALTY = 0.2
ITEM_BONUS = 0.1
# Exponent on the share of a multi-word term found (1 = proportional credit; 2 = half a term
# found counts a quarter).
PARTIAL_EXP = 2.0
# How fast a question word's credit fades with its distance (in words) from a figure.
DECAY = 0.05
# Distances (in words) at which an enumeration's head, the paragraph's lead-in and the
# section heading count for a figure.
HEAD_DIST = 13
PARA_DIST = 20
SECTION_DIST = 30
# Credit for a question word found only in the paragraph's opening words (not the clause).
LEAD_CREDIT = 0.7
# Score change for a clause that gives (or lacks) the document number a question asks for.
DOCNUM_BONUS = 0.3
# Weights of a figure's own closeness and of its clause's coverage in a candidate's score.
LOCAL_W = 1.0
CLAUSE_W = 1.0
# Score cuts for a figure qualified by a level list that only contains the asked level
# ("584 ... muc do 3, 4" when level 3 was asked) and by another level.
LEVEL_PARTIAL = 0.6
LEVEL_MISSING = 0.1
LEVEL_WRONG = 0.8
# Extra distance (in words) for a question word on the other side of an enumeration boundary.
BEFORE_CROSS = 30
AFTER_CROSS = 30
# Bonus for a figure followed by the unit the question counts ("bao nhieu tin" → "100 tin").
UNIT_BONUS = 0.25
# Calibration: when the best figure's score leads the next different figure's by less than
# this, the answer lists the candidates instead of stating one figure in bold. Fitted on the
# dev split by `python -m eval.calibrate` (the threshold that maximises the utility of the
# answers: a figure stated right +1, the right figure among hedged candidates +0.5, hedged
# without it 0, a wrong figure stated -2); see that module for the scan.
UNSURE_MARGIN = 0.005
# What tells the parts of a breakdown apart in these reports (folded): the level of government,
# the channel a dossier came through, who applied, the period, a dossier's state. A question
# naming one asks for that part; the stated figure must have it in its own item or head.
# Each family's parts are siblings: a figure said of "cap xa" is not the "cap huyen" one.
PART_FAMILIES: tuple[tuple[tuple[str, ...], ...], ...] = tuple(
    tuple(tuple(p.split()) for p in family)
    for family in (
        ("cap tinh", "cap huyen", "cap xa"),
        ("truc tuyen", "truc tiep", "buu chinh"),
        ("to chuc", "ca nhan", "doanh nghiep"),
        ("ton", "ky truoc", "moi tiep nhan"),
        ("dung han", "truoc han", "qua han", "tre han", "dang giai quyet", "chua giai quyet"),
    )
)  # fmt: skip
PART_PHRASES: tuple[tuple[str, ...], ...] = tuple(p for f in PART_FAMILIES for p in f)
# Words that qualify a count by its state (done, in progress, not yet): "da thuc hien duoc 50
# nhiem vu trong tong so 55", "da giai quyet 72.529, dang giai quyet 7.863". Between figures
# that score the same, the one whose own label carries the qualifiers the question asks (and no
# other) is the asked one: a question that names no state asks for the plain count.
QUALIFIERS: tuple[tuple[str, ...], ...] = PART_PHRASES + tuple(
    tuple(p.split())
    for p in ("da thuc hien", "dang thuc hien", "chua thuc hien", "da hoan thanh",
              "chua hoan thanh", "dang trien khai", "da giai quyet xong", "dang xu ly")
)  # fmt: skip
# Which figures may take the place of the best-scoring one because their own label names the
# asked part of a breakdown (or because the best one carries a qualifier nobody asked): those
# whose clause covers at least this share of the best one's coverage. A figure of an unrelated
# clause that happens to name the part ("cap xa: 161 thu tuc" for "how many communes are
# connected") does not. Scanned on the dev split by `python -m eval.calibrate`: every value up
# to 0.9 scores the same there (above, a breakdown's part in the clause after its headline is
# missed); 0.8 keeps rivals to clauses about as well covered as the best one.
PART_RIVAL_COVERAGE = 0.8
# Evidence for what the question counts: the share of its counted words ("bao nhieu giao vien",
# "how many doctors") that the chosen figure's clause, paragraph lead-in or section says. Below
# this the reports do not give that count, whatever figure scored best ("107 cong chuc duoc
# tuyen dung" for teachers recruited): the answer is "not found". An English counted word the
# lexicon does not know counts as not said. Fitted on the dev split by `python -m
# eval.calibrate`: the midpoint of the best interval [0.55, 0.75].
MIN_UNIT_SUPPORT = 0.65
# Words of a counted phrase that say how it is measured or its scope, not what is counted
# ("bao nhieu phan tram", "tong so", "cap xa" where the clause says "143 xa"): not looked for.
_MEASURE_WORDS = frozenset({"phan", "tram", "ty", "le", "tong", "so", "luong", "cap"})
# How many words each side of a figure, in its own item, make its label (a breakdown item's
# label is a few words: "giai quyet truoc han: 151.156"; an enumeration item's a clause).
LABEL_WORDS = 10
# A question that leaves a part out ("chua tinh ho so ton ky truoc") asks for a difference the
# reports may not state: its figure is never certain.
_EXCLUDES = re.compile(
    r"\b(chua tinh|khong tinh|khong ke|ngoai tru|khong bao gom|tru di|excluding|excluded|"
    r"not counting|not including|without counting|apart from|except)\b"
)
# Words that ask for a document's number ("Ke hoach so may?", "which decision number").
_WANTS_DOCNUM = re.compile(
    r"\b(so may|so hieu|ky hieu|(?<!tong )so bao nhieu|which number|what number|document number|"
    r"decision number|plan number|number of the (?:plan|decision|resolution|document))\b"
)
_WANTS_PERCENT = re.compile(r"\b(ty le|percent|percentage|phan tram|rate|share)\b|%")
_DATE = re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*((?:19|20)\d\d)(?![\d/])")
# A document number: 428/KH-UBND, 45/2020/ND-CP, 48-NQ/TU.
_DOCNUM = re.compile(r"\d+(?:\s*/\s*(?:\d{4}/)?|-)[A-ZĐ]{1,}[A-ZĐa-z0-9&/-]*")
# Document types a question may name, with the code their numbers carry.
_DOC_TYPES = {"nghi quyet": "NQ", "ke hoach": "KH", "quyet dinh": "QD", "chi thi": "CT",
              "thong tu": "TT", "nghi dinh": "ND", "bao cao": "BC", "cong van": "UBND",
              "resolution": "NQ", "plan": "KH", "decision": "QD", "directive": "CT",
              "decree": "ND"}  # fmt: skip
_NUM = r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)"
# A figure: a number or a fraction (87.38/100, 4.599/4.722), not glued to letters or OCR glyphs.
_FIG = re.compile(rf"(?<![\w/.,¢€&§]){_NUM}(?:\s?/\s?{_NUM})?(?![\w/€&¢§])")
_COUNT_NOUNS = frozenset({"dich", "dvc", "dvctt", "ho", "tthc", "thu", "nguoi", "can", "cong"})
_NEXT_FIGURE = re.compile(r"\s+\d{1,3}(?:\.\d{3})+\b")
_TIME_WORDS = frozenset({"ngay", "thang", "nam", "nim", "tuan", "quy", "gio", "phut"})
# A number right after "muc do" / "level", or after "muc do 3," (the 4 of "muc do 3, 4"), is a
# service level, not a figure.
_LEVEL_WORD = re.compile(r"\b(muc|do|level|mirc|mic|murc)\s*$")
_LEVEL_LIST = re.compile(r"\b(muc|do|level|mirc|mic|murc)\s*(?:[1-4]\s*(?:,|va|-|/)\s*)+$")
# Nouns a count can be of; a figure followed by one the question does not ask about is suspect.
_UNITS = frozenset(  # a word list reads best as words
    """ho hs van tin bai nhiem luot cuoc don doanh gian chung tram may dvc tthc thu dong ngan""".split()  # noqa: SIM905
)


def _counts_other(unit: str, q_words: frozenset[str]) -> bool:
    """True when `unit`, the word after a figure, is a count noun the question does not ask."""
    if unit not in _UNITS or unit in q_words:
        return False
    # "251 DVC" when "dich vu cong" was asked: the abbreviation is the asked thing.
    return not set(_ABBR_WORDS.get(unit, ["-"])) <= q_words


@dataclass(frozen=True)
class Candidate:
    """A clause of a retrieved chunk, scored against the question."""

    hit: Hit
    span: Span
    score: float
    coverage: float
    figure: str
    closeness: float = 0.0  # how closely the asked words surround the figure (see _figure)
    # Why the figure may not be what was asked: "level" (another service level or none),
    # "unit" (it counts another thing, or is a share when a count was asked), "part" (the
    # question names a part of a breakdown, or excludes one, and this figure is not that part).
    doubts: frozenset[str] = frozenset()
    # How many of the asked parts of a breakdown the figure's own label names (its item, the
    # head of its enumeration, its paragraph's lead-in), and how many qualifiers
    # (`QUALIFIERS`) the label carries that the question does not ask.
    parts_named: int = 0
    unasked: int = 0


@dataclass(frozen=True)
class Concept:
    """One thing the question asks about: alternative wordings, and how much it matters."""

    alternatives: tuple[tuple[str, ...], ...]
    weight: float


# Question phrases that only say "total"/"currently"; they are not what is counted.
_UNIT_AFTER = re.compile(
    r"\b(?:bao nhieu|how many|how much|so luong|number of)\s+((?:[a-z0-9]+\s*){1,3})"
)
_PHRASE_STOP = re.compile(
    r"\b(so may|so hieu|so luong|hien nay|cho biet|bao nhieu|la bao nhieu|how many|how much|"
    r"number of|what is|what was|what are|so sanh|compare|compared|comparison|versus|vs)\b|\bmay(?=\s+(?:19|20)\d\d\b)"  # "May 2022": a month
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
_RESTATES = frozenset({"dat", "chiem", "bang", "tang", "giam", "tuong"})
_YEARLIKE = re.compile(r"(19|20)\d\d")
_BREAKDOWN_WORDS = (("trong", "do"), ("trong", "so"), ("gom",), ("including",), ("of", "which"))


def _breakdown_opener(
    text: str, words: list[tuple[int, int, list[str]]], bounds: list[int], idx: int
) -> tuple[int, int] | None:
    """Word indexes of what opens the breakdown the figure at `idx` is an item of (a "(" or a
    "trong do" / "gom") and of the earlier figure it breaks down (`_headline`). None when the
    figure is not an item."""
    start = words[idx][0]
    opened = text.rfind("(", 0, start)
    candidates: list[int] = []
    if opened > text.rfind(")", 0, start):
        inside = tokenize(_folded(text[opened + 1 : opened + 12]))[:1]
        if not set(inside) & _RESTATES:  # "(dat ty le 100%)" restates, it does not break down
            candidates.append(next(j for j, w in enumerate(words) if w[1] > opened))
    for j in range(idx - 1, 0, -1):
        if bounds[j] < bounds[idx] - 3 or ")" in text[words[j][0] : words[j][1]]:
            break  # too far back, or out of a closed parenthesis ("(trong do ...), da giai")
        toks = words[j][2] + (words[j + 1][2] if j + 1 < idx else [])
        if any(tuple(toks[: len(m)]) == m for m in _BREAKDOWN_WORDS):
            candidates.append(j)
            break
    for j in sorted(candidates, reverse=True):
        headline = _headline(text, words, j)
        if headline is not None:
            return j, headline
    return None


def _found(wanted: frozenset[str], tokens: set[str]) -> int:
    """How many of the wanted words occur among the tokens, OCR-broken forms matched by their
    consonant skeleton ("coeng chic" for "cong chuc")."""
    skeletons = {skeleton(t) for t in tokens if len(t) >= 3}
    return sum(w in tokens or (len(w) >= 3 and skeleton(w) in skeletons) for w in wanted)


@functools.lru_cache(maxsize=256)
def _question_facts(
    q: ParsedQuery,
) -> tuple[set[str], frozenset[int], list[str], frozenset[str]]:
    """Per question, for every clause and figure looked at: the numbers it names, the service
    levels it asks for, its words in order (no stop words, no province names) and as a set.
    Read-only."""
    numbers = {t for t in tokenize(q.folded) if t.replace(".", "").isdigit()}
    seq = [t for t in tokenize(strip_places(q.expanded)) if t not in STOP]
    return numbers, asked_levels(q.expanded), seq, frozenset(seq)


@functools.lru_cache(maxsize=256)
def _asked_parts(q: ParsedQuery) -> tuple[tuple[str, ...], ...]:
    """The parts of a breakdown the question names (`PART_PHRASES`, in its report wording)."""
    seq = tokenize(strip_places(q.expanded))
    return tuple(
        p for p in PART_PHRASES
        if any(tuple(seq[i : i + len(p)]) == p for i in range(len(seq) - len(p) + 1))
    )  # fmt: skip


# What ends the counted phrase of an English question: "how many doctors | were recruited".
_EN_COUNT = re.compile(r"\b(?:how many|how much|number of)\s+((?:[a-z0-9]+\s*){1,6})")
_EN_RATE_OF = re.compile(
    r"\b(?:percentage|percent|share|proportion|rate|ratio) of\s+((?:[a-z0-9]+\s*){1,6})"
)
_EN_RATE_BEFORE = re.compile(r"\b([a-z0-9]+(?:\s+[a-z0-9]+)?)\s+(?:rate|ratio)\b")
_EN_PHRASE_END = frozenset(  # a word list reads best as words
    "were was are is did does do has have had in of for at on by to from that which who".split()  # noqa: SIM905
)


@functools.lru_cache(maxsize=256)
def _english_counted(q: ParsedQuery) -> tuple[frozenset[str], ...]:
    """For an English question, what it counts ("how many level 3 public services does ...":
    the words up to the first auxiliary verb or preposition), one entry per counted word: the
    reports' wordings of the terms the runs of up to three words holding it name ("public
    services" → "dich vu cong"). A plural noun no term covers ("doctors") is an empty entry: the reports' words for it are unknown, so no clause can be shown to say it.
    Other uncovered words (often a verb: "people work") are left out. () for a Vietnamese
    question."""
    strict = False  # every uncovered word is unknown, not only plural nouns
    m = _EN_COUNT.search(q.folded) or _EN_RATE_OF.search(q.folded)
    if not m:
        m = _EN_RATE_BEFORE.search(q.folded)  # "the unemployment rate": what it is a rate of
        strict = True
    if not m:
        return ()
    words: list[str] = []
    for w in m.group(1).split():
        if w in _EN_PHRASE_END:
            break
        words.append(w)
    out: list[frozenset[str]] = []
    for i, w in enumerate(words):
        if w in STOP or len(w) < 3 or not w.isalpha():
            continue
        runs = [(a, b) for a in range(max(0, i - 2), i + 1)
                for b in range(i + 1, min(len(words), a + 3) + 1)]  # fmt: skip
        wordings = frozenset(t for a, b in runs for t in terms_named(" ".join(words[a:b])))
        if wordings or strict or (w.endswith("s") and not w.endswith("ss")):
            out.append(wordings)
    return tuple(out)


_RATE_OF = re.compile(r"\b(?:ty le|phan tram)\s+((?:[a-z0-9]+\s*){1,4})")


@functools.lru_cache(maxsize=256)
def _rate_units(q: ParsedQuery) -> frozenset[str]:
    """The words after "ty le" / "phan tram" in a Vietnamese question (what it asks the share
    of), in the reports' syllables."""
    m = _RATE_OF.search(strip_places(q.folded))
    if not m:
        return frozenset()
    return frozenset(t for t in tokenize(m.group(1)) if t not in RATE_STOP and is_syllable(t))


@functools.lru_cache(maxsize=256)
def _asked_qualifiers(q: ParsedQuery) -> frozenset[tuple[str, ...]]:
    """The qualifiers (`QUALIFIERS`) the question names."""
    seq = tokenize(strip_places(q.expanded))
    return frozenset(
        p for p in QUALIFIERS
        if any(tuple(seq[i : i + len(p)]) == p for i in range(len(seq) - len(p) + 1))
    )  # fmt: skip


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


def _tells_apart(
    q_seq: list[str], item: list[str], head: list[str], item_keys: frozenset[str],
    head_keys: frozenset[str],
) -> bool:  # fmt: skip
    """True when the question names what sets a breakdown's item apart from what the breakdown
    is of: a question word, or a pair of adjacent question words ("cap tinh" when the head says
    "cung cap ... tinh"), found in the item and not in the head. OCR-misread words
    ("cung cip", "tryc tuyen") count as the word. `item_keys` / `head_keys`: `_keys` of them."""

    def has(seq: list[str], words: tuple[str, ...]) -> bool:
        n = len(words)
        return any(
            all(_edit_keys(w) & _edit_keys(x) for w, x in zip(words, seq[i : i + n], strict=True))
            for i in range(len(seq) - n + 1)
        )

    for w in q_seq:
        if _edit_keys(w) & item_keys and not _edit_keys(w) & head_keys:
            return True
    return any(
        _edit_keys(a) & item_keys and _edit_keys(b) & item_keys
        and has(item, (a, b)) and not has(head, (a, b))
        for a, b in zip(q_seq, q_seq[1:], strict=False)
    )  # fmt: skip


def _headline(text: str, words: list[tuple[int, int, list[str]]], opener: int) -> int | None:
    """Word index of the figure a breakdown opening at word `opener` breaks down: the last
    figure before it that is not a year, a date or a percentage ("dat 96,1%, trong do tong so
    ... 78, da giai quyet 75": the counts a rate is made of, not its parts)."""
    found: list[tuple[int, bool]] = []
    for j in range(opener):
        for m in _FIG.finditer(text[words[j][0] : words[j][1]]):
            raw = m.group(0)
            if _YEARLIKE.fullmatch(raw) or _DATE.search(text[words[j][0] : words[j][1]]):
                continue
            found.append((j, text[words[j][0] + m.end() :].lstrip().startswith("%")))
    plain = [j for j, pct in found if not pct]
    return plain[-1] if plain else None


_TOTAL = re.compile(r"\b(?:tong cong|tong so|in total|in all|total)\b")
_Q_WHEN = re.compile(
    r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b(?:quy|q)\s*(?:iv|iii|ii|i|[1-4])\b(?:\s*/\s*\d{4})?"
)


_VOWELS = str.maketrans("", "", "aeiouy")
# Report wordings of a question word: a total is what "toan tinh" (the whole province) has.
_SAME_AS: dict[str, tuple[tuple[str, ...], ...]] = {"tong": (("toan", "tinh"),)}


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
    """A token without vowels: OCR mostly breaks vowels (`cep`/`cip` for `cap`)."""
    return token.translate(_VOWELS)


@functools.lru_cache(maxsize=16384)
def _at_zero(tokens: tuple[str, ...]) -> tuple[dict[str, int], dict[str, int]]:
    """Tokens and their skeletons, all at distance 0 (a clause, a heading); read-only."""
    return dict.fromkeys(tokens, 0), {skeleton(t): 0 for t in tokens}


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
        question's other Vietnamese words and numbers, and unknown English words at low weight."""
        # Dates and quarters in the question say when, not what: "den 27/02/2019", "quy IV/2018".
        text = q.folded
        if self._agency_re is not None:  # before the places: agency names contain them
            text = self._agency_re.sub(" ", text)
        text = _Q_WHEN.sub(" ", _PHRASE_STOP.sub(" ", strip_places(text)))
        # "tong so" / "tong cong" / "in total" ask for the total: "tong" is what to look for.
        text = _TOTAL.sub(" tong ", text)
        out: list[Concept] = []
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
                elif t.upper() in q.text:  # an acronym the reports never use
                    out.append(Concept(((t,),), self._default))
                else:  # an English word with no report wording: it counts, but little
                    out.append(Concept(((t,),), 0.3 * self._default))
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


_ASKED_LEVEL = re.compile(r"\b(?:muc do|muc|level)\s+([1-4](?:\s*(?:,|va|and|&)\s*[1-4])*)\b")
_LEVEL_TOKENS = frozenset({"muc", "do", "level", "mic", "mirc", "murc"})
_LEVEL_JOINERS = _LEVEL_TOKENS | {"va", "and"}
_LEVELS = frozenset({"1", "2", "3", "4"})
# Service levels named in words since 2022: "toàn trình" (full online, level 4), "một phần"
# (partly online, level 3).
_LEVEL_NAMES = {("toan", "trinh"): 4, ("mot", "phan"): 3}


def asked_levels(expanded: str) -> frozenset[int]:
    """Service levels the question names: "muc do 4" → {4}; "muc do 3 va 4" → {3, 4}."""
    return frozenset(
        int(d) for m in _ASKED_LEVEL.finditer(expanded) for d in re.findall(r"[1-4]", m.group(1))
    )


def _level_run(tokens: list[str], i: int) -> frozenset[int]:
    """The levels of a "muc do 3, 4" / "muc do 2, muc 3 va muc 4" run starting at tokens[i]."""
    out: set[int] = set()
    for t in tokens[i:]:
        if t in _LEVELS:
            out.add(int(t))
        elif t not in _LEVEL_JOINERS:
            break
    return frozenset(out)


def _level_of(
    words: list[tuple[int, int, list[str]]], bounds: list[int], idx: int
) -> frozenset[int]:
    """The service level(s) a figure is qualified by: the "muc do K" right after it (before the
    next number or item), else the nearest one before it. Empty when none."""
    flat_after: list[str] = []
    item_of: list[int] = []
    for j in range(idx + 1, min(len(words), idx + 12)):
        flat_after += words[j][2]
        item_of += [bounds[j]] * len(words[j][2])
    for i, t in enumerate(flat_after):
        if t.replace(".", "").isdigit() and (i == 0 or flat_after[i - 1] not in _LEVEL_TOKENS):
            break  # the next figure begins: what follows qualifies it, not ours
        if item_of[i] != bounds[idx] and t in _LEVEL_TOKENS:
            break  # "muc do 2 la 10.185 ho so, ... muc do 3": the next item's level
        if t in _LEVEL_TOKENS and i + 1 < len(flat_after) and flat_after[i + 1] in _LEVELS:
            return _level_run(flat_after, i + 1)
    flat_before: list[str] = [t for w in words[max(0, idx - 12) : idx] for t in w[2]]
    for i in range(len(flat_before) - 1, 0, -1):
        if flat_before[i] in _LEVELS and flat_before[i - 1] in _LEVEL_TOKENS:
            j = i
            while j > 0 and (flat_before[j - 1] in _LEVELS or flat_before[j - 1] in _LEVEL_JOINERS):
                j -= 1
            return _level_run(flat_before, j)
    return frozenset()


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
        gap = text[e1 - 1 : s2 + 1]
        bounds.append(bounds[-1] + (1 if re.search(r"[,;()]", gap) else 0))
    return words, bounds


def _heads(
    text: str, words: list[tuple[int, int, list[str]]], bounds: list[int], idx: int
) -> list[int]:
    """Word indexes of the heads of the enumeration the figure at `idx` is an item of: the
    clause's opening segment, and the segment right before a parenthesis enclosing the figure
    ("so DVC muc do 4 la: 1.044 (trong do: 1.002 cap tinh; 36 cap huyen ...)")."""
    first = [j for j in range(idx) if bounds[j] == 0]
    # The opening segment heads the items only when it gives no figure of its own
    # ("1997 DVC cap tinh va cap huyen, 35 DVC cap xa" are two items, not a head and an item).
    opening = text[: words[first[-1]][1]] if first else ""
    out = set(first) if not _FIG.search(_DATE.sub(" ", opening)) else set()
    # "... la: 1.044, dat ty le 55,82%": a segment opening with "dat"/"chiem" restates the
    # item before it, which qualifies it like a head.
    seg = bounds[idx]
    first_of_seg = next((j for j in range(idx + 1) if bounds[j] == seg), idx)
    if seg > 0 and words[first_of_seg][2][:1] and words[first_of_seg][2][0] in _RESTATES:
        out.update(j for j in range(first_of_seg) if bounds[j] == seg - 1)
    start = words[idx][0]
    opened = text.rfind("(", 0, start)
    if opened > text.rfind(")", 0, start):
        p = next((j for j, w in enumerate(words) if w[1] > opened), idx)
        seg = bounds[p - 1] if p > 0 else 0
        out.update(j for j in range(p) if bounds[j] == seg)
    return sorted(out)


def _distinct_figures(cands: list[Candidate]) -> list[Candidate]:
    """The best candidate of each different figure (1.044 and 1,044 are one), best first."""
    seen: set[frozenset[str]] = set()
    out: list[Candidate] = []
    for c in cands:
        key = frozenset(figures(c.figure)) or frozenset((c.figure,))
        if c.figure and key not in seen:
            seen.add(key)
            out.append(c)
    return out


def prefer_named(ranked: list[Candidate], parts_asked: bool) -> tuple[list[Candidate], bool]:
    """The distinct figures, best first, reordered by what their own labels name, and whether
    the labels decided the first one. When the question names a part of a breakdown, the
    rivals of the best figure (same report, no other level or unit, clauses covering at least
    `PART_RIVAL_COVERAGE` of its coverage) that name more of the asked parts come first: the
    part, not the headline it breaks down. Among rivals that score the same as the first
    (within `UNSURE_MARGIN`) and name as many parts, one with fewer unasked qualifiers
    ("dang giai quyet" when the question says none) than all the others comes first."""
    if not ranked:
        return ranked, False
    best = ranked[0]
    rivals = [
        c for c in ranked
        if c.coverage >= PART_RIVAL_COVERAGE * best.coverage
        and c.hit.chunk.report_id == best.hit.chunk.report_id
        and not c.doubts & {"level", "unit"}
    ]  # fmt: skip
    if not rivals:
        return ranked, False
    decided = False
    if parts_asked:
        most = max(c.parts_named for c in rivals)
        if most > best.parts_named:
            top = [c for c in rivals if c.parts_named == most]
            ranked = top + [c for c in ranked if c not in top]
            best = ranked[0]
            decided = len(top) == 1
    tied = [
        c for c in rivals
        if best.score - c.score < UNSURE_MARGIN and c.parts_named == best.parts_named
    ]  # fmt: skip
    if best not in tied:
        tied.insert(0, best)
    if len(tied) >= 2:
        fewest = min(c.unasked for c in tied)
        first = [c for c in tied if c.unasked == fewest]
        if len(first) == 1:
            ranked = first + [c for c in ranked if c is not first[0]]
            decided = True
    return ranked, decided


_ITEM_EDGE = ";,()\n"
# Marks a breakdown item that names an asked part (carried with the doubts, never shown).
_ASKED_ITEM = "asked-item"


def names_phrase(phrase: tuple[str, ...], label: tuple[str, ...]) -> bool:
    """Whether a label says a phrase, its words in a row, OCR-misread forms included: a word of
    3+ letters one letter off ("tryc" for "truc", "cdp" for "cap") or without its vowels
    ("cp"), and in a phrase of two or
    more words with another word there as written, a 2-letter word with its first letter
    ("ce nhan" for "ca nhan")."""
    n = len(phrase)

    def same(w: str, t: str) -> bool:
        # "cp" for "cap": OCR lost the vowel with its mark.
        return w == t or (
            len(w) >= 3 and (bool(_edit_keys(w) & _edit_keys(t)) or skeleton(w) == t)
        )

    for i in range(len(label) - n + 1):
        window = label[i : i + n]
        exact = [same(w, t) for w, t in zip(phrase, window, strict=True)]
        if all(exact) or (n >= 2 and any(exact) and all(
            ok or (len(w) == 2 == len(t) and w[0] == t[0])
            for w, t, ok in zip(phrase, window, exact, strict=True)
        )):  # fmt: skip
            return True
    return False


def _sibling_part(f: _Site, parts: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the figure is said of another part of the same kind than the asked one ("Tong
    cap xa co 12.096" when "cap huyen" was asked): a sibling in its own item, head or lead-in
    (its own item's nearer words, not the paragraph's lead-in) and the asked part not there."""
    near = {t for t, d in f.dist.items() if d < HEAD_DIST}

    def has(p: tuple[str, ...]) -> bool:
        return _found(frozenset(p), near) == len(set(p))

    for family in PART_FAMILIES:
        mine = [p for p in parts if p in family]
        if mine and not any(map(has, mine)) and any(has(o) for o in family if o not in mine):
            return True
    return False


def _describe(sentence: str, figure: str) -> str:
    """What a figure counts, in the report's own words: its item of the clause ("36 DVC cấp
    huyện"), with the words before a colon when the item is the bare figure ("Số DVC mức độ 4
    là: 1.044"); at most about 14 words."""
    raw = figure.rstrip("%")
    i = sentence.find(raw)
    if not raw or i < 0:
        return ""
    start = max(sentence.rfind(c, 0, i) for c in _ITEM_EDGE) + 1
    ends = [j for j in (sentence.find(c, i + len(raw)) for c in _ITEM_EDGE) if j >= 0]
    end = min(ends) if ends else len(sentence)
    # The figure as the sentence writes it ("12,19%" or "12,19 %"): what follows it is read
    # after its percent sign, so the sign is not said twice.
    shown = figure if sentence.startswith(figure, i) else raw
    after = sentence[i + len(shown) : end].split()[:6]
    if not sentence[start:i].split() and len(after) < 2 and start > 1:
        start = max(sentence.rfind(c, 0, start - 1) for c in _ITEM_EDGE) + 1  # "(a: 1, b: 2"
    before = sentence[start:i].split()[-10:]
    return " ".join([*before, shown, *after]).strip(" :")


def _unit(sentence: str, figure: str) -> str:
    """The word right after the figure ("hồ sơ" reads "hồ"), or "%"."""
    if figure.endswith("%"):
        return "%"
    i = sentence.find(figure)
    after = sentence[i + len(figure) :].split()[:1] if i >= 0 else []
    word = after[0].strip(".,;:()") if after else ""
    return "" if not word or word[0].isdigit() else word


_TOKEN = re.compile(r"\S+")


def cite(
    r: Report,
    n: int,
    chunk: Chunk,
    span: Span,
    score: float,
    *,
    last: Span | None = None,
    context: str | None = None,
    section: str = "",
    line_end: int = 0,
) -> Citation:
    """Citation number `n` of a span (or of the spans `span`..`last`, a paragraph) of one of
    report `r`'s chunks, with its paragraph as context unless `context` is given. People read
    the restored text of an OCR-damaged report; the OCR text stays in `quote_original`. The one
    citation builder of every answerer."""
    last = last or span
    text = chunk.readable_text
    restored = bool(chunk.restored) and span.rstart >= 0 and last.rend >= 0
    start, end = (span.rstart, last.rend) if restored else (span.start, last.end)
    if context is None:
        para_start = text.rfind("\n", 0, start) + 1
        para_end = text.find("\n", end)
        context = text[para_start : para_end if para_end >= 0 else len(text)]
    if not section or section == chunk.section:
        section = chunk.readable_section
    else:
        section = readable(section)
    return Citation(
        n=n, report_id=r.id, title=readable(r.title), number=r.number, agency=r.agency,
        date=r.date_vn, section=section, quote=text[start:end].strip(),
        quote_original=chunk.text[span.start : last.end].strip(),
        score=round(score, 3), province=r.province, period=r.period, chunk_id=chunk.id,
        line_start=span.line_start, line_end=line_end or last.line_end, context=context,
        page=span.page,
    )  # fmt: skip


_MONTHS_OPENING = re.compile(r"\b(\d{1,2})\s+thang\s+dau\s+nam\b")
_MONTHS_CLOSING = re.compile(r"\b(\d{1,2})\s+thang\s+cuoi\s+nam\b")


def quarters_covered(r: Report) -> frozenset[int]:
    """The quarters of its year a report covers: its own quarter, the first or last months of
    the year its period names ("6 tháng đầu năm 2022" → 1, 2), else the whole year."""
    if r.quarter:
        return frozenset({r.quarter})
    period = fold(r.period)
    m = _MONTHS_OPENING.search(period)
    if m:
        return frozenset(range(1, min(4, (int(m.group(1)) + 2) // 3) + 1))
    m = _MONTHS_CLOSING.search(period)
    if m:
        return frozenset(range(max(1, 5 - (int(m.group(1)) + 2) // 3), 5))
    return frozenset({1, 2, 3, 4})


def readable_part(chunk: Chunk, part: str, lo: int = 0, hi: int = -1) -> str:
    """A piece of a chunk's text (found between `lo` and `hi`: a listed item, what a figure
    counts) as people read it: its words mapped word for word onto the restored sentences
    around it; restored on its own when the words do not line up."""
    hi = len(chunk.text) if hi < 0 else hi
    at = chunk.text.find(part, lo, hi) if part else -1
    if not chunk.restored or at < 0:
        return readable(part)
    end = at + len(part)
    spans = [s for s in chunk.spans if s.start < end and s.end > at]
    if not spans or spans[0].rstart < 0 or spans[-1].rend < 0:
        return readable(part)
    base = spans[0].start
    old = list(_TOKEN.finditer(chunk.text[base : spans[-1].end]))
    new = list(_TOKEN.finditer(chunk.restored[spans[0].rstart : spans[-1].rend]))
    if len(old) != len(new):
        return readable(part)
    first = next(i for i, m in enumerate(old) if m.end() > at - base)
    last = max(i for i, m in enumerate(old) if m.start() < end - base)
    out = new[first].string[new[first].start() : new[last].end()]
    # A part ending inside a word ("tử;" has the separator glued on): drop what it left out.
    tail = old[last].string[end - base : old[last].end()]
    return out[: len(out) - len(tail)] if tail and out.endswith(tail) else out


def _short_date(m: re.Match[str]) -> str:
    """`05/06/2022` → `5/6/2022`."""
    g = m.groups()
    return f"{int(g[0])}/{int(g[1])}/{g[2]}"


def _holds(when: str, period: str, en: bool) -> str:
    """What the figure's date says: as of a day, over a period, or the report's period."""
    if "–" in when:
        a, b = when.split("–")
        return f"{a} to {b}" if en else f"từ {a} đến {b}"
    if when:
        return f"as of {when}" if en else f"tính đến {when}"
    if not period:  # a report added without a period: say nothing rather than an empty label
        return ""
    return f"report period {period}" if en else f"kỳ báo cáo {period}"


def _pair_weight(pair: tuple[str, str]) -> int:
    return 2 if any(t.isdigit() for t in pair) else 1


@functools.lru_cache(maxsize=16384)
def _bigrams(tokens: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    return frozenset(zip(tokens, tokens[1:], strict=False))


# Clauses whose figures are kept worked out (~10 KiB each with their figures; the seed corpus
# has ~900 clauses that the evaluation questions reach). Emptied when full.
_SITE_CACHE = 4096


@dataclass(frozen=True)
class _Site:
    """What a figure's clause says around it, whatever the question: worked out once."""

    figure: str  # as written, "%" included
    canon: str  # folded, to compare with numbers the question names
    is_percent: bool
    year_after: frozenset[str] | None  # a year-like figure: the word after it; else None
    dist: dict[str, int]  # token → distance in words (context and heads included)
    sk_dist: dict[str, int]  # the same by skeleton
    in_breakdown: bool
    head: list[str]  # what the breakdown is of (clause before it, paragraph lead-in)
    item: list[str]  # the figure's own item of the breakdown
    head_keys: frozenset[str]  # `_keys` of head and item
    item_keys: frozenset[str]
    levels: frozenset[int]
    after_total: bool  # "trong tong so 55"
    following: set[str]
    introduced: bool
    before_in_item: set[str]
    unit_after: str  # the word right after the figure ("" if a number or nothing)
    # What names this figure: its own item's words (before it and the next few after it), the
    # heads of its enumeration and the paragraph's lead-in; not its neighbour items' words.
    label: tuple[str, ...] = ()
    quals: frozenset[tuple[str, ...]] = frozenset()  # the `QUALIFIERS` its label names


def _label(
    text: str, words: list[tuple[int, int, list[str]]], bounds: list[int], idx: int,
    heads: list[int], lead: list[str],
) -> tuple[str, ...]:  # fmt: skip
    """The words that name the figure at `idx`: its own item's words up to the neighbouring
    figures (at most `LABEL_WORDS` each side), the heads of its enumeration, and `lead` (the
    paragraph's opening words, for an item of a breakdown). "|" marks where a run of words
    stops, so that no phrase is read across two of them."""

    def own(j: int) -> bool:
        return bounds[j] == bounds[idx] and not _FIG.search(_DATE.sub(" ", text[words[j][0] : words[j][1]]))

    before: list[str] = []
    for j in range(idx - 1, max(-1, idx - 1 - LABEL_WORDS), -1):
        if not own(j):
            break
        before[:0] = words[j][2]
    after: list[str] = []
    for j in range(idx + 1, min(len(words), idx + 1 + LABEL_WORDS)):
        if not own(j):
            break
        after += words[j][2]
    return (*before, "|", *after, "|", *(t for j in heads for t in words[j][2]), "|", *lead)


_Word = tuple[int, int, list[str]]  # (start, end, folded tokens)


def _figures_of(text: str, context: list[tuple[list[str], int]]) -> list[_Site]:
    """The figures of a clause with their surroundings; the question-independent half of
    `ExtractiveAnswerer._figure_sites`."""
    blocked = [(m.start(), m.end()) for m in _DATE.finditer(text)]
    blocked += [(m.start(), m.end()) for m in _DOCNUM.finditer(text)]
    words, bounds = _words(text)
    opens = _opens_breakdown(words)
    out: list[_Site] = []
    for m in _FIG.finditer(_CURRENCY.sub(" ", text)):
        idx = _figure_word(text, m, blocked, words)
        if idx is None:
            continue
        s, raw = m.start(), m.group(0)
        year_after = (
            frozenset(tokenize(_folded(text[m.end() : m.end() + 12]))[:1])
            if _YEARLIKE.fullmatch(raw) else None
        )  # fmt: skip
        is_percent = text[m.end() : m.end() + 2].lstrip().startswith("%")
        breakdown = _breakdown_opener(text, words, bounds, idx)
        opener, headline = breakdown if breakdown is not None else (None, None)
        # An item of an enumeration: its head qualifies it.
        item_heads = _heads(text, words, bounds, idx) if bounds[idx] > 0 else []
        dist = _word_distances(words, bounds, idx, item_heads, headline, context)
        head, item = _breakdown_words(words, bounds, idx, opener, context)
        preceding = " ".join(t for w in words[max(0, idx - 3) : idx] for t in w[2])
        after = tokenize(_folded(text[s + len(raw) : s + len(raw) + 16]))
        label = _label(text, words, bounds, idx, item_heads,
                       context[0][0] if context and (opener is not None or opens) else [])  # fmt: skip
        out.append(
            _Site(
                figure=raw + ("%" if is_percent else ""),
                canon=_folded(raw).replace(" ", ""), is_percent=is_percent, year_after=year_after,
                dist=dist, sk_dist={skeleton(t): d for t, d in dist.items()},
                in_breakdown=opener is not None, head=head, item=item,
                levels=_figure_levels(words, bounds, idx, headline, item_heads),
                head_keys=_keys(head), item_keys=_keys(item),
                after_total="tong so" in preceding,
                following={t for w in words[idx + 1 : idx + 3] for t in w[2]},
                introduced=_introduced(text, words, bounds, idx, s),
                before_in_item={
                    t for j in range(max(0, idx - 8), idx) if bounds[j] == bounds[idx]
                    for t in words[j][2]
                },
                unit_after="" if not after or after[0].replace(".", "").isdigit() else after[0],
                label=label,
                quals=frozenset(p for p in QUALIFIERS if names_phrase(p, label)),
            )
        )  # fmt: skip
    return out


def _opens_breakdown(words: list[_Word]) -> bool:
    """A clause that opens a breakdown of the paragraph's earlier figure ("trong do, trong han:
    11.275, qua han: 2.347" after "So ho so dang giai quyet: 13.622;"): the paragraph's
    opening words name its items too. OCR bends the second word ("trong dé")."""
    first_two = [t for w in words[:2] for t in w[2]][:2]
    return first_two[:1] == ["gom"] or (
        first_two[:1] == ["trong"] and len(first_two) == 2 and first_two[1][:1] in {"d", "s"}
    )


def _introduced(text: str, words: list[_Word], bounds: list[int], idx: int, s: int) -> bool:
    """"... la: 1.044" / "...: 1.044" / "so PAKN da giai quyet xong 75." (the figure ends its
    item): the counted thing was named just before."""
    return idx > 0 and (
        words[idx - 1][2][-1:] == ["la"]
        or text[:s].rstrip().endswith(":")
        or idx + 1 == len(words)
        or bounds[idx + 1] != bounds[idx]
    )


def _figure_word(
    text: str, m: re.Match[str], blocked: list[tuple[int, int]], words: list[_Word]
) -> int | None:
    """The index of the word a figure match falls in, or None when the match is no figure: in
    a date or document number, a level ("mức độ 4"), a date or duration, a list marker, or an
    OCR misreading."""
    s, e = m.start(), m.end()
    if any(a <= s < b for a, b in blocked):
        return None
    raw = m.group(0)
    before = _folded(text[max(0, s - 18) : s])
    if _LEVEL_WORD.search(before) or (raw in _LEVELS and _LEVEL_LIST.search(before)):
        return None
    idx = next((i for i, w in enumerate(words) if w[0] <= s < w[1]), None)
    if idx is None:
        return None
    prev_word = words[idx - 1][2][-1:] if idx > 0 else []
    next_word = words[idx + 1][2] if idx + 1 < len(words) else []  # "02 so/thang" too
    if set(prev_word + next_word) & _TIME_WORDS:
        return None  # "ngay 25 thang 12", "6 thang dau nam": a date or a duration
    if idx == 0 and text[e : e + 1] in {",", "."}:
        return None  # a list marker ("4, Tiep tuc ...")
    if len(raw) <= 2 and _NEXT_FIGURE.match(text, e):
        return None  # "14 72.529": OCR read "là" as 14; the figure is the next one
    if next_word[:1] and skeleton(next_word[0]) == "lng":
        return None  # "86 lugng TTHC": OCR read "Số" (of "Số lượng") as a number
    return idx


def _word_distances(
    words: list[_Word], bounds: list[int], idx: int, item_heads: list[int],
    headline: int | None, context: list[tuple[list[str], int]],
) -> dict[str, int]:  # fmt: skip
    """How far each word is from the figure at `idx`; an item's heads (and the headline it
    breaks down) and the paragraph's context count as near."""
    # Words around the figure, nearer ones counting more; words across a comma, semicolon
    # or parenthesis belong to a neighbouring item of an enumeration ("1997 DVC ... cap
    # tinh va cap huyen, 35 DVC ... cap xa") and count as farther.
    dist: dict[str, int] = {}
    for j in range(max(0, idx - 20), min(len(words), idx + 16)):
        if j == idx:
            continue
        lo, hi = (j, idx) if j < idx else (idx, j)
        crossed = bounds[hi] - bounds[lo]
        d = hi - lo + (BEFORE_CROSS if j < idx else AFTER_CROSS) * crossed
        for t in words[j][2]:
            if d < dist.get(t, 99):
                dist[t] = d
    if bounds[idx] > 0:
        heads = set(item_heads)
        if headline is not None:  # and so does the figure it breaks down
            heads |= {j for j in range(headline + 1) if bounds[j] == bounds[headline]}
        for j in sorted(heads):
            for t in words[j][2]:
                dist[t] = min(dist.get(t, 99), HEAD_DIST)
    for toks, far in context:
        for t in toks:
            dist[t] = min(dist.get(t, 99), far)
    return dist


def _breakdown_words(
    words: list[_Word], bounds: list[int], idx: int, opener: int | None,
    context: list[tuple[list[str], int]],
) -> tuple[list[str], list[str]]:  # fmt: skip
    """For a figure in a breakdown: the words before its opener (with the paragraph's lead)
    and the words of its own item; empty otherwise."""
    if opener is None:
        return [], []
    head = [t for w in words[:opener] for t in w[2]]
    head += context[0][0] if context else []
    item = [
        t
        for j in range(opener, idx + 8)
        if j < len(words) and bounds[j] == bounds[idx]
        for t in words[j][2]
    ]
    return head, item


def _figure_levels(
    words: list[_Word], bounds: list[int], idx: int, headline: int | None, item_heads: list[int]
) -> frozenset[int]:
    """The service levels named with the figure, else its headline's, else its item head's."""
    levels = _level_of(words, bounds, idx)
    if not levels and headline is not None:  # an item has its headline's level
        levels = _level_of(words, bounds, headline)
    if not levels and bounds[idx] > 0:  # an item inherits its head's level
        head_toks = [t for j in item_heads for t in words[j][2]]
        levels = next(
            (_level_run(head_toks, i + 1) for i, t in enumerate(head_toks[:-1])
             if t in _LEVEL_TOKENS and head_toks[i + 1] in _LEVELS),
            frozenset(),
        )  # fmt: skip
    return levels


def _counts_asked(f: _Site, units: frozenset[str], q_words: frozenset[str]) -> bool:
    """The figure counts what the question counts: the counted words follow it, or it ends an
    item that named them ("so DVC ... la: 1.044")."""
    return _found(units, f.following) >= min(2, len(units)) or (
        f.introduced
        and _found(units, f.before_in_item) >= min(2, len(units))
        # "dich vu cong muc do 3 la 37.270 ho so": it counts something else
        and not _counts_other(f.unit_after, q_words)
    )


def _doubts(
    f: _Site, asked: frozenset[int], units: frozenset[str], q_words: frozenset[str],
    wants_percent: bool, excludes: bool, parts: tuple[tuple[str, ...], ...],
) -> frozenset[str]:  # fmt: skip
    """What makes the figure doubtful as the answer: another level, another unit, a sibling
    part; and, not a doubt, `_ASKED_ITEM` when it is the breakdown item asked."""
    doubts: set[str] = set()
    if asked and f.levels and f.levels != asked:
        doubts.add("level")  # another level named ("toan trinh" names none: no doubt)
    if (units and _counts_other(f.unit_after, q_words)) or (f.is_percent and not wants_percent):
        doubts.add("unit")
    if excludes or (parts and _sibling_part(f, parts)):
        doubts.add("part")
    item = set(f.item)
    if f.in_breakdown and any(_found(frozenset(p), item) == len(set(p)) for p in parts):
        doubts.add(_ASKED_ITEM)  # not a doubt: see ExtractiveAnswerer.answer
    return frozenset(doubts)


def _figure_candidates(
    hit: Hit, span: Span, sites: list[tuple[float, str, str, frozenset[str], int, int]],
    base: float, coverage: float, wants_percent: bool, q_words: frozenset[str],
) -> list[Candidate]:  # fmt: skip
    """One candidate per figure of a clause, scored by the clause (`base`) and by how well the
    figure's own surroundings fit; a clause without figures is a weak candidate itself."""
    out: list[Candidate] = []
    if not sites:
        out.append(Candidate(hit, span, base - 0.25, min(1.0, coverage), ""))
    for key, fig, unit_after, doubts, named, unasked in sites:
        sc = base + 0.15 + LOCAL_W * key
        if fig.endswith("%") and not wants_percent:
            sc -= 0.1
        if _counts_other(unit_after, q_words):
            sc -= 0.2
        out.append(
            Candidate(hit, span, sc, min(1.0, coverage), fig, key, doubts, named, unasked)
        )
    return out


def _docnum_candidate(
    hit: Hit, span: Span, text: str, q: ParsedQuery, coverage: float, rest: float
) -> Candidate:
    """"Ke hoach ... so may?": the clause's document number (of the type asked, if one is)
    is the answer."""
    nums = list(_DOCNUM.finditer(text))
    codes = [c for k, c in _DOC_TYPES.items() if re.search(rf"\b{k}\b", q.folded)]
    typed = [
        m for m in nums if any(c in fold(m.group(0)).upper().replace("Đ", "D") for c in codes)
    ]
    nums = typed or ([] if codes else nums)
    figure = nums[0].group(0).replace(" ", "") if nums else ""
    score = coverage + rest + (DOCNUM_BONUS if nums else -DOCNUM_BONUS)
    return Candidate(hit, span, score, min(1.0, coverage), figure)


class ExtractiveAnswerer:
    """Scores clauses of the retrieved chunks by idf-weighted term and phrase overlap."""

    def __init__(self, index: LoadedIndex, min_confidence: float, max_citations: int) -> None:
        self.index = index
        self.min_confidence = min_confidence
        self.max_citations = max_citations
        df: Counter[str] = Counter()
        for f in index.folded:
            df.update(set(tokenize(f)))
        n = max(1, len(index.folded))
        idf = {t: math.log(1 + n / (1 + c)) for t, c in df.items()}
        self._span_cache: dict[tuple[str, int], list[str]] = {}
        self._site_cache: dict[tuple[str, int], list[_Site]] = {}
        agencies = tuple(sorted({r.agency for r in index.reports.values()}))
        self.matcher = ConceptMatcher(idf, math.log(1 + n), agencies)

    def _lead_in(self, chunk: Chunk, span: Span) -> list[str]:
        """Tokens of the paragraph before a clause ("Tinh toi ngay 20/5/2022, Cong DVC ...")."""
        key = (chunk.id, -1 - span.start)
        if key not in self._span_cache:
            lead = chunk.lead(span)  # or the ":" line above a list item
            # Only the paragraph's opening words up to its first figure: what the paragraph is
            # about ("Tinh toi ngay 20/5/2022, Cong DVC tinh ... cung cap"), not earlier items.
            first = _FIG.search(_DATE.sub(" ", lead))
            lead = lead[: first.start()] if first else lead
            self._span_cache[key] = list(_folded_tokens(lead))
        return self._span_cache[key]

    def _span_tokens(self, chunk: Chunk, span: Span) -> list[str]:
        key = (chunk.id, span.start)
        if key not in self._span_cache:
            # The clause's words as the figure scoring reads them (one folding for both).
            words, _ = _words(chunk.sentence(span))
            self._span_cache[key] = [t for w in words for t in w[2]]
        return self._span_cache[key]

    # -----------------------------------------------------------------------------------------

    def answer(self, q: ParsedQuery, retrieval: Retrieval, language: str) -> Answer:
        """The best-supported clause with its figure, or an abstention with nearest passages."""
        en = language == "en"
        nothing = self._nothing_retrieved(q, retrieval, language)
        if nothing is not None:
            return nothing

        cands = self._candidates(q, retrieval.hits)
        if not cands:
            return self._abstain(q, retrieval.hits, language, 0.0)
        targets = self._targets(q, retrieval)
        if len(targets) >= 2:
            return self._answer_each(q, retrieval, cands, targets, language)
        best = cands[0]
        confidence = best.coverage
        if _WANTS_NUMBER.search(q.folded) and not best.figure:
            # A number was asked and the best passage gives none: the reports do not say it.
            return self._abstain(q, retrieval.hits, language, confidence)
        period_missing = self._period_missing(q, best)
        if confidence < self.min_confidence or period_missing:
            return self._abstain(q, retrieval.hits, language, confidence, period_missing)
        states_figure = bool(best.figure) and bool(_WANTS_NUMBER.search(q.folded)) and not (
            _WANTS_DOCNUM.search(q.folded)
        )
        ranked = _distinct_figures(cands) if states_figure else []
        parts = _asked_parts(q)
        decided = False  # the labels, not the score margin, chose the first figure
        if ranked:
            ranked, decided = prefer_named(ranked, bool(parts))
            best = ranked[0]
        # The score lead over the next figure; 1.0 when there is none or the labels decided.
        margin = ranked[0].score - ranked[1].score if len(ranked) >= 2 and not decided else 1.0
        doubts = best.doubts - {_ASKED_ITEM}
        if states_figure and (
            self.unit_support(q, best) < MIN_UNIT_SUPPORT or not self.level_said(q, best)
        ):
            # What the question counts is not what the best passage counts: not reported.
            return self._abstain(q, retrieval.hits, language, confidence)
        if states_figure and ((margin < UNSURE_MARGIN and not decided) or doubts):
            return self._hedge(q, ranked, language, confidence, margin, doubts)

        chosen = self._said_too(best, cands)
        citations = [self._citation(i + 1, c) for i, c in enumerate(chosen)]
        text = self._compose(q, chosen, citations, en)
        sentence = best.hit.chunk.readable(best.span)  # restored words; figures kept as written
        return Answer(
            q.text, text, False, tuple(citations), figure=best.figure,
            confidence=round(confidence, 3), language=language, counts=_describe(sentence, best.figure),
            unit=_unit(sentence, best.figure), holds_for=self._holds_for(best, en),
            candidates=tuple(self._option(c, self._citation(0, c), en) for c in ranked[1:3]),
            margin=round(margin, 3), doubts=tuple(sorted(doubts)),
        )  # fmt: skip

    def _nothing_retrieved(
        self, q: ParsedQuery, retrieval: Retrieval, language: str
    ) -> Answer | None:
        """"Not found" when the provinces asked have no report or nothing was retrieved."""
        en = language == "en"
        if retrieval.missing_provinces and not retrieval.provinces:
            names = ", ".join(retrieval.missing_provinces)
            have = ", ".join(sorted({r.province for r in self.index.reports.values()}))
            text = (
                f"Not found: the reports hold nothing about {names}. Provinces covered: {have}."
                if en
                else f"Không tìm thấy: kho báo cáo không có báo cáo nào về {names}. "
                f"Các tỉnh hiện có: {have}."
            )
            return Answer(q.text, text, True, (), language=language)
        if not retrieval.hits:
            text = "Not found in the reports." if en else "Không tìm thấy trong các báo cáo."
            return Answer(q.text, text, True, (), language=language)
        return None

    def _said_too(self, best: Candidate, cands: list[Candidate]) -> list[Candidate]:
        """The best candidate and other reports' clauses about the same thing (another date or
        province), as well covered and without doubts, up to `max_citations`."""
        chosen = [best]
        for c in cands[1:]:
            if len(chosen) >= self.max_citations:
                break
            if c.hit.chunk.report_id in {x.hit.chunk.report_id for x in chosen}:
                continue
            if (
                c.coverage >= max(self.min_confidence, 0.85 * best.coverage)
                and (c.figure or not best.figure)
                and not c.doubts - {_ASKED_ITEM}  # another level, unit or part: not said too
            ):
                chosen.append(c)
        return chosen

    def _holds_for(self, c: Candidate, en: bool) -> str:
        r = self.index.reports[c.hit.chunk.report_id]
        return ", ".join(x for x in (r.province, _holds(self._date_for(c), r.period, en)) if x)

    def _option(self, c: Candidate, cit: Citation, en: bool) -> FigureCandidate:
        sentence = c.hit.chunk.readable(c.span)  # restored words; figures kept as written
        return FigureCandidate(c.figure, _describe(sentence, c.figure), self._holds_for(c, en), cit)

    def _hedge(
        self, q: ParsedQuery, ranked: list[Candidate], language: str, confidence: float,
        margin: float, doubts: frozenset[str],
    ) -> Answer:  # fmt: skip
        """Not sure which figure answers: the two or three candidates, what each counts and
        where it is said, and no figure in bold."""
        en = language == "en"
        citations: list[Citation] = []
        numbers: dict[tuple[str, int], int] = {}
        options: list[FigureCandidate] = []
        for c in ranked[:3]:
            key = (c.hit.chunk.id, c.span.start)
            if key not in numbers:
                numbers[key] = len(citations) + 1
                citations.append(self._citation(numbers[key], c))
            options.append(self._option(c, citations[numbers[key] - 1], en))
        head = (
            "Not sure — the figures that may fit:"
            if en
            else "Chưa chắc chắn — các số liệu có thể phù hợp:"
        )
        lines = [head] + [
            f"- {o.figure} — “{o.counts}” ({o.holds_for}) [{o.citation.n}]" for o in options
        ]
        label = "Sources" if en else "Nguồn"
        sources = "\n".join(source_line(c, en) for c in citations)
        return Answer(
            q.text, "\n".join(lines) + f"\n\n{label}:\n{sources}", False, tuple(citations),
            confidence=round(confidence, 3), language=language, candidates=tuple(options),
            margin=round(margin, 3), doubts=tuple(sorted(doubts)),
        )  # fmt: skip

    def _targets(self, q: ParsedQuery, retrieval: Retrieval) -> list[tuple[str, set[str]]]:
        """The sides of a comparison: (label, report ids) per named province, or per named year
        when one province (or none) is asked at several years. One side means no comparison."""
        reports = list(self.index.reports.values())
        if len(retrieval.provinces) >= 2:
            return [(p, {r.id for r in reports if r.province == p}) for p in retrieval.provinces]
        if len(q.years) >= 2:
            scope = [
                r for r in reports if not retrieval.provinces or r.province in retrieval.provinces
            ]
            sides = [(str(y), {r.id for r in scope if r.year == y}) for y in q.years]
            sides = [s for s in sides if s[1]]  # "so voi quy IV/2018": a reference, not a side
            return sides if len(sides) >= 2 else []
        return []

    def _answer_each(
        self,
        q: ParsedQuery,
        retrieval: Retrieval,
        cands: list[Candidate],
        targets: list[tuple[str, set[str]]],
        language: str,
    ) -> Answer:
        """One figure per side of a comparison, each cited; sides not found are said so."""
        en = language == "en"
        wants_number = bool(_WANTS_NUMBER.search(q.folded))
        chosen: list[Candidate] = []
        missing: list[str] = []
        for label, ids in targets:
            best = next(
                (
                    c
                    for c in cands
                    if c.hit.chunk.report_id in ids and (c.figure or not wants_number)
                ),
                None,
            )
            ok = best is not None and best.coverage >= self.min_confidence
            if best is None or not ok or (wants_number and not best.figure):
                missing.append(label)
            else:
                chosen.append(best)
        if not chosen:
            conf = cands[0].coverage if cands else 0.0
            return self._abstain(q, retrieval.hits, language, conf)
        citations = [self._citation(i + 1, c) for i, c in enumerate(chosen)]
        text = self._compose(q, chosen, citations, en)
        if missing:
            names = ", ".join(missing)
            note = f"Not found for {names}." if en else f"Không tìm thấy cho {names}."
            text = note + "\n\n" + text
        return Answer(
            q.text, text, False, tuple(citations), figure=chosen[0].figure,
            confidence=round(min(c.coverage for c in chosen), 3), language=language,
        )  # fmt: skip

    # -----------------------------------------------------------------------------------------

    def _candidates(self, q: ParsedQuery, hits: list[Hit]) -> list[Candidate]:
        """Every clause of the hits scored for the question: one candidate per figure for a
        number question, per clause otherwise; best first."""
        needed = self.matcher.concepts(q)
        total = sum(c.weight for c in needed) or 1.0
        _, _, q_tokens, q_words = _question_facts(q)
        q_bigrams = _bigrams(tuple(q_tokens))
        pair_total = max(1, sum(_pair_weight(bg) for bg in q_bigrams))
        wants_docnum = bool(_WANTS_DOCNUM.search(q.folded))
        wants_number = bool(_WANTS_NUMBER.search(q.folded)) and not wants_docnum
        wants_percent = bool(_WANTS_PERCENT.search(q.folded))
        top = hits[0].score if hits else 1.0
        out: list[Candidate] = []
        for rank, hit in enumerate(hits):
            chunk = hit.chunk
            section_tokens = list(_folded_tokens(chunk.section))
            section = _at_zero(tuple(section_tokens))
            for span in chunk.spans:
                toks = self._span_tokens(chunk, span)
                if not toks:
                    continue
                here = _at_zero(tuple(toks))
                lead_toks = self._lead_in(chunk, span)
                lead = _at_zero(tuple(lead_toks))
                coverage = self._matched(needed, here, lead, section) / total
                # Word pairs of the question found in the clause; pairs with a number ("do 4")
                # count double: they tell level 4 from "level 3, 4".
                phrase = sum(_pair_weight(bg) for bg in q_bigrams & _bigrams(tuple(toks)))
                text = chunk.sentence(span)
                rest = (
                    0.3 * phrase / pair_total
                    + 0.15 * hit.score / top
                    - 0.01 * rank
                    - (0.2 if len(toks) < 4 else 0.0)
                )
                if wants_number:
                    # One candidate per figure: its own surroundings decide among the figures
                    # of a long enumeration, the clause's coverage among clauses.
                    context = [
                        (self._lead_in(chunk, span), PARA_DIST),
                        (section_tokens, SECTION_DIST),
                    ]
                    sites = self._figure_sites(chunk, span, q, needed, wants_percent, context)
                    out += _figure_candidates(
                        hit, span, sites, CLAUSE_W * coverage + rest, coverage, wants_percent,
                        q_words,
                    )  # fmt: skip
                    continue
                if wants_docnum:
                    out.append(_docnum_candidate(hit, span, text, q, coverage, rest))
                    continue
                # Not a number question: the clause itself is the answer, no figure leads it.
                out.append(Candidate(hit, span, coverage + rest, min(1.0, coverage), ""))
        out.sort(key=lambda c: (-c.score, c.hit.chunk.id, c.span.start))
        return out

    def _matched(
        self,
        needed: list[Concept],
        here: tuple[dict[str, int], dict[str, int]],
        lead: tuple[dict[str, int], dict[str, int]],
        section: tuple[dict[str, int], dict[str, int]],
    ) -> float:
        """The weight of the question's concepts the clause holds; a concept the clause lacks
        is partly credited when the paragraph's opening words or the heading hold it."""
        matched = 0.0
        for concept in needed:
            credit = self.matcher.credit(concept, *here)
            if credit < 1.0:  # the paragraph's opening words and the heading help
                credit = max(
                    credit,
                    LEAD_CREDIT * self.matcher.credit(concept, *lead),
                    0.5 * self.matcher.credit(concept, *section),
                )
            matched += credit * concept.weight
        return matched

    def _figure_sites(
        self,
        chunk: Chunk,
        span: Span,
        q: ParsedQuery,
        needed: list[Concept],
        wants_percent: bool,
        context: list[tuple[list[str], int]],
    ) -> list[tuple[float, str, str, frozenset[str], int, int]]:
        """Every figure the clause gives as (score, figure, the word after it, doubts, asked
        parts its label names, qualifiers its label carries unasked), scored by how
        closely (0..1) the asked words surround it: question words in the words before and
        after it, words across an enumeration boundary counting as farther, the enumeration's
        head and the `context` (token lists at a fixed distance: the paragraph's lead-in, the
        section heading) as farther still. Dates, document numbers, years, levels (the 4 of
        `muc do 4`) and numbers the question itself names are never figures."""
        facts = self._cached_figures(chunk, span, context)
        q_numbers, asked, q_seq, q_words = _question_facts(q)
        units = self._units(q)
        parts = _asked_parts(q)
        excludes = bool(_EXCLUDES.search(q.folded))
        total = sum(c.weight for c in needed) or 1.0
        sites: list[tuple[float, str, str, frozenset[str], int, int]] = []
        asked_quals = _asked_qualifiers(q)
        for f in facts:
            if f.canon in q_numbers or f.canon.split("/")[0] in q_numbers:
                continue
            if f.year_after is not None and not (f.year_after & (_UNITS | units | _COUNT_NOUNS)):
                continue  # a year, unless a count noun follows ("1997 dich vu cong truc tuyen")
            if wants_percent and not f.is_percent:
                continue
            near = sum(self.matcher.credit(c, f.dist, f.sk_dist) * c.weight for c in needed)
            key = near / total - (0.5 if f.is_percent and not wants_percent else 0.0)
            # An item of a breakdown of the figure before it ("1.845, trong do: cap tinh: 1.409
            # ...", "184.408 (truc tuyen: 42.360, ...)"): the answer when the question names
            # what tells the item apart, not when it asks for the whole.
            own = f.in_breakdown and _tells_apart(q_seq, f.item, f.head, f.item_keys, f.head_keys)
            if f.in_breakdown:
                key += ITEM_BONUS if own else -PAREN_PENALTY
            if asked and not f.levels:
                key -= LEVEL_MISSING  # a level was asked; this figure names none
            elif asked and f.levels != asked:
                # "251 DVC ... muc do 3" when level 4 was asked; "584 ... muc do 3, 4" when
                # level 3 alone was asked (a combined count is not the asked one).
                key -= LEVEL_PARTIAL if asked & f.levels else LEVEL_WRONG
            if f.after_total and "tong" not in q.folded:
                key -= 0.15  # "50 trong tong so 55": the total is the denominator, not the count
            if units and (own or not f.in_breakdown) and _counts_asked(f, units, q_words):
                key += UNIT_BONUS  # what the question counts: "60 tin", "so DVC ... la: 1.044"
            doubts = _doubts(f, asked, units, q_words, wants_percent, excludes, parts)
            named = len(f.quals & set(parts))  # every part phrase is a qualifier
            unasked = len(f.quals - asked_quals)
            sites.append((key, f.figure, f.unit_after, doubts, named, unasked))
        return sites

    def _cached_figures(
        self, chunk: Chunk, span: Span, context: list[tuple[list[str], int]]
    ) -> list[_Site]:
        """The clause's figures with their surroundings, worked out once per clause."""
        key_ = (chunk.id, span.start)
        facts = self._site_cache.get(key_)
        if facts is None:
            if len(self._site_cache) >= _SITE_CACHE:
                self._site_cache.clear()
            facts = self._site_cache[key_] = _figures_of(chunk.sentence(span), context)
        return facts

    def unit_support(self, q: ParsedQuery, c: Candidate) -> float:
        """The share of what the question counts that the candidate's clause, paragraph
        lead-in or section says: of its counted words (`_units`), or for an English question
        of its counted words whose report wording (any one of them) is said there
        (`_english_counted`); 1.0 when the question names nothing counted."""
        places = {t for p in q.provinces for t in fold(p).split()}  # "how many dossiers has Dong"
        ignored = _MEASURE_WORDS | places | _LEVEL_JOINERS | _LEVELS | STOP
        english = _english_counted(q)
        units = set() if english else (self._units(q) or _rate_units(q)) - ignored
        if not units and not english:
            return 1.0
        chunk = c.hit.chunk
        said = set(self._span_tokens(chunk, c.span)) | set(self._lead_in(chunk, c.span))
        said |= set(_folded_tokens(chunk.section))
        if not english:
            return _found(frozenset(units), said) / len(units)

        def says(wordings: frozenset[str]) -> bool:
            for wording in wordings:
                words = frozenset(wording.split()) - ignored
                if _found(words, said) == len(words):
                    return True
            return False

        return sum(map(says, english)) / len(english)

    def level_said(self, q: ParsedQuery, c: Candidate) -> bool:
        """Whether every service level the question asks ("muc do 2") is named in the
        candidate's clause, paragraph lead-in or section; True when none is asked. A level no
        passage names (the reports count levels 3 and 4 only) is not answered by another
        level's figure or by an all-levels total."""
        asked = asked_levels(q.expanded)
        if not asked:
            return True
        chunk = c.hit.chunk
        said: set[int] = set()
        for toks in (self._span_tokens(chunk, c.span), self._lead_in(chunk, c.span),
                     list(_folded_tokens(chunk.section))):  # fmt: skip
            for i, t in enumerate(toks[:-1]):
                if t in _LEVEL_TOKENS and toks[i + 1] in _LEVELS:
                    said |= _level_run(toks, i + 1)
                elif (t, toks[i + 1]) in _LEVEL_NAMES:  # "dich vu cong toan trinh" is level 4
                    said.add(_LEVEL_NAMES[t, toks[i + 1]])
        return asked <= said

    @staticmethod
    @functools.lru_cache(maxsize=256)
    def _units(q: ParsedQuery) -> frozenset[str]:
        """What the question counts: the words after "bao nhieu" / "how many", in report wording."""
        m = _UNIT_AFTER.search(q.folded)
        if not m:
            return frozenset()
        words = m.group(1)
        out = {t for t in tokenize(words) if t not in STOP and is_syllable(t)}
        for g in GLOSSARY_RE.finditer(words):
            key = g.group(1)
            if g.end() >= len(words.rstrip()):
                # A term cut by the window's end is read whole ("level 3 online services":
                # "online service", not "online").
                whole = GLOSSARY_RE.match(q.folded, m.start(1) + g.start())
                key = whole.group(1) if whole else key
            for expansion in GLOSSARY[key]:
                out.update(t for t in expansion.split() if t not in STOP)
            if key in ABBREVIATIONS:
                out.add(key)
        for r in REVERSE_RE.finditer(words):
            out.add(REVERSE[r.group(1)])
        # "muc do 4" names a level, not what is counted.
        return frozenset(out - (_LEVEL_JOINERS | _LEVELS | {"toan", "trinh"}))

    def _period_missing(self, q: ParsedQuery, best: Candidate) -> bool:
        """The question names a year (or a quarter of it) that none of the matching reports
        covers, and the best passage does not mention it either."""
        if not q.years:
            return False
        reports = [
            r for r in self.index.reports.values() if not q.provinces or r.province in q.provinces
        ]
        folded = fold(best.hit.chunk.text)
        if not any(r.year in q.years for r in reports):
            return not any(str(y) in folded for y in q.years)
        if not q.quarter:
            return False
        if any(r.year in q.years and q.quarter in quarters_covered(r) for r in reports):
            return False
        roman = ("i", "ii", "iii", "iv")[q.quarter - 1]
        return not re.search(rf"\bquy\s+(?:{q.quarter}|{roman})\b", folded)

    # -----------------------------------------------------------------------------------------

    def _date_for(self, c: Candidate) -> str:
        """The date the figure holds for: in the clause, else earlier in its paragraph."""
        chunk = c.hit.chunk
        sentence = chunk.sentence(c.span)
        m = list(_DATE.finditer(sentence))
        if len(m) >= 2 and re.search(
            r"\b(den|to|until)\b", fold(sentence[m[0].end() : m[1].start()])
        ):
            # "tu ngay 15/12/2021 den ngay 17/5/2022": a period, said as one
            return "–".join(_short_date(x) for x in m[:2])
        if m:
            return _short_date(m[0])
        para_start = chunk.text.rfind("\n", 0, c.span.start) + 1
        before = chunk.text[para_start : c.span.start]
        found = list(_DATE.finditer(before))
        if found:
            return _short_date(found[-1])
        return ""

    def _citation(self, n: int, c: Candidate) -> Citation:
        return cite(self.index.reports[c.hit.chunk.report_id], n, c.hit.chunk, c.span, c.score)

    def _compose(
        self, q: ParsedQuery, chosen: list[Candidate], cits: list[Citation], en: bool
    ) -> str:
        lines: list[str] = []
        # A "which district" question is answered by the quoted line, not by a number in it.
        lead = bool(_WANTS_NUMBER.search(q.folded) or _WANTS_DOCNUM.search(q.folded))
        for c, cit in zip(chosen, cits, strict=True):
            r: Report = self.index.reports[c.hit.chunk.report_id]
            when = self._date_for(c)
            head = f"**{c.figure}** " if c.figure and lead else ""
            holds = _holds(when, r.period, en)
            if c.figure and when and "–" not in when and _DOCNUM.fullmatch(c.figure):
                holds = f"dated {when}" if en else f"ngày {when}"  # a document's own date
            where_when = ", ".join(x for x in (r.province, holds) if x)
            lines.append(f"{head}({where_when}) [{cit.n}]\n> {cit.quote}")
        sources = "\n".join(source_line(c, en) for c in cits)
        label = "Sources" if en else "Nguồn"
        return "\n\n".join(lines) + f"\n\n{label}:\n{sources}"

    def _abstain(
        self,
        q: ParsedQuery,
        hits: list[Hit],
        language: str,
        confidence: float,
        period_missing: bool = False,
    ) -> Answer:
        en = language == "en"
        near = []
        for i, h in enumerate(hits[: self.max_citations]):
            span = (
                h.chunk.spans[0]
                if h.chunk.spans
                else Span(0, len(h.chunk.text), h.chunk.line_start, h.chunk.line_end)
            )
            near.append(self._citation(i + 1, Candidate(h, span, h.score, 0.0, "")))
        why = ""
        if period_missing:
            years = ", ".join(str(y) for y in q.years)
            if q.quarter:
                roman = ("I", "II", "III", "IV")[q.quarter - 1]
                when = f"Q{q.quarter} {years}" if en else f"quý {roman} năm {years}"
            else:
                when = years if en else f"năm {years}"
            why = f" No report covers {when}." if en else f" Không có báo cáo nào cho {when}."
        head = (
            "Not found in the reports." + why + " The nearest passages are:"
            if en
            else "Không tìm thấy trong các báo cáo." + why + " Các đoạn gần nhất:"
        )
        lines = [head] + [
            f"[{c.n}] {c.agency}, {c.date or c.period} — {c.section}: “{c.quote[:160]}”"
            for c in near
        ]
        return Answer(
            q.text, "\n".join(lines), True, tuple(near), confidence=round(confidence, 3),
            language=language,
        )  # fmt: skip
