"""The year and quarter a question names (core/query_period.py)."""

from __future__ import annotations

import pytest

from core.query import parse_query


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("số chứng thư số cấp từ 3/11/2020 là bao nhiêu", ()),  # a period start only
        ("how many permits since 4/09/2019", ()),
        ("how many permits since 09/2019", (2019,)),  # a month: the asker's own period
        ("từ ngày 2/2/2020 đến 30/6/2021 có bao nhiêu hồ sơ", (2021,)),  # its end is the year
        ("năm 2020, từ 1/1/2020 có bao nhiêu hồ sơ", (2020,)),  # the year also said alone
        ("ho so nam 2019 la bao nhieu", (2019,)),
        ("số hồ sơ ngày 5/5/2021", (2021,)),  # a day, not a period start
    ],
)
def test_a_period_start_names_no_year_asked(question: str, years: tuple[int, ...]) -> None:
    assert parse_query(question).years == years


def test_the_quarter_is_still_read() -> None:
    q = parse_query("quý III năm 2022 từ 18/7/2022")
    assert (q.years, q.quarter) == ((2022,), 3)
