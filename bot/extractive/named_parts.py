"""Which items of a clause's breakdown a question names by their own words, and which figures
of the clause are another part or level than the one asked (the scorer's doubts of them)."""

from __future__ import annotations

from bot.extractive.breakdown import named_items, negated_items
from bot.extractive.concepts import _TOTAL, Concept
from bot.extractive.dossier_action import asked_action
from bot.extractive.kinds import KIND_PHRASES
from bot.extractive.left_out import only_left_out
from bot.extractive.levels import other_level
from bot.extractive.negation import asked_words, said_otherwise
from bot.extractive.question import _ASKS_REMAINDER, KIND_FAMILIES, _question_facts
from bot.extractive.sites import _Site
from core.query import ParsedQuery


def _topic_concepts(q: ParsedQuery, needed: list[Concept]) -> list[tuple[tuple[str, ...], ...]]:
    """The wordings of the question's concepts that may name a part of a breakdown; none when
    it asks a total ("tổng cộng", "in total": the headline, not a part)."""
    if _TOTAL.search(q.folded):
        return []
    return [c.alternatives for c in needed
            if "tong" not in c.alternatives[0] and not only_left_out(q.folded, c.alternatives)]


def _named_and_other_parts(
    q: ParsedQuery, facts: list[_Site], needed: list[Concept],
    parts: tuple[tuple[str, ...], ...], kinds: frozenset[tuple[str, ...]],
) -> tuple[set[int], dict[int, set[str]], set[int]]:  # fmt: skip
    """Of a clause's figures (`facts`): the items of a breakdown the question names by their
    own words (`named_items`: "bao nhiêu viên chức" in "103 người trong đó có 90 viên chức và
    13 …"), and the doubts of the figures that are another part than the one asked: that
    item's headline
    and siblings; every figure of a clause about another kind of money than the asked one
    (`kinds`: the `KIND_FAMILIES` phrases the clause says); what remains ("144/147 còn 03 …")
    when the question does not ask what remains. Items are named only where the question
    names none of the known parts (`PART_PHRASES`): those are read in the labels whole, while
    a breakdown's first item often carries words all its items share ("giải quyết trước hạn:
    80.502, đúng hạn: …"). A figure naming no service level is another level than the asked
    one when a figure of its clause names exactly that level (the total of all levels). Third:
    the figures whose own words deny what the question asks or say what it denies
    (`negation.denies_asked`) or set it as a goal unasked: another part, scored down (a figure
    of another year than the asked one is `years.year_fit`'s: cut once, in doubt of "period")."""
    levels = _question_facts(q)[1]
    remainder_asked = bool(_ASKS_REMAINDER.search(q.folded))
    said_no = said_otherwise(facts, asked_words(q), remainder_asked)
    by_label = (
        set() if parts else
        named_items([(f.pos, f.group, f.own, f.subject, f.is_percent) for f in facts],
                    _topic_concepts(q, needed))
    )  # fmt: skip
    if not parts:  # an item that denies the asked words is the rest ("không giữ chức danh …")
        denied = negated_items(
            [(f.pos, f.group, f.own, f.subject, f.is_percent) for f in facts],
            _topic_concepts(q, needed), q.expanded,
        )  # fmt: skip
        by_label -= denied
    else:
        denied = set()
    acted = asked_action(q)  # received or returned: an item of the other action is not named
    by_label -= {i for i, f in enumerate(facts) if acted and f.action and f.action != acted}
    groups = {facts[i].pos if facts[i].group == -1 else facts[i].group for i in by_label}
    asked_kinds = [p for p in parts if p in KIND_PHRASES]
    other_kind = bool(asked_kinds) and not kinds & set(asked_kinds) and any(
        o in kinds for f in KIND_FAMILIES if set(f) & set(asked_kinds) for o in f
    )  # fmt: skip
    other: dict[int, set[str]] = {}
    for i, f in enumerate(facts):
        if i not in by_label and (
            f.group in groups or f.pos in groups or other_kind
            or (f.remainder and not remainder_asked) or i in denied or i in said_no
        ) or (acted and f.action and f.action != acted):  # fmt: skip
            other.setdefault(i, set()).add("part")
        if other_level(levels, f.levels, f.is_percent, [g.levels for g in facts]):
            other.setdefault(i, set()).add("level")
    return by_label - said_no, other, said_no
