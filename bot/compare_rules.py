"""Rules a comparison reads from one fact against the asked kind: the asked service levels
exactly, a narrowing or a channel the question does not say, the online channel, the units a
clause names, a short subsection's heading."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.channel import asks_online
from bot.compare_kind import (
    Asked,
    channel,
    content_words,
    family,
    fold_cached,
    level_near,
    levels_of,
    named_count,
    qualifier,
    qualifier_before,
    skeletons,
    value_at,
    with_abbreviations,
)
from bot.extractive.words import _YEARLIKE
from bot.fact_answer import Context, QuestionView, f_lex_counts, f_lex_lead
from core.query import ParsedQuery, expand, terms_named
from index.clause_tokens import UNITS
from index.facts import Fact

_TOTAL = re.compile(r"\b(?:tong (?:so|cong)|total|in all|altogether)\b")
_HOW_MANY = re.compile(r"\b(?:bao nhieu|how many|how much|number of|so luong)\b")
_ONLINE_UNIT = re.compile(
    r"\b(?:dich vu cong truc tuyen|dvc truc tuyen|dvctt|online (?:public )?services?)\b"
)
# (OCR: "tryc tuyen", "truc tuyén")
_ONLINE_SAID = re.compile(r"\b(?:tr\w{1,2}c tuy\w{1,2}n|online|qua mang|internet|muc do [34]|muc [34])\b")
# A ratio asked in English ("computers per official"): a figure of both things, like a share.
RATIO = re.compile(r"\b[a-z]+ per (?!cent\b)[a-z]+")
_STRETCH_NUMBER = re.compile(r"\d{2,}(?:[.,/]\d+)*%?")


def online_near(f: Fact) -> bool:
    """Whether a figure's own stretch of its clause (from the figure before it to the one after
    it) says the online channel ("trực tuyến: 23.940")."""
    at = value_at(f)
    if at < 0:
        return False
    before = [m.end() for m in _STRETCH_NUMBER.finditer(f.clause, 0, at)]
    after = _STRETCH_NUMBER.search(f.clause, at + len(f.value))
    stretch = f.clause[before[-1] if before else 0 : after.start() if after else None]
    return bool(_ONLINE_SAID.search(fold_cached(stretch)))


def in_clause(unit: str, f: Fact) -> bool:
    """Whether a figure's clause names a unit anywhere (a share's clause names what it is a
    share of and what they have, on either side of it: "67% cơ quan … có máy chủ")."""
    said = with_abbreviations(f"{f.counts_folded} {fold_cached(f.clause)}")
    if re.search(rf"\b{unit}\b", said):
        return True
    if len(unit) >= 6 and f" {skeletons(unit)} " in f" {skeletons(said)} ":
        return True
    return " " in unit and misread_in(unit, said)


def share_units_in(folded: str, units: frozenset[str], f: Fact) -> bool:
    """Whether a share's clause names every asked unit (`in_clause`), a unit that one word of
    the question also reads as another unit counting when that other unit is named ("agencies"
    reads as "cơ quan" and as "ban, ngành": a clause naming "cơ quan" names the agencies), and
    procedures asked with the services that provide them named by the services (`_SERVED`)."""
    return all(
        in_clause(u, f)
        or any(in_clause(a, f) for a in other_readings(folded, u))
        or (u in _SERVED and _SERVED[u] in units and in_clause(_SERVED[u], f))
        for u in units
    )


# A thing asked together with the service that provides it ("procedures offered as online
# services"): a share of the services ("2.164 dịch vụ công …, đạt tỷ lệ 68%") is the share
# of the procedures served (a public service is a procedure provided online), not the reverse.
_SERVED = {"thu tuc": "dich vu cong"}


def units_read(folded: str, units: frozenset[str]) -> frozenset[str]:
    """The asked units with the other units a word of the question that names one also reads
    as (`other_readings`): a figure of any of them is of the asked thing."""
    return units | {a for u in units for a in other_readings(folded, u)}


def other_readings(folded: str, unit: str) -> frozenset[str]:
    """The other units a word of the question that reads as `unit` also reads as, the
    glossary's and the lexicon's wordings of that word together."""
    out: set[str] = set()
    for word in set(folded.split()):
        named = {family(u) for t in terms_named(word) for u in UNITS if f" {u} " in f" {t} "}
        if unit in named:
            out |= named - {unit}
    return frozenset(out)


def misread_in(phrase: str, text: str) -> bool:
    """Whether a text holds a phrase of several words with at most one misread letter in each
    word (OCR: "hd so" for "ho so")."""
    want = phrase.split()
    have = re.findall(r"[a-z0-9]+", text)
    return any(
        all(
            a == b or (len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) <= 1)
            for a, b in zip(have[i : i + len(want)], want, strict=True)
        )
        for i in range(len(have) - len(want) + 1)
    )


def own_heading(section: str) -> str:
    """A section path's last heading, folded, without its number ("6. Về thực hiện …")."""
    last = section.split(" > ")[-1]
    return fold_cached(re.sub(r"^\s*[0-9IVXivx]+[.)]\s*", "", last))


