"""A section of running text named by its heading's words (bot/summary_named.py `named_part`):
no part with areas of its own is named so, so the leaf section its heading names is the part
summarised ("tóm tắt kết quả truyền thông trên báo chí", no diacritics or in English too), not
another part whose areas' words say some of it. And the summary kinds read when the report is
named after the kind (bot/intents_types.py `summary_kinds`). The report text is the made-up
one of tests/bot/test_section_siblings.py."""

from __future__ import annotations

import pytest

from bot.intents_types import summary_kinds
from core.query import parse_query
from tests.bot.test_section_siblings import REPORT
from tests.helpers.mini_index import mini_index, summarise

LEAVES = REPORT + """
III. KẾT QUẢ KHÁC

- Tổ chức 3 hội nghị trực tuyến với các huyện về chuyển đổi số.

- Hướng dẫn các xã sử dụng nền tảng số trong quản lý.

- Bồi dưỡng kỹ năng số cho 120 cán bộ cấp xã.
"""


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Tóm tắt kết quả truyền thông trên báo chí năm 2022", "vi"),
        ("tom tat ket qua truyen thong tren bao chi nam 2022", "vi"),
    ],
)
def test_a_leaf_section_named_by_its_heading_is_summarised(question: str, language: str) -> None:
    text = summarise(mini_index(LEAVES), question, language)
    assert "1. Truyền thông trên báo chí" in text.splitlines()[0], text.splitlines()[0]
    assert "210 tin, bài" in text


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("Summarise the strengths in the province's 2022 report.", ["strengths"]),
        ("Tóm tắt các kiến nghị trong báo cáo năm 2022", ["proposals"]),
        ("Summarise the causes of the shortcomings in the 2022 report.", ["causes"]),
        # the report summarised, its tasks named after it: the report's summary
        ("Tóm tắt báo cáo năm 2022 và phương hướng nhiệm vụ", []),
        # the direction and management of the work is a part of its results, no tasks
        ("Summarise the direction and management of administrative reform in 2022.", []),
    ],
)
def test_summary_kinds_named_before_the_report(question: str, kinds: list[str]) -> None:
    assert summary_kinds(parse_query(question)) == kinds
