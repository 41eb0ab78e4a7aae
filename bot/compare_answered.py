"""A comparison side the fact ranking leaves missing, filled by the side's own single-figure
answer: the figure the figure answerer states (with its own confidence: an answer it doubts or
abstains on fills nothing) when the fact it reads keeps the kind of thing the question asks,
checked against the fact table (a share for a share, a count for a count, the asked level and
scope, the asked unit and counted noun said in the figure's clause, things in the asked state).
A figure of another kind leaves the side missing: a missing cell beats a wrong bold figure."""

from __future__ import annotations

from bot.compare_actor import other_actor
from bot.compare_done import not_done
from bot.compare_facts import (
    ADDED,
    REMAINDER,
    added,
    is_bare,
    other_year,
    remainder,
    targeted,
)
from bot.compare_kind import Asked, family, fits
from bot.compare_outlets import fact_of_other_outlet
from bot.compare_pick import Pick
from bot.compare_rules import channelled, in_clause, online_asked, online_near, other_status
from bot.compare_sides import Side
from bot.compare_tiers_joined import tiers_joined
from bot.side_noun import counts_another_kind
from core.query import ParsedQuery
from core.result import Answer
from index.facts import Fact

# The share of the question's topic words a figure must hold to be the asked subject's at all,
# though not enough to stand on its own: what a side no fact settles may show unsure
# (`compare_cells`), and what a side's own answer must hold to fill or settle it (`topical`): a
# figure the answerer found on a line of another subject is no figure of the asked thing.
DOUBTED_TOPIC = 0.4


def stated(a: Answer | None) -> bool:
    """Whether an answer states one figure in bold (not abstained, not "not sure")."""
    return a is not None and not a.abstained and bool(a.figure) and bool(a.citations)


def keeps_kind(q: ParsedQuery, sq: ParsedQuery, side: Side, asked: Asked, f: Fact) -> bool:
    """Whether a figure an answer states (`q` the whole question, `sq` the side's) is of the
    asked kind of thing: it fits the asked share/count, level and scope (`fits`), counts
    things in the asked state and through the asked channel, is a result (not a target, what
    is left or what is new, unless asked), holds for the side's period, and its clause says
    every asked unit (a share: what it is a share of and what they have) or, for a count, one
    of them, and the counted noun."""
    if not fits(asked, f) or is_bare(f) or other_year(f, side.years) or other_status(sq, f):
        return False
    if not_done(sq.folded, f):
        return False  # "trong tổng số 88" for the part done: the whole, or nothing said done
    if fact_of_other_outlet(sq, f) or other_actor(sq, f):
        return False  # another outlet's or actor's count ("Báo Hà Tĩnh" for the web portal's)
    if targeted(f) or (remainder(f) and not REMAINDER.search(sq.folded)):
        return False
    if tiers_joined(sq, f.clause, f.value):
        return False  # "… cấp tỉnh và cấp huyện" for one tier: the tiers' sum, not its figure
    if added(f) and not ADDED.search(sq.folded):
        return False
    if online_asked(q, sq) and not online_near(f):
        return False  # "hồ sơ tiếp nhận trực tuyến": not the count of every channel
    if channelled(asked, f):
        return False  # "… qua dịch vụ BCCI": one channel's count, a channel not asked
    if f.unit and f.unit != "%" and asked.units and family(f.unit) not in asked.units:
        return False  # "45 TTHC" for a count of dossiers
    if counts_another_kind(f, asked.units):
        return False  # "… 120 bộ hồ sơ thủ tục hành chính" for a count of procedures
    if asked.units:
        said = [in_clause(u, f) for u in sorted(asked.units)]
        if not (all(said) if asked.percent else any(said)):
            return False
    return not asked.counted or in_clause(asked.counted, f)


def topical(asked: Asked, said: Fact, picks: list[Pick]) -> bool:
    """Whether the side's ranking `picks` reads the fact an answer states (or its whole, or a
    fact of the same figure in the same passage: the quote cannot tell them apart) as holding
    `DOUBTED_TOPIC` of the question's topic words ("… cảnh báo các lỗ hổng …" holds none of a
    count of news items); true when the question has no topic words, or when the ranking left
    the fact out by a rule of its own (a share said before what it holds for: `keeps_kind`)."""
    topics = [p.topic for p in picks if p.fact.id in (said.id, said.parent) or (
        p.fact.chunk_id == said.chunk_id and p.fact.norm == said.norm
    )]  # fmt: skip
    return not asked.words or not topics or max(topics) >= DOUBTED_TOPIC
