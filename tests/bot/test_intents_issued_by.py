"""'Issued by' a time is no agency asked (bot/intents.py, `_BY_TIME`)."""

from __future__ import annotations

import pytest

from bot.intents import report_fields
from core.query import parse_query


@pytest.mark.parametrize(
    "question",
    [
        "Yen Bai report: how many licences issued by end of June 2021?",
        "the DOHA report: total decisions issued by 30/9?",
        "report says how many permits were issued by Q3",
    ],
)
def test_issued_by_a_time_asks_no_agency(question: str) -> None:
    assert "agency" not in report_fields(parse_query(question).folded)


@pytest.mark.parametrize(
    "question",
    [
        "which report was issued by the provincial office?",
        "who was the report issued by?",
        # a word opening like a month ("May-or") is no time
        "was the report issued by the Mayor?",
    ],
)
def test_issued_by_an_agent_still_asks_the_agency(question: str) -> None:
    assert "agency" in report_fields(parse_query(question).folded)


@pytest.mark.parametrize(
    "question",
    [
        "Who signed the Quang Nam report dated 3 March 2021?",
        "the DOHA report issued on 12/4/2020: who is its signer?",
        "what number has the report dated on 1/7/2022?",
    ],
)
def test_a_date_that_picks_the_report_is_not_asked(question: str) -> None:
    assert "date" not in report_fields(parse_query(question).folded)


@pytest.mark.parametrize(
    "question", ["when was the report dated?", "what is the report dated?", "on what date was the report issued?"]
)
def test_dated_without_a_date_still_asks_it(question: str) -> None:
    assert "date" in report_fields(parse_query(question).folded)
