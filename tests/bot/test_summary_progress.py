"""A results summary's figures are led by the report's plan progress (bot/summary_progress.py)."""

from __future__ import annotations

from dataclasses import replace

from bot.summary_progress import plan_progress, with_progress
from index.facts import Fact
from tests.helpers.facts import clause_fact
from tests.helpers.paras import paras


def _share(clause: str, value: str, chunk: str = "r:0") -> Fact:
    return replace(clause_fact(clause, value), kind="percent", chunk_id=chunk)


def test_a_share_of_the_plans_tasks_reached_is_its_progress() -> None:
    done = _share(
        "Đã hoàn thành 40 nhiệm vụ trong tổng số 48 nhiệm vụ, đạt 83,3 % kế hoạch.", "83,3%"
    )
    assert plan_progress([done]) is done


def test_a_pledge_a_goal_or_another_share_is_no_progress() -> None:
    pledge = _share(
        "Tiếp tục thực hiện các nhiệm vụ kế hoạch, bảo đảm hoàn thành 100% nhiệm vụ.", "100%"
    )
    goal = _share("Kế hoạch đặt mục tiêu đạt 95% nhiệm vụ được giao.", "95%")
    other = _share("Tỷ lệ hồ sơ trực tuyến đạt 62%.", "62%")
    assert plan_progress([pledge, goal, other]) is None


def test_progress_leads_the_figures_only_where_the_summary_does_not_tell_it() -> None:
    text = "Đã hoàn thành 40 nhiệm vụ trong tổng số 48 nhiệm vụ, đạt 83,3 % kế hoạch."
    elsewhere = _share(text, "83,3%", chunk="r:9")
    told = paras(text)
    here = replace(elsewhere, chunk_id=told[0].chunk.id, span_start=told[0].start)
    other = replace(clause_fact("Cấp 1.200 chữ ký số.", "1.200"), chunk_id="r:5")
    assert with_progress([other], [elsewhere], told) == [elsewhere, other]
    assert with_progress([other], [here], told) == [other]
    assert with_progress([other], [], told) == [other]
