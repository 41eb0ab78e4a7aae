"""A list of another level of government than the one asked: "which members does the
inspection team at commune level have" is not answered by the list a report leads in with
"Đoàn kiểm tra cấp huyện gồm có …" when another leads in with "Đoàn kiểm tra cấp xã gồm …"."""

from __future__ import annotations

import re
from collections.abc import Iterable

from core.text import fold

# The level a lead-in names, said with "cấp" (a place name "huyện Kỳ Anh" names no level).
_LEAD_LEVEL = re.compile(r"\bcap (tinh|huyen|xa)\b")
# The level a question asks, said as a level ("cấp xã", "commune level"); a place it names
# ("huyện Kỳ Anh", "Kỳ Anh district") asks no level, as a lead-in's place names none.
_ASKED_LEVEL = (
    ("tinh", re.compile(r"\bcap tinh\b|\bprovinc(?:e|ial) level\b")),
    ("huyen", re.compile(r"\bcap huyen\b|\bdistrict level\b")),
    ("xa", re.compile(r"\bcap xa\b|\b(?:commune|ward) level\b")),
)
# What a list whose lead-in names only levels other than the asked one loses: as much as the
# asked kind of thing named before a list weighs (`bot/list_answer.py`, its head fit).
LEVEL_WEIGHT = 1.0


def lead_levels(texts: Iterable[str]) -> frozenset[str]:
    """The levels ('tinh', 'huyen', 'xa') a list's lead-in names with "cấp", in any of its
    `texts` (as printed and as restored)."""
    return frozenset(m.group(1) for t in texts for m in _LEAD_LEVEL.finditer(fold(t)))


def level_fit(lead_texts: Iterable[str], asked: frozenset[str]) -> float:
    """-`LEVEL_WEIGHT` for a list led in at levels none of which is `asked`; else 0 (no level
    asked, none named, or the asked one named)."""
    named = lead_levels(lead_texts)
    if not asked or not named or named & asked:
        return 0.0
    return -LEVEL_WEIGHT


def levels_asked(folded: str) -> frozenset[str]:
    """The levels ('tinh', 'huyen', 'xa') a folded question asks as a level ("cấp huyện",
    "district level"), not by a place name ("huyện Kỳ Anh")."""
    return frozenset(name for name, pat in _ASKED_LEVEL if pat.search(folded))
