"""English question words that name no thing a clause must say do not count against the passage
that states the figure: "is it true", the occasion ("time", "reporting"), though other general
words ("security", "official") and an English date's day ("9 Sept") still count; PPC is the
provincial people's committee; a Vietnamese "thuộc" (belonging to) ends what is counted. Our own
wordings (the evaluation sets are not used)."""

from __future__ import annotations

import pytest

from bot import counted
from bot.answer import AnswerService
from bot.extractive.concepts import ConceptMatcher
from bot.extractive.scorer import ClauseScorer
from core.query import parse_query


def _words(question: str) -> set[str]:
    concepts = ConceptMatcher({}, 2.0).concepts(parse_query(question))
    return {w for c in concepts for alt in c.alternatives for w in alt}


def test_the_occasion_words_are_no_concepts() -> None:
    words = _words("What percentage of the plan was done by the time of reporting?")
    assert not words & {"time", "reporting"}
    assert {"ty", "le"} <= words  # "percentage" is the reports' "tỷ lệ" a share line leads with
    assert "plan" in words
    assert "done" in words
    assert "true" not in _words("Is it true that the plan had 12 tasks?")


def test_other_general_words_and_an_english_dates_day_still_count() -> None:
    # "security", "official": what is asked ("the security gate", "which official"), not only
    # the occasion; the day of an English date picks the line that says it ("ngày 03/4")
    words = _words("What did the new security gate cost by 3 April 2022, per the official?")
    assert {"security", "official", "3"} <= words


def test_ppc_is_the_provincial_committee() -> None:
    words = _words("What did the Dong Thap PPC office spend?")
    assert {"ubnd", "uy", "ban"} <= words


def test_thuoc_ends_what_is_counted() -> None:
    units = ClauseScorer._units(parse_query("có bao nhiêu thủ tục thuộc cấp huyện?"))
    assert "thuoc" not in units
    assert {"thu", "tuc"} <= units


@pytest.mark.parametrize(
    "question",
    [
        "Quang Ninh, 2021: the share of its reform plan carried out at the time of reporting,"
        " as a percentage?",
        "By the time of reporting, what percent of Tuyen Quang's 2024 digital plan was met?",
    ],
)
def test_other_provinces_and_years_still_find_nothing(
    service: AnswerService, question: str
) -> None:
    assert service.answer(question).abstained


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("How many heads of schools were appointed?", ""),  # no count noun before the "of"
        ("How many of the tasks were done?", "nhiem vu"),  # "how many of …" counts what follows
        ("How many dossiers of the departments were late?", "ho so"),
    ],
)
def test_an_of_past_the_first_words_ends_what_is_counted(question: str, noun: str) -> None:
    assert counted.asked_noun(parse_query(question).folded) == noun
