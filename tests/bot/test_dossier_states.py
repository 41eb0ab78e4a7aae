"""A dossier's state asked in English ("still being processed", "past / after the
deadline") is read as the report's own words ("đang giải quyết", "quá hạn"), so the overdue
count among dossiers still in process is told from the overdue count among those settled: each
breakdown's items are of what its own lead-in counts. The report text is written for the test,
in the reports' style (one line per state, its breakdown after a semicolon)."""

from __future__ import annotations

import pytest

from bot.extractive.parts_said import asked_parts
from bot.extractive.question import excluded_parts
from core.query import parse_query
from index.generations import LoadedIndex
from tests.helpers.mini_index import ask, mini_index

REPORT = """BÁO CÁO
Kết quả cải cách hành chính 6 tháng đầu năm 2022

II. KẾT QUẢ THỰC HIỆN

2. Cải cách thủ tục hành chính

Kết quả giải quyết hồ sơ TTHC tại các cấp chính quyền trên địa bàn tỉnh:

Số lượng hồ sơ đã giải quyết: 8.450; trong đó, giải quyết trước hạn: 6.100, đúng hạn: 2.020, quá hạn: 330.

Số lượng hồ sơ đang giải quyết: 1.240; trong đó, trong hạn: 1.105, quá hạn: 135.
"""


@pytest.fixture(scope="module")
def index() -> LoadedIndex:
    return mini_index(REPORT)


@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("How many files still being processed had passed the deadline?", ("qua", "han")),
        ("How many cases were settled after the deadline?", ("qua", "han")),
        ("Of the applications still in process, how many are past due?", ("qua", "han")),
        ("Of the applications still in process, how many are past due?", ("dang", "giai", "quyet")),
        # a possessive for the lexicon's "the": the same state
        ("How many pending files were already past their deadline?", ("qua", "han")),
        ("How many cases missed its deadline this quarter?", ("qua", "han")),
    ],
)
def test_english_state_wordings_are_asked_parts(question: str, part: tuple[str, ...]) -> None:
    assert part in asked_parts(parse_query(question))


def test_overdue_among_dossiers_still_processing(index: LoadedIndex) -> None:
    ans = ask(
        index,
        "Among the dossiers Binh Phuoc was still processing, how many were past the deadline?",
        "en",
    )
    assert ans.figure == "135"
    assert not ans.abstained


def test_overdue_with_a_possessive_among_dossiers_still_processing(index: LoadedIndex) -> None:
    # "past their deadline" is the overdue part, not the total still in process (1.240)
    ans = ask(
        index,
        "Of the files Binh Phuoc still had in process, how many were already past their deadline?",
        "en",
    )
    assert ans.figure == "135"


def test_overdue_among_settled_dossiers(index: LoadedIndex) -> None:
    # "settled" is no part of its own here: the overdue count of the settled dossiers leads,
    # stated or first of the candidates, and the one of those still in process is never bold.
    ans = ask(index, "How many settled dossiers did Binh Phuoc resolve after the deadline?", "en")
    first = ans.figure or (ans.candidates[0].figure if ans.candidates else "")
    assert first == "330"
    assert ans.figure != "135"


@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("How many new dossiers came in, not counting those carried over?", ("ky", "truoc")),
        (
            "How many were settled on time, excluding those settled ahead of schedule?",
            ("truoc", "han"),
        ),
    ],
)
def test_a_part_left_out_in_english_is_excluded(question: str, part: tuple[str, ...]) -> None:
    assert part in excluded_parts(parse_query(question))
