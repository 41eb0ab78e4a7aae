"""Where a figure was published or said: the province's web portal, its newspaper, the central
press, radio and television, the grassroots loudspeaker stations. A comparison that names one
outlet ("tin bài trên Cổng thông tin điện tử", "the provincial web portal") asks for that
outlet's count: a figure whose clause says, before it, that another outlet published it ("Báo
Hà Tĩnh đã đăng tải 100 tin") counts something else, however many of the question's other words
it shares ("tin", "đăng tải", "cải cách hành chính")."""

from __future__ import annotations

import re

from bot.compare_kind import fold_cached
from core.query import ParsedQuery
from index.facts import Fact

# Each outlet by the words the reports (and the glossary's expansion of English words) use.
OUTLETS: dict[str, re.Pattern[str]] = {
    "portal": re.compile(r"\b(?:cong|trang) (?:thong tin dien tu|ttdt)\b"),
    "newspaper": re.compile(r"\b(?:an pham bao|bao in|bao dien tu)\b"),
    "press": re.compile(r"\bbao chi trung uong\b"),
    "radio": re.compile(r"\b(?:dai phat thanh|phat thanh va truyen hinh)\b"),
    "loudspeakers": re.compile(r"\b(?:truyen thanh co so|tram truyen thanh)\b"),
}


def outlets(folded: str) -> frozenset[str]:
    """The outlets a folded text names."""
    return frozenset(name for name, pattern in OUTLETS.items() if pattern.search(folded))


def other_outlet(sq: ParsedQuery, f: Fact) -> bool:
    """Whether the question names one outlet and the fact's clause, before its figure, names
    only others."""
    asked = outlets(sq.expanded)
    if len(asked) != 1:
        return False
    at = f.clause.find(f.value)
    said = outlets(fold_cached(f.clause[: max(at, 0)]))
    return bool(said) and not said & asked
