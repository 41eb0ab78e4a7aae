"""A part of a report named by quoting its heading: the quoted names read from the question
(an apostrophe of a possessive is no quote), only when it asks for a part."""

from __future__ import annotations

import pytest

from bot.summary_named import quoted_part_names
from core.query import parse_query


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("Summarise the section called 'Kiểm soát thủ tục' for Kon Tum.",
         ["kiem soat thu tuc"]),
        ("Kon Tum, Q2 report: give me the “public finance” chapter in brief", ["public finance"]),
        ("Mục «Đánh giá chung» của báo cáo quý II nói gì?", ["danh gia chung"]),
        ("Tóm tắt phần 'Kiểm soát thủ tục' của Lạng Sơn", ["kiem soat thu tuc"]),
    ],
)  # fmt: skip
def test_quoted_part_names(question: str, names: list[str]) -> None:
    assert quoted_part_names(parse_query(question).folded) == names


@pytest.mark.parametrize(
    "question",
    [
        # possessives, no quoted name
        "What does the province's report say about the district's part in it?",
        # a quoted name, but no part asked: a list or a figure question's own
        "Which units joined the 'Công dân không viết' model?",
        # folded "phần"/"mức" that are "phân cấp", "phần trăm", "mức độ": no part asked
        "Lạng Sơn phân cấp 'kiểm soát thủ tục' cho đơn vị nào?",
        "Bao nhiêu phần trăm hồ sơ 'một cửa' ở mức độ 4?",
    ],
)
def test_no_quoted_part(question: str) -> None:
    assert quoted_part_names(parse_query(question).folded) == []
