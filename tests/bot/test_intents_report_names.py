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
        "Which departments does the Hai Duong 2022 report name as slow to publish procedures?",
        "Which agencies did Hai Duong's 2022 report name as leading in digital transformation?",
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


@pytest.mark.parametrize(
    "question",
    [
        "những huyện nào được nêu tên là chậm giải quyết hồ sơ trong báo cáo quý 2",
        "đơn vị nào được kể tên là làm tốt khâu một cửa liên thông",
    ],
)
def test_named_as_in_vietnamese_asks_no_title(question: str) -> None:
    # "được nêu/kể tên là …" (named as …): things the report names, not the report's name
    assert "title" not in report_fields(parse_query(question).folded)


@pytest.mark.parametrize(
    "question", ["báo cáo quý 3 của Đồng Tháp tên là gì", "bao cao nay co ten la gi"]
)
def test_the_report_called_in_vietnamese_asks_its_title(question: str) -> None:
    assert "title" in report_fields(parse_query(question).folded)


def test_what_the_report_names_is_no_report_fact(service: AnswerService) -> None:
    ans = service.answer("Which software systems did the Tuyen Quang 2022 report name as "
                         "connected to the provincial LGSP?")  # fmt: skip
    assert ans.intent != "report_fact"
    title = next(r.title for r in service.retriever.index.reports.values()
                 if r.province == "Tuyên Quang")  # fmt: skip
    assert title not in ans.text
