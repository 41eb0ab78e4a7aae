"""Percentages told apart by what each is a share of: a share's own label (its words from its
"tỷ lệ", `sites._share_label`) against the question's words, and the thing it is of
(services, procedures, dossiers) against the thing the question asks the share of."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.extractive.concepts import Concept, ConceptMatcher
from bot.extractive.tuning import ITEM_BONUS, UNIT_BONUS
from bot.extractive.words import _at_zero
from core.query import ParsedQuery
from index.lexical import tokenize

if TYPE_CHECKING:
    from bot.extractive.sites import _Site

# A clause naming a service level ("dịch vụ công mức độ 3, 4") says the service is online:
# the levels are those of online public services.
ONLINE_SAID = frozenset({"truc", "tuyen"})

# What a share can be of, by the first of these its label names after its share word ("tỷ lệ
# hồ sơ DVC trực tuyến": dossiers; "tỷ lệ DVC trực tuyến có phát sinh hồ sơ": services;
# "tỷ lệ văn bản … điện tử": documents;
# "What share of … online services had dossiers": services), in the reports' and English words.
_SHARE_OF = (
    ("services", (("dich", "vu", "cong"), ("dvc",), ("dvctt",), ("service",), ("services",))),
    ("procedures", (("tthc",), ("thu", "tuc"), ("procedure",), ("procedures",))),
    ("dossiers", (("ho", "so"), ("dossier",), ("dossiers",), ("application",), ("applications",))),
    # documents exchanged or signed ("tỷ lệ văn bản … trao đổi dưới dạng điện tử"): no dossiers
    ("documents", (("van", "ban"), ("document",), ("documents",))),
)
# The words that open a share's label ("tỷ lệ …"; `sites._share_label`).
_SHARE_WORDS = frozenset({("ty", "le"), ("ti", "le"), ("phan", "tram")})
_SHARE_ASKED = re.compile(r"\b(?:ty le|ti le|phan tram|share|percentage|proportion|rate) (?:of )?")

# Words of a period ("6 tháng đầu năm", "quý II", "cuối kỳ": when a figure holds) and of a
# share ("tỷ lệ", "phần trăm"): not what a share is of.
_NOT_WHAT = frozenset(
    {"ngay", "thang", "nam", "quy", "ky", "dau", "cuoi", "nua", "tuan", "ty", "ti", "le", "phan",
     "tram"}
)  # fmt: skip


# The English words of `_SHARE_OF`: an English noun compound ends in its head ("online
# service applications" are applications), where the reports' Vietnamese puts it first.
_ENGLISH = frozenset(
    (w,) for w in ("service", "services", "procedure", "procedures", "dossier", "dossiers",
                   "application", "applications", "document", "documents")
)  # fmt: skip


def _named_at(tokens: Sequence[str], i: int) -> tuple[str, int] | None:
    """The thing a phrase of `_SHARE_OF` starting at token i names, and the phrase's length."""
    for name, phrases in _SHARE_OF:
        for p in phrases:
            if tuple(tokens[i : i + len(p)]) == p:
                return name, len(p)
    return None


def share_of(tokens: Sequence[str]) -> str | None:
    """The thing (`_SHARE_OF`) a run of words names first, or None; of words naming things one
    after another and ending in English ones ("service applications", "DVC dossiers"), the
    last: the English compound's head."""
    for i in range(len(tokens)):
        found = _named_at(tokens, i)
        if found is None:
            continue
        name, size = found
        # an English head may follow a report abbreviation too ("DVC dossiers" are dossiers)
        while (after := _named_at(tokens, i + size)) is not None and tuple(
            tokens[i + size : i + size + after[1]]
        ) in _ENGLISH:
            i, (name, size) = i + size, after
        return name
    return None


@functools.lru_cache(maxsize=256)
def share_asked(q: ParsedQuery) -> str | None:
    """What a percentage question asks the share of (`share_of` after its share word)."""
    m = _SHARE_ASKED.search(q.folded)
    return share_of(tokenize(q.folded[m.end() :])) if m else None


def share_named(matcher: ConceptMatcher, needed: list[Concept], facts: list[_Site]) -> int | None:
    """Of a clause's two or more percentages, the one whose own label (`share_label`: from its
    share word since the previous percentage) holds more of the question's concepts than every
    other's: "tỷ lệ TTHC … đạt 60%, tỷ lệ hồ sơ … trực tuyến đạt 53%" asked about procedures
    is the 60%, about dossiers the 53%. None when no label holds more."""
    shares = [i for i, f in enumerate(facts) if f.is_percent and not f.in_breakdown]
    if len(shares) < 2 or not all(facts[i].share_label for i in shares):
        return None  # a share without its own "tỷ lệ …" label: its words may follow it
    # The share words every label has, when a share holds ("6 tháng đầu năm", "quý II") and
    # the question's numbers tell no share apart.
    needed = [
        c for c in needed
        if not all(t.isdigit() or t in _NOT_WHAT for a in c.alternatives for t in a)
    ]  # fmt: skip
    held = {
        i: sum(matcher.credit(c, *_at_zero(facts[i].share_label)) * c.weight for c in needed)
        for i in shares
    }
    best = max(shares, key=lambda i: held[i])
    if held[best] > 0 and all(held[best] > held[i] for i in shares if i != best):
        return best
    return None


# A share of the maximum score ("đạt tỷ lệ trên 90% so với điểm tối đa"): a score, read by its
# words after the figure; a question naming no score, index or points asks no such share.
_MAX_SCORE = ("diem", "toi", "da")
_SCORE_ASKED = re.compile(r"\b(?:diem|scores?|points?|chi so|index|par)\b")


def _of_max_score(own: Sequence[str]) -> bool:
    n = len(_MAX_SCORE)
    return any(tuple(own[i : i + n]) == _MAX_SCORE for i in range(len(own) - n + 1))


def share_fit(
    f: _Site, own: bool, asked_of: str | None, score_asked: bool = True
) -> tuple[float, int, frozenset[str]]:
    """A percentage's score change, asked parts it names and doubts as a share: the share
    the clause's labels name (`share_named`: `own`) as an asked item; a share of what the
    question asks the share of (`share_asked`) earns `UNIT_BONUS`, a share of another thing
    ("tỷ lệ hồ sơ …" when services are asked) loses it and is a unit doubt, as does a share
    of the maximum score when the question asks no score (`score_asked`)."""
    key, named = (ITEM_BONUS, 1) if own else (0.0, 0)
    if f.is_percent and not score_asked and _of_max_score(f.own):
        return key - UNIT_BONUS, named, frozenset({"unit"})
    worded = f.share_label[:2] in _SHARE_WORDS  # a label with no share word: no "of" read
    of = share_of(f.share_label[2:]) if asked_of and f.is_percent and worded else None
    if of and of == asked_of:
        return key + UNIT_BONUS, named, frozenset()
    if of:
        return key - UNIT_BONUS, named, frozenset({"unit"})
    return key, named, frozenset()


def share_fits(
    matcher: ConceptMatcher, needed: list[Concept], facts: list[_Site], q: ParsedQuery
) -> dict[int, tuple[float, int, frozenset[str]]]:
    """`share_fit` of each of a clause's figures (by index) for a percentage question."""
    own, asked_of = share_named(matcher, needed, facts), share_asked(q)
    score = bool(_SCORE_ASKED.search(q.folded))
    return {i: share_fit(f, i == own, asked_of, score) for i, f in enumerate(facts)}
