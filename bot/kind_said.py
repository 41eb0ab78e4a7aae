"""The list a question asks of one thing: a kind of section said of it ("hạ tầng … còn hạn chế
những gì?"), or what it focused on ("… tập trung vào những gì?")."""

from __future__ import annotations

import re

from bot.intents_types import section_kind, section_kinds
from core.query import ParsedQuery

# A kind of section said of one thing, not asked as a section: "hạ tầng … còn hạn chế những
# gì?", "việc số hóa vẫn gặp khó khăn gì?" (the kind word right after còn / vẫn / gặp, then the
# asking word), where a report's "còn nhiều hạn chế như: A, B, C" is the answer.
_SAID_OF = re.compile(
    r"\b(?:con|van|gap|dang gap)\s+(?:nhieu\s+|mot so\s+)?"
    r"(han che|kho khan|vuong mac|bat cap|yeu kem)\s+(?:(?:nhung|cac)\s+)?(?:\w+\s+)?(?:gi|nao)\b"
)


def kind_said_of(q: ParsedQuery) -> list[str]:
    """The kind word ('han che') of a question that says it of one thing ("hạ tầng … còn hạn
    chế những gì?"), to find the list it announces in a report; [] otherwise."""
    # "do đâu X vẫn yếu kém", "why does X still face problems": the kind word
    # only says what the causes explain; the causes section is asked, not that list
    if section_kind(q) is None or "causes" in section_kinds(q):
        return []
    m = _SAID_OF.search(q.folded)
    return [m.group(1)] if m else []


# "What did … focus on?", "… tập trung vào những gì?": the list a report leads in with "tập
# trung" ("… tập trung phản ánh việc A; B; C").
_FOCUS = re.compile(r"\bfocus(?:ed|es|ing)?\s+on\b|\btap trung\s+(?:\w+\s+){0,3}?(?:gi|nao)\b")


def focus_of(q: ParsedQuery) -> list[str]:
    """["tap trung"] for a question asking what something focused on, else []."""
    return ["tap trung"] if _FOCUS.search(q.folded) else []
