"""Words said once for a list of figures: "100% cơ quan cấp tỉnh, 92% cơ quan cấp huyện có máy
chủ" says "có máy chủ" of both figures, though only after the last. A figure's words across an
enumeration boundary count as far (`tuning.AFTER_CROSS`); the tail after the last figure of a
list whose items each open on a figure is the list's shared predicate, as near to each of its
figures as the words in between make it."""

from __future__ import annotations

from bot.extractive.words import _Word

# How far after a figure its words are read (`sites._word_distances`), and so the shared tail
# after a list's last figure: one window for both.
TAIL_WORDS = 16


def _opens_on_figure(words: list[_Word], bounds: list[int], j: int) -> bool:
    """Whether the figure at `j` is the first word of its item (a dash before it is none)."""
    k = j
    while k > 0 and bounds[k - 1] == bounds[j]:
        k -= 1
        if words[k][2]:
            return False
    return True


def with_shared_tail(
    dist: dict[str, int], words: list[_Word], bounds: list[int], at: set[int], idx: int
) -> dict[str, int]:
    """`dist` (word → distance from the figure at `idx`) with the words after the clause's last
    figure, in that figure's item, at their plain word distance from `idx` when `idx` and every
    later figure up to the last open their items (a list of figures sharing what follows)."""
    later = sorted(j for j in at if j >= idx)
    if len(later) < 2 or not all(_opens_on_figure(words, bounds, j) for j in later):
        return dist
    last = later[-1]
    out = dict(dist)
    for j in range(last + 1, min(len(words), last + 1 + TAIL_WORDS)):
        if bounds[j] != bounds[last]:
            break
        for t in words[j][2]:
            out[t] = min(out.get(t, 99), j - idx)
    return out
