"""A quarter asked of a report that covers a longer period: a figure whose passage never names
that quarter is the whole period's, and the answer is "not found" with it as the nearest figure
(bot/near_miss.py, bot/extractive/citing.py). The report text is written for the test."""

from __future__ import annotations

import pytest

from bot.extractive.citing import quarters_of
from bot.near_miss import _COMPARED_WINDOW, _names_quarter, longer_period, quarter_only_compared
from core.query import parse_query
from core.text import fold
from tests.helpers.answers import stated


@pytest.mark.parametrize(
    ("period", "quarters"),
    [
        ("Quý I/2019", {1}),
        ("Quý III/2022", {3}),
        ("6 tháng đầu năm 2022", {1, 2}),
        ("6 tháng cuối năm 2021", {3, 4}),
        ("Năm 2022", {1, 2, 3, 4}),
    ],
)
def test_the_quarters_a_period_covers(period: str, quarters: set[int]) -> None:
    assert quarters_of(period) == quarters


HALF = "Tỷ lệ hồ sơ DVC mức độ 3, 4 trực tuyến 6 tháng đầu năm đạt 48%."


def test_a_half_years_figure_is_no_answer_for_its_first_quarter() -> None:
    q = parse_query("Tỷ lệ hồ sơ DVC mức 3, 4 trực tuyến của Bình Phước quý I/2022 là bao nhiêu?")
    ans = longer_period(q, stated("48%", HALF, "6 tháng đầu năm 2022"), "vi")
    assert ans is not None
    assert ans.abstained
    assert "48%" in ans.text
    assert "6 tháng đầu năm 2022" in ans.text


def test_the_quarter_named_in_the_passage_or_a_quarterly_report_stands() -> None:
    q = parse_query("Tỷ lệ hồ sơ trực tuyến của Bình Phước quý I/2022 là bao nhiêu?")
    named = "Trong quý I năm 2022, tỷ lệ hồ sơ trực tuyến đạt 41%."
    assert longer_period(q, stated("41%", named, "6 tháng đầu năm 2022"), "vi") is None
    assert longer_period(q, stated("48%", HALF, "Quý I/2022"), "vi") is None
    no_quarter = parse_query("Tỷ lệ hồ sơ trực tuyến của Bình Phước năm 2022 là bao nhiêu?")
    assert longer_period(no_quarter, stated("48%", HALF, "6 tháng đầu năm 2022"), "vi") is None


@pytest.mark.parametrize(
    "compared",
    [
        "Tỷ lệ hồ sơ trực tuyến tăng hơn so với quý I, đạt 52%.",
        "Tỷ lệ hồ sơ trực tuyến đạt 52%, tăng 9% so với cùng kỳ quý I/2022.",
    ],
)
def test_a_quarter_named_only_as_the_comparison_is_not_the_figures(compared: str) -> None:
    q = parse_query("What share of Binh Phuoc's dossiers were online in Q1 2022?")
    ans = longer_period(q, stated("52%", compared, "6 tháng đầu năm 2022", language="en"), "en")
    assert ans is not None
    assert ans.abstained
    assert "52%" in ans.text


def test_a_quarter_named_only_as_the_reference_is_not_the_period_asked() -> None:
    """ "tăng bao nhiêu so với quý IV" asks a change against that quarter, not its figure; a
    quarter asked of its own stays asked, also beside a compared one."""
    assert quarter_only_compared(fold("Số văn bản điện tử tăng bao nhiêu so với quý III/2021?"))
    assert quarter_only_compared(fold("how many more e-documents than in Q3 2021?"))
    assert quarter_only_compared(fold("so van ban giam bao nhieu so voi cung ky quy 2 nam truoc"))
    assert not quarter_only_compared(fold("Quý II/2021 có bao nhiêu văn bản điện tử?"))
    assert not quarter_only_compared(fold("e-documents in Q2 2021 compared with Q1 2021"))
    assert not quarter_only_compared(fold("how many e-documents in the third quarter?"))


def test_a_quarter_compared_with_is_not_the_figures_own() -> None:
    # "so với" just before the quarter: the reference, not the period
    assert not _names_quarter(1, "Tăng 40 hồ sơ so với cùng kỳ quý I/2018.")
    assert _names_quarter(1, "Trong quý I đã tiếp nhận 40 hồ sơ.")
    # a "so với" further back than `_COMPARED_WINDOW` belongs to another clause
    far = "Tăng so với năm trước; các đơn vị đã tiếp nhận trong quý I 40 hồ sơ."
    assert far.lower().index("quý") - far.lower().index("so với") > _COMPARED_WINDOW
    assert _names_quarter(1, far)
