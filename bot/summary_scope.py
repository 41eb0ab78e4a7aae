"""A summary asked of several parts together: the results and the work ahead ("tóm lược kết
quả … và nhiệm vụ …", "main results … and its priorities for …", "tình hình … và phương hướng
…"), or the results and their limits. Neither part alone answers it (the tasks section alone
drops every result; one area of the results drops the rest): the report is summarised, or the
one part whose heading names the topic the question gives beside those kinds of part."""

from __future__ import annotations

import re

from bot.intents_types import kind_spans

# Words that ask for a report's results (its state of things), folded.
RESULTS_ASKED = re.compile(r"\b(?:ket qua|tinh hinh|results?|achievements?|progress)\b")
# The work ahead named plainly, which the tasks kind reads only with more words ("nhiệm vụ
# 2023": "nhiệm vụ" and a year; "its tasks", "the plans for …").
_AHEAD = re.compile(
    r"\b(?:nhiem vu|phuong huong|dinh huong|tasks?|plans? for|priorit\w*|next steps?)\b"
)
# What joins two parts asked: a conjunction or a comma (not "kết quả thực hiện nhiệm vụ": the
# results OF the tasks, one thing).
_AND = re.compile(r"\b(?:va|and|cung nhu|as well as|along with|kem theo)\b|[,&;]")


def _other_parts(folded: str) -> list[tuple[int, int]]:
    """Where a question names a part other than the results: a kind of section or the work
    ahead."""
    spans = [(s, e) for s, e, _ in kind_spans(folded)]
    return spans + [m.span() for m in _AHEAD.finditer(folded)]


def several_parts(folded: str) -> bool:
    """Whether a (folded) summary question asks for the results and another part joined to
    them ("kết quả … và nhiệm vụ …"; "limitations and results"), either order."""
    others = _other_parts(folded)
    for m in RESULTS_ASKED.finditer(folded):
        for s, e in others:
            between = folded[m.end() : s] if s >= m.end() else folded[e : m.start()]
            if (s >= m.end() or e <= m.start()) and _AND.search(between):
                return True
    return False


def without_parts(folded: str) -> str:
    """A (folded) question without the words that name the parts it asks (results, tasks,
    limits …): what is left names its topic, if any."""
    spans = [m.span() for m in RESULTS_ASKED.finditer(folded)] + _other_parts(folded)
    chars = list(folded)
    for s, e in spans:
        chars[s:e] = " " * (e - s)
    return "".join(chars)
