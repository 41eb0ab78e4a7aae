"""The kind of figure a comparison asks (a share or a count, its units, service level,
scope and topic words), whether a fact can be that kind, and the word measures that weigh a
fact against the question."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot.compare_sides import AGENCY, ASKS_NUMBER
from bot.compare_topic_words import done_verbs
from bot.fact_answer import (
    Context,
    QuestionView,
    f_lex_counts,
    view,
)
from bot.intents_types import WANTS_PERCENT, asks_plan_share
from bot.stopwords import FIGURE_STOP as STOP
from core.query import ABBREVIATIONS, ParsedQuery, expand
from core.text import fold
from index.clause_tokens import UNITS
from index.facts import Fact
from index.lexical import tokenize

# A count asked for, not a share: "số …", "bao nhiêu", "how many", "number of".
_ASKS_COUNT = re.compile(  # ("which … has more procedures", "the two totals": counts)
    r"^(?:so|tong so)\s|\b(bao nhieu|so luong|tong so|how many|number of|totals?|more|fewer)\b"
    r"|(?<!chi )(?<!ky )(?<!ho )\bso (?!voi\b|sanh\b|hieu\b)[a-z]+"
)
# "which province has the most / fewest procedures", "tỉnh nào có nhiều (ít) TTHC … nhất": how
# many things, a count; read on the asker's own words (a side's question drops "which … most")
_MOST_COUNT = re.compile(
    r"\b(?:the )?(?:most|fewest)\b(?! of\b)|\bthe least\b|\b(?:nhieu|it)(?: [a-z0-9]+){1,6} nhat\b"
)
# Words that name a period: the side's filter, not its topic. A month ("May 2022", "tháng
# 5") is one too: folded "may" is also "máy" (machines), so an English month only before its
# year.
_PERIOD_WORDS = re.compile(
    r"\b((?:6|sau) thang (?:dau|cuoi)(?: nam)?|thang (?:dau|cuoi) nam|quy [ivx1-4]+|q[1-4]|"
    r"(?:first|second|last) (?:half|quarter|six months|6 months)|nam|year|the|"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?= \d{4}\b)|"
    r"thang (?:0?[1-9]|1[0-2])(?= \d{4}\b| |$))\b"
)
# "tỷ lệ … bao nhiêu", "what share": the number asked is the share
_THE_SHARE = re.compile(r"\b(ty le|phan tram|percent\w*|share|rate|proportion)\b.*")
# What a count question counts: the words after "bao nhiêu", "số lượng", "number of".
_COUNTED = re.compile(
    r"\b(?:bao nhieu|how many|so luong|tong so|number of)\s+((?:[a-z0-9&]+\s*){1,5})"
)
# What a Vietnamese count question counts, its head noun first: "số hồ sơ …", "bao nhiêu …".
_HEAD_COUNTED = re.compile(
    r"\b(bao nhieu|so luong|tong so|so(?! (?:voi|sanh|hieu|lieu|luong)\b))\s+"
    r"((?:[a-z0-9&]+\s*){1,6})"
)
# What an English share is a share of: the words after "rate of", up to a preposition.
_SHARE_OF = re.compile(
    r"\b(?:rate|share|percentage|proportion|ratio) of ((?:[a-z0-9&/-]+ ?){1,6}?)"
    r"(?=\b(?:between|with|among|in|at|for|by|from|across|compared)\b|'s\b|[.?,:;]|$)"
)
_UNIT_FAMILY = {
    "dvc": "dich vu cong", "dvctt": "dich vu cong", "dich vu cong truc tuyen": "dich vu cong",
    "tthc": "thu tuc", "thu tuc hanh chinh": "thu tuc", "pakn": "phan anh kien nghi",
    "tin bai": "tin", "bai": "tin", "chung thu so": "chung thu",
}  # fmt: skip


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
    counted: str = ""  # the counted noun when it is no unit ("số UBND cấp xã …" → "ubnd")
    # the words of the asked units' wordings ("dịch vụ công trực tuyến", "dvctt"): a figure
    # of that unit says them, however its report words the unit
    unit_words: frozenset[str] = frozenset()


def family(unit: str) -> str:
    """One name for the wordings of one unit ("dvc", "dịch vụ công trực tuyến" → one)."""
    return _UNIT_FAMILY.get(unit, unit)


def _head_units(units: set[str], at: dict[str, int]) -> set[str]:
    """The units a counted phrase names as its head, given where each unit stands in it."""
    heads = {u: i for u, i in at.items() if u in units}
    if len(heads) >= 2:
        # a Vietnamese noun phrase names its head first: "số hồ sơ thủ tục hành chính" counts
        # dossiers (of procedures), not procedures
        first = min(heads.values())
        units = units - {u for u, i in heads.items() if i > first}
    if heads and min(heads.values()) == 0:  # "số phản ánh, kiến nghị về … TTHC": feedback
        units = {u for u, i in heads.items() if i == 0}  # (a unit further on says of what)
    return units


def asked_kind(q: ParsedQuery, vocabulary: frozenset[str] = frozenset()) -> Asked:
    """Read the kind of figure from a side's question (see `side_query`); its topic words
    are those the reports use (`vocabulary`, when given), without the words of periods."""
    v = view(replace(q, expanded=AGENCY.sub(" ", _PERIOD_WORDS.sub(" ", q.expanded))))
    folded = q.folded
    # a share, a count, both ("số và tỷ lệ …") or neither named: either kind may answer
    share = bool(WANTS_PERCENT.search(folded)) or asks_plan_share(folded)
    if folded.endswith(" bao nhieu") and not ASKS_NUMBER.search(folded[: -len(" bao nhieu")]):
        folded = folded[: -len(" bao nhieu")]  # said by `side_query`, not by the asker
    count = bool(_ASKS_COUNT.search(_THE_SHARE.sub(" ", folded)))
    count = count or bool(_MOST_COUNT.search(_THE_SHARE.sub(" ", fold(q.text))))
    percent: bool | None = None if share == count else share
    units: set[str] = set()
    # who reports and the provincial departments ("các sở, ban, ngành": a scope) are not
    # what is counted
    plain = _PROVINCIAL_BODIES.sub(" ", AGENCY.sub(" ", q.expanded))
    # what is counted: the words after "bao nhiêu" as asked (not the glossary's additions),
    # a comma inside it no break ("số phản ánh, kiến nghị")
    bare = _PROVINCIAL_BODIES.sub(" ", AGENCY.sub(" ", folded)).replace(",", " ")
    bare = " ".join(bare.split())
    counted = _COUNTED.search(bare)
    rest = f" {expand(counted.group(1)) if counted else plain} "
    rest = " ".join(rest.replace(",", " ").split()).join("  ")
    modifiers = _modifiers(rest)
    head = _HEAD_COUNTED.search(bare)
    phrase = f" {head.group(2).strip()} " if head else ""
    at: dict[str, int] = {}
    rest = _no_false_units(rest, q.text)
    for u in UNITS:  # longest first: "dịch vụ công trực tuyến" before "dịch vụ"
        if f" {u} " in rest:
            units.add(family(u))
            rest = rest.replace(f" {u} ", " ")
        if f" {u} " in phrase:
            at.setdefault(family(u), phrase.find(f" {u} "))
            phrase = phrase.replace(f" {u} ", " " * (len(u) + 1))
    units -= {"nam", "thang", "ngay", "tinh", "huyen", "xa", "diem"}
    english = _english_head(counted.group(1), units) if counted and not head else units
    if english != units:
        units = english  # "procedure dossiers": the glossary's words keep the English order
    elif units - modifiers:
        units -= modifiers  # "hồ sơ thủ tục hành chính" counts dossiers, not procedures
    if percent:
        units = _share_of(folded, units)
    said_units = {u for u in UNITS if family(u) in units and f" {u} " in f" {plain} "}
    units = _head_units(units, at)
    scope = next(iter(v.scopes)) if len(v.scopes) == 1 else ""
    if not v.scopes and _PROVINCIAL_BODIES.search(q.folded):
        scope = "tinh"  # "các sở, ban, ngành": the provincial level
    done = done_verbs(q.folded)  # "làm được": the reports' own verb need not be said
    words = tuple(w for w in v.words if (not vocabulary or w in vocabulary) and w not in done)
    levels = v.levels | series_levels(q.folded)
    # the counted noun of a count asked ("số UBND …"), not the "sơ" of "tỷ lệ hồ sơ …"
    noun = _counted(head, vocabulary) if percent is False else ""
    unit_words = frozenset(w for u in said_units for w in with_abbreviations(u).split())
    return Asked(percent, frozenset(units), levels, scope, words, noun, unit_words)


# "mấy" (how many) folds to "may", as "máy" (machines) does: said with its marks, or before a
# counter word no machine takes
_HOW_MANY_MAY = re.compile(r"\bmấy\b", re.IGNORECASE)
_MAY_COUNTER = re.compile(r" may (?:bac|lan|nguoi|dot|buoi|ngay|thang|nam|diem|hang) ")


def _no_false_units(rest: str, text: str) -> str:
    """The asked words without those that only look like a unit: "thông tin" (information)
    holds "tin" (news items), "mấy bậc" (how many ranks) folds to "máy" (machines)."""
    rest = rest.replace(" thong tin ", " thong_tin ")
    if _HOW_MANY_MAY.search(text) or _MAY_COUNTER.search(rest):
        rest = rest.replace(" may ", " ")
    return rest


def _share_of(folded: str, units: set[str]) -> set[str]:
    """The units of an English share: those named after "rate / share … of", up to a
    preposition ("the rate of electronic document exchange between communes and agencies": a
    share of documents; "between", "in" … say whose, or where); all of them when it names
    none."""
    of = _SHARE_OF.search(folded)
    if not of:
        return units
    named = {family(u) for u in UNITS if f" {u} " in f" {expand(of.group(1))} "}
    return (units & named) or units


def _modifiers(text: str) -> set[str]:
    """The units that follow another unit right after it ("hồ sơ thủ tục hành chính", the
    glossary's "ho so thu tuc hanh chinh" for "dossiers"): a Vietnamese noun phrase names its
    head first, so the one after it says whose, not what is counted."""
    said = [a for a in UNITS if f" {a} " in text]  # the head first: most units are not said
    return {
        family(b) for a in said for b in UNITS
        if family(a) != family(b) and f" {a} {b} " in text
    }  # fmt: skip


# A word that ends an English counted noun phrase: a verb or preposition after it ("how many
# dossiers were level-3 DVC", "how many dossiers of procedures").
_PHRASE_END = frozenset(
    ("were", "was", "are", "is", "be", "been", "did", "do", "does", "have", "has", "had", "of",
     "in", "for", "at", "by", "from", "with", "on", "to", "that", "which")
)  # fmt: skip


def _english_head(words: str, units: set[str]) -> set[str]:
    """An English noun phrase names its head last ("procedure dossiers" counts dossiers): of
    the units its words name one by one, the last one's before a verb or preposition ends the
    phrase ("dossiers were level-3 DVC" counts dossiers)."""
    last: dict[str, int] = {}
    end = len(words.split())
    for i, word in enumerate(words.split()):
        if word in _PHRASE_END and last:
            end = min(end, i)
        named = f" {expand(word)} "
        for u in UNITS:
            if family(u) in units and f" {u} " in named:
                last[family(u)] = i
    if len(last) < 2:
        return units
    head = max((u for u in last if last[u] < end), key=lambda u: last[u])
    return units - (set(last) - {head})


# The provincial departments ("các sở, ban, ngành", "provincial departments"): the provincial
# level of a figure stated by level.
_PROVINCIAL_BODIES = re.compile(
    r"(?:\b(?:cac )?so,? ban,? nganh\b|\bcac so,? nganh\b|\bprovincial (?:departments|agencies)\b"
    # "sở ngành Bình Phước": the bare "sở ngành" too, unless it is what a count asks of
    # nor "tổng số ngành", "số ngành, lĩnh vực" (a count of sectors: "số" folds like "sở")
    r"|(?<!bao nhieu )(?<!so luong )(?<!how many )(?<!tong )\bso,? nganh\b(?!,? linh vuc))"
    # not "các sở, ngành, địa phương": every body, the localities too
    r"(?!,? (?:va |and )?(?:dia phuong|huyen|ubnd|localities|districts))"
)


# Words that open a counted phrase without naming what is counted ("số lượng", "tổng số các"),
# and money, which its unit names ("số tiền giải ngân": "… 8.974.395.333 đồng").
_NOT_COUNTED = frozenset("luong cac nhung tong so moi mot the tien kinh von ngan".split())  # noqa: SIM905


def _counted(head: re.Match[str] | None, vocabulary: frozenset[str]) -> str:
    """The noun a Vietnamese count question counts when it is no unit: the first word after
    "số"/"bao nhiêu" ("số UBND cấp xã có cổng …" → "ubnd"); "" when a unit opens the phrase."""
    if head is None or head.group(1) not in ("so", "bao nhieu", "tong so", "so luong"):
        return ""
    words = head.group(2).split()
    while words and (words[0] in _NOT_COUNTED or words[:2] == ["bao", "nhieu"]):
        # "tổng số bao nhiêu dịch vụ": the asking words are no counted noun either
        words = words[2:] if words[:2] == ["bao", "nhieu"] else words[1:]
    if not words or any(f" {' '.join(words)} ".startswith(f" {u} ") for u in UNITS):
        return ""
    first = words[0]
    return first if len(first) >= 3 and (not vocabulary or first in vocabulary) else ""


# Levels named in a series ("mức độ 3, 4", "mức độ 3 và mức độ 4", "levels 3 and 4"): each one.
# ("level 3-4" folds to "level 3 4": a space alone joins a series too)
_LEVEL_SERIES = re.compile(
    r"\b(?:muc do|muc|levels?)\s*([1-4](?:(?:\s*(?:,|va|and|-|–|/|&)\s*|\s+)(?:muc do |muc |level )?[1-4])+)\b"
)


def series_levels(folded: str) -> frozenset[str]:
    """Every service level of a series the question names."""
    return frozenset(
        d for m in _LEVEL_SERIES.finditer(folded) for d in re.findall(r"[1-4]", m.group(1))
    )


def levels_of(level: str) -> frozenset[str]:
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
    if asked.levels and f.level and not asked.levels & levels_of(f.level):
        return False
    if asked.levels and not f.level and not asked.levels & level_near(f):
        # a figure of no level ("1.950 dịch vụ công trực tuyến, trong đó …") counts every
        # level together: not the asked level's figure
        return False
    # the unit may be a word of the item ("hồ sơ TTHC", unit "hồ sơ"): then it fits, unless
    # the figure is followed by its own unit ("dịch vụ công mức độ 4 là 79.091 hồ sơ" counts
    # dossiers)
    # ("services" asked, "dịch vụ công" counted: a kind of the asked unit fits)
    if (
        asked.units and f.unit and f.unit != "%" and family(f.unit) not in asked.units
        and not any(f"{family(f.unit)} ".startswith(f"{u} ") for u in asked.units)
        and (unit_after(f) or not any(u in f.counts_folded for u in asked.units))
    ):  # fmt: skip
        return False
    return not (asked.scope and f.scope and asked.scope not in f.scope.split(","))


def value_at(f: Fact) -> int:
    """Where a figure starts in its clause (-1 when not there): the fact table writes a share
    without the space its report may put before the sign ("90,90 %" is "90,90%")."""
    at = f.clause.find(f.value)
    if at >= 0 or not f.value.endswith("%"):
        return at
    spaced = re.search(rf"{re.escape(f.value[:-1])}\s+%", f.clause)
    return spaced.start() if spaced else -1


# A service level as the reports and their OCR write it ("mức độ 4", "mirc d6 3", "mức 4").
_LEVEL_WORD = re.compile(r"\bm\w{0,3}c(?: d\w{0,2})? ([1-4])\b|\blevel ([1-4])\b")
_NUMBER = re.compile(r"\d{2,}(?:[.,/]\d+)*%?")


def level_near(f: Fact) -> frozenset[str]:
    """The service levels named in a figure's own stretch of its clause (from the figure
    before it to the one after it): the fact table's level may miss one said after it."""
    at = value_at(f)
    if at < 0:
        return frozenset()
    end = at + len(f.value)
    before = [m.end() for m in _NUMBER.finditer(f.clause, 0, at)]
    after = _NUMBER.search(f.clause, end)
    stretch = fold_cached(f.clause[before[-1] if before else 0 : after.start() if after else None])
    return frozenset(a or b for a, b in _LEVEL_WORD.findall(stretch))


