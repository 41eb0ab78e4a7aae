"""A report's plan progress, the headline of its results (made up: "hoàn thành 14/20 nhiệm vụ
của kế hoạch, đạt 70%"): the share of its own plan's tasks done. A report often states it once,
in its direction-and-management part, before the results part a summary of results tells; that
summary states it among its key figures all the same. A plan of another topic than the report's
("Kế hoạch chuyển đổi số" in a report on another reform) is a sub-plan: its progress is none."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.structure import Para
from bot.summary_render import within
from bot.target_asked import TARGET
from core.query import expand
from core.text import fold
from index.facts import Fact

# The clause of a plan's progress names the plan's tasks and the plan. Folded.
_TASKS = re.compile(r"\bnhiem vu\b")
_PLAN = re.compile(r"\bke hoach\b")
# The share is one reached: "đạt" said at most this many words before it ("đạt 70%", "đạt tỷ lệ
# 70%"); a share said otherwise ("phấn đấu hoàn thành 100% nhiệm vụ") is a goal or a pledge.
REACHED_WORDS = 3
_REACHED = re.compile(r"\bdat\b")
# A plan's name: the words after "kế hoạch" up to its number, year, owner or a punctuation mark
# ("Kế hoạch chuyển đổi số năm 2024" → "chuyển đổi"); words of every report's title ("thực hiện
# công tác") name no topic.
_PLAN_NAME = re.compile(r"\bke hoach\b([a-z ]*)")
_NAME_ENDS = frozenset("so nam cua de duoc giao nay da trong theo va dat tinh huyen ubnd".split())  # noqa: SIM905
_NO_TOPIC = frozenset("thuc hien cong tac ket qua trien khai phat".split())  # noqa: SIM905


def _plan_named(clause: str) -> list[str]:
    """The topic words of the first plan a folded clause names ([] for "kế hoạch" alone)."""
    m = _PLAN_NAME.search(clause)
    words: list[str] = []
    for w in (m.group(1) if m else "").split():
        if w in _NAME_ENDS:
            break
        words.append(w)
    return [w for w in words if w not in _NO_TOPIC]


def own_plan(clause: str, title: str) -> bool:
    """Whether the plan a folded clause names is the report's own: named by no topic, or by one
    its `title` names too (abbreviations read either way: "CCHC", "cải cách hành chính")."""
    named = _plan_named(clause)
    if not named:
        return True
    said = set(expand(fold(title)).split()) - _NO_TOPIC
    return bool(set(expand(" ".join(named)).split()) & said)


def plan_progress(facts: Sequence[Fact], title: str = "") -> Fact | None:
    """The first of `facts` that states the report's own plan's progress: a share reached
    (`REACHED_WORDS`) in a clause that names the plan's tasks and a plan its `title` names
    (`own_plan`), not a target; None when none does."""
    for f in facts:
        share = f.value.rstrip("% ")  # ("đạt 70 %": the sign read apart from its figure)
        if f.kind != "percent" or share not in f.clause:
            continue
        clause = fold(f.clause)
        before = fold(f.clause[: f.clause.find(share)]).split()[-REACHED_WORDS:]
        if (
            _TASKS.search(clause)
            and _PLAN.search(clause)
            and _REACHED.search(" ".join(before))
            and not TARGET.search(" ".join(before))
            and own_plan(clause, title)
        ):
            return f
    return None


def with_progress(
    left: list[Fact], facts: Sequence[Fact], told: Sequence[Para], title: str = ""
) -> list[Fact]:
    """A results summary's untold key figures (`left`), led by the report's plan progress
    (`plan_progress` of its `facts`, the report titled `title`) where the paragraphs the
    summary tells (`told`) do not state it."""
    progress = plan_progress(facts, title)
    if progress is None or within(progress, told) or progress in left:
        return left
    return [progress, *left]
