"""Three things or more set against each other by a contrast word said between each two ("A vs
B vs C", "A versus B versus C"): the two-part reader (`bot/compare_parts.py`) splits at one
contrast only, so the last things ran into one part ("B vs C"). Here each thing after the first
is read as its own two-part question with the first ("… A vs B", "… A vs C …"), the words after
the last thing (as the last pair reads it: what all of them count, a date) lent to every pair; each part keeps the question
its pair reads of it, with its own filters. Kept only when every pair reads two parts, every pair
reads the first thing alike, and no two things read one label: else no parts (the other
readers, or the whole question, answer)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.compare_parts import MAX_PART, Part, parts_of
from core.query import ParsedQuery, parse_query

# The contrast words that chain: said twice or more, each sets one more thing apart. ("so với",
# "compared with" read a measure against a rival once, and are left to the two-part reader.)
_CHAIN = re.compile(r"\s+(?:vs\.?|versus)\s+", re.IGNORECASE)
MAX_SIDES = 6  # things chained at most: a longer run of contrasts is no question of parts


def chained_parts(q: ParsedQuery, en: bool = False) -> list[Part]:
    """One part per thing of a chain of three or more contrasted things (see the module); []
    when the question chains fewer, or a pair does not read two parts."""
    pieces = _CHAIN.split(q.text.strip())
    if not 3 <= len(pieces) <= MAX_SIDES or any(not p.strip() for p in pieces):
        return []
    first, middle, last = pieces[0], pieces[1:-1], pieces[-1]
    if any(len(m.split()) > MAX_PART for m in middle):
        return []  # a middle thing of many words says more than one thing: no chain
    final = parts_of(_asked(q, f"{first} vs {last}"), en)
    if len(final) != 2:
        return []
    tail = _tail(last, len(final[1].label.split()))
    read = [parts_of(_asked(q, f"{first} vs {m}{tail}"), en) for m in middle] + [final]
    if any(len(r) != 2 for r in read):
        return []
    if len({r[0].label for r in read}) != 1:
        return []  # the first thing read otherwise against another: no one chain
    parts = [read[0][0], *(r[1] for r in read)]
    labels = [p.label for p in parts]
    if any(not lab for lab in labels) or len(set(labels)) != len(labels):
        return []
    return parts


def _tail(last: str, n: int) -> str:
    """The words after the last thing (its first `n` words, as its pair reads it), lent to each
    middle thing: what all are said of ("… B vs C in 2022": " in 2022"), or its stop ("?")."""
    words = last.split()
    if len(words) <= n:
        end = re.search(r"[?!.]+$", last)
        return end.group(0) if end else ""
    return " " + " ".join(words[n:])


def _asked(q: ParsedQuery, text: str) -> ParsedQuery:
    """The question of one pair, read afresh, its places and periods those of the whole (parts
    are of one place and period: several places or periods are sides, `bot/compare_sides.py`)."""
    return replace(parse_query(text), provinces=q.provinces, years=q.years, quarter=q.quarter)
