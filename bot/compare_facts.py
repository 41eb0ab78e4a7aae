"""What a comparison reads from one fact on its own: a target, a per-unit average, a
figure of another year, a bare list count; how alike two sides' facts are; its citation, the
clause around it and the date it holds for."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.compare_kind import (
    content_words,
    family,
    fold_cached,
    value_at,
)
from bot.extractive.held_span import holds_for as holds_for  # its users take it from here
from bot.extractive.whole_asked import PARTS_ASKED
from bot.fact_answer import (
    view,
)
from bot.fact_cite import fact_citation as fact_citation  # its users take it from here
from bot.structure import clip
from bot.summary_lead import closing
from bot.target_asked import TARGET
from core.query import ParsedQuery
from core.text import parse_number
from index.facts import Fact

_SCOPE_TOKENS = frozenset("cap tinh huyen xa tong toong so ban nganh muc do dd".split())  # noqa: SIM905


def alike(a: Fact, b: Fact) -> bool:
    """Two figures of one report that count the same thing at different scopes: most of the
    shorter item's words (scope words aside) are in the other's."""
    wa = {w for w in content_words(a.counts_folded) if len(w) > 2} - _SCOPE_TOKENS
    wb = {w for w in content_words(b.counts_folded) if len(w) > 2} - _SCOPE_TOKENS
    if not wa or not wb:
        return False
    return len(wa & wb) >= 0.6 * min(len(wa), len(wb))


def after_text(f: Fact, chars: int = 60) -> str:
    """A figure's item and the words right after it in its clause, folded."""
    at = value_at(f)
    tail = f.clause[at + len(f.value) : at + len(f.value) + chars] if at >= 0 else ""
    tail = re.split(r"[(;]", tail)[0]  # not into an aside or the next item
    return f"{f.counts_folded} {fold_cached(tail)}"


def other_year(f: Fact, years: Sequence[int]) -> bool:
    """A figure said of another year than the side's ("Tổng chi … năm 2021 ước đạt …" for
    2022): a year named in the few words right before it, none of them asked."""
    if not years:
        return False
    at = value_at(f)
    if at < 0:
        return False
    before = " ".join(fold_cached(f.clause[max(0, at - 60) : at]).split()[-6:])
    named = {int(y) for y in re.findall(r"\bn[a-z]m (\d{4})\b", before)}  # OCR: "nim"
    return bool(named) and not named & set(years)


# What is left of a whole ("hoàn thành 144/147 còn 03 nhiệm vụ đang thực hiện", "nguồn vốn còn
# lại"): a remainder, asked only in these words.
REMAINDER = re.compile(r"\b(?:con lai|con|remaining|remainder|left|outstanding)\b")


def remainder(f: Fact) -> bool:
    """A figure said as what is left: a remainder word among the two words right before it."""
    at = value_at(f)
    if at <= 0:
        return False
    before = " ".join(fold_cached(f.clause[max(0, at - 30) : at]).split()[-2:])
    return bool(REMAINDER.search(before))


# Only the new ones ("xây dựng mới 3 gian hàng", "thêm 12"): an addition, asked only in
# these words. ("mới" after the number, "tình hình mới", is no addition.)
ADDED = re.compile(r"\b(?:moi|them|new|additional|added)\b")


# How many words after a figure its noun may run before a "mới" that says the counted things
# are new ("57 gian hàng mới": "gian hàng" and "mới"); further on ("5 xã đạt chuẩn nông thôn
# mới") "mới" is part of another name.
NEW_AFTER = 3
# A question asking additions in words that cannot be "mỗi" (each) folded: "mới"/"thêm"
# written with diacritics, or English.
ADDED_ASKED = re.compile(r"(?<!\w)(?:mới|thêm)(?!\w)|\b(?:new|newly|additional|added)\b", re.I)


def added(f: Fact) -> bool:
    """A figure said as an addition: "mới"/"thêm" the word right before it, or "mới" closing
    its noun right after it (`NEW_AFTER`: "xây dựng 57 gian hàng mới")."""
    at = value_at(f)
    if at <= 0:
        return False
    before = fold_cached(f.clause[max(0, at - 20) : at]).split()[-1:]
    if before and ADDED.fullmatch(before[0]):
        return True
    after = re.split(r"[,;:()]", f.clause[at:], maxsplit=1)[0].split()[1 : 1 + NEW_AFTER]
    folded = [fold_cached(w) for w in after]
    return "moi" in folded[1:] and "thon" not in folded


