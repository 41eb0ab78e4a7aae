"""A part asking the total of two levels or more ("how many level 3+4 services in total",
"tổng số DVC mức 3, 4") is answered by a figure its line states as that whole: the words
of the figure's item (between the ";", "(", ")" or sentence ends around it) say a total
("tổng", "total", "tất cả", …) or name every level asked ("mức độ 3 và 4 là: …"). A figure
whose item names one level only ("số dịch vụ … mức độ 3 là: 228, đạt tỷ lệ 12,19%") is that level's,
not the total asked: in bold it would read as the whole. Its row becomes "not sure", the
figure kept as a candidate."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.compare_parts import Part
from bot.compare_table import Cell
from core.text import fold

# Words by which a part asks, or a line states, a whole (folded).
_TOTAL = re.compile(r"\b(?:tong|total|in all|altogether|combined|overall|tat ca|toan bo)\b")
# Two levels or more named at once ("3+4", "3, 4", "3/4", "3 và 4", "3 and 4").
_LEVELS = re.compile(r"\b\d{1,2}(?:\s*(?:\+|,|/|&|\bva\b|\band\b)\s*\d{1,2}\b)+")
_NUMBER = re.compile(r"\d{1,2}")
# Where an item of a line ends, on either side of its figure.
_ITEM_END = re.compile(r"[;()]|\.\s")


def levels_asked(label: str) -> frozenset[str]:
    """The levels a part's label asks the total of ("level 3+4 … in total": {"3", "4"});
    empty when it asks no total, or of one level."""
    folded = fold(label, repair=False)
    found = _LEVELS.search(folded)
    if not _TOTAL.search(folded) or found is None:
        return frozenset()
    return frozenset(_NUMBER.findall(found.group(0)))


def item_of(quote: str, figure: str) -> str | None:
    """The words of the quote's item that says the figure first (folded), back to the item
    before it and on to the next; None when the quote does not say the figure."""
    at = quote.find(figure)
    if at < 0:
        return None
    starts = [m.end() for m in _ITEM_END.finditer(quote, 0, at)]
    end = _ITEM_END.search(quote, at + len(figure))
    return fold(quote[starts[-1] if starts else 0 : end.start() if end else len(quote)],
                repair=False)  # fmt: skip


def whole_said(levels: frozenset[str], quote: str, figure: str) -> bool:
    """Whether the quote states the figure as the whole of the levels (see the module); True
    when it does not say the figure (nothing to judge here)."""
    item = item_of(quote, figure)
    if item is None:
        return True
    return bool(_TOTAL.search(item)) or levels <= set(re.findall(r"\b\d{1,2}\b", item))


def total_checked(parts: Sequence[Part], cells: list[Cell]) -> list[Cell]:
    """The cells, a part asking a total of levels whose stated figure its line does not state
    as that whole made "not sure" (its figure a candidate, not bold)."""
    levels = {p.label: levels_asked(p.label) for p in parts}
    out = []
    for c in cells:
        asked = levels.get(c.side.label, frozenset())
        cit = c.citation
        if asked and cit is not None and c.figure and not whole_said(asked, cit.quote, c.figure):
            c = replace(c, figure="", citation=None, beside="", doubted=((c.figure, cit),))
        out.append(c)
    return out
