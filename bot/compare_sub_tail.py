"""A part of the last compared part asked after both are named: "A so với B, trong đó bao nhiêu
X?", "A versus B, and of which how many X?". The split of `bot/compare_parts.py` lends the
trailing "trong đó …" clause to every part's question, so the last part is asked its sub-part
(the "trong đó" figure) in place of its own whole. Here the clause is taken off every part's
question, and asked as a third part: the last part's question with the clause, since a part
named just before "trong đó" is what it breaks down."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.compare_parts import Part, part_question
from core.text import fold

# The trailing clause (folded): a breakdown opening, then a number asked in words, to the end.
_TAIL = re.compile(
    r"[,;]?\s*\b(?:and\s+)?(?:trong (?:so )?do|of (?:which|whom|them)|among them)\b"
    r"(?=[^,;]*\b(?:bao nhieu|how many|how much|may)\b)[^,;]*$"
)
# The words of the clause that only open it or ask it: not the sub-part's label.
_ASKING = re.compile(
    r"\b(?:and|trong (?:so )?do|of (?:which|whom|them)|among them|bao nhieu|how many|how much|"
    r"may|la|is|are|were|was)\b"
)


def _tail_at(text: str) -> int:
    """Where a trailing "trong đó …" clause asking a number starts in a question's text; -1
    for none (folding keeps the text's length, so the folded position is the text's)."""
    folded = fold(text, repair=False)
    m = _TAIL.search(folded.rstrip(" ?.")) if len(folded) == len(text) else None
    return m.start() if m else -1


def sub_tail(parts: Sequence[Part]) -> list[Part]:
    """The parts with a trailing "trong đó" clause every part's question carries taken off
    each, and asked as a part of its own after them (see the module); the parts themselves
    when two parts do not all carry one same such clause."""
    if len(parts) != 2:
        return list(parts)
    cut = [_tail_at(p.query.text) for p in parts]
    if min(cut) < 0:
        return list(parts)
    tails = {fold(p.query.text[k:], repair=False).strip(" ,;?.") for p, k in zip(parts, cut, strict=True)}
    if len(tails) != 1:
        return list(parts)
    tail = parts[-1].query.text[cut[-1] :].strip(" ,;?.")
    label = " ".join(_ASKING.sub(" ", fold(tail, repair=False)).split())
    if not label:
        return list(parts)
    words = [w for w in tail.split() if fold(w, repair=False).strip(",;?.") in label.split()]
    whole = [Part(p.label, part_question(p.query.text[:k])) for p, k in zip(parts, cut, strict=True)]
    return [*whole, Part(" ".join(words) or tail, parts[-1].query)]
