"""The kinds of money a run of words is about: budget revenue or spending, funds on a unit's own
account or not (`KIND_FAMILIES`), told apart where a report gives them side by side."""

from __future__ import annotations

import functools

from bot.extractive.breakdown import names_phrase
from bot.extractive.question import KIND_FAMILIES, other_names, outermost

# The phrases of the kinds of money (`KIND_FAMILIES`) a clause may be about.
KIND_PHRASES = frozenset(p for f in KIND_FAMILIES for p in f)


def kinds_said(
    toks: list[str] | tuple[str, ...], phrases: frozenset[tuple[str, ...]] = KIND_PHRASES
) -> frozenset[tuple[str, ...]]:
    """The kinds of money (`KIND_PHRASES`, or other `phrases`) a run of words says; one said
    only within a longer one it says ("tu chu" in "khong tu chu") is not; a kind said by
    another name (`PART_NAMES`: "tổng thu" is budget revenue) is said."""
    return _kinds_in(tuple(toks), phrases)


@functools.lru_cache(maxsize=1 << 14)
def _kinds_in(
    toks: tuple[str, ...], phrases: frozenset[tuple[str, ...]]
) -> frozenset[tuple[str, ...]]:
    """`kinds_said`, kept: every question reads the same clauses (half the time of answering
    went here)."""
    said = [p for p in phrases if names_phrase(p, toks)] + sorted(other_names(toks) & phrases)
    return frozenset(outermost(said))


def with_kind_names(toks: list[str]) -> list[str]:
    """A clause's words, then the report wording of the kinds of money it says by another
    name ("tổng thu toàn tỉnh" says "thu ngân sách"), so that a question in either wording
    finds its words there."""
    return toks + [t for p in sorted(other_names(toks) & KIND_PHRASES) for t in p]
