"""Follow-ups: a message continues the previous question only when it lacks its own subject
(what is counted) and names a new province, period or level, or starts with a follow-up marker
("còn", "thì sao", "what about", "và"). Chained follow-ups keep the original topic; a complete
question or small talk never merges."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.extractive import PART_PHRASES, STOP, asked_levels
from bot.intents import smalltalk_kind
from core.places import strip_places
from core.query import ParsedQuery, parse_query
from index.lexical import tokenize

_MARKER = re.compile(
    r"^(?:con|va|the con|vay con|con voi|what about|how about|and|and for|same for)\b"
    r"|\b(?:thi sao|the nao|ra sao|thi the nao|what about|how about)\b"
)
# Words that ask something of their own: with a subject, the message is a complete question.
_ASKS = re.compile(
    r"\b(bao nhieu|so luong|tong so|ty le|how many|how much|what is|what was|what are|which|"
    r"who|when|ai|nao|gi|may)\b"
)
# Words that name no subject: markers, levels, periods, parts' qualifiers.
_NOT_SUBJECT = frozenset(
    """con va thi sao the nao ra vay voi what about how and same for also too then muc do level
    cap quy q i ii iii iv nam year quarter thang dau cuoi 6 half first second third fourth
    nhe a the oi""".split()  # noqa: SIM905
) | {t for p in PART_PHRASES for t in p}
_PERIOD_WORDS = re.compile(
    r"\b(?:quy|q)\s*(?:iv|iii|ii|i|[1-4])\b|\b(?:19|20)\d\d\b|\b6 thang (?:dau|cuoi) nam\b"
)
_LEVEL_WORDS = re.compile(r"\b(?:muc do|muc|level)\s+[1-4](?:\s*(?:,|va|and)\s*[1-4])*\b")


def subject_words(q: ParsedQuery) -> list[str]:
    """What the message counts or asks about: its words without places, periods, levels,
    parts of a breakdown, follow-up markers and question words."""
    text = _PERIOD_WORDS.sub(" ", strip_places(q.folded))
    return [
        t for t in tokenize(text)
        if t not in STOP and t not in _NOT_SUBJECT and not t.isdigit()
    ]  # fmt: skip


def names_scope(q: ParsedQuery) -> bool:
    """Whether the message names a province, a period, a service level or a part."""
    parts = any(
        " ".join(p) in f" {q.folded} " or re.search(rf"\b{' '.join(p)}\b", q.folded)
        for p in PART_PHRASES
    )
    return bool(q.provinces or q.years or q.quarter or asked_levels(q.expanded) or parts)


def is_follow_up(q: ParsedQuery) -> bool:
    """A message that continues the previous question (see the module docstring)."""
    if smalltalk_kind(q.folded, follow_up=True) is not None:
        return False
    subject = subject_words(q)
    if _MARKER.search(q.folded):
        # "Còn Hải Dương có bao nhiêu TTHC?" is complete: its own subject, its own question.
        return not (subject and _ASKS.search(q.folded))
    return not subject and names_scope(q)


def _topic(prev: ParsedQuery, new: ParsedQuery) -> str:
    """The previous question's words without what the new message replaces: provinces (when
    it names one), period (when it names one), level (when it names one)."""
    topic = prev.folded
    if new.provinces:
        topic = strip_places(topic)
    if new.years or new.quarter:
        topic = _PERIOD_WORDS.sub(" ", topic)
    if asked_levels(new.expanded):
        topic = _LEVEL_WORDS.sub(" ", topic)
    return re.sub(r"\s+", " ", topic).strip()


def merge(new: ParsedQuery, prev: ParsedQuery) -> ParsedQuery:
    """The follow-up read with the previous question's topic."""
    merged = parse_query(f"{new.text} {_topic(prev, new)}")
    return ParsedQuery(
        text=new.text, folded=merged.folded, expanded=merged.expanded,
        provinces=new.provinces or prev.provinces,
        years=new.years or prev.years,
        quarter=new.quarter or (0 if new.years else prev.quarter),
    )  # fmt: skip


def with_history(q: ParsedQuery, history: Sequence[tuple[str, str]]) -> ParsedQuery:
    """The question as asked in its conversation: a follow-up takes the topic of the last real
    question (itself resolved the same way, so a chain keeps the first topic); small talk in
    between is skipped."""
    if not history or not is_follow_up(q):
        return q
    topic: ParsedQuery | None = None
    for past, _ in history:
        pq = parse_query(past)
        if smalltalk_kind(pq.folded) is not None:
            continue
        topic = merge(pq, topic) if topic is not None and is_follow_up(pq) else pq
    return q if topic is None else merge(q, topic)
