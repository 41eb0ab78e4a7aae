"""An item of a breakdown that denies what the question asks ("… 06 công chức lãnh đạo và 11
công chức không giữ chức danh lãnh đạo" for "bao nhiêu người giữ chức danh lãnh đạo") is the
rest, not the part asked, also when the question is typed without diacritics and reads as
single words (bot/extractive/breakdown.py `negated_items`); and "bao nhiêu người" is answered by
a clause counting civil servants or employees (`question.counts_people`). The report text is
written for the test, in the reports' style."""

from __future__ import annotations

import pytest

from bot.extractive.breakdown import _said_in_a_row
from bot.extractive.question import counts_people
from index.generations import LoadedIndex
from tests.helpers.mini_index import ask, mini_index

REPORT = """BÁO CÁO
Kết quả cải cách hành chính 6 tháng đầu năm 2022

II. KẾT QUẢ THỰC HIỆN

4. Cải cách chế độ công vụ

- Tuyển dụng năm 2022: tiếp nhận vào làm công chức không qua thi tuyển 17 công chức (trong đó 06 công chức lãnh đạo và 11 công chức không giữ chức danh lãnh đạo).
"""


@pytest.fixture(scope="module")
def index() -> LoadedIndex:
    return mini_index(REPORT)


def test_denied_words_said_in_a_row_by_the_question() -> None:
    denied = ("giu", "chuc", "danh", "lanh", "dao")
    assert _said_in_a_row(denied, "co bao nhieu nguoi giu chuc danh lanh dao")
    assert not _said_in_a_row(denied, "bao nhieu nguoi khong giu chuc danh lanh dao")
    assert _said_in_a_row(denied, "bao nhieu nguoi lanh dao")  # "lanh dao": two in a row
    assert not _said_in_a_row(denied, "bao nhieu nguoi co chuc vu")  # one word is no run


def test_civil_servants_and_employees_are_people() -> None:
    assert counts_people("tiếp nhận 17 công chức (trong đó 06 công chức lãnh đạo)")
    assert counts_people("103 người trong đó có 90 vién chirc")  # OCR
    assert not counts_people("cấp 1.742 chứng thư số cho các cơ quan, tổ chức")


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        (
            "binh phuoc tiep nhan cong chuc khong qua thi tuyen co bao nhieu nguoi giu chuc danh lanh dao",
            "06",
        ),
        (
            "binh phuoc tiep nhan khong qua thi tuyen bao nhieu nguoi khong giu chuc danh lanh dao",
            "11",
        ),
    ],
)
def test_the_item_asked_not_the_one_denying_it(
    index: LoadedIndex, question: str, figure: str
) -> None:
    assert ask(index, question).figure == figure