def said_with(v: QuestionView, f: Fact, ctx: Context) -> float:
    """The share of the question's topic words in all that a fact is said with together (its
    item, clause, paragraph lead and own heading): "Báo chí Trung ương … 83 tin" holds "trung
    ương" where "Báo Hà Tĩnh … 53 tin" does not, "(hatinh.gov.vn)" may be in the heading alone."""
    text = f"{f.counts_folded} {f.label_folded} {fold_cached(f.clause)} {f.lead} "
    return f_lex_lead(v, replace(f, lead=text + own_heading(f.section)), ctx)


def unit_read(v: QuestionView, asked: Asked, f: Fact, ctx: Context) -> float:
    """The question's words in a figure's item when the figure is of an asked unit: the unit's
    words count as said however the report words it ("5.923 dịch vụ công" for "dịch vụ công
    trực tuyến", "DVC"); 0 for a figure of another unit."""
    if not asked.unit_words or not f.unit or family(f.unit) not in asked.units:
        return 0.0
    said = replace(f, counts_folded=f"{f.counts_folded} {' '.join(sorted(asked.unit_words))}")
    return f_lex_counts(v, said, ctx)


def exact_level(asked: Asked, f: Fact) -> bool:
    """Whether a figure is of exactly the asked service levels."""
    return (levels_of(f.level) if f.level else level_near(f)) == asked.levels


def level_part(asked: Asked, sq: ParsedQuery, f: Fact) -> bool:
    """Whether a figure counts one service level's part when the total of every level is
    asked ("tổng số dịch vụ công …", no level said): "cung cấp 2.340 dịch vụ công, số dịch vụ
    công mức độ 2 là 712" says as many of the question's words before 712 as before 2.340."""
    return not asked.levels and bool(f.level) and bool(_TOTAL.search(sq.folded))


def narrowed(asked: Asked, f: Fact) -> bool:
    """Whether words after a figure narrow what it counts ("… được tích hợp lên Cổng quốc
    gia") and the question says at most half of them."""
    said = f"{qualifier(f)} {qualifier_before(f)}"
    words = {w for w in content_words(said) if len(w) > 2}
    return bool(words) and named_count(words, asked.words) < 0.5 * len(words)


def channelled(asked: Asked, f: Fact) -> bool:
    """Whether a figure counts what went through one channel ("qua dịch vụ BCCI") and the
    question names at most half of the channel's words."""
    through = channel(f)
    return bool(through) and named_count(through, asked.words) <= 0.5 * len(through)


def online_asked(q: ParsedQuery, sq: ParsedQuery) -> bool:
    """Whether the online channel is asked of what is counted ("hồ sơ … trực tuyến"): not as a
    unit's name ("dịch vụ công trực tuyến"), and not as a second figure asked ("… and how many
    were submitted online": a part of the count, shown under it)."""
    return asks_online(_ONLINE_UNIT.sub(" ", sq.folded)) and len(_HOW_MANY.findall(q.folded)) <= 1


