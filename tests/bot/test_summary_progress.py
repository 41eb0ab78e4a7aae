"""A results summary's figures are led by the report's own plan progress
(bot/summary_progress.py), when the whole results part is asked. Made-up report lines."""

from __future__ import annotations

from dataclasses import replace

from bot.section_answer import SectionAnswerer
from bot.summary_answer import SummaryAnswerer
from bot.summary_progress import REACHED_WORDS, own_plan, plan_progress, with_progress
from core.query import parse_query
from core.text import fold
from index.facts import Fact, build_facts
from tests.helpers.facts import clause_fact
from tests.helpers.mini_index import REPORT, everything, mini_index
from tests.helpers.paras import paras

DONE = "Ban chỉ huy đã hoàn thành 14/20 nhiệm vụ của kế hoạch, đạt 70 % kế hoạch."


def _share(clause: str, value: str, chunk: str = "r:0") -> Fact:
    return replace(clause_fact(clause, value), kind="percent", chunk_id=chunk)


def test_a_share_of_the_plans_tasks_reached_is_its_progress() -> None:
    done = _share(DONE, "70%")
    assert plan_progress([done]) is done


def test_a_pledge_a_goal_or_another_share_is_no_progress() -> None:
    pledge = _share(
        "Tiếp tục thực hiện các nhiệm vụ kế hoạch, phấn đấu hoàn thành 100% nhiệm vụ.", "100%"
    )
    goal = _share("Kế hoạch đặt mục tiêu đạt 95% nhiệm vụ được giao.", "95%")
    other = _share("Tỷ lệ hộ dân được sơ tán kịp thời đạt 90%.", "90%")
    assert plan_progress([pledge, goal, other]) is None


def test_reached_is_said_at_most_reached_words_before_the_share() -> None:
    assert REACHED_WORDS == 3
    near = _share("Hoàn thành 9 nhiệm vụ của kế hoạch, đạt tỷ lệ 45%.", "45%")
    assert plan_progress([near]) is near  # "đạt tỷ lệ": two words before
    far = _share("Hoàn thành 9 nhiệm vụ của kế hoạch, đạt tỷ lệ là 45%.", "45%")
    assert plan_progress([far]) is None  # "đạt" the fourth word before: no reach said


def test_a_plan_of_another_topic_than_the_reports_is_a_sub_plan() -> None:
    title = "Báo cáo kết quả công tác phòng chống thiên tai năm 2031"
    sub = "Hoàn thành 8/10 nhiệm vụ theo Kế hoạch chuyển đổi số năm 2031, đạt 80%."
    own = "Hoàn thành 8/10 nhiệm vụ theo Kế hoạch phòng chống thiên tai năm 2031, đạt 80%."
    assert not own_plan(fold(sub), title)
    assert own_plan(fold(own), title)
    assert own_plan(fold(DONE), title)  # "kế hoạch" named by no topic: the report's own
    assert plan_progress([_share(sub, "80%")], title) is None


def test_progress_leads_the_figures_only_where_the_summary_does_not_tell_it() -> None:
    elsewhere = _share(DONE, "70%", chunk="r:9")
    told = paras(DONE)
    here = replace(elsewhere, chunk_id=told[0].chunk.id, span_start=told[0].start)
    other = replace(clause_fact("Gia cố 35 km đê bao.", "35"), chunk_id="r:5")
    assert with_progress([other], [elsewhere], told) == [elsewhere, other]
    assert with_progress([other], [here], told) == [other]
    assert with_progress([other], [], told) == [other]


def _report(progress: str) -> str:
    return f"""BÁO CÁO
Kết quả công tác phòng chống thiên tai năm 2031

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

{progress} Tổ chức 6 cuộc họp trực tuyến với các xã.

II. KẾT QUẢ THỰC HIỆN

- Gia cố đê điều: Đã gia cố 35 km đê bao ven sông, nạo vét 12 kênh tiêu úng.

- Sơ tán dân cư vùng ven biển: Đã di dời 420 hộ dân khỏi vùng sạt lở.

- Cứu trợ lương thực: Đã cấp 60 tấn gạo cho các xã bị ngập.

III. PHƯƠNG HƯỚNG NĂM 2032

Tiếp tục gia cố đê bao.
"""


def _summary(progress: str, question: str) -> str:
    title = "Báo cáo kết quả công tác phòng chống thiên tai năm 2031"
    index = mini_index(_report(progress), replace(REPORT, title=title))
    facts = build_facts(index.reports.values(), index.chunks)
    ans = SummaryAnswerer(index, SectionAnswerer(index), facts).answer(
        parse_query(question), everything(index), "vi"
    )
    assert ans is not None
    return ans.text


def test_the_results_part_summary_states_the_plans_progress_told_elsewhere() -> None:
    text = _summary(DONE, "Tóm tắt phần II kết quả thực hiện công tác phòng chống thiên tai")
    assert "420 hộ dân" in text
    assert "đạt 70 %" in text


def test_one_area_asked_or_a_sub_plan_gets_no_plan_progress() -> None:
    area = _summary(DONE, "Tóm tắt kết quả sơ tán dân cư vùng ven biển")
    assert "420 hộ dân" in area
    assert "đạt 70" not in area
    sub = "Hoàn thành 8/10 nhiệm vụ theo Kế hoạch chuyển đổi số năm 2031, đạt 80%."
    text = _summary(sub, "Tóm tắt phần II kết quả thực hiện công tác phòng chống thiên tai")
    assert "420 hộ dân" in text
    assert "đạt 80" not in text
