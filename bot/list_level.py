"""A list of another level of government than the one asked: "which members does the
inspection team at commune level have" is not answered by the list a report leads in with
"Đoàn kiểm tra cấp huyện gồm có …" when another leads in with "Đoàn kiểm tra cấp xã gồm …".
So too a service level ("mức độ 3"): the tiers of the level-3 services asked are not the list a
report leads in with "mức độ 4 là: …, (trong đó: … cấp tỉnh; … cấp huyện; …)" when another
leads in with "mức độ 3". Each kind of level is judged on its own: a lead-in naming no level of
a kind, or a question asking none of it, decides nothing of that kind."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.extractive.levels import asked_levels
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
# The two kinds of level, each judged apart: of government, and of online service ("muc3").
_GOVERNMENT = frozenset({"tinh", "huyen", "xa"})
_SERVICE = frozenset(f"muc{n}" for n in range(1, 5))


def _service_levels(folded: str) -> frozenset[str]:
    """The service levels ("muc3") a folded text names ("mức độ 3", "level 3-4"; the one
    reader of level runs, bot/extractive/levels.py)."""
    return frozenset(f"muc{n}" for n in asked_levels(folded))


def lead_levels(texts: Iterable[str]) -> frozenset[str]:
    """The levels ('tinh', 'huyen', 'xa') a list's lead-in names with "cấp", and the service
    levels ('muc3') its clause leading into the list names (after its last ";": the clauses
    before it tell other matters, "mức độ 3 là: 50 (trong đó: …); mức độ 4 là: 80 (trong
    đó:"), in any of its `texts` (as printed and as restored)."""
    folded = [fold(t) for t in texts]
    gov = frozenset(m.group(1) for t in folded for m in _LEAD_LEVEL.finditer(t))
    return gov.union(*(_service_levels(t.split(";")[-1]) for t in folded))


def level_fit(lead_texts: Iterable[str], asked: frozenset[str]) -> float:
    """-`LEVEL_WEIGHT` for a list led in at levels of a kind none of which is `asked`; else 0
    (of each kind: no level asked, none named, or an asked one named)."""
    named = lead_levels(lead_texts)
    for kind in (_GOVERNMENT, _SERVICE):
        if asked & kind and named & kind and not named & asked & kind:
            return -LEVEL_WEIGHT
    return 0.0


def levels_asked(folded: str) -> frozenset[str]:
    """The levels ('tinh', 'huyen', 'xa') a folded question asks as a level ("cấp huyện",
    "district level"), not by a place name ("huyện Kỳ Anh"), and the service levels ('muc3')
    it asks."""
    gov = frozenset(name for name, pat in _ASKED_LEVEL if pat.search(folded))
    return gov | _service_levels(folded)
