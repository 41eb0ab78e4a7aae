"""The part done asked alone ("đã làm được bao nhiêu nhiệm vụ", "hoàn thành bao nhiêu", "how
many were completed"), no count of the whole besides: a figure its report says done ("đã thực
hiện được 83 nhiệm vụ", "được giao và hoàn thành 131/136", "(17/19 nhiệm vụ) đã được triển
khai") answers it; the whole it is a part of ("… trong tổng số 88 nhiệm vụ") and a figure
whose statement says nothing done ("Kế hoạch … xác định … 88 nhiệm vụ") do not."""

from __future__ import annotations

import re

from bot.compare_kind import fold_cached, value_at
from bot.compare_measures import COUNT, DONE, asked_measures
from bot.extractive.words import _YEARLIKE
from index.facts import Fact

# Words a report says a thing done with (folded; OCR's "tổng" as "teng" is no concern here).
_DONE_SAID = re.compile(
    r"\b(?:hoan thanh|xong|thuc hien duoc|da thuc hien|lam duoc|trien khai|giai quyet|"
    r"tra ket qua|dung han|truoc han|completed?|done|finished|resolved)\b"
)
# … not when denied or still under way right before ("chưa tới hạn giải quyết", "đang triển
# khai", "không hoàn thành")
_UNDONE_BEFORE = re.compile(r"\b(?:chua|dang|khong|not|yet)(?:\s+[a-z]+){0,2}\s*$")
# The whole a part is said against, right before the figure: "trong tổng số 88", "trên 88"
# ("tổng" OCR-read "téng", "tông")
_WHOLE_BEFORE = re.compile(r"\b(?:t[a-z]ng so|trong so|tren|out of|of a total of)\s*$")
# What ends a figure's own statement: another figure (not a year), the next item or sentence.
_NUMBER = re.compile(r"\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,/]\d+)*")
_ITEM_END = re.compile(r";|\.\s|\.$")
AFTER = 80  # characters after a figure read for its statement ("… đã được triển khai")


def done_alone(folded: str) -> bool:
    """Whether a (folded) side's question asks the part done and no count of the whole
    besides ("làm được bao nhiêu", not "được giao bao nhiêu, xong bao nhiêu")."""
    measures = asked_measures(folded)
    return DONE in measures and COUNT not in measures


def statement_lead(clause: str, at: int) -> str:
    """The figure's statement before it: back to the figure before it (not a year) or the
    item's start."""
    lead = clause[:at]
    cuts = [m.end() for m in _NUMBER.finditer(lead) if not _YEARLIKE.fullmatch(m.group())]
    cuts += [m.end() for m in _ITEM_END.finditer(lead)]
    return lead[max(cuts, default=0) :]


def _tail(clause: str, at: int, value: str) -> str:
    """The figure's statement after it: up to the next figure or the item's end."""
    tail = clause[at + len(value) : at + len(value) + AFTER]
    ends = [m.start() for m in _NUMBER.finditer(tail)] + [
        m.start() for m in _ITEM_END.finditer(tail)
    ]
    return tail[: min(ends, default=len(tail))]


def _says_done(text: str) -> bool:
    """Whether folded text says something done, not denied or under way."""
    return any(not _UNDONE_BEFORE.search(text[: m.start()]) for m in _DONE_SAID.finditer(text))


def whole_of_part(f: Fact) -> bool:
    """Whether a figure is the whole a part is said against ("… 83 nhiệm vụ trong tổng số
    88")."""
    at = value_at(f)
    return at > 0 and bool(_WHOLE_BEFORE.search(fold_cached(f.clause[max(0, at - 30) : at])))


def said_done(f: Fact) -> bool:
    """Whether a figure's own statement says the things it counts done, and it is no whole a
    part is said against."""
    at = value_at(f)
    if at < 0 or whole_of_part(f):
        return False
    lead = fold_cached(statement_lead(f.clause, at))
    return _says_done(lead) or _says_done(fold_cached(_tail(f.clause, at, f.value)))


def not_done(folded: str, f: Fact) -> bool:
    """Whether a figure cannot answer a (folded) side's question that asks the part done
    alone: it is a whole, or its statement says nothing done."""
    return done_alone(folded) and f.kind != "percent" and not said_done(f)
