"""A question asking a target's value gets "not found" with the nearest figure when the figure
stated is a result its passage sets no target for (bot/target_asked.py, bot/near_miss.py).
The report text is written for the test, in the reports' style."""

from __future__ import annotations

import pytest

from bot.near_miss import near_miss
from bot.target_asked import asks_target, sets_target
from core.query import parse_query
from core.result import Answer
from core.text import fold
from index.generations import LoadedIndex
from tests.helpers.mini_index import ask, mini_index

REPORT = """BÁO CÁO
Kết quả chuyển đổi số 6 tháng đầu năm 2022

II. KẾT QUẢ THỰC HIỆN

- Đến hết ngày 30/6/2022, tỉnh đã hoàn thành tích hợp 412 dịch vụ công mức độ 3, 4 trên Cổng Dịch vụ công quốc gia, đạt tỷ lệ 38%.

- Phấn đấu đến hết năm 2022 tỷ lệ hồ sơ trực tuyến đạt tối thiểu 50%; 6 tháng đầu năm đạt 31%.
"""


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Mục tiêu tỷ lệ tích hợp dịch vụ công là bao nhiêu?", True),
        ("chi tieu ty le ho so truc tuyen nam 2022 la bao nhieu", True),
        ("What is the target for online dossiers in 2022?", True),
        ("Kế hoạch CCHC năm 2022 đặt ra bao nhiêu mục tiêu cụ thể?", False),
        ("How many objectives does the plan set?", False),
        ("Tỷ lệ tích hợp dịch vụ công đạt bao nhiêu?", False),
    ],
)
def test_what_asks_a_targets_value(question: str, asked: bool) -> None:
    assert asks_target(fold(question)) is asked


def test_what_sets_a_target() -> None:
    assert sets_target("Phấn đấu đến năm 2025 đạt tối thiểu 50%")
    assert sets_target("", "Kế hoạch đề ra 80% hồ sơ")
    assert not sets_target("hoàn thành tích hợp 412 dịch vụ công, đạt tỷ lệ 38%")


@pytest.fixture(scope="module")
def index() -> LoadedIndex:
    return mini_index(REPORT)


def _answer(index: LoadedIndex, question: str, language: str = "vi") -> Answer:
    q = parse_query(question)
    ans = ask(index, question, language)
    return near_miss(q, ans, language) or ans


def test_a_result_is_no_answer_to_a_target_asked(index: LoadedIndex) -> None:
    ans = _answer(index, "Mục tiêu tỷ lệ dịch vụ công tích hợp lên Cổng quốc gia là bao nhiêu?")
    assert ans.abstained
    assert "38%" in ans.text
    assert "không phải mục tiêu" in ans.text
    reached = _answer(index, "Tỷ lệ dịch vụ công tích hợp lên Cổng quốc gia đạt bao nhiêu?")
    assert not reached.abstained
    assert reached.figure == "38%"


def test_a_passage_that_sets_a_target_stands(index: LoadedIndex) -> None:
    ans = _answer(index, "Mục tiêu tỷ lệ hồ sơ trực tuyến năm 2022 là bao nhiêu?")
    assert not ans.abstained
    assert ans.figure == "50%"


@pytest.mark.parametrize(
    "question",
    [
        "what share of dossiers were handled online, still below the national target?",
        "Which rate of cashless payments fell short of the provincial targets in 2022?",
        "ty le ho so truc tuyen chua dat muc tieu de ra la bao nhieu",
        "số xã đạt chuẩn nông thôn mới so với chỉ tiêu là bao nhiêu",
        "how many services exceeded the annual target",
    ],
)
def test_a_target_measured_against_is_not_asked(question: str) -> None:
    assert not asks_target(fold(question, repair=False))


@pytest.mark.parametrize(
    "question",
    [
        "what is the target for online dossiers in 2025, and is it below the current rate?",
        "muc tieu ty le ho so truc tuyen nam 2025 la bao nhieu",
    ],
)
def test_a_target_asked_beside_a_comparison_still_is(question: str) -> None:
    assert asks_target(fold(question, repair=False))
