""" "Tổng số" before a sector's name ("tổng số … ngành Thuế", English "total number … tax sector"
read as the reports' words) is no "sở, ngành": the question names no provincial level to narrow
its figure to (bot/extractive/question.other_names)."""

from __future__ import annotations

import pytest

from bot.extractive.parts_said import asked_parts
from bot.extractive.question import other_names
from core.query import parse_query


@pytest.mark.parametrize(
    "question",
    [
        "What total number of invoices had the tax sector received and processed by June?",
        "Tổng số hóa đơn ngành Thuế đã tiếp nhận và xử lý là bao nhiêu?",
    ],
)
def test_a_total_names_no_level(question: str) -> None:
    assert ("cap", "tinh") not in asked_parts(parse_query(question))


@pytest.mark.parametrize(
    ("words", "named"),
    [
        ("tong so nganh thue", set()),
        ("cac so nganh tiep nhan", {("cap", "tinh")}),
        ("so ban nganh da tiep nhan", {("cap", "tinh")}),
    ],
)
def test_departments_still_name_the_provincial_level(
    words: str, named: set[tuple[str, ...]]
) -> None:
    assert other_names(words.split()) == named
