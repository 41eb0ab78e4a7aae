"""Two topics joined in one summary question ("tóm tắt hiện đại hóa hành chính và chữ ký số
…"), the second a part inside the first: the part that holds both, not the narrower one whose
heading path happens to say every word (the digital-signature area under "6. Hiện đại hóa
hành chính")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.section_answer import Block

# "X và Y", "X and Y": the joining word between two topics (folded).
_JOINED = re.compile(r"\s(?:va|and|cung nhu|as well as)\s")

# (the topic words of a piece of the question, folded) and (how much a part's own heading, as
# printed or as restored, names them)
TopicOf = Callable[[str], list[str]]
NamedBy = Callable[[list[str], Block], float]


def _sides(folded: str) -> list[str]:
    """The question's two joined pieces, or [] unless it joins exactly two."""
    sides = [s.strip() for s in _JOINED.split(folded)]
    return sides if len(sides) == 2 and all(sides) else []


def joined_cover(
    folded: str, best: Block, named: Sequence[Block], topic_of: TopicOf, named_by: NamedBy,
    enough: float,
) -> Block:  # fmt: skip
    """`best`, or the part above it that holds both joined topics: an ancestor among `named`
    (the report's headed parts) whose own heading names one joined piece (`enough`
    of its topic words, idf-weighted) better than `best`'s own heading does, while `best`'s
    own heading names the other piece and the ancestor's does not; the question asks the
    ancestor's topic and one of its areas together. A heading that itself says "X và Y"
    names both pieces fully, no ancestor better: `best` kept."""
    sides = _sides(folded)
    if not sides:
        return best
    words = [topic_of(s) for s in sides]
    if not all(words):
        return best
    for up in sorted(named, key=lambda b: -len(b.path)):  # the nearest part above first
        if len(up.path) >= len(best.path) or best.path[: len(up.path)] != up.path:
            continue
        for mine, other in ((0, 1), (1, 0)):
            holds_mine = named_by(words[mine], up)
            if (enough <= holds_mine and named_by(words[mine], best) < holds_mine
                    and named_by(words[other], up) < enough
                    and named_by(words[other], best) >= enough):  # fmt: skip
                return up
    return best
