"""A report's plan progress, the headline of its results (made up: "đã thực hiện được 40 nhiệm
vụ trong tổng số 48 nhiệm vụ, đạt 83,3% kế hoạch"): the share of its year's reform plan's tasks
done. A report often states it once, in its direction-and-management part, before the results
part a summary of results tells; that summary states it among its key figures all the same."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.structure import Para
from bot.summary_render import within
from bot.target_asked import TARGET
from core.text import fold
from index.facts import Fact

# The clause of a plan's progress names the plan's tasks and the plan. Folded.
_TASKS = re.compile(r"\bnhiem vu\b")
_PLAN = re.compile(r"\bke hoach\b")
# The share is one reached: "đạt" said at most this many words before it ("đạt 83,3%", "đạt tỷ
# lệ 83,3%"); a share said otherwise ("bảo đảm hoàn thành 100% nhiệm vụ") is a goal or a pledge.
REACHED_WORDS = 3
_REACHED = re.compile(r"\bdat\b")


def plan_progress(facts: Sequence[Fact]) -> Fact | None:
    """The first of `facts` that states a plan's progress: a share reached (`REACHED_WORDS`)
    in a clause that names the plan's tasks and the plan, not a target; None when none does."""
    for f in facts:
        share = f.value.rstrip("% ")  # ("đạt 83,3 %": the sign read apart from its figure)
        if f.kind != "percent" or share not in f.clause:
            continue
        clause = fold(f.clause)
        before = fold(f.clause[: f.clause.find(share)]).split()[-REACHED_WORDS:]
        if (
            _TASKS.search(clause)
            and _PLAN.search(clause)
            and _REACHED.search(" ".join(before))
            and not TARGET.search(" ".join(before))
        ):
            return f
    return None


def with_progress(left: list[Fact], facts: Sequence[Fact], told: Sequence[Para]) -> list[Fact]:
    """A results summary's untold key figures (`left`), led by the report's plan progress
    (`plan_progress` of its `facts`) where the paragraphs the summary tells (`told`) do not
    state it."""
    progress = plan_progress(facts)
    if progress is None or within(progress, told) or progress in left:
        return left
    return [progress, *left]
