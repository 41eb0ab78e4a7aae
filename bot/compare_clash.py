"""Two last checks on a table of parts of one report (bot/compare_parts_answer.py, through
`bot/compare_guard.py`): a part's stated figure whose line says it of another flow of dossiers,
or of another tier of government, than the part asks is no figure of that part.

- `flow_clash`: a part asking one flow (received, against resolved or returned: "of the
  dossiers received …, how many …") whose figure's own clause, or else the lead of the bracket
  the figure is an item of ("đã thực hiện trả 271.215 hồ sơ (11.261 …, 259.999 …)"), names the
  other flow and not the asked one: "not sure", the figure only as one it may be. Resolved and
  returned are one flow here (the reports say "giải quyết và trả kết quả" of one thing).
- `tier_clash`: a part naming one tier ("cấp huyện", "district", "the provincial People's
  Committee", "PPC") whose figure's own clause names another tier only ("01 lãnh đạo UBND cấp
  xã"): not found. A clause naming no tier, or the asked one, decides nothing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.compare_part_scope import TIER_WORDS, part_tier
from bot.compare_parts import Part
from bot.compare_subject import stated
from bot.compare_table import Cell
from bot.figure_clause import OWN_BREAKS, clause_at, clause_before, figure_at
from bot.flow_asked import flows_named
from core.text import fold

# The flows as this check tells them apart: receiving, against settling (resolved or returned).
_FAMILY = {"received": "received", "resolved": "settled", "returned": "settled"}
# A part's words naming the provincial tier by its body, beside `TIER_WORDS` (folded): the
# provincial People's Committee or Council, Vietnamese or English, and English "PPC".
_PROVINCIAL_BODY = re.compile(
    r"\b(?:ppc|ubnd tinh|hdnd tinh|uy ban nhan dan tinh|hoi dong nhan dan tinh|"
    r"provincial people s (?:committee|council))\b"
)


def _families(folded: str) -> set[str]:
    """The flow families (`_FAMILY`) a folded text names."""
    return {_FAMILY[f] for f in flows_named(folded)}


def said_flow(quote: str, figure: str) -> str:
    """The one flow family a figure's line says it of: its own clause's, else (naming none)
    the lead of the bracket it stands in; "" when none, both, or the figure not found."""
    found = figure_at(quote, figure)
    if found is None:
        return ""
    folded, at = found
    named = _families(clause_at(folded, at)[1])
    if not named:
        opened = _open_bracket(folded[: at.start()])
        named = _families(clause_before(folded, opened, OWN_BREAKS)) if opened >= 0 else set()
    return next(iter(named)) if len(named) == 1 else ""


def _open_bracket(before: str) -> int:
    """Where the innermost bracket still open at the end of `before` opens; -1 for none."""
    opened: list[int] = []
    for i, ch in enumerate(before):
        if ch == "(":
            opened.append(i)
        elif ch == ")" and opened:
            opened.pop()
    return opened[-1] if opened else -1


def flow_clash(parts: Sequence[Part], cells: list[Cell]) -> list[Cell]:
    """The cells, a stated figure said of the other flow than its part asks "not sure"."""
    out = []
    for part, cell in zip(parts, cells, strict=False):
        asked = _families(part.query.folded)
        if stated(cell) and cell.citation is not None and len(asked) == 1:
            said = said_flow(cell.citation.quote, cell.figure)
            if said and said not in asked:
                out.append(replace(cell, figure="", citation=None, beside="",
                                   doubted=((cell.figure, cell.citation),)))  # fmt: skip
                continue
        out.append(cell)
    return out + cells[len(out) :]


def asked_tier(label: str) -> str | None:
    """The one tier a part's label names (`part_tier`, or the provincial body); None else."""
    tier = part_tier(label)
    if tier is None and _PROVINCIAL_BODY.search(fold(label).replace("'", " ")):
        return "tinh"
    return tier


def tier_clash(parts: Sequence[Part], cells: list[Cell]) -> list[Cell]:
    """The cells, a stated figure whose own clause names only another tier than its part's
    not found (its side kept, nothing stated)."""
    out = []
    for part, cell in zip(parts, cells, strict=False):
        tier = asked_tier(part.label)
        found = figure_at(cell.citation.quote, cell.figure) if cell.citation else None
        if tier is not None and stated(cell) and found is not None:
            clause = clause_at(*found)[1]
            named = {scope for scope, words in TIER_WORDS if words.search(clause)}
            if named and tier not in named:
                out.append(Cell(cell.side))
                continue
        out.append(cell)
    return out + cells[len(out) :]
