"""Comparisons and timelines as tables: one figure across provinces or periods → a Markdown table
(side, figure, what it counts, date, citation), every cell cited, missing cells said to be
missing, a share computed from two reported figures marked as computed.

Cells come from the fact table (index/facts.py). The question is read once for the kind of
figure it asks (a share or a count, the unit, the service level, the scope, the topic words);
each side's facts are ranked by the fitted figure model (bot/fact_answer.py) and by how much of
what each fact counts the question names; the sides are then chosen together, so they count
the same thing; a side whose best fact is not of the asked kind is said to be missing. Each
side is also asked as its own single-province question of the extractive answerer: the fact its
confident answer states counts for more, and a sure answer that the fact ranking cannot take
leaves only the facts plainly of the asked kind (see `FactCells.vouched`)."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from bot.answer import Answer, Citation
from bot.extractive import ExtractiveAnswerer, cite, readable_part, source_line
from bot.fact_answer import (
    FEATURES,
    Context,
    FactMatcher,
    QuestionView,
    Weights,
    f_lex_clause,
    f_lex_counts,
    f_lex_lead,
    view,
)
from bot.intents_types import WANTS_PERCENT
from bot.stopwords import FIGURE_STOP as STOP
from bot.structure import clip
from core.places import strip_provinces
from core.query import ABBREVIATIONS, ParsedQuery, expand
from core.text import fold, parse_number
from index.chunk import Span
from index.clause_tokens import UNITS
from index.facts import Fact
from index.generations import LoadedIndex
from index.lexical import tokenize
from index.retrieve import Filters, HybridRetriever, Retrieval

_YEAR_WORD = re.compile(r"(?<!\d)(19[89]\d|20[0-4]\d)(?!\d)")
_ASKS_NUMBER = re.compile(r"\b(bao nhieu|how many|how much|ty le|percent\w*|share|rate)\b")
# The words that only say "compare": noise for retrieving one side.
_COMPARE_WORDS = re.compile(
    r"\b(so sanh|doi chieu|compare[sd]?|comparison|between|versus|vs|thay doi the nao|"
    r"change[sd]?|so voi|qua cac (?:nam|quy|ky)|over time|timeline|bien dong)\b"
)
# A timeline over every period of one province ("qua các năm", "over time").
_TIMELINE = re.compile(
    r"\b(qua cac (nam|quy|ky)|cac ky bao cao|over time|timeline|over the years|"
    r"thay doi|bien dong|change[sd]?|trend)\b"
)
# A count asked for, not a share: "số …", "bao nhiêu", "how many", "number of".
_ASKS_COUNT = re.compile(
    r"^(?:so|tong so)\s|\b(bao nhieu|so luong|tong so|how many|number of)\b"
    r"|(?<!chi )(?<!ky )(?<!ho )\bso (?!voi\b|sanh\b|hieu\b)[a-z]+"
)
# Words that name a period: the side's filter, not its topic.
_PERIOD_WORDS = re.compile(
    r"\b((?:6|sau) thang (?:dau|cuoi)(?: nam)?|thang (?:dau|cuoi) nam|quy [ivx1-4]+|q[1-4]|"
    r"(?:first|second|last) (?:half|quarter|six months|6 months)|nam|year|the)\b"
)
# The agency that wrote a report ("Văn phòng UBND tỉnh …", "Sở TT&TT …"): who reports, not
# what is counted.
_AGENCY = re.compile(
    r"\b(?:van phong (?:ubnd|uy ban nhan dan)(?: tinh)?|(?:ubnd|uy ban nhan dan) tinh|"
    r"so (?:tt ?& ?tt|tttt|thong tin (?:va|&) truyen thong))\b"
)
# "tỷ lệ … bao nhiêu", "what share": the number asked is the share
_THE_SHARE = re.compile(r"\b(ty le|phan tram|percent\w*|share|rate|proportion)\b.*")
# A completion asked for ("mức độ hoàn thành kế hoạch"): a share, or "done/all".
_COMPLETION = re.compile(r"\b(?:muc do|ti?en do|rate of) (?:thuc hien va )?hoan thanh\b")
# A figure set as a target, not one reached.
_TARGET = re.compile(r"\b(phan dau|bao dam|dam bao|muc tieu|chi tieu|toi thieu|it nhat)\b")
# A figure per unit ("35 dịch vụ cho mỗi xã", "trung bình mỗi huyện có 123").
_AVERAGE = re.compile(r"\b(moi|trung binh|binh quan|per|average)\b")
_LEVELLESS = re.compile(r"\bmuc do\b(?! ?[1-4]\b)")
# A breakdown asked for: a whole and its parts.
_PARTS_ASKED = re.compile(
    r"\b(chia theo|theo tung|theo cap|tung cap|cac cap|co cau|trong do|bao gom|gom nhung|"
    r"breakdown|broken down|by level|split by|each level)\b"
)
# What a count question counts: the words after "bao nhiêu", "số lượng", "number of".
_COUNTED = re.compile(
    r"\b(?:bao nhieu|how many|so luong|tong so|number of)\s+((?:[a-z0-9&]+\s*){1,5})"
)
# What a Vietnamese count question counts, its head noun first: "số hồ sơ …", "bao nhiêu …".
_HEAD_COUNTED = re.compile(
    r"\b(bao nhieu|so luong|tong so|so(?! (?:voi|sanh|hieu|lieu|luong)\b))\s+"
    r"((?:[a-z0-9&]+\s*){1,6})"
)
_UNIT_FAMILY = {
    "dvc": "dich vu cong", "dvctt": "dich vu cong", "dich vu cong truc tuyen": "dich vu cong",
    "tthc": "thu tuc", "thu tuc hanh chinh": "thu tuc", "pakn": "phan anh kien nghi",
    "tin bai": "tin", "bai": "tin", "chung thu so": "chung thu",
}  # fmt: skip
_SCOPE_WORDS = {"tinh": "cấp tỉnh", "huyen": "cấp huyện", "xa": "cấp xã"}
_SCOPE_EN = {"tinh": "provincial level", "huyen": "district level", "xa": "commune level"}
MAX_PARTS = 6  # breakdown rows under one side's figure
PER_SIDE = 5  # candidate facts per side weighed together with the other sides'
# A side's chosen fact whose clause, item and lead hold less than this share of the question's
# topic words (idf-weighted) is not of the asked kind: the cell says missing.
ACCEPT = 0.55
# The extractive answerer's least confidence for its figure to settle a side (config.toml's
# [answer].min_confidence).
SIDE_CONFIDENCE = 0.45
# What the side's own answer adds to the score of the fact it states, times its confidence.
VOUCH = 0.5
# A side's own answer this confident settles the side: its figure when the fact ranking can
# take it (`agreed`), else only the facts that hold `STRONG` of the topic words.
SURE = 0.85
STRONG = 0.75


@dataclass(frozen=True)
class Side:
    """One column of a comparison: a province, or one province (or all) at one year."""

    label: str
    provinces: tuple[str, ...]
    years: tuple[int, ...]
    reports: tuple[str, ...] = ()  # a timeline side: exactly these reports


@dataclass(frozen=True)
class Cell:
    """One row of the table: a side's figure (or a part of it), what it counts, the date it
    holds for and its citation; `computed_from` names the reported figures a share was
    computed from (their rows' facts), and the cell is then never shown as reported."""

    side: Side
    figure: str = ""
    counts: str = ""
    holds: str = ""
    citation: Citation | None = None
    computed_from: tuple[Citation, ...] = ()
    part: str = ""  # a breakdown row: the label that sets the part apart ("cấp tỉnh")


class CellSource(Protocol):
    """Where a comparison's cells come from: the rows of every side, sides in order."""

    def cells(self, q: ParsedQuery, sides: Sequence[Side], language: str) -> list[Cell]:
        """Each side's rows (a missing side: one Cell without a citation)."""
        ...


# ---------------------------------------------------------------------------------------------
# Sides


def sides_of(q: ParsedQuery, index: LoadedIndex) -> list[Side]:
    """The sides a question compares: its provinces (two or more), else its years (two or
    more, each with a report in scope), else, for a timeline of one province ("qua các năm",
    "thay đổi thế nào"), each of its reports' periods, oldest first. Fewer than two sides:
    no comparison."""
    reports = list(index.reports.values())
    have = {r.province for r in reports}
    if len(q.provinces) >= 2:
        return [Side(p, (p,), q.years if len(q.years) == 1 else ()) for p in q.provinces]
    scope = [r for r in reports if not q.provinces or r.province in q.provinces]
    if len(q.years) >= 2 and (not q.provinces or q.provinces[0] in have):
        sides = []
        for y in q.years:
            periods = sorted({r.period for r in scope if r.year == y and r.period})
            if periods:
                sides.append(Side(" / ".join(periods), q.provinces, (y,)))
        return sides if len(sides) >= 2 else []
    if len(q.provinces) == 1 and not q.years and _TIMELINE.search(q.folded):
        mine = sorted((r for r in scope if r.period), key=lambda r: (r.year, r.date, r.id))
        if len(mine) >= 2:
            return [Side(r.period, q.provinces, (r.year,), (r.id,)) for r in mine]
    return []


def side_query(q: ParsedQuery, side: Side) -> ParsedQuery:
    """The question as asked of one side: the other sides' names and years taken out."""
    folded = strip_provinces(q.folded)
    folded = _COMPARE_WORDS.sub(" ", folded)
    # who reports is not what is counted; "mức độ" without a number names no service level
    folded = _COMPLETION.sub("ty le hoan thanh", folded)  # a completion is a share
    folded = _LEVELLESS.sub(" ", _AGENCY.sub(" ", folded))
    if side.years:
        folded = _YEAR_WORD.sub(
            lambda m: m.group(0) if int(m.group(0)) in side.years else " ", folded
        )
    folded = re.sub(r"\s+", " ", folded).strip()
    if not _ASKS_NUMBER.search(folded):
        # "So sánh số DVC mức độ 4 …" asks for a number without saying "bao nhiêu": say it, so
        # the figure model looks for one.
        folded += " bao nhieu"
    return replace(
        q, folded=folded, expanded=expand(folded), provinces=side.provinces,
        years=side.years or (q.years if len(q.years) == 1 else ()),
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------
# The kind of figure asked


@dataclass(frozen=True)
class Asked:
    """What kind of figure the question asks: a share (True), a count (False) or either
    (None); the counted units it names; service levels; one scope; its topic words."""

    percent: bool | None
    units: frozenset[str]
    levels: frozenset[str]
    scope: str
    words: tuple[str, ...]


def family(unit: str) -> str:
    """One name for the wordings of one unit ("dvc", "dịch vụ công trực tuyến" → one)."""
    return _UNIT_FAMILY.get(unit, unit)


def asked_kind(q: ParsedQuery, vocabulary: frozenset[str] = frozenset()) -> Asked:
    """Read the kind of figure from a side's question (see `side_query`); its topic words
    are those the reports use (`vocabulary`, when given), without the words of periods."""
    v = view(replace(q, expanded=_AGENCY.sub(" ", _PERIOD_WORDS.sub(" ", q.expanded))))
    folded = q.folded
    # a share, a count, both ("số và tỷ lệ …") or neither named: either kind may answer
    share = bool(WANTS_PERCENT.search(folded))
    if folded.endswith(" bao nhieu") and not _ASKS_NUMBER.search(folded[: -len(" bao nhieu")]):
        folded = folded[: -len(" bao nhieu")]  # said by `side_query`, not by the asker
    count = bool(_ASKS_COUNT.search(_THE_SHARE.sub(" ", folded)))
    percent: bool | None = None if share == count else share
    units: set[str] = set()
    plain = _AGENCY.sub(" ", q.expanded)
    # what is counted: the words after "bao nhiêu" as asked (not the glossary's additions)
    counted = _COUNTED.search(_AGENCY.sub(" ", folded))
    rest = f" {expand(counted.group(1)) if counted else plain} "
    head = _HEAD_COUNTED.search(_AGENCY.sub(" ", folded))
    phrase = f" {head.group(2).strip()} " if head else ""
    at: dict[str, int] = {}
    for u in UNITS:  # longest first: "dịch vụ công trực tuyến" before "dịch vụ"
        if f" {u} " in rest:
            units.add(family(u))
            rest = rest.replace(f" {u} ", " ")
        if f" {u} " in phrase:
            at.setdefault(family(u), phrase.find(f" {u} "))
            phrase = phrase.replace(f" {u} ", " " * (len(u) + 1))
    units -= {"nam", "thang", "ngay", "tinh", "huyen", "xa", "diem"}
    heads = {u: i for u, i in at.items() if u in units}
    if len(heads) >= 2:
        # a Vietnamese noun phrase names its head first: "số hồ sơ thủ tục hành chính" counts
        # dossiers (of procedures), not procedures
        first = min(heads.values())
        units -= {u for u, i in heads.items() if i > first}
    scope = next(iter(v.scopes)) if len(v.scopes) == 1 else ""
    words = tuple(w for w in v.words if not vocabulary or w in vocabulary)
    return Asked(percent, frozenset(units), v.levels, scope, words)


def _levels(level: str) -> frozenset[str]:
    if level == "toan trinh":
        return frozenset({"4"})
    if level == "mot phan":
        return frozenset({"3"})
    return frozenset(level.split(",")) - {""}


def fits(asked: Asked, f: Fact) -> bool:
    """Whether a fact can be the asked kind of figure at all: a share for a share, a count for
    a count, the asked service level, a unit of the asked ones, not another scope."""
    if asked.percent is True and f.kind != "percent" and "/" not in f.norm:
        return False
    if asked.percent is False and f.kind == "percent":
        return False
    if asked.levels and f.level and not asked.levels & _levels(f.level):
        return False
    # the unit may be a word of the item ("hồ sơ TTHC", unit "hồ sơ"): then it fits
    if (
        asked.units and f.unit and f.unit != "%" and family(f.unit) not in asked.units
        and not any(u in f.counts_folded for u in asked.units)
    ):  # fmt: skip
        return False
    return not (asked.scope and f.scope and asked.scope not in f.scope.split(","))


def _content(text: str) -> set[str]:
    return {t for t in tokenize(text) if t not in STOP and not t.isdigit() and len(t) > 1}


def precision(asked: Asked, f: Fact) -> float:
    """The share of what a fact counts (its item's words) that the question names: a figure
    with words the question does not ask ("… được tích hợp lên Cổng quốc gia") counts
    something narrower."""
    own = _content(_expanded(f.label_folded if f.parent and f.label_folded else f.counts_folded))
    own -= {"cap", "muc", "do", "dat", "co", "da", "duoc", "hien", "nay", "trong", "tren"}
    if not own:
        return 0.5
    own = {w for w in own if len(w) > 2}
    if not own:
        return 0.5
    return _named(own, asked.words) / len(own)


def _named(words: set[str], asked: Sequence[str]) -> int:
    """How many of `words` the question names: the word itself, or (four letters or more)
    the same word with OCR-broken vowels."""
    have = set(asked) | {_skeleton(w) for w in asked if len(w) >= 4}
    return sum(1 for w in words if w in have or (len(w) >= 4 and _skeleton(w) in have))


# Abbreviations the reports use, with their words (the query glossary's, and two more that
# tables of indicators use).
_ABBR = {k: v[0] for k, v in ABBREVIATIONS.items() if " " not in k} | {
    "cqnn": "co quan nha nuoc", "csdl": "co so du lieu",
}  # fmt: skip


def _expanded(folded: str) -> str:
    """Folded words with each abbreviation followed by its words."""
    return " ".join(f"{t} {_ABBR[t]}" if t in _ABBR else t for t in tokenize(folded))


def _pairs(q: ParsedQuery) -> frozenset[tuple[str, str]]:
    """The question's consecutive word pairs ("cổng thông", "thông tin"): a name of a thing
    ("Cổng thông tin điện tử", not "Báo Hà Tĩnh") is told by its words in order."""
    toks = [t for t in tokenize(_PERIOD_WORDS.sub(" ", q.folded)) if t not in STOP]
    return frozenset(zip(toks, toks[1:], strict=False))


def _phrases(pairs: frozenset[tuple[str, str]], folded: str) -> float:
    """The share of the question's word pairs that a text holds in order."""
    if not pairs:
        return 0.0
    toks = tokenize(_expanded(folded))
    have = set(zip(toks, toks[1:], strict=False))
    return len(pairs & have) / len(pairs)


def _lex_before(v: QuestionView, f: Fact, ctx: Context) -> float:
    """The question's words in the statement that leads to a figure ("Tổng số TTHC thuộc
    thẩm quyền …: 1.845"): its item may have been cut at a comma before it."""
    at = f.clause.find(f.value)
    if at <= 0:
        return 0.0
    lead = re.split(r"[;.()]", f.clause[:at])[-1][-100:]
    return f_lex_counts(v, replace(f, counts_folded=_fold_cached(lead), label_folded=""), ctx)


@functools.lru_cache(maxsize=8192)
def _fold_cached(text: str) -> str:
    return fold(text)


@functools.lru_cache(maxsize=8192)
def _words_of(folded: str, raw: str) -> frozenset[str]:
    """Content words of folded text and of raw text (folded here, once: OCR repair is slow)."""
    return frozenset(_content(_expanded(f"{folded} {fold(raw)}")))


def _skeletons(text: str) -> str:
    """Each word of a text without its vowels."""
    return " ".join(_skeleton(w) for w in text.split())


def _skeleton(word: str) -> str:
    """A word without its vowels: OCR mostly breaks vowels ("cép" / "cap")."""
    return "~" + re.sub(r"[aeiouy]", "", word)


# ---------------------------------------------------------------------------------------------
# Cells from the fact table


@dataclass(frozen=True)
class Pick:
    """A side's candidate fact and its score."""

    fact: Fact
    score: float
    topic: float  # share of the question's topic words in the fact's item, clause and lead
    item: float = 0.0  # … in the fact's own item (what it counts)
    named: float = 0.0  # share of the item's words the question names (see `precision`)


class FactCells:
    """Cells from the fact table: each side's facts ranked, the sides chosen together."""

    def __init__(
        self, index: LoadedIndex, facts: Sequence[Fact], retriever: HybridRetriever,
        weights: Weights, extractive: ExtractiveAnswerer | None = None,
    ) -> None:  # fmt: skip
        self.index = index
        # each side asked on its own: the single-figure answerer's choice among the side's
        # figures (its scoring of a figure against a question is the stronger one)
        self.extractive = extractive or ExtractiveAnswerer(index, SIDE_CONFIDENCE, 3)
        self.matcher = FactMatcher(index, facts)
        self.retriever = retriever
        self.weights = weights
        # the words the reports use: a question's other words (English ones, typos) say
        # nothing about which fact it asks
        self.vocabulary = frozenset(t for text in index.folded for t in tokenize(text))
        self.by_report: dict[str, list[Fact]] = {}
        self.children: dict[str, list[Fact]] = {}
        for f in self.matcher.facts:
            self.by_report.setdefault(f.report_id, []).append(f)
            if f.parent:
                self.children.setdefault(f.parent, []).append(f)

    def _unit_said(self, asked: Asked, f: Fact) -> bool:
        """Whether a fact is a figure of one of the asked units: its own unit, or the unit
        named in its item or close around it in its clause ("Tổng số TTHC …: 1.845",
        "144/147 còn 03 nhiệm vụ", "93% CBCC …"), by its whole, or by its parts."""
        if f.unit and f.unit != "%" and family(f.unit) in asked.units:
            return True
        at = f.clause.find(f.value)
        near = fold(f.clause[max(0, at - 100) : at + len(f.value) + 40]) if at >= 0 else ""
        said = _expanded(f"{f.counts_folded} {near}")
        if any(re.search(rf"\b{u}\b", said) for u in asked.units):
            return True
        # OCR breaks vowels ("ching thu sб" for "chứng thư số"): the unit's words without them
        bare = f" {_skeletons(said)} "
        if any(f" {_skeletons(u)} " in bare for u in asked.units if len(u) >= 6):
            return True
        whole = self.matcher.by_id.get(f.parent) if f.parent else None
        if whole is not None and whole.id != f.id and self._unit_said(asked, whole):
            return True  # a part counts what its whole counts
        return any(
            family(c.unit) in asked.units or any(u in _expanded(c.counts_folded)
                                                 for u in asked.units)
            for c in self.children.get(f.id, ())
        )  # fmt: skip

    @staticmethod
    def _said(asked: Asked, f: Fact) -> int:
        """How many of the question's topic words a fact's item, clause and lead hold."""
        text = _words_of(f"{f.counts_folded} {f.label_folded} {f.lead}", f.clause)
        skeletons = {_skeleton(t) for t in text if len(t) >= 4}
        return sum(
            1 for w in set(asked.words)
            if w in text or (len(w) >= 4 and _skeleton(w) in skeletons)
        )  # fmt: skip

    @staticmethod
    def _part_named(asked: Asked, part: Fact, whole: Fact) -> bool:
        """Whether the question names a part of a breakdown: the words that set the part apart
        from its whole ("cấp xã" of "dịch vụ công cấp xã"), not the words they share."""
        own = _content(_expanded(part.label_folded or part.counts_folded))
        distinct = own - _content(_expanded(whole.counts_folded)) - {"cap", "trong"}
        if not distinct:
            return False
        return _named(distinct, asked.words) >= 0.5 * len(distinct)

    def _reports(self, side: Side) -> list[str]:
        if side.reports:
            return list(side.reports)
        return [
            r.id for r in self.index.reports.values()
            if (not side.provinces or r.province in side.provinces)
            and (not side.years or r.year in side.years)
        ]  # fmt: skip

    def _retrieve(self, q: ParsedQuery, side: Side) -> Retrieval:
        return self.retriever.retrieve(side_query(q, side), Filters(side.provinces, side.years))

    def ranked(self, q: ParsedQuery, side: Side, retrieval: Retrieval | None = None) -> list[Pick]:
        """The side's facts that fit the asked kind, best first (a part the question does not
        name stands for its whole: the question asks the headline figure)."""
        sq = side_query(q, side)
        asked = asked_kind(sq, self.vocabulary)
        v = replace(view(sq), words=asked.words)
        reports = self._reports(side)
        if not reports:
            return []
        retrieval = retrieval or self._retrieve(q, side)
        rank = {h.chunk.id: i for i, h in enumerate(retrieval.hits, 1)}
        pairs = _pairs(sq)
        picks: dict[str, Pick] = {}
        # no period asked: staff comparing provinces mean their newest reports
        newest = max(reports, key=lambda rid: (self.index.reports[rid].year,
                                               self.index.reports[rid].date))  # fmt: skip
        breakdown = _asks_parts(q)  # "chia theo cấp tỉnh, huyện, xã": a whole and its parts
        for rid in reports:
            r = self.index.reports[rid]
            for f in self.by_report.get(rid, ()):
                parts = tuple(c.label_folded for c in self.children.get(f.id, ()))
                ctx = Context(self.matcher.idf, rank.get(f.chunk_id, 0), parts, r.year, r.quarter)
                f, ctx, item, around, named = self._read(v, asked, f, ctx, breakdown)
                if not fits(asked, f) or _bare(f) or _other_year(f, side.years):
                    continue
                if asked.units and not self._unit_said(asked, f):
                    continue  # a figure of something else, or of nothing said
                x = [FEATURES[n](v, f, ctx) for n in self.weights.features]
                phrase = _phrases(pairs, f"{f.counts_folded} {f.label_folded}")
                score = (self.weights.prob(x) + 0.5 * named + 0.6 * item + 0.3 * around
                         + 1.0 * phrase)  # fmt: skip
                score = self._adjusted(score, sq, asked, f, breakdown)
                if not side.years and len(reports) > 1 and rid == newest:
                    score += 0.3
                topic = max(item, around)
                if len(asked.words) >= 2 and self._said(asked, f) < 2:
                    topic = 0.0  # one word of the question ("sân" of "sân bay") is no topic
                if f.id not in picks or picks[f.id].score < score:
                    picks[f.id] = Pick(f, score, topic, item, named)
        return _distinct(sorted(picks.values(), key=lambda p: -p.score))

    def _read(
        self, v: QuestionView, asked: Asked, f: Fact, ctx: Context, breakdown: bool
    ) -> tuple[Fact, Context, float, float, float]:
        """What the question's words say of a fact: of its item, of its clause and lead, and
        the share of its item they name; a part the question does not name (or any part, when
        a breakdown is asked) is read as its whole, keeping the better of the two readings."""
        item = max(f_lex_counts(v, f, ctx), _lex_before(v, f, ctx))
        around = max(f_lex_clause(v, f, ctx), f_lex_lead(v, f, ctx))
        named = precision(asked, f)
        whole = self.matcher.by_id.get(f.parent) if f.parent else None
        if whole is not None and (breakdown or not self._part_named(asked, f, whole)):
            # a part the question does not name stands for its whole
            f = whole
            parts = tuple(c.label_folded for c in self.children.get(f.id, ()))
            ctx = replace(ctx, part_labels=parts)
            item = max(item, f_lex_counts(v, f, ctx))
            around = max(around, f_lex_clause(v, f, ctx), f_lex_lead(v, f, ctx))
            named = max(named, precision(asked, f))
        return f, ctx, item, around, named

    def _adjusted(
        self, score: float, sq: ParsedQuery, asked: Asked, f: Fact, breakdown: bool
    ) -> float:
        """A fact's score moved by what its wording says beyond the question's words: the
        asked level, a target rather than a result, a per-unit average, the asked breakdown."""
        have = _levels(f.level)
        if asked.levels and have == asked.levels:
            score += 0.15  # exactly the asked level …
        elif asked.levels and have > asked.levels:
            score -= 0.15  # … not "mức độ 3, 4" for "mức độ 4"
        if _targeted(f):
            score -= 1.0  # a target set ("phấn đấu", "bảo đảm 100%"), not a result
        if _AVERAGE.search(_after(f)) and not _AVERAGE.search(sq.folded):
            score -= 1.0  # "35 … cho mỗi xã", "trung bình": per unit, not the count
        scoped = {c.scope for c in self.children.get(f.id, ()) if c.scope}
        if breakdown and len(scoped) >= 2:
            score += 0.8  # the breakdown asked for
        return score

    def vouched(
        self, q: ParsedQuery, side: Side, retrieval: Retrieval, ranked: list[Pick],
        language: str,
    ) -> list[Pick]:  # fmt: skip
        """The side's facts re-weighed by the side asked as its own single-province question
        (the single-figure answerer's reading of a figure against a question is the stronger
        one). The fact its confident answer states (or that fact's whole) needs less of the
        topic (`agreed`); a sure answer (`SURE`) settles the side, else the fact gains in
        proportion to the confidence when it counts nothing narrower than the ranking's first.
        When a sure answer states a figure the fact ranking cannot take, only the facts plainly
        of the asked kind stay (two readers disagree: a missing cell beats a wrong one)."""
        sq = side_query(q, side)
        if side.reports:
            retrieval = replace(retrieval, hits=[
                h for h in retrieval.hits if h.chunk.report_id in side.reports])  # fmt: skip
        a = self.extractive.answer(sq, retrieval, language)
        if a.abstained and not a.candidates and retrieval.hits:
            # nothing in the side's passages answers it: only a fact plainly of the asked kind
            return [p for p in ranked if p.topic >= STRONG]
        if a.abstained or not a.figure or not a.citations or a.confidence < SIDE_CONFIDENCE:
            return ranked
        said = self._said_fact(a)
        at = next((i for i, p in enumerate(ranked)
                   if said is not None and p.fact.id in (said.id, said.parent)), None)  # fmt: skip
        if at is None or not agreed(ranked[at]):
            # a figure the fact ranking cannot take: when the answer is sure of it, only the
            # facts plainly of the asked kind may stand against it
            return [p for p in ranked if p.topic >= STRONG] if a.confidence >= SURE else ranked
        p = replace(ranked[at], topic=max(ranked[at].topic, ACCEPT))
        if a.confidence >= SURE:
            return [p]
        top = next((x for x in ranked if acceptable(x)), None)
        if top is not None and p.named >= top.named:
            # lifted over the ranking's first only when it counts nothing narrower than it
            p = replace(p, score=p.score + VOUCH * a.confidence)
        return sorted([*ranked[:at], p, *ranked[at + 1 :]], key=lambda x: -x.score)

    def _said_fact(self, a: Answer) -> Fact | None:
        """The fact an answer states: its figure in its first citation's clause."""
        said = a.citations[0]
        value = _value(a.figure)
        found = [
            f for f in self.by_report.get(said.report_id, ())
            if f.chunk_id == said.chunk_id and _value(f.value) == value
        ]  # fmt: skip
        if not found:
            return None
        return min(found, key=lambda f: (
            not f.line_start <= said.line_start <= f.line_end, abs(f.line_start - said.line_start)
        ))  # fmt: skip

    def choose(self, ranked: list[list[Pick]]) -> list[Pick | None]:
        """One fact per side, chosen together: the sides should count the same thing (same
        unit, level, scope and words), so a side's odd one out loses to its runner-up."""
        pools: list[list[Pick | None]] = [
            [*[p for p in r if acceptable(p)][:PER_SIDE]] or [None] for r in ranked
        ]
        best: tuple[float, tuple[Pick | None, ...]] | None = None
        for combo in itertools.product(*pools):
            total = sum(p.score for p in combo if p is not None)
            for a, b in itertools.combinations([p for p in combo if p is not None], 2):
                total += agreement(a.fact, b.fact)
            if best is None or total > best[0]:
                best = (total, combo)
        return list(best[1]) if best else [None for _ in ranked]

    def cells(self, q: ParsedQuery, sides: Sequence[Side], language: str) -> list[Cell]:
        """Every side's rows: its figure, its parts (a breakdown), or one missing cell."""
        retrievals = [self._retrieve(q, s) for s in sides]
        ranked = [self.ranked(q, s, r) for s, r in zip(sides, retrievals, strict=True)]
        ranked = [
            self.vouched(q, s, r, picks, language)
            for s, r, picks in zip(sides, retrievals, ranked, strict=True)
        ]
        chosen = self.choose(ranked)
        asked = asked_kind(side_query(q, sides[0]), self.vocabulary) if sides else None
        out: list[Cell] = []
        for side, pick in zip(sides, chosen, strict=True):
            if pick is None:
                share = self._part_share(q, side, language) if asked and asked.percent else None
                out.append(share or Cell(side))
                continue
            f = pick.fact
            if asked is not None and asked.percent and f.kind != "percent":
                share = self._computed(side, f, language)
                if share is None:
                    out.append(Cell(side))
                    continue
                out.append(share)
                continue
            out.append(self._cell(side, f, language))
            out.extend(self._breakdown(side, f, language, asked, _asks_parts(q)))
        return out

    # -----------------------------------------------------------------------------------------

    def _cell(self, side: Side, f: Fact, language: str, part: str = "") -> Cell:
        cit = fact_citation(self.index, f)
        counts = around(cit.quote, f.value)
        if part and f.parent:  # a part of the row above: its own words, not the clause again
            chunk = self.index.chunks[self.index.position[f.chunk_id]]
            own = readable_part(chunk, f.counts, f.span_start, f.span_end)
            own = own.strip(" ()[];,.-+")
            counts = clip(f"{own}: {f.value}" if f.value not in own else own, 200)
        return Cell(side, f.value, counts, _holds(f, language == "en"), cit, part=part)

    def _breakdown(
        self, side: Side, f: Fact, language: str, asked: Asked | None, parts_asked: bool
    ) -> list[Cell]:
        """A figure's parts when the question asks a breakdown ("1.845, trong đó: cấp tỉnh
        1.409 …"); for a figure stated once per scope and never in total ("sở, ngành 658 …
        cấp huyện 1599 … cấp xã 12.096"), the other scopes always (one alone would stand for
        the whole)."""
        en = language == "en"
        whole = parse_number(f.norm) if "/" not in f.norm else None
        parts = [
            c for c in self.children.get(f.id, ()) if c.kind == f.kind and whole is not None
            and (parse_number(c.norm) or 0.0) <= whole
        ]  # fmt: skip
        # a breakdown has two parts or more ("trung bình mỗi huyện có 123" is an aside)
        if 2 <= len(parts) <= MAX_PARTS and parts_asked:
            return [self._cell(side, c, language, self._label(c, en)) for c in parts]
        if parts or f.parts:
            # the parts the question names ("… and how many were submitted online"), down to
            # the parts of parts
            named = []
            for c in self.children.get(f.id, ()):
                for g in (c, *self.children.get(c.id, ())):
                    whole_of = f if g is c else c
                    if asked is not None and self._part_named(asked, g, whole_of):
                        named.append(g)
            return [self._cell(side, g, language, self._label(g, en)) for g in named[:MAX_PARTS]]
        if (asked is not None and asked.scope) or f.parent:
            return []
        same = [
            g for g in self.by_report.get(f.report_id, ())
            if g.id != f.id and not g.parent and g.section == f.section and g.kind == f.kind
            and g.level == f.level and family(g.unit) == family(f.unit) and g.scope
            and g.scope != f.scope and "," not in g.scope
            and abs(g.line_start - f.line_start) <= 15 and _alike(f, g)
        ]  # fmt: skip
        by_scope: dict[str, Fact] = {}
        for g in same:
            by_scope.setdefault(g.scope, g)
        if not by_scope:
            return []
        names = _SCOPE_EN if en else _SCOPE_WORDS
        return [self._cell(side, g, language, names[s]) for s, g in sorted(
            by_scope.items(), key=lambda kv: list(names).index(kv[0]))]  # fmt: skip

    def _label(self, f: Fact, en: bool) -> str:
        if f.scope in _SCOPE_WORDS and "," not in f.scope:
            return (_SCOPE_EN if en else _SCOPE_WORDS)[f.scope]
        chunk = self.index.chunks[self.index.position[f.chunk_id]]
        words = f.label or f.counts
        label = readable_part(chunk, words, f.span_start, f.span_end)
        label = label.split(f.value)[0] if f.value in label else label  # the words before it
        label = re.sub(r"(?:\s+(?:là|la|đạt|dat|có|co))+\s*$", "", label.strip(" ()[]:;,.-+"))
        return clip(label.strip(" ()[]:;,.-+"), 60)

    def _computed(self, side: Side, f: Fact, language: str) -> Cell | None:
        """A share asked, a side reporting counts: the share computed from two reported
        figures (a part over its whole, or "a/b"), marked as computed, never as reported."""
        if "/" in f.norm:
            a, b = (float(x) for x in f.norm.split("/")[:2])
            if not b or a > b:
                return None
            cit = fact_citation(self.index, f)
            return Cell(side, _percent(a / b, language), cit.quote, _holds(f, language == "en"),
                        None, (cit,))  # fmt: skip
        return None

    def _part_share(self, q: ParsedQuery, side: Side, language: str) -> Cell | None:
        """A share asked that a side does not report, computed from a part the question names
        over its whole ("trực tuyến: 42.360" of "184.408" → 23,0 %), both cited."""
        sq = side_query(q, side)
        asked = asked_kind(sq, self.vocabulary)
        v = replace(view(sq), words=asked.words)
        best: tuple[float, Fact, Fact] | None = None
        for rid in self._reports(side):
            for f in self.by_report.get(rid, ()):
                whole = self.matcher.by_id.get(f.parent) if f.parent else None
                if whole is None or f.kind != "count" or whole.kind != "count":
                    continue
                a, b = parse_number(f.norm), parse_number(whole.norm)
                if a is None or not b or a > b or not self._part_named(asked, f, whole):
                    continue
                if asked.units and not self._unit_said(asked, whole):
                    continue  # a share of something else ("32/36 nhiệm vụ" for "hồ sơ")
                ctx = Context(self.matcher.idf, 0, (), 0, 0)
                topic = max(f_lex_counts(v, whole, ctx), f_lex_clause(v, whole, ctx),
                            f_lex_lead(v, whole, ctx))  # fmt: skip
                if topic >= ACCEPT and (best is None or topic > best[0]):
                    best = (topic, f, whole)
        if best is None:
            return None
        _, part, whole = best
        a, b = parse_number(part.norm) or 0.0, parse_number(whole.norm) or 1.0
        cits = (fact_citation(self.index, whole), fact_citation(self.index, part))
        said = f"{part.value} / {whole.value}: {around(cits[1].quote, part.value, 300)}"
        return Cell(side, _percent(a / b, language), said, _holds(part, language == "en"), None,
                    cits)  # fmt: skip


_SCOPE_TOKENS = frozenset("cap tinh huyen xa tong toong so ban nganh muc do dd".split())  # noqa: SIM905


def _alike(a: Fact, b: Fact) -> bool:
    """Two figures of one report that count the same thing at different scopes: most of the
    shorter item's words (scope words aside) are in the other's."""
    wa = {w for w in _content(a.counts_folded) if len(w) > 2} - _SCOPE_TOKENS
    wb = {w for w in _content(b.counts_folded) if len(w) > 2} - _SCOPE_TOKENS
    if not wa or not wb:
        return False
    return len(wa & wb) >= 0.6 * min(len(wa), len(wb))


def _after(f: Fact, chars: int = 60) -> str:
    """A figure's item and the words right after it in its clause, folded."""
    at = f.clause.find(f.value)
    tail = f.clause[at + len(f.value) : at + len(f.value) + chars] if at >= 0 else ""
    tail = re.split(r"[(;]", tail)[0]  # not into an aside or the next item
    return f"{f.counts_folded} {_fold_cached(tail)}"


def _other_year(f: Fact, years: Sequence[int]) -> bool:
    """A figure said of another year than the side's ("Tổng chi … năm 2021 ước đạt …" for
    2022): a year named in the few words right before it, none of them asked."""
    if not years:
        return False
    at = f.clause.find(f.value)
    if at < 0:
        return False
    before = " ".join(_fold_cached(f.clause[max(0, at - 60) : at]).split()[-6:])
    named = {int(y) for y in re.findall(r"\bn[a-z]m (\d{4})\b", before)}  # OCR: "nim"
    return bool(named) and not named & set(years)


def _targeted(f: Fact) -> bool:
    """A figure set as a target: a target word in the few words right before it ("phấn đấu
    đạt 100%", "bảo đảm 100% …"), not anywhere in what it counts ("đáp ứng yêu cầu đảm bảo an
    toàn thông tin … đạt 63%" is a result)."""
    at = f.clause.find(f.value)
    if at < 0:
        return bool(_TARGET.search(f.counts_folded))
    before = _fold_cached(f.clause[max(0, at - 40) : at]).split()[-4:]
    return bool(_TARGET.search(" ".join(before)))


def _value(figure: str) -> str:
    """A figure as a comparable value: its number, or its ratio's digits."""
    text = figure.strip().rstrip("%").strip()
    if "/" in text:
        return re.sub(r"[^\d/]", "", text)
    number = parse_number(text)
    return text if number is None else f"{number:g}"


def _bare(f: Fact) -> bool:
    """A one-digit number with no unit, no share, no ratio ("thực hiện 7 nội dung", "phát
    sóng 02-05 lượt"): a list's count or a schedule, not a figure to compare."""
    value = parse_number(f.norm) if "/" not in f.norm else None
    return value is not None and value < 10 and f.kind == "count" and not f.unit


def _asks_parts(q: ParsedQuery) -> bool:
    """Whether the question asks a breakdown: its words, or two scopes named."""
    return bool(_PARTS_ASKED.search(q.folded)) or len(view(q).scopes) >= 2


def _distinct(ordered: list[Pick]) -> list[Pick]:
    """Picks in order, the first of each figure at one place of a chunk (the same figure
    read twice at one spot is one candidate)."""
    seen: set[tuple[str, str, int]] = set()
    out = []
    for p in ordered:
        key = (p.fact.chunk_id, p.fact.norm, p.fact.span_start)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def acceptable(p: Pick) -> bool:
    """A side's fact that may stand in the table: the question's topic is in its clause, item
    or lead (`ACCEPT`), and its own item says some of it (what it counts, or words the
    question names): a figure beside the topic, counting something else, is not."""
    return p.topic >= ACCEPT and p.item + p.named >= 0.4


def agreed(p: Pick) -> bool:
    """A side's fact that its own single-province answer also chose: a looser `acceptable`
    (two readers agree on it)."""
    return p.topic >= 0.4 and p.item + p.named >= 0.4


def agreement(a: Fact, b: Fact) -> float:
    """How much two sides' facts look like the same kind of figure."""
    score = 0.0
    if family(a.unit) == family(b.unit) and a.unit:
        score += 0.2
    if a.level == b.level:
        score += 0.1
    if a.scope == b.scope:
        score += 0.1
    if bool(a.parent) == bool(b.parent):
        score += 0.05
    if a.parts and b.parts:
        score += 0.1
    if ("/" in a.norm) == ("/" in b.norm):
        score += 0.1  # "done/all" beside "done/all"
    wa, wb = _content(a.counts_folded), _content(b.counts_folded)
    if wa and wb:
        score += 0.6 * len(wa & wb) / len(wa | wb)
    return score


def fact_citation(index: LoadedIndex, f: Fact, n: int = 0) -> Citation:
    """The citation of a fact's clause."""
    chunk = index.chunks[index.position[f.chunk_id]]
    span = next((s for s in chunk.spans if (s.start, s.end) == (f.span_start, f.span_end)),
                Span(f.span_start, f.span_end, f.line_start, f.line_end, f.page))  # fmt: skip
    return cite(index.reports[f.report_id], n, chunk, span, 1.0)


def around(text: str, figure: str, limit: int = 360) -> str:
    """A long clause cut to `limit` characters around its figure, so the figure's own words
    (and the figures beside it) stay in view."""
    at = text.find(figure)
    if len(text) <= limit or at < 0:
        return clip(text, limit)
    start = max(0, at - limit // 2)
    start = text.rfind(" ", 0, start) + 1 if start else 0
    return ("… " if start else "") + clip(text[start:], limit)


_RANGE = re.compile(
    r"\btu (?:\w+ )?(\d{1,2}/\d{1,2}/\d{4}) (?:den|toi) (?:\w+ )?(\d{1,2}/\d{1,2}/\d{4})"
)


def _holds(f: Fact, en: bool) -> str:
    """The date or period a figure holds for: a range its clause names, a date, or the
    report's period."""
    span = _RANGE.search(fold(f.clause))
    if span:
        a, b = span.group(1), span.group(2)
        return f"{a} to {b}" if en else f"từ {a} đến {b}"
    if re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", f.when):
        return f"as of {f.when}" if en else f"tính đến {f.when}"
    if f.period:
        return f"report period {f.period}" if en else f"kỳ báo cáo {f.period}"
    return ""


def _percent(share: float, language: str) -> str:
    text = f"{100 * share:.1f}%"
    return text if language == "en" else text.replace(".", ",")


# ---------------------------------------------------------------------------------------------
# The answer


class CompareAnswerer:
    """A figure across provinces or periods, as a table with a chart's data."""

    def __init__(self, index: LoadedIndex, cells: CellSource) -> None:
        self.index = index
        self.cells = cells

    def answer(self, q: ParsedQuery, language: str) -> Answer | None:
        """The table (every side missing: an abstention that says so), or None when the
        question has fewer than two sides."""
        sides = sides_of(q, self.index)
        if len(sides) < 2:
            return None
        filled = self.cells.cells(q, sides, language)
        return render_table(q, filled, language)


def _md(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(text.replace("|", "/").split())


def _number(cits: list[Citation], c: Citation) -> int:
    """The citation's number in the answer: one number per quoted clause."""
    for have in cits:
        if (have.chunk_id, have.line_start, have.quote) == (c.chunk_id, c.line_start, c.quote):
            return have.n
    cits.append(replace(c, n=len(cits) + 1))
    return len(cits)


def _missing(cell: Cell) -> bool:
    """Whether the reports state nothing for the cell: no quoted figure, none worked out."""
    return cell.citation is None and not cell.computed_from


def _row(cell: Cell, cits: list[Citation], en: bool) -> str:
    """The cell's table row; its sources numbered into `cits` as they first appear."""
    label = cell.side.label + (f" — {cell.part}" if cell.part else "")
    if _missing(cell):
        missing = "not found in the reports" if en else "không tìm thấy trong báo cáo"
        return f"| {_md(label)} | — | {missing} | — | — |"
    if cell.computed_from:
        ns = list(dict.fromkeys(_number(cits, c) for c in cell.computed_from))
        src = ", ".join(f"[{i}]" for i in ns)
        figure = f"{cell.figure} ({'computed from' if en else 'tính toán từ'} {src})"
        where = src
    else:
        assert cell.citation is not None
        n = _number(cits, cell.citation)
        figure, where = f"**{cell.figure}** [{n}]", f"[{n}]"
    return (
        f"| {_md(label)} | {figure} | {_md(clip(cell.counts, 400))} | "
        f"{_md(cell.holds) or '—'} | {where} |"
    )


def _chart(cells: list[Cell]) -> tuple[tuple[str, float], ...]:
    """The chart's bars: each side's first whole figure (not a part's) that reads as a
    number; none unless at least two sides have one."""
    chart: list[tuple[str, float]] = []
    charted: set[str] = set()
    for cell in cells:
        if _missing(cell):
            continue
        value = parse_number(cell.figure.split("/")[0].rstrip("%")) if cell.figure else None
        if value is not None and not cell.part and cell.side.label not in charted:
            charted.add(cell.side.label)
            chart.append((cell.side.label, value))
    return tuple(chart) if len(chart) >= 2 else ()


def _notes(cells: list[Cell], en: bool) -> str:
    """The lines under the table that explain a missing row and a worked-out share."""
    notes = []
    if any(_missing(c) for c in cells):
        notes.append(
            "A missing row: the reports do not state that figure for that side."
            if en
            else "Dòng thiếu: báo cáo không nêu số liệu này cho bên đó."
        )
    if any(c.computed_from for c in cells):
        notes.append(
            "A share marked “computed from” is not in the reports: it is worked out from the "
            "figures they state."
            if en
            else "Tỷ lệ ghi “tính toán từ” không có trong báo cáo: được tính từ các số liệu "
            "báo cáo nêu."
        )
    return "".join("\n" + n for n in notes)


def render_table(q: ParsedQuery, cells: list[Cell], language: str) -> Answer:
    """The comparison table (Markdown), its sources, and its chart data (one bar per side)."""
    en = language == "en"
    cits: list[Citation] = []
    rows = [_row(cell, cits, en) for cell in cells]
    head = (
        "| Side | Figure | What it counts (report's words) | Date | Source |"
        if en
        else "| Tỉnh / kỳ | Số liệu | Nội dung (lời báo cáo) | Thời điểm | Nguồn |"
    )
    title = "**Comparison**" if en else "**So sánh**"
    note = _notes(cells, en)
    label = "Sources" if en else "Nguồn"
    text = (
        f"{title}:\n\n{head}\n|---|---|---|---|---|\n" + "\n".join(rows) + note
        + f"\n\n{label}:\n" + "\n".join(source_line(c, en) for c in cits)
    )  # fmt: skip
    first = next((c.figure for c in cells if c.citation is not None), "")
    # no side found: nothing from the reports is stated (the table says so, side by side)
    found = any(c.citation is not None or c.computed_from for c in cells)
    return Answer(
        q.text, text, not found, tuple(cits), figure=first, confidence=1.0 if found else 0.0,
        language=language, chart=_chart(cells),
    )  # fmt: skip
