"""English wordings read as their common form (core/en_wording.py)."""

from __future__ import annotations

import pytest

from core.en_wording import common_wording
from core.query import parse_query


@pytest.mark.parametrize(
    ("folded", "expected"),
    [
        # a level word before a body's name names the body
        ("who chairs the province level people's committee?",
         "who chairs the provincial people's committee?"),
        ("how many resolutions did the provincial level hdnd pass?",
         "how many resolutions did the provincial hdnd pass?"),
        ("how many desks does the province level one stop service center have?",
         "how many desks does the provincial one stop service center have?"),
        # a level a breakdown is narrowed to stays
        ("how many level 3 services at province level?", "how many level 3 services at province level?"),
        ("how many province level services and the centre?",
         "how many province level services and the centre?"),
        ("which province level agencies use the system?",
         "which province level agencies use the system?"),
    ],
)  # fmt: skip
def test_body_level(folded: str, expected: str) -> None:
    assert common_wording(folded) == expected


@pytest.mark.parametrize(
    ("folded", "expected"),
    [
        ("what is the number of servers did the office buy?", "how many servers did the office buy?"),
        ("what's the number of printers has the office got?", "how many printers has the office got?"),
        ("what was the number of of the schools inspected were late?",
         "how many of the schools inspected were late?"),
        # a document's number stays
        ("what is the number of the plan the office has issued?",
         "what is the number of the plan the office has issued?"),
        ("what is the number of lao cai's budget report that was sent?",
         "what is the number of lao cai's budget report that was sent?"),
        ("what is the number of lao cai's plan?", "what is the number of lao cai's plan?"),
    ],
)  # fmt: skip
def test_number_of_as_how_many(folded: str, expected: str) -> None:
    assert common_wording(folded) == expected


def test_quarter_of_year() -> None:
    assert common_wording("servers in the second quarter of 2020?") == "servers in q2 2020?"
    assert common_wording("the 4th quarter 2021 report") == "q4 2021 report"
    assert common_wording("the third quarter, and 2021") == "the third quarter, and 2021"


def test_parse_reads_the_body_not_the_level() -> None:
    reworded = parse_query("Who chairs the province-level People's Committee in 2021?")
    plain = parse_query("Who chairs the provincial People's Committee in 2021?")
    assert reworded.expanded == plain.expanded
    assert "cap tinh" in parse_query("How many level-2 services at province level?").expanded
