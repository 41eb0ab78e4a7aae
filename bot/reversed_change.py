"""A change the question states that the report states the other way (made-up line): "why did
the index fall 5 places?" where the cited line says "tăng 5 bậc" (rose 5 places). The answer is
"not found" for the premise, quoting the line's own change: neither an explanation of a fall
nor a figure answering it. Only the same count of the same unit (places, points, percent)
moved the opposite way decides; a line that states the asked direction too leaves it."""

from __future__ import annotations

import re

from bot.nearest import as_written, nearest_not_found
from core.query import ParsedQuery
from core.result import Answer
from core.text import fold

# Up and down as the reports write them, and in English.
_UP = r"tang|rose|risen|rise|increased?|climbed?|gained|up"
_DOWN = r"giam|tut|fell|fallen|fall|dropped|drop|decreased?|declined?|down|lost"
# The unit a change counts, by kind: places in a ranking, points of a score, percent.
_UNITS = {
    "place": r"bac|hang|places?|ranks?|positions?|spots?",
    "point": r"diem|points?",
    "percent": r"%|phan tram|percent",
}
_CHANGE = re.compile(
    rf"\b(?P<dir>{_UP}|{_DOWN})\s+(?:by\s+)?(?P<n>\d+(?:[.,]\d+)?)\s*"
    rf"(?P<unit>{'|'.join(_UNITS.values())})(?![a-z])"
)


def changes(folded: str) -> set[tuple[str, str, str]]:
    """The changes a folded text states: (direction "up"/"down", count, unit kind)."""
    found = set()
    for m in _CHANGE.finditer(folded):
        way = "up" if re.fullmatch(_UP, m.group("dir")) else "down"
        kind = next(k for k, p in _UNITS.items() if re.fullmatch(p, m.group("unit")))
        found.add((way, m.group("n").replace(",", "."), kind))
    return found


def reversed_change(q: ParsedQuery, ans: Answer, language: str) -> Answer | None:
    """ "Not found" for a change the question states when a cited line states the same count
    of the same unit moved the other way and none states it the asked way; None otherwise."""
    asked = changes(q.folded)
    if ans.abstained or not asked or not ans.citations:
        return None
    for cit in ans.citations:
        said = changes(fold(cit.quote))
        if asked & said:
            return None
        other = {(w, n, k) for w, n, k in said if any(n == a[1] and k == a[2] for a in asked)}
        if not other:
            continue
        m = next(m for m in _CHANGE.finditer(fold(cit.quote)) if m.group("n").replace(",", ".")
                 in {n for _, n, _ in other})  # fmt: skip
        line = as_written(cit.quote, m.group(0))
        text = (
            f"Not found: the reports do not say that; the report states the change the other "
            f"way: “{line}” [1]."
            if language == "en"
            else f"Không tìm thấy: các báo cáo không nêu như vậy; báo cáo nêu thay đổi theo "
            f"chiều ngược lại: “{line}” [1]."
        )
        return nearest_not_found(q, text, cit, language)
    return None
