"""The summary kinds read when the report is named after the kind (bot/intents_types.py
`summary_kinds`): "summarise the strengths in … 's report" asks the strengths section, the
causes of the limitations the causes alone; a summary of the report stays whole, a part named
("phần …", "part B") is left to the summary answerer; "direction and management" asks no
tasks. Made-up wordings."""

from __future__ import annotations

import pytest

from bot.intents_types import summary_kinds
from core.query import parse_query


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
        # a part named: the summary answerer reads it
        ("Key points of the weaknesses in part B of the 2022 report, please.", []),
    ],
)
def test_summary_kinds_named_before_the_report(question: str, kinds: list[str]) -> None:
    assert summary_kinds(parse_query(question)) == kinds
