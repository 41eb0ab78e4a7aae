"""Which units a body has ("Ban quản lý … có mấy phòng, là những phòng nào?", "what
desks does the board run?"): the units the paragraph on the body's make-up lists (bot/org_answer.py finds
that paragraph), answered as a list of their names, not the paragraph quoted."""

from __future__ import annotations

import re

from bot.answer import Answer
from bot.list_answer import ListAnswerer
from bot.list_find import Enumeration
from bot.org_answer import MIN_UNITS, UNIT_WORD, opens_with_unit
from bot.structure import Para
from core.query import ParsedQuery

# The question asks for the units by name: "gồm / có những tổ … nào", "các phòng nào", "what /
# which teams …" (not how the body is run, nor who leads it).
UNITS_ASKED = re.compile(
    rf"\b(?:gom|co)\s+(?:nhung|cac|may)\s+{UNIT_WORD}\b|"
    rf"\b(?:nhung|cac)\s+{UNIT_WORD}\b[^?]{{0,40}}\b(?:nao|gi)\b|"
    r"\b(?:what|which)\s+(?:\w+\s+)?(?:teams|units|divisions|sections|departments|desks)\b"
)
# Share of a list's items that open with a unit word (tổ, phòng, bộ phận, ban): the list names
# units. Three quarters lets one item the OCR spoiled past reading stay in a list of four.
UNIT_SHARE = 0.75


def units_asked(q: ParsedQuery) -> bool:
    """Whether the question asks which units a body has, by name."""
    return bool(UNITS_ASKED.search(q.folded))


def _same(a: Para, b: Para) -> bool:
    return a.chunk.id == b.chunk.id and a.start == b.start


def unit_list(lister: ListAnswerer, para: Para) -> Enumeration | None:
    """Of the lists in the paragraph, the one that names most units, when its items are units
    (`UNIT_SHARE` of them open with a unit word, as restored); None when it lists none."""
    best: tuple[int, Enumeration] | None = None
    for e in lister.enumerations(para.chunk.report_id):
        if e.paras or not _same(e.para, para) or len(e.items) < MIN_UNITS:
            continue
        units = sum(opens_with_unit(para.readable_part(i)) for i in e.items)
        if units >= UNIT_SHARE * len(e.items) and (best is None or units > best[0]):
            best = (units, e)
    return best[1] if best else None


def units_answer(lister: ListAnswerer, q: ParsedQuery, para: Para, language: str) -> Answer | None:
    """The units the paragraph lists, as a cited list; None when it lists none."""
    e = unit_list(lister, para)
    return None if e is None else lister.render(q, e, language)