def unit_after(f: Fact) -> bool:
    """Whether a figure is followed by its unit ("28.184 hồ sơ", OCR "hd so"): each word the
    same but for at most one misread letter."""
    at = value_at(f)
    if at < 0 or not f.unit:
        return False
    want = f.unit.split()
    tail = fold_cached(f.clause[at + len(f.value) : at + len(f.value) + 30])
    have = re.findall(r"[a-z0-9]+", tail)[: len(want)]
    return len(have) == len(want) and all(
        a == b or (len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) <= 1)
        for a, b in zip(have, want, strict=True)
    )


def content_words(text: str) -> set[str]:
    return {t for t in tokenize(text) if t not in STOP and not t.isdigit() and len(t) > 1}


def precision(asked: Asked, f: Fact) -> float:
    """The share of what a fact counts (its item's words) that the question names: a figure
    with words the question does not ask ("… được tích hợp lên Cổng quốc gia") counts
    something narrower."""
    own = content_words(
        with_abbreviations(f.label_folded if f.parent and f.label_folded else f.counts_folded)
    )
    own |= content_words(qualifier(f))
    own -= {"cap", "muc", "do", "dat", "co", "da", "duoc", "hien", "nay", "trong", "tren"}
    if not own:
        return 0.5
    own = {w for w in own if len(w) > 2}
    if not own:
        return 0.5
    return named_count(own, asked.words) / len(own)


