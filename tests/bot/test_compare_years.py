"""Two years of one thing in one report become two parts, each asked of its own year; years
said in dates or ranges do not. Questions made up for the test."""

from __future__ import annotations

from bot.compare_years import year_parts
from core.query import parse_query


def _parts(question: str) -> list[tuple[str, str]]:
    return [(p.label, p.query.text) for p in year_parts(parse_query(question))]


def test_each_year_is_asked_alone() -> None:
    got = _parts("How much was spent on Binh Phuoc's new archive in 2020 and in 2023?")
    assert got == [
        ("2020", "How much was spent on Binh Phuoc's new archive in 2020?"),
        ("2023", "How much was spent on Binh Phuoc's new archive in 2023?"),
    ]
    got = _parts("Kinh phí sửa trụ sở năm 2020 so với năm 2023 là bao nhiêu?")
    assert [text for _, text in got] == [
        "Kinh phí sửa trụ sở năm 2020 là bao nhiêu?",
        "Kinh phí sửa trụ sở năm 2023 là bao nhiêu?",
    ]


def test_years_of_dates_and_ranges_are_no_parts() -> None:
    assert _parts("Từ ngày 01/10/2020 đến ngày 30/6/2023 tiếp nhận bao nhiêu hồ sơ?") == []
    assert _parts("Kế hoạch giai đoạn 2020-2023 giao bao nhiêu nhiệm vụ?") == []
    assert _parts("So sánh số hồ sơ của Hà Tĩnh và Hải Dương năm 2020 và năm 2023") == []
