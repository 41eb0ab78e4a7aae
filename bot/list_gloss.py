"""The reports' own words an English list question gives in brackets ("what are the crews
(tổ công tác)"), and the English plural noun they follow."""

from __future__ import annotations

import re

from core.places import strip_places
from core.text import is_syllable

NOT_PLURAL = frozenset(["this", "its", "his", "status", "progress", "process", "news", "us",
                         "basis", "analysis", "address", "success"])  # fmt: skip

# A phrase in brackets ("what are its crews (tổ công tác)?"); the words that ask for a list.
_BRACKETED = re.compile(r"\(([^()]+)\)")
_ASKING_EN = re.compile(r"\b(?:which|what|list)\b")
GLOSS_WORDS = 2  # fewer words in brackets are no gloss: one syllable is often an English word


def plural(word: str) -> bool:
    """An English plural noun by its ending ("units", "agencies"; not "business", "news")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss") and (
        word not in NOT_PLURAL
    )


def vi_gloss(folded: str) -> str:
    """The reports' own words an English question gives in brackets for what it lists ("what
    are the crews (tổ công tác)", folded): a bracketed phrase of `GLOSS_WORDS` or more words,
    each a Vietnamese syllable, right after the first plural noun the asking words lead to
    (the thing listed; "which units … in the plans ahead (phương hướng)" glosses the part of
    the report, not the units); "" when there is none ("(part II of report 12)", "(online
    payment gateway)" are English; "(Tuyên Quang)" is a place)."""
    ask = _ASKING_EN.search(folded)
    if ask is None:
        return ""
    for m in _BRACKETED.finditer(folded, ask.end()):
        words = m.group(1).split()
        if len(words) < GLOSS_WORDS or not all(is_syllable(w) for w in words):
            continue
        if not strip_places(m.group(1)):  # "(Tuyên Quang)": a place, where, not what is listed
            continue
        before = [w.strip(",.;:'’") for w in folded[ask.end() : m.start()].split()]
        plurals = [i for i, w in enumerate(before) if plural(w)]
        if plurals and plurals[0] == len(before) - 1:
            return m.group(1) + " "
    return ""