# What became of the counted things ("hồ sơ đã tiếp nhận", "… đã giải quyết", "… đang giải
# quyết", "… quá hạn"), folded, the longer wording first ("đang giải quyết" is no "giải quyết").
_STATUS = re.compile(
    r"\b(dang giai quyet|da giai quyet|giai quyet|tiep nhan|tra ket qua|qua han|tre han)\b"
)
_SAME_STATUS = {"da giai quyet": "giai quyet", "tra ket qua": "giai quyet", "tre han": "qua han"}
# The figure before a figure's statement ("… 28.184 hồ sơ), tổng số hồ sơ đã giải quyết là
# 72.529"): a year, or a two-digit OCR misreading ("14" for "là"), is none.
_BEFORE = re.compile(r"\d{1,3}(?:[.,]\d{3})+|\d{3,}")


# A system's name that holds a state's words: the reports name their dossier systems so
# ("Hệ thống thông tin giải quyết TTHC", "hệ thống giải quyết thủ tục hành chính"), and the
# glossary gives that name for the English "one-stop system": no state of the counted things.
_SYSTEM_NAME = re.compile(r"\bhe thong (?:thong tin )?giai quyet\b")


def statuses(folded: str) -> frozenset[str]:
    """The states of counted things a folded text names (a system's name is none)."""
    text = _SYSTEM_NAME.sub(" ", folded)
    return frozenset(_SAME_STATUS.get(s, s) for s in _STATUS.findall(text))


# The states' wordings without their vowels, as OCR-damaged text spells them ("gidi quyét"
# for "giải quyết", "tlep nhan" for "tiếp nhận": OCR mostly breaks vowels), each with its state.
_STATUS_WORDINGS = _STATUS.pattern.split("(")[1].split(")")[0].split("|")
_SKELETON_STATUS = {skeletons(w): _SAME_STATUS.get(w, w) for w in _STATUS_WORDINGS}
_SKELETON_WORDINGS = sorted(_SKELETON_STATUS, key=len, reverse=True)  # the longer first
_SKELETON_STATUS_RE = re.compile(r"(?<!\S)(" + "|".join(map(re.escape, _SKELETON_WORDINGS)) + r")(?!\S)")

_SKELETON_SYSTEM = re.compile(r"~h ~thng (?:~thng ~tn )?~g ~qt")


def damaged_statuses(folded: str) -> frozenset[str]:
    """The states a folded text names, read also by the words' consonants when its plain
    words name none (an OCR-damaged statement; a system's name is none)."""
    plain = statuses(folded)
    if plain:
        return plain
    text = _SKELETON_SYSTEM.sub(" ", skeletons(_SYSTEM_NAME.sub(" ", folded)))
    return frozenset(_SKELETON_STATUS[m] for m in _SKELETON_STATUS_RE.findall(text))


def own_status(f: Fact) -> frozenset[str]:
    """The state a figure's own statement names: the words right before it, from the figure
    before it ("Số lượng hồ sơ đã giải quyết: 96.117" → giải quyết)."""
    at = value_at(f)
    if at <= 0:
        return frozenset()
    lead = f.clause[max(0, at - 120) : at]
    cuts = [m.end() for m in _BEFORE.finditer(lead) if not _YEARLIKE.fullmatch(m.group())]
    return damaged_statuses(fold_cached(re.split(r"[;()]", lead[cuts[-1] if cuts else 0 :])[-1]))


_SHARE_BEFORE = re.compile(r"\d+(?:[.,]\d+)?\s*%")
# "tỷ lệ" folded, its OCR forms too ("Ty 1¢" folds to "ty lo")
_TY_LE = re.compile(r"\bty l[a-z]? ")


def share_of(f: Fact) -> str:
    """What a share's own statement says it is a share of: the unit right after the last
    "tỷ lệ" before it, back to the share before it ("Tỷ lệ TTHC đã triển khai … đạt 60%, tỷ lệ
    hồ sơ … trực tuyến đạt 53%": 53% is of dossiers, 60% of procedures); "" when none said."""
    at = value_at(f)
    if f.kind != "percent" or at <= 0:
        return ""
    lead = f.clause[:at]
    cuts = [m.end() for m in _SHARE_BEFORE.finditer(lead)]
    own = _TY_LE.split(fold_cached(lead[cuts[-1] if cuts else 0 :]))
    if len(own) < 2:
        return ""
    return next((u for u in UNITS if f"{own[-1]} ".startswith(f"{u} ")), "")


