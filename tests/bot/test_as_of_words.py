"""The "tinh" of an "as of" ("tính đến"/"tính tới" a date) is no "cấp tỉnh" and no topic word,
in every reading of the question's words (bot/extractive/as_of.py): the concepts a clause is
scored by and the word sequence a breakdown's item is told apart by."""

from __future__ import annotations

import pytest

from bot.extractive.concepts import ConceptMatcher
from bot.extractive.question import _question_facts
from core.query import parse_query


def _concept_words(question: str) -> set[str]:
    """The question's concepts' words, but for an as-of phrase concept ("tinh den"/"tinh toi":
    said by a clause's own "tính đến", never by a "cấp tỉnh")."""
    matcher = ConceptMatcher({}, 2.0)
    return {
        w
        for c in matcher.concepts(parse_query(question))
        if c.alternatives != (("tinh", "den"), ("tinh", "toi"))
        for alt in c.alternatives
        for w in alt
    }


def _as_of_concept(question: str) -> bool:
    matcher = ConceptMatcher({}, 2.0)
    return any(
        c.alternatives == (("tinh", "den"), ("tinh", "toi"))
        for c in matcher.concepts(parse_query(question))
    )


@pytest.mark.parametrize(
    "question",
    [
        "Cổng dịch vụ công Lào Cai có bao nhiêu thủ tục tính tới ngày 15/8/2023?",
        "so ho so tiep nhan tinh den het thang 9/2021 la bao nhieu",
        "Tính đến 31/12/2022, bao nhiêu chữ ký số đã được cấp?",
    ],
)
def test_as_of_says_no_province(question: str) -> None:
    assert "tinh" not in _concept_words(question)
    assert _as_of_concept(question)  # the phrase still matches the clause's own "tính đến"
    assert "tinh" not in _question_facts(parse_query(question))[2]


@pytest.mark.parametrize(
    "question",
    [
        "bao nhiêu thủ tục cấp tỉnh đến nay đã được cắt giảm",  # with marks: the level
        "so thu tuc cap tinh den nay",  # no date after it: the level
        "Dịch vụ công cấp tỉnh tính đến nay có bao nhiêu?",  # "tính" after "cấp tỉnh" read
    ],
)
def test_provincial_level_still_read(question: str) -> None:
    assert "tinh" in _concept_words(question)
    assert "tinh" in _question_facts(parse_query(question))[2]
