"""A side asking the total ("in total", "tổng số", "altogether") held to the headline figure,
never one level's figure or a narrower count beside it:

- one service level's figure ("… mức độ 3 là: 120 (trong đó …)") is never the side's figure
  when its ranking holds a figure of no level above it (`level_free`): the sides' agreement
  (two headlines alike) must not lift a level's figure over the total;
- the headline the side's own answer states (a figure the fact table breaks into parts: "Toàn
  tỉnh có 900 TTHC, trong đó: …") wins over the ranking's choice when that is a lone count
  that is neither a headline nor a part (`headline_stated`), so long as the ranking reads the
  headline as saying at least `TOTAL_TOPIC` of the question's topic words;
- the ranking's choice of a whole count (no level, no part, no "done/all" fraction) is never
  swapped for a fraction or one level's figure the side's own answer states (`total_kept`:
  "120/120 xã … cung cấp" is how many communes, not the total of services asked); with no
  choice of the ranking, such a figure is no side's total either: the side is unsure."""

from __future__ import annotations

import re

from bot.compare_kind import Asked
from bot.compare_pick import Pick
from core.query import ParsedQuery

# The total asked in words, folded: "tổng số", "tổng cộng", "in total", "altogether".
_TOTAL = re.compile(r"\b(?:tong (?:so|cong)|totals?|in all|altogether)\b")
# Share of the question's topic words the ranking must read in the headline the side's answer
# states for it to stand as the total asked: a headline of something else (half of the words
# or fewer said) stays the ranking's loser.
TOTAL_TOPIC = 0.6
HEADLINE_PARTS = 2  # a headline: a figure its clause breaks down into at least this many parts


def total_asked(sq: ParsedQuery, asked: Asked | None) -> bool:
    """Whether the side asks a total, with no level or scope of it named."""
    return (
        asked is not None and not asked.levels and not asked.scope
        and bool(_TOTAL.search(sq.folded))
    )  # fmt: skip


def level_free(picks: list[Pick]) -> list[Pick]:
    """The side's ranking without the figures of one level below a figure of no level (see
    the module)."""
    first = next((i for i, p in enumerate(picks) if not p.fact.level), None)
    if first is None:
        return picks
    return [p for i, p in enumerate(picks) if i <= first or not p.fact.level]


def _headline(p: Pick) -> bool:
    return p.fact.parts >= HEADLINE_PARTS and not p.fact.parent and not p.fact.level


def headline_stated(pick: Pick, answered: Pick, ranked: list[Pick]) -> bool:
    """Whether the headline the side's answer states stands for the total over the ranking's
    lone count (see the module)."""
    if not _headline(answered) or pick.fact.parts or pick.fact.parent or pick.fact.level:
        return False
    mine = next((p for p in ranked if p.fact.id == answered.fact.id), None)
    return mine is not None and mine.topic >= TOTAL_TOPIC


def whole_count(p: Pick) -> bool:
    """A count of no level, no part and no \"done/all\" fraction: what a total may be."""
    return not p.fact.level and not p.fact.parent and "/" not in p.fact.norm


def total_kept(pick: Pick, answered: Pick) -> bool:
    """Whether the ranking's whole count stays the total asked over the fraction or level's
    figure the side's answer states (see the module)."""
    return whole_count(pick) and not whole_count(answered) and not answered.fact.parent


def total_choice(pick: Pick | None, answered: Pick, ranked: list[Pick]) -> tuple[bool, Pick | None]:
    """For a side asking a total, whether its figure is settled here and which: the headline
    its answer states (`headline_stated`), the ranking's whole count (`total_kept`), or, with
    no choice of the ranking, none rather than a fraction or a level's figure its answer states."""
    if pick is None:
        return (True, None) if not whole_count(answered) else (False, None)
    if headline_stated(pick, answered, ranked):
        return True, next(p for p in ranked if p.fact.id == answered.fact.id)
    return (True, pick) if total_kept(pick, answered) else (False, None)
