"""The figure that counts what the question counts, before one that counts another thing: "dịch
vụ công mức độ 4 có bao nhiêu" is not answered by "dịch vụ công mức độ 4 là 28.184 hồ sơ" (a
count of dossiers of those services) when the clause beside it counts the services
("1.002 dịch vụ công cấp tỉnh"). What the question counts is the noun after "bao nhiêu" or,
with nothing after it, its subject (bot/counted.py `asked_thing`); what a figure counts is the
noun written after it or its label's (`own_thing`). A figure of another thing with no figure of
the asked thing among the runners-up is kept but doubted: the answer shows it unsure, never in
bold. Likewise a score or a rank asked (bot/measure_asked.py): the one figure among the first
three written as that measure ("87,38/100 điểm", not "tăng 11 bậc" or "xếp thứ 19/63") comes
first, decided by its own words."""

from __future__ import annotations

from collections.abc import Callable

import bot.extractive.parts_said as parts_said
from bot import counted, measure_asked
from bot.extractive.choice import Candidate
from core.query import ParsedQuery

# The doubt a figure of another thing than the one asked carries (shown unsure, never bold).
OTHER_THING = "counted"
# How many of the best-ranked figures are looked at for one of the asked measure.
_MEASURE_RIVALS = 3


def _text(c: Candidate) -> str:
    return c.hit.chunk.readable(c.span)


def other_thing(wanted: str, c: Candidate) -> bool:
    """Whether the candidate's figure counts by its own words another thing than `wanted`
    (a share, or a figure saying no count noun, is not judged here)."""
    own = counted.own_thing(_text(c), c.figure)
    if not wanted or not own or c.figure.rstrip().endswith("%"):
        return False
    return bool(counted.other_thing(f"bao nhieu {wanted}", _text(c), c.figure))


def thing_first(
    q: ParsedQuery, ranked: list[Candidate], said: Callable[[Candidate], bool]
) -> tuple[list[Candidate], bool, frozenset[str]]:
    """The ranking with a figure of the asked thing first when the best counts another thing,
    whether that decided the first, and the doubts left (`OTHER_THING` when no runner-up of
    the best's report counts the asked thing said as a total or part asked: its own words
    naming an asked part, or its label the thing, not "bồi dưỡng …: Cử 02 công chức"). Only
    for a question counting its subject (`subject_noun`). Among those, the one whose own words name the most parts the question asks comes
    first, then one `said` (its clause says the parts and levels asked), then the best-ranked."""
    # a count named after "bao nhiêu" is weighed by `counted_first` and bot/near_miss.py; an
    # amount, score or rank asked is a measure, not its subject's count ("vốn … là bao nhiêu")
    named = counted.asked_noun(q.folded) or measure_asked.asked_measure(q.folded)
    wanted = "" if named else counted.subject_noun(q.folded)
    if not ranked or not wanted or not other_thing(wanted, ranked[0]):
        return ranked, False, frozenset()
    best = ranked[0]
    asked = set(parts_said.asked_parts(q))

    def named_so(c: Candidate) -> bool:
        return bool(asked & parts_said.own_parts(_text(c), c.figure)) or counted.labelled(
            _text(c), c.figure, wanted
        )

    fits = [
        c for c in ranked[1:]
        if c.hit.chunk.report_id == best.hit.chunk.report_id
        and not c.doubts & {"level", "unit"}
        and counted.own_thing(_text(c), c.figure) == wanted
        and named_so(c)
    ]  # fmt: skip
    if not fits:
        return ranked, False, frozenset({OTHER_THING})

    def key(c: Candidate) -> tuple[int, bool, int]:
        named = len(asked & parts_said.own_parts(_text(c), c.figure))
        return -named, not said(c), ranked.index(c)

    first = min(fits, key=key)
    return [first] + [c for c in ranked if c is not first], True, frozenset()


def measure_first(q: ParsedQuery, ranked: list[Candidate]) -> tuple[list[Candidate], bool]:
    """The ranking with the one figure of the first three written as the score or rank the
    question asks first, and whether its words decided it (two or none such: as it was)."""
    asked = measure_asked.asked_measure(q.folded)
    if asked not in ("score", "rank") or not ranked:
        return ranked, False
    top = ranked[:_MEASURE_RIVALS]
    own = [c for c in top if measure_asked.figure_measure(_text(c), c.figure) == asked]
    if len(own) != 1:
        return ranked, False
    return own + [c for c in ranked if c is not own[0]], True