# What a figure's clause says of it after its unit: "143 DVCTT mức độ 3 và 472 DVCTT mức độ 4
# được tích hợp lên Cổng dịch vụ công quốc gia" counts the services integrated, not all.
_QUALIFIER = re.compile(r"\b(?:duoc|da duoc|bi) ((?:[a-z0-9]+ ?){1,8})")


def qualifier(f: Fact) -> str:
    """The words that narrow a figure after it in its clause ("được tích hợp lên …"), folded;
    "" when none (up to the clause's next semicolon, bracket or sentence end)."""
    at = value_at(f)
    if at < 0:
        return ""
    tail = re.split(r"[;(]|\.\s", f.clause[at + len(f.value) :], maxsplit=1)[0]
    m = _QUALIFIER.search(fold_cached(tail[:160]))
    return m.group(1) if m else ""


# "… TTHC được công bố 460 thủ tục": a participle between what is counted and the figure.
_QUALIFIER_BEFORE = re.compile(r"\b(?:duoc|da duoc) ((?:[a-z]+ ){1,3})(?:la |dat |co )?$")


def qualifier_before(f: Fact) -> str:
    """The words that narrow a figure right before it ("Tổng số TTHC được công bố 391"),
    folded; "" when none."""
    at = value_at(f)
    if at <= 0:
        return ""
    lead = re.split(r"[;:(,]|\.\s", f.clause[max(0, at - 60) : at])[-1]
    m = _QUALIFIER_BEFORE.search(fold_cached(lead).strip() + " ")
    return m.group(1) if m else ""


