""""Which districts did the report name as …" asks what the report names, not the report's
name (bot/intents.py, `_REPORT_NAMES`); "the report name" is still its title."""

from __future__ import annotations

import pytest

from bot.answer import AnswerService
from bot.intents import report_fields
from core.query import parse_query


@pytest.mark.parametrize(
    "question",
    [
        "Which districts does the Ha Tinh Q1 2019 report name as still using paper documents?",
        "Which agencies did Hai Duong's 2022 report name as connected to the platform?",
        "What did the Tuyen Quang report name as the causes of the shortcomings?",
        "which units did the Dong Thap report name for late handling of dossiers",
    ],
)
def test_the_report_naming_things_asks_no_title(question: str) -> None:
    assert "title" not in report_fields(parse_query(question).folded)


@pytest.mark.parametrize(
    "question",
    ["What is the report name of Dong Thap's Q3 2022 report?", "Hai Duong 2022 report name?"],
)
def test_the_report_name_is_its_title(question: str) -> None:
    assert "title" in report_fields(parse_query(question).folded)


def test_the_places_the_report_names_are_listed(service: AnswerService) -> None:
    ans = service.answer("Which districts did Ha Tinh's Q1 2019 report name as places where "
                         "commune leaders still approve documents on paper?")  # fmt: skip
    assert "Lộc Hà" in ans.text
    assert "title" not in ans.text
