"""`bot.intents._report_asked_first`: from the first words that ask a report field on ("số hiệu",
"ngày ban hành", "ai ký", "the number"), the first document a question names is the report
itself: then the fields asked are the report's own, and another document named after it
("… về Đề án …", "… on the plan") is what the report is about. When another document
("kế hoạch", "quyết định", "the plan") comes first, the fields are that document's. Questions
made up for the test."""

from __future__ import annotations

import re

from bot.intents import _FIELD_WORDS, _report_asked_first
from core.text import fold

_PATTERNS = dict(_FIELD_WORDS)


def _first(question: str, *fields: str) -> bool:
    """`_report_asked_first` of a question, asked with the patterns of `fields`."""
    asking: list[re.Pattern[str]] = [_PATTERNS[f] for f in fields]
    return _report_asked_first(fold(question), asking)


def test_the_report_named_before_the_document_it_is_about_is_asked() -> None:
    assert _first(
        "Số hiệu và ngày ban hành báo cáo của Sở Nội vụ về Đề án vị trí việc làm là gì?",
        "number", "date",
    )  # fmt: skip
    assert _first("Ai ký báo cáo kết quả thực hiện kế hoạch cải cách hành chính?", "signer")


def test_an_english_report_named_before_the_plan_is_asked() -> None:
    assert _first(
        "What are the number and date of the report on the digital transformation plan?",
        "number", "date",
    )  # fmt: skip
    # "reports" names the report too
    assert _first("What are the reference numbers of the reports on the programme?", "number")


def test_the_report_named_alone_is_asked() -> None:
    assert _first("Số hiệu báo cáo là gì?", "number")


def test_another_document_named_before_the_report_is_the_one_asked() -> None:
    assert not _first("Số hiệu của kế hoạch cải cách hành chính trong báo cáo là gì?", "number")
    assert not _first("Ai ký kế hoạch được nêu trong báo cáo?", "signer")
    assert not _first(
        "Ngày ban hành quyết định công bố thủ tục hành chính nêu trong báo cáo?", "date"
    )
    assert not _first("What is the number of the plan mentioned in the report?", "number")


def test_a_report_named_before_the_asking_words_does_not_count() -> None:
    # "theo báo cáo" opens the question; from "số hiệu" on only the plan is named
    assert not _first("Theo báo cáo, kế hoạch CCHC có số hiệu là gì?", "number")


def test_the_first_of_several_asking_words_is_where_the_reading_starts() -> None:
    # the date is asked first, the report named right after it; the number asked later
    # (after the scheme) does not move the start
    assert _first("Ngày nào ký báo cáo về Đề án 06, số hiệu là gì?", "number", "date")


def test_no_asking_words_found_is_no_report_asked() -> None:
    # the patterns given (the date's) find nothing in a question asking the number
    assert not _first("Số hiệu báo cáo là gì?", "date")
    assert not _first("Số hiệu báo cáo là gì?")


def test_a_question_naming_no_report_from_its_asking_words_on_is_not_the_report_s() -> None:
    assert not _first("Số hiệu của quyết định phê duyệt đề án là gì?", "number")
