"""What a figure is within a clause that gives several: the rank said after "xếp thứ" (not
the places risen, nor the score) when a position is asked, and the breakdown's total when the
question lists the items themselves. The report text is written for the test, in the
reports' style."""

from __future__ import annotations

import pytest

from tests.helpers.mini_index import ask, mini_index

REPORT = """BÁO CÁO
Kết quả cải cách hành chính năm 2023

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

- Ngày 20/4/2023 Bộ Nội vụ công bố Chỉ số cải cách hành chính (PAR INDEX) năm 2022, tỉnh đạt 85.12/100 điểm tăng 7 bậc so với năm 2021, xếp thứ 24/63 tỉnh, thành phố.

II. KẾT QUẢ THỰC HIỆN

- Biên chế của Bộ phận Một cửa cấp tỉnh: có 14 công chức, viên chức và người lao động (trong đó có 06 công chức; 07 viên chức và 01 lao động hợp đồng).
"""


@pytest.fixture(scope="module")
def index():  # type: ignore[no-untyped-def]
    return mini_index(REPORT)


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("Where did the province rank among the 63 provinces in the 2022 PAR Index?", "24/63"),
        ("Tỉnh xếp thứ mấy về Chỉ số cải cách hành chính năm 2022?", "24/63"),
    ],
)
def test_a_rank_asked_is_the_figure_after_xep_thu(index, question: str, figure: str) -> None:  # type: ignore[no-untyped-def]
    ans = ask(index, question, "vi" if "Tỉnh" in question else "en")
    assert not ans.abstained
    assert ans.figure == figure


def test_places_moved_are_not_the_rank(index) -> None:  # type: ignore[no-untyped-def]
    ans = ask(index, "How many places did the province climb in the PAR Index 2022?", "en")
    assert ans.figure != "24/63"
    assert "24/63" not in {c.figure for c in ans.candidates[:1]}


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        # the items listed: all of them, the total
        (
            "How many employees (civil servants, public employees and contract workers) does "
            "the provincial one-stop shop have?",
            "14",
        ),
        ("Bộ phận Một cửa cấp tỉnh có bao nhiêu công chức, viên chức và người lao động?", "14"),
        # one item named: that item
        ("How many contract workers does the provincial one-stop shop have?", "01"),
    ],
)
def test_the_items_listed_ask_for_their_total(index, question: str, figure: str) -> None:  # type: ignore[no-untyped-def]
    ans = ask(index, question, "vi" if "Bộ phận" in question else "en")
    assert ans.figure == figure


def test_the_real_report_s_rank_beats_the_places_risen(service) -> None:  # type: ignore[no-untyped-def]
    # "đạt 87.38/100 điểm tăng 11 bậc … xếp thứ 19/63": the position, not the 11 places
    ans = service.answer(
        "In the 2021 PAR Index, what ranking did Hai Duong get out of the 63 provinces?"
    )
    assert ans.figure.startswith("19")