# The question's closing "which one …" that restates the measure in its own verb ("X và Y tiếp
# nhận bao nhiêu hồ sơ, bên nào xử lý nhiều hơn?", "… which one dealt with more?").
_WHICH_TAIL = re.compile(r"\b(?:which|ben nao|tinh nao|noi nao|dia phuong nao)\b.*$")


def asked_statuses(sq: ParsedQuery) -> frozenset[str]:
    """The states the question asks of the counted things: of its words before a closing
    "which one …" when they name one and the whole question names several (the closing verb
    only restates the measure: "handled" for "received")."""
    asked = statuses(sq.expanded)
    whole = fold_cached(sq.text)  # a side's question has its "which" taken out: the asked one
    tail = _WHICH_TAIL.search(whole) if len(asked) > 1 else None
    if tail is None or tail.start() == 0:
        return asked
    return (statuses(expand(whole[: tail.start()])) & asked) or asked


def other_status(sq: ParsedQuery, f: Fact) -> bool:
    """Whether a figure counts things in another state than the question asks ("resolved
    dossiers": not "Tổng số hồ sơ đã tiếp nhận: 118.944", nor "đang giải quyết: 7.310")."""
    asked = asked_statuses(sq)
    have = own_status(f)
    return bool(asked) and bool(have) and not asked & have


def status_said(sq: ParsedQuery, f: Fact) -> bool:
    """Whether a figure's own statement names the state the question asks ("Số lượng hồ sơ đã
    giải quyết: 96.117" for "resolved dossiers"): with the asked unit, that is the topic."""
    return bool(asked_statuses(sq) & own_status(f))


# Words right after a figure that are no noun it counts ("… là 1.101; …", "120 cho cá nhân"),
# or that say which of the counted things it is ("300 trực tiếp", "45 quá hạn", "12 cấp xã").
_NOT_NOUN = frozenset(
    "la cho tai o trong tren duoi duoc da dat chiem va voi cua nam thang quy ngay gom bao "  # noqa: SIM905
    "con so tu den theo ve khi truc qua dung truoc tre muc cap dang chua bang tang giam moi "
    "hoan khac nua thuoc".split()
)


def counts_other(f: Fact, units: frozenset[str]) -> bool:
    """Whether a figure counts a noun of its own, not the asked unit its clause names before
    it: that unit is said right after an earlier figure, so it is that figure's ("cấp 5.820
    thẻ thư viện cho bạn đọc … và 14 máy đọc sách": 14 counts e-readers, not cards), and the
    figure is followed by another noun. A part of a breakdown keeps its whole's unit."""
    if f.parent or f.kind == "percent" or not units or (f.unit and family(f.unit) in units):
        return False
    at = value_at(f)
    if at < 0:
        return False
    raw = f.clause[at + len(f.value) : at + len(f.value) + 40]
    tail = fold_cached(raw)
    own = re.match(r"([a-z]{2,})\b", tail) if raw[:1].isspace() else None
    if own is None or own.group(1) in _NOT_NOUN or any(_said_at(u, tail) for u in units):
        return False
    earlier = list(_STRETCH_NUMBER.finditer(f.clause, 0, at))
    if not earlier:
        return False
    after_earlier = fold_cached(f.clause[earlier[-1].end() : at])
    unit = next((u for u in units if _said_at(u, after_earlier)), None)
    if unit is None:
        return False
    # the asked unit said again nearer the figure ("… và thẻ thư viện điện tử 14 …"): its own
    rest = " ".join(re.findall(r"[a-z0-9]+", after_earlier)[len(unit.split()) :])
    return not any(re.search(rf"\b{u}\b", rest) for u in units)


def _said_at(unit: str, folded: str) -> bool:
    """Whether folded text opens on a unit (OCR's one misread letter a word allowed)."""
    got = re.findall(r"[a-z0-9]+", folded)[: len(unit.split())]
    want = unit.split()
    return len(got) == len(want) and all(
        a == b or (len(a) == len(b) >= 3 and sum(x != y for x, y in zip(a, b, strict=True)) <= 1)
        for a, b in zip(got, want, strict=True)
    )
