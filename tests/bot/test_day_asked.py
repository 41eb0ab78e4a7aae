"""A figure stated for a day the question names, its line naming no day, while the sub-item right
after it states a figure of its unit for that day: "not sure", the dated figure first
(bot/day_asked.py). Real parts: a small real index of made-up report text (its fact table built
from it); the stated answer is the one-figure answer the checks receive."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.day_asked import other_day
from bot.fact_cite import fact_citation
from core.query import parse_query
from core.result import Answer, FigureCandidate
from index.generations import LoadedIndex
from tests.helpers.mini_index import mini_index

TEXT = """BÁO CÁO
Tình hình đầu tư năm 2019

I. ĐẦU TƯ CÔNG

1. Dự án đường liên xã

- Vốn phân bổ cho dự án: 800 triệu đồng.

+ Khối lượng hoàn thành: 650 triệu đồng.

+ Giải ngân lũy kế đến ngày 15/3/2019: 410 triệu đồng.

- Vốn đối ứng của huyện: 200 triệu đồng.

+ Giải ngân lũy kế: 90 triệu đồng.

- Vốn sự nghiệp: 120 triệu đồng.

- Vốn xã hội hóa giải ngân đến ngày 15/3/2019: 30 triệu đồng.

2. Một cửa điện tử

Hệ thống một cửa điện tử (số liệu ngày 1/2/2019) tiếp nhận 700 hồ sơ, đã giải quyết 400 hồ sơ.

II. NHIỆM VỤ

Đẩy nhanh giải ngân trong quý II.
"""


@pytest.fixture(scope="module")
def index() -> LoadedIndex:
    """The small report's index."""
    return mini_index(TEXT)


def _stated(index: LoadedIndex, question: str, figure: str) -> Answer:
    """The one-figure answer stating `figure`, cited at its own line."""
    fact = next(f for f in index.facts() if f.value == figure)
    cit = fact_citation(index, fact, 1)
    return Answer(question, f"**{figure}** [1]\n> {cit.quote}", False, (cit,), figure=figure)


def _judged(index: LoadedIndex, question: str, figure: str) -> Answer | None:
    """other_day's answer to `question` stated as `figure`."""
    return other_day(parse_query(question), _stated(index, question, figure), index, "vi")


SPENT = "Dự án đường liên xã giải ngân được bao nhiêu tính tới 15/3/2019?"


def test_the_headline_for_a_day_a_later_sub_item_dates_is_not_sure(index: LoadedIndex) -> None:
    # the first sub-item after the headline holds for no day; the second, for the day asked
    ans = _judged(index, SPENT, "800")
    assert ans is not None
    assert not ans.figure
    assert [c.figure for c in ans.candidates] == ["410", "800"]
    assert "**" not in ans.text, ans.text


def test_the_headline_asked_with_the_day_as_its_cut_off_stands(index: LoadedIndex) -> None:
    # the question asks the assigned or planned figure: the day is only when it is read
    for q in (
        "Vốn được giao cho dự án đường liên xã (tính đến 15/3/2019) là bao nhiêu?",
        "Kế hoạch vốn năm 2019 của dự án đường liên xã (tính đến 15/3/2019) là bao nhiêu?",
        "Vốn phân bổ cho dự án tính tới 15/3/2019?",
    ):
        assert _judged(index, q, "800") is None, q


def test_no_day_asked_or_the_day_on_the_line_stands(index: LoadedIndex) -> None:
    assert _judged(index, "Dự án đường liên xã giải ngân được bao nhiêu?", "800") is None
    # the dated figure itself stated: its line names the day
    assert _judged(index, SPENT, "410") is None
    # a day in the lead of the figure's own clause dates the figure itself
    assert _judged(index, "Tới 1/2/2019 đã giải quyết bao nhiêu hồ sơ?", "400") is None


def test_undated_sub_items_or_a_dated_next_item_decide_nothing(index: LoadedIndex) -> None:
    # its only sub-item holds for no day
    assert _judged(index, "Vốn đối ứng giải ngân được bao nhiêu tính tới 15/3/2019?", "200") is None
    # the dated figure after it is the next item of its own level, not its sub-item
    assert (
        _judged(index, "Vốn sự nghiệp giải ngân được bao nhiêu tính tới 15/3/2019?", "120") is None
    )


def test_the_answerers_other_candidates_stay_after_the_two(index: LoadedIndex) -> None:
    stated = _stated(index, SPENT, "800")
    done = next(f for f in index.facts() if f.value == "650")
    cit = fact_citation(index, done, 2)
    other = FigureCandidate("650", cit.quote, "", cit)
    ans = other_day(parse_query(SPENT), replace(stated, candidates=(other,)), index, "vi")
    assert ans is not None
    assert [c.figure for c in ans.candidates] == ["410", "800", "650"]
    assert [c.citation.n for c in ans.candidates] == [1, 2, 3]