# A channel a count goes through ("tiếp nhận … qua dịch vụ BCCI", "qua bưu chính"): a count
# of one channel is a part of the whole count.
_CHANNEL = re.compile(r"(?<!ket )\bqua ((?:dich v\w{1,2}|buu chinh)(?: [a-z0-9]+){0,4})")


def channel(f: Fact) -> set[str]:
    """The words of the channel the clause says a figure went through, before the figure
    ("Kết quả … tiếp nhận … qua dịch vụ BCCI: … 52.552 hồ sơ" → bcci), without "dịch vụ"."""
    at = value_at(f)
    m = _CHANNEL.search(fold_cached(f.clause[: max(at, 0)]))
    if not m:
        return set()
    return {w for w in content_words(m.group(1)) if len(w) > 2} - {"dich", "vu", "vy"}


def named_count(words: set[str], asked: Sequence[str]) -> int:
    """How many of `words` the question names: the word itself, or (four letters or more)
    the same word with OCR-broken vowels."""
    have = set(asked) | {skeleton(w) for w in asked if len(w) >= 4}
    return sum(1 for w in words if w in have or (len(w) >= 4 and skeleton(w) in have))


# Abbreviations the reports use, with their words (the query glossary's, and two more that
# tables of indicators use).
_ABBR = {k: v[0] for k, v in ABBREVIATIONS.items() if " " not in k} | {
    "cqnn": "co quan nha nuoc", "csdl": "co so du lieu",
}  # fmt: skip


