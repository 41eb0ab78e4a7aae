"""A part of a report named by quoting its heading: the quoted names read from the question
(an apostrophe of a possessive is no quote), only when it asks for a part."""

from __future__ import annotations

import pytest

from bot.summary_named import quoted_part_names
from core.query import parse_query


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("What does the 'Cải cách tài chính công' part of the report say?",
         ["cai cach tai chinh cong"]),
        ("What's under the “digital government” heading in the province's H1 report?",
         ["digital government"]),
        ("Mục «Đánh giá chung» của báo cáo quý II nói gì?", ["danh gia chung"]),
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
    ],
)
def test_no_quoted_part(question: str) -> None:
    assert quoted_part_names(parse_query(question).folded) == []
