"""A side's figure that is one tier's item of a bracketed breakdown ("… mức độ 3 là: 480 (trong
đó: 90 dịch vụ công cấp tỉnh; 300 … cấp huyện; …)"), where neither the question nor the side
names a tier: the item (a tier's part) stands for the whole the side asks, and is not that
side's figure. Such a side is "not sure", the item only a figure it may be, never bold. A
breakdown row (a part asked by name) is a part by design and stands."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.compare_part_scope import TIER_WORDS, part_tier
from bot.compare_parts import Part
from bot.compare_subject import stated
from bot.compare_table import Cell
from bot.figure_clause import in_open_bracket, own_clause
from core.query import ParsedQuery
from core.text import fold

# A bracketed breakdown's opening: "(trong đó", "(trong số", "(gồm" (folded), the items after it
# parts of the figure before the bracket.
_BREAKDOWN_OPENS = re.compile(r"\(\s*(?:trong (?:do|so)|gom)\b")
# A platform named by its tier ("the provincial portal", "provincial public service portal"):
# where the services are offered, not a tier's part of them.
_TIER_PLATFORM = re.compile(r"\bprovincial (?:(?:public )?(?:service )?)?portal\b")


def in_breakdown(quote: str, figure: str) -> bool:
    """Whether the figure stands inside a still open bracketed breakdown of its quote."""
    found = in_open_bracket(quote, figure)
    if found is None:
        return False
    folded, at, opened = found
    return bool(_BREAKDOWN_OPENS.match(folded, opened, at.start()))


def _names_tier(text: str) -> bool:
    """Whether a text names any tier (`TIER_WORDS`), a platform named by its tier aside."""
    folded = _TIER_PLATFORM.sub(" ", fold(text))
    return any(words.search(folded) for _, words in TIER_WORDS)


def _checked(q: ParsedQuery, cell: Cell) -> Cell:
    """The cell, made "not sure" when its stated figure is one tier's bracketed breakdown
    item and neither the question nor the side names a tier."""
    if cell.part or not stated(cell) or cell.citation is None or _names_tier(cell.side.label):
        return cell
    if _names_tier(q.folded):
        return cell
    quote = cell.citation.quote
    if in_breakdown(quote, cell.figure) and part_tier(own_clause(quote, cell.figure)):
        doubted = ((cell.figure, cell.citation),)
        cell = replace(cell, figure="", citation=None, beside="", doubted=doubted)
    return cell


def tier_item_of_whole(q: ParsedQuery, cells: list[Cell]) -> list[Cell]:
    """The cells, a side's stated figure that is one tier's bracketed breakdown item, no tier
    asked, made "not sure" (see the module)."""
    return [_checked(q, cell) for cell in cells]


def tier_items(parts: Sequence[Part], cells: list[Cell]) -> list[Cell]:
    """`tier_item_of_whole` for a table of parts, each part's row by the part's own question;
    a row no part is labelled as (a part split into its tiers) stands."""
    asked = {p.label: p.query for p in parts}
    return [_checked(asked[c.side.label], c) if c.side.label in asked else c for c in cells]
