"""A report named as a noun after a possessive or before the auxiliary's own verb ("does X's
report on … show", "does the X report on … span") asks its own fields; "did X report on …"
is still the verb (bot/intents.py, `_REPORT_VERB`, `_NOUN_BEFORE_VERB`)."""

from __future__ import annotations

import pytest

from bot.intents import report_fields
from core.query import parse_query


@pytest.mark.parametrize(
    ("question", "fields"),
    [
        ("Which number and date does Lorem ward's report on flood drills show at its head?",
         ("number", "date")),
        ("Look up the number/symbol of the tree-planting report from the Lorem Office of Parks",
         ("number",)),
        ("Over what period does the unnumbered Lorem survey report on canal dredging span?",
         ("period",)),
    ],
)  # fmt: skip
def test_report_as_noun_asks_its_fields(question: str, fields: tuple[str, ...]) -> None:
    assert report_fields(parse_query(question).folded) == fields


@pytest.mark.parametrize(
    "question",
    ["What did the office report about road works?", "What has Lorem reported on road works?"],
)
def test_report_as_verb_asks_no_field(question: str) -> None:
    assert report_fields(parse_query(question).folded) == ()


@pytest.mark.parametrize(
    "question",
    [
        "When did Lorem report on its road works, and what figures does it give?",
        "What did the office report about the period of the plan, and which roads did they have?",
        "What did Lorem report on road works and which period does it cover?",
    ],
)
def test_a_verb_ending_a_later_clause_leaves_report_a_verb(question: str) -> None:
    assert report_fields(parse_query(question).folded) == ()