def with_abbreviations(folded: str) -> str:
    """Folded words with each abbreviation followed by its words."""
    return " ".join(f"{t} {_ABBR[t]}" if t in _ABBR else t for t in tokenize(folded))


def word_pairs(q: ParsedQuery) -> frozenset[tuple[str, str]]:
    """The question's consecutive word pairs ("cổng thông", "thông tin"): a name of a thing
    ("Cổng thông tin điện tử", not "Báo Hà Tĩnh") is told by its words in order."""
    toks = [t for t in tokenize(_PERIOD_WORDS.sub(" ", q.folded)) if t not in STOP]
    return frozenset(zip(toks, toks[1:], strict=False))


def phrase_share(pairs: frozenset[tuple[str, str]], folded: str) -> float:
    """The share of the question's word pairs that a text holds in order."""
    if not pairs:
        return 0.0
    toks = tokenize(with_abbreviations(folded))
    have = set(zip(toks, toks[1:], strict=False))
    return len(pairs & have) / len(pairs)


_FIGURE = re.compile(r"\d+(?:[.,/]\d+)*%?")
_YEAR_OR_DATE = re.compile(r"(?:19|20)\d\d|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d")


def lex_before(v: QuestionView, f: Fact, ctx: Context) -> float:
    """The question's words in the statement that leads to a figure ("Tổng số TTHC thuộc
    thẩm quyền …: 1.845"): its item may have been cut at a comma before it. A figure followed
    by its unit counts the noun phrase that unit opens too ("… đã có 80 tin, bài tuyên truyền
    về cải cách hành chính; …"), to the aside or the next statement."""
    at = value_at(f)
    if at <= 0:
        return 0.0
    lead = re.split(r"[;()]|\.(?!\d)", f.clause[:at])[-1]
    # from the figure before it (its words are that figure's), a year or a date aside
    figures = [m for m in _FIGURE.finditer(lead) if not _YEAR_OR_DATE.fullmatch(m.group())]
    lead = lead[figures[-1].end() :] if figures else lead
    if unit_after(f):
        tail = f.clause[at + len(f.value) : at + len(f.value) + 80]
        tail = re.split(r"[;()]|\.(?!\d)|\d", tail)[0]
        lead = f"{lead} {_ASIDE.split(fold_cached(tail))[0]}"
    return f_lex_counts(v, replace(f, counts_folded=fold_cached(lead), label_folded=""), ctx)


_ASIDE = re.compile(r"\b(?:trong do|bao gom|gom|including|of which)\b")


@functools.lru_cache(maxsize=8192)
def fold_cached(text: str) -> str:
    return fold(text)


@functools.lru_cache(maxsize=8192)
def words_of(folded: str, raw: str) -> frozenset[str]:
    """Content words of folded text and of raw text (folded here, once: OCR repair is slow)."""
    return frozenset(content_words(with_abbreviations(f"{folded} {fold(raw)}")))


def skeletons(text: str) -> str:
    """Each word of a text without its vowels."""
    return " ".join(skeleton(w) for w in text.split())


def skeleton(word: str) -> str:
    """A word without its vowels: OCR mostly breaks vowels ("cép" / "cap")."""
    return "~" + re.sub(r"[aeiouy]", "", word)
