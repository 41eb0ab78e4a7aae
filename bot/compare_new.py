"""A comparison that asks for new things ("new reading rooms", "xây dựng mới bao nhiêu"): a
side's stated figure must be said as new. A figure its line says is kept on ("duy trì … 40
phòng đọc") or one beside another figure its line says is new ("xây dựng mới 6 phòng đọc, …
nâng tổng số lên 52 phòng": 6 is new, 52 is not) is not clearly the side's new count; the
table shows it "not sure" (bot/compare_subject.py). A line that says nothing new of any
figure is not judged: its report may word the new things otherwise."""

from __future__ import annotations

import re

from bot.compare_facts import ADDED, ADDED_ASKED, NEW_AFTER
from bot.figure_clause import SENTENCE_OPENS, clause_before, figure_at

# A number in a folded line ("3", "1.044", "55,82").
_NUMBER = re.compile(r"(?<![\d.,])\d(?:[\d.,]*\d)?(?![\d])")
# Characters before a number read for the one word right before it ("mới", "thêm"): longer
# than any word with its spaces and punctuation, so that word is always whole.
WORD_BEFORE = 20
# Things kept on, not new: "duy trì" (maintained) before the figure in its sentence.
_KEPT = re.compile(r"\bduy tri\b")


def _added_at(folded: str, start: int, end: int) -> bool:
    """Whether the number at `start:end` is said as new: "mới"/"thêm" the word right before
    it, or "mới" closing its noun right after it (as `compare_facts.added` reads a fact)."""
    before = folded[max(0, start - WORD_BEFORE) : start].split()[-1:]
    if before and ADDED.fullmatch(before[0]):
        return True
    after = re.split(r"[,;:()]", folded[end:], maxsplit=1)[0].split()[:NEW_AFTER]
    return "moi" in after[1:] and "thon" not in after  # "nông thôn mới" is a name


def not_new(text: str, quote: str, figure: str) -> bool:
    """Whether a question (`text`, as asked) asks for new things and the figure's line says it
    is kept on, or says another of its figures is new and not this one."""
    if not ADDED_ASKED.search(text):
        return False
    found = figure_at(quote, figure)
    if found is None:
        return False
    folded, at = found
    if _added_at(folded, at.start(), at.end()):
        return False
    if _KEPT.search(clause_before(folded, at.start(), SENTENCE_OPENS)):
        return True
    return any(_added_at(folded, m.start(), m.end()) for m in _NUMBER.finditer(folded)
               if m.start() != at.start())  # fmt: skip
