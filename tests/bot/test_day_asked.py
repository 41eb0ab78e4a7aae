"""A figure stated for a day the question names, its line naming no day, while the sub-item right
after it states a figure of its unit for that day: "not sure", the dated figure first
(bot/day_asked.py). Real parts: a small real index of made-up report text (its fact table built
from it); the stated answer is the one-figure answer the checks receive."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.day_asked import _citation, other_day
from core.query import parse_query
from core.result import Answer, FigureCandidate
from index.generations import LoadedIndex
from tests.helpers.mini_index import mini_index

TEXT = """BÁO CÁO
Kết quả thực hiện năm 2023

I. KẾT QUẢ THỰC HIỆN

1. Tài chính công

Kinh phí được giao năm 2023: 900.000.000 đồng, trong đó:

* Kinh phí thực hiện tự chủ: 500.000.000 đồng.

+ Số kinh phí thực hiện đến ngày 09/9/2023: 320.000.000 đồng.

* Kinh phí thực hiện không tự chủ: 400.000.000 đồng.

+ Số kinh phí đã sử dụng so với kinh phí được giao: 300.000.000 đồng.

2. Dịch vụ công

Tính đến ngày 20/5/2023, Cổng dịch vụ công cung cấp 1.800 dịch vụ công, trong đó mức độ 4 là: 1.000 dịch vụ công.

II. PHƯƠNG HƯỚNG

Tiếp tục thực hiện trong năm 2024.
"""


@pytest.fixture(scope="module")
def index() -> LoadedIndex:
    """The small report's index."""
    return mini_index(TEXT)


def _stated(index: LoadedIndex, question: str, figure: str) -> Answer:
    """The one-figure answer stating `figure`, cited at its own line."""
    fact = next(f for f in index.facts() if f.value == figure)
    cit = _citation(index, fact, 1)
    return Answer(question, f"**{figure}** [1]\n> {cit.quote}", False, (cit,), figure=figure)


def test_the_headline_for_a_day_its_sub_item_dates_is_not_sure(index: LoadedIndex) -> None:
    question = "Kinh phí tự chủ đã thực hiện đến 09/9/2023 là bao nhiêu đồng?"
    ans = other_day(parse_query(question), _stated(index, question, "500.000.000"), index, "vi")
    assert ans is not None
    assert not ans.figure
    assert [c.figure for c in ans.candidates] == ["320.000.000", "500.000.000"]
    assert "**" not in ans.text, ans.text


def test_no_day_asked_or_the_day_on_the_line_stands(index: LoadedIndex) -> None:
    q = "Kinh phí thực hiện tự chủ là bao nhiêu đồng?"
    assert other_day(parse_query(q), _stated(index, q, "500.000.000"), index, "vi") is None
    # the dated figure itself stated: its line names the day
    q = "Kinh phí tự chủ đã thực hiện đến 09/9/2023 là bao nhiêu đồng?"
    assert other_day(parse_query(q), _stated(index, q, "320.000.000"), index, "vi") is None


def test_the_next_figure_not_of_the_day_asked_decides_nothing(index: LoadedIndex) -> None:
    # the sub-item after the second item holds for no day
    q = "Kinh phí không tự chủ đã thực hiện đến 09/9/2023 là bao nhiêu đồng?"
    assert other_day(parse_query(q), _stated(index, q, "400.000.000"), index, "vi") is None


def test_a_day_in_the_lead_above_dates_the_figure_itself(index: LoadedIndex) -> None:
    q = "Đến 20/5/2023 có bao nhiêu dịch vụ công mức độ 4?"
    assert other_day(parse_query(q), _stated(index, q, "1.000"), index, "vi") is None


def test_the_answerers_other_candidates_stay_after_the_two(index: LoadedIndex) -> None:
    question = "Kinh phí tự chủ đã thực hiện đến 09/9/2023 là bao nhiêu đồng?"
    stated = _stated(index, question, "500.000.000")
    whole = next(f for f in index.facts() if f.value == "900.000.000")
    cit = _citation(index, whole, 2)
    other = FigureCandidate("900.000.000", cit.quote, "", cit)
    ans = other_day(parse_query(question), replace(stated, candidates=(other,)), index, "vi")
    assert ans is not None
    assert [c.figure for c in ans.candidates] == ["320.000.000", "500.000.000", "900.000.000"]
    assert [c.citation.n for c in ans.candidates] == [1, 2, 3]
