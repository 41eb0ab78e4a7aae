"""The part of a breakdown a question asks, where the labels decide: of two breakdowns by the
same parts in one clause, the one of the asked action (received or returned) gives the
answer; a parenthesis that opens with a figure breaks the figure before it down when it holds
two or more. The report text is written for the test, in the reports' style."""

from __future__ import annotations

import pytest

from bot.extractive.question import asked_action
from bot.extractive.sites import _figures_of
from core.query import parse_query
from tests.helpers.mini_index import ask, mini_index

REPORT = """BÁO CÁO
Kết quả cải cách hành chính năm 2023

II. KẾT QUẢ THỰC HIỆN

3. Cải cách thủ tục hành chính

- Kết quả tiếp nhận, trả kết quả giải quyết TTHC qua dịch vụ bưu chính công ích: Tính đến ngày 30/6/2023, đã tiếp nhận 8.420 hồ sơ (trong đó: 6.100 hồ sơ tại cấp huyện; 2.320 hồ sơ tại cấp tỉnh) và đã thực hiện trả 9.875 hồ sơ (3.105 hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh, 6.770 hồ sơ tại cấp huyện).

4. Cải cách chế độ công vụ

- Đã tổ chức kiểm tra công vụ tại 12 cơ quan, đơn vị.
"""

RECEIVED_RETURNED = (
    "Tính đến ngày 30/6/2023, đã tiếp nhận 8.420 hồ sơ (trong đó: 6.100 hồ sơ tại cấp huyện; "
    "2.320 hồ sơ tại cấp tỉnh) và đã thực hiện trả 9.875 hồ sơ (3.105 hồ sơ tại Trung tâm, "
    "6.770 hồ sơ tại cấp huyện)."
)


@pytest.fixture(scope="module")
def index():  # type: ignore[no-untyped-def]
    return mini_index(REPORT)


def test_each_figure_carries_the_action_said_before_its_headline() -> None:
    actions = {f.figure: f.action for f in _figures_of(RECEIVED_RETURNED, [])}
    assert actions["8.420"] == actions["6.100"] == actions["2.320"] == ("tiep", "nhan")
    assert actions["9.875"] == actions["3.105"] == actions["6.770"] == ("tra",)


def test_a_parenthesis_opening_with_a_figure_breaks_down_only_with_two() -> None:
    sites = {f.figure: f for f in _figures_of(RECEIVED_RETURNED, [])}
    assert sites["3.105"].in_breakdown
    assert sites["3.105"].group == sites["9.875"].pos
    alone = {f.figure: f for f in _figures_of("Sử dụng 42 biên chế công chức (45 biên chế).", [])}
    assert not alone["45"].in_breakdown  # one figure in it restates the one before


@pytest.mark.parametrize(
    ("question", "action"),
    [
        ("Bao nhiêu hồ sơ được trả kết quả qua bưu chính?", ("tra",)),
        ("How many dossiers were returned by post?", ("tra",)),
        ("Số hồ sơ tiếp nhận qua bưu chính là bao nhiêu?", ("tiep", "nhan")),
        ("Đã kiểm tra công vụ bao nhiêu cơ quan?", None),  # "kiểm tra" is no return
        ("Bao nhiêu hồ sơ đã tiếp nhận và trả kết quả?", None),  # both: none decides
    ],
)
def test_the_action_a_question_asks(question: str, action: tuple[str, ...] | None) -> None:
    assert asked_action(parse_query(question)) == action


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("Số hồ sơ trả kết quả qua bưu chính công ích ở cấp huyện là bao nhiêu?", "6.770"),
        ("Bao nhiêu hồ sơ tiếp nhận qua bưu chính công ích ở cấp huyện?", "6.100"),
        ("so ho so tra ket qua qua buu chinh o cap huyen la bao nhieu", "6.770"),
    ],
)
def test_the_part_of_the_asked_actions_breakdown(index, question: str, figure: str) -> None:  # type: ignore[no-untyped-def]
    ans = ask(index, question)
    assert ans.figure == figure, ans.text
