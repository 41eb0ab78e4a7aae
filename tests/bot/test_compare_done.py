"""The part done asked alone (bot/compare_done.py): a figure said done answers it, the whole a
part is said against and a figure said of nothing done do not. Sentences made up."""

from __future__ import annotations

from bot.compare_done import done_alone, not_done, said_done, whole_of_part
from index.facts import Fact

PLAN = "Đến nay đã thực hiện được 40 chỉ tiêu trong tổng số 48 chỉ tiêu, đạt 83% kế hoạch."
SET = "Kế hoạch năm 2023 đề ra 12 nhiệm vụ trọng tâm, 30 hoạt động cụ thể;"
PASSIVE = "Trên 90% các nhiệm vụ (9/10 nhiệm vụ) đã được triển khai tại đơn vị."
LEFT = "Còn 3 nhiệm vụ chưa hoàn thành do vướng thủ tục."


def _fact(value: str, clause: str) -> Fact:
    return Fact(
        id=f"f{value}", report_id="r1", province="P", chunk_id="c1", section="", page=1,
        line_start=1, line_end=1, span_start=0, span_end=0, value=value, norm=value,
        unit="", kind="percent" if value.endswith("%") else "count", counts="",
        counts_folded="", level="", scope="", parent="", label="", label_folded="",
        parts=0, when="", period="", clause=clause, lead="",
    )  # fmt: skip


def test_the_part_done_asked_alone_not_with_the_whole() -> None:
    assert done_alone("ke hoach 2023 da lam duoc bao nhieu nhiem vu")
    assert done_alone("ca nam hoan thanh bao nhieu nhiem vu")
    assert not done_alone("duoc giao bao nhieu nhiem vu, hoan thanh bao nhieu")
    assert not done_alone("bao nhieu nhiem vu duoc giao")


def test_a_figure_said_done_before_or_after_it() -> None:
    assert said_done(_fact("40", PLAN))
    assert said_done(_fact("9/10", PASSIVE))


def test_the_whole_a_part_is_said_against_is_not_done() -> None:
    assert whole_of_part(_fact("48", PLAN))
    assert not said_done(_fact("48", PLAN))
    assert not_done("da lam duoc bao nhieu chi tieu", _fact("48", PLAN))
    assert not not_done("da lam duoc bao nhieu chi tieu", _fact("40", PLAN))


def test_a_plan_and_what_is_left_are_not_done() -> None:
    assert not said_done(_fact("12", SET))
    assert not said_done(_fact("3", LEFT))  # "chưa hoàn thành": denied


def test_only_when_the_part_done_is_asked_alone() -> None:
    assert not not_done("duoc giao bao nhieu, hoan thanh bao nhieu", _fact("48", PLAN))
    assert not not_done("da lam duoc bao nhieu chi tieu", _fact("83%", PLAN))  # a share