def targeted(f: Fact) -> bool:
    """A figure set as a target: a target word in the few words right before it ("phấn đấu
    đạt 100%", "bảo đảm 100% …"), not anywhere in what it counts ("đáp ứng yêu cầu đảm bảo an
    toàn thông tin … đạt 63%" is a result)."""
    at = value_at(f)
    if at < 0:
        return bool(TARGET.search(f.counts_folded))
    before = fold_cached(f.clause[max(0, at - 40) : at]).split()[-4:]
    return bool(TARGET.search(" ".join(before)))


def comparable(figure: str) -> str:
    """A figure as a comparable value: its number, or its ratio's digits."""
    text = figure.strip().rstrip("%").strip()
    if "/" in text:
        return re.sub(r"[^\d/]", "", text)
    number = parse_number(text)
    return text if number is None else f"{number:g}"


def is_bare(f: Fact) -> bool:
    """A one-digit number with no unit, no share, no ratio ("thực hiện 7 nội dung", "phát
    sóng 02-05 lượt"): a list's count or a schedule, not a figure to compare; or a number of
    the report's closing line ("Trên đây là kết quả …", whose "là" OCR may read as "13"),
    which states no result (`closing`)."""
    if closing(f.clause):
        return True
    value = parse_number(f.norm) if "/" not in f.norm else None
    return value is not None and value < 10 and f.kind == "count" and not f.unit


# the result of the counted things asked beside their count ("số nhiệm vụ được giao và kết
# quả thực hiện", "… and how many were completed"): the count's parts say it
_RESULT_ASKED = re.compile(
    r"\b(?:va|and)\b(?: \S+){0,6}? (?:ket qua thuc hien|hoan thanh|completed|done|finished|"
    r"carried out|fulfilled)\b"
)


def asks_parts(q: ParsedQuery) -> bool:
    """Whether the question asks a breakdown: its words, two scopes named, or the result of
    the counted things beside their count."""
    return (
        bool(PARTS_ASKED.search(q.folded) or _RESULT_ASKED.search(q.folded))
        or len(view(q).scopes) >= 2
    )


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
    wa, wb = content_words(a.counts_folded), content_words(b.counts_folded)
    if wa and wb:
        score += 0.6 * len(wa & wb) / len(wa | wb)
    return score


def around(text: str, figure: str, limit: int = 360) -> str:
    """A long clause cut to `limit` characters around its figure, so the figure's own words
    (and the figures beside it) stay in view."""
    at = text.find(figure)
    if len(text) <= limit or at < 0:
        return clip(text, limit)
    start = max(0, at - limit // 2)
    start = text.rfind(" ", 0, start) + 1 if start else 0
    return ("… " if start else "") + clip(text[start:], limit)


def percent_text(share: float, language: str) -> str:
    text = f"{100 * share:.1f}%"
    return text if language == "en" else text.replace(".", ",")


# The scopes a figure's own words name ("… cấp tỉnh và cấp huyện", "các sở, ban, ngành …").
_SCOPE_NEAR = (
    ("tinh", re.compile(r"\bc[aeiou]?p tinh\b|\bso,? ban,? nganh\b|\bcac so,? nganh\b")),
    ("huyen", re.compile(r"\bc[aeiou]?p huyen\b")),
    ("xa", re.compile(r"\bc[aeiou]?p xa\b")),
)
_NUMBER = re.compile(r"\d{2,}(?:[.,/]\d+)*%?")


def scope_near(f: Fact) -> str:
    """The scopes named in a figure's stretch of its clause (from the figure before it to the
    one after it), comma-joined: the fact table's scope may miss words after the figure."""
    at = value_at(f)
    if at < 0:
        return f.scope
    end = at + len(f.value)
    before = [m.end() for m in _NUMBER.finditer(f.clause, 0, at)]
    after = _NUMBER.search(f.clause, end)
    stop = after.start() if after else len(f.clause)
    if ":" in f.clause[end:stop]:
        # "cấp tỉnh: 1.409; cấp huyện: 290": the words before the next colon label the next
        # figure; this one's stretch ends at the item edge before them
        label = f.clause.rindex(":", end, stop)
        stop = max([end, *(f.clause.rfind(c, end, label) for c in ";,")])
    stretch = fold_cached(f.clause[before[-1] if before else 0 : stop])
    return ",".join(name for name, pat in _SCOPE_NEAR if pat.search(stretch))
