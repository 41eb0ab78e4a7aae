"""English wordings read as their common form (core/en_wording.py)."""

from __future__ import annotations

import pytest

from bot.answer import AnswerService
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


@pytest.mark.parametrize(
    ("folded", "expected"),
    [
        ("how many certs were issued w/ the ministry?",
         "how many certificates were issued with the ministry?"),
        ("which depts sent docs w/o a signature?",
         "which departments sent documents without a signature?"),
        ("any info on govt servers?", "any information on government servers?"),
        # a Vietnamese syllable stays ("đọc", "dọc"), and so do words that only hold the shorthand
        ("doc bao cao nao", "doc bao cao nao"),
        ("the certificate and the information", "the certificate and the information"),
    ],
)  # fmt: skip
def test_shorthand(folded: str, expected: str) -> None:
    assert common_wording(folded) == expected


def test_logged_dossiers_are_received() -> None:
    assert common_wording("how many applications were logged on the portal in 2021?") == (
        "how many applications were received on the portal in 2021?"
    )
    assert common_wording("how many complaints logged in q2?") == (
        "how many complaints received in q2?"
    )
    # a user signing in is no dossier received
    assert common_wording("how many users logged in to the app?") == (
        "how many users logged in to the app?"
    )
    assert "tiep nhan" in parse_query("How many files were logged into the system?").expanded


def test_mid_phrase_gloss_goes_after_its_phrase() -> None:
    # a Vietnamese gloss inside an English noun phrase goes after the phrase
    assert common_wording("how many official (cong vu) email boxes were opened?") == (
        "how many official email boxes (cong vu) were opened?"
    )
    assert common_wording("what share of household (ho kinh doanh) businesses use it?") == (
        "what share of household businesses (ho kinh doanh) use it?"
    )
    # a gloss closing its phrase, an English aside and a verb after the gloss stay as typed
    for folded in (
        "how many public employees (vien chuc) were there?",
        "how much self managed (autonomous) funding was given?",
        "which units (don vi) make up the centre?",
        "compare the urban (do thi) vs rural clinics",
        "the urban vs rural (nong thon) schools",
        "ty le ho so (truc tuyen) toan trinh la bao nhieu?",
        # a word setting another thing against the glossed one ends the phrase
        "how many were contract workers (hop dong) rather than officials?",
        "how many were officials (can bo) but not civil servants?",
    ):
        assert common_wording(folded) == folded
    assert (
        "thu dien tu cong vu"
        in parse_query("How many official (công vụ) email addresses were opened?").expanded
    )


def test_english_thousands_commas_are_read_as_one_number() -> None:
    assert common_wording("of the 2,450 dossiers received, how many were late?") == (
        "of the 2450 dossiers received, how many were late?"
    )
    assert "12500000000" in common_wording("what share of the 12,500,000,000 dong was spent?")
    # a Vietnamese decimal comma, and a list of numbers, stay
    assert common_wording("ty le dat 1,636 lan") == "ty le dat 1,636 lan"
    assert common_wording("how many of the levels 3, 4 were there?") == (
        "how many of the levels 3, 4 were there?"
    )


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        (
            "how many of the schools sit at ward level?",
            "how many of the schools are at ward level?",
        ),
        (
            "of the 900 permits, how many fall under the county?",
            "of the 900 permits, how many are at the county?",
        ),
        ("how many clinics lie with the commune?", "how many clinics are at the commune?"),
        ("how many belong to the district level?", "how many are at the district level?"),
    ],
)
def test_a_verb_placing_the_counted_things_is_the_copula(typed: str, read: str) -> None:
    assert common_wording(typed) == read


def test_a_verb_of_falling_without_a_place_stays() -> None:
    assert common_wording("how much did the fees fall by in 2021?") == (
        "how much did the fees fall by in 2021?"
    )


@pytest.mark.parametrize(
    ("folded", "expected"),
    [
        (
            "press coverage in lao cai's 2021 report mentions the tax office settling how many files?",
            "in lao cai's 2021 report mentions the tax office settling how many files?",
        ),
        (
            "according to media coverage, how many petitions did ben tre answer?",
            "how many petitions did ben tre answer?",
        ),
        ("newspaper reports say how many kiosks opened?", "how many kiosks opened?"),
        ("the coverage notes that how many forums were held?", "how many forums were held?"),
    ],
)
def test_where_the_fact_is_reported_is_read_away(folded: str, expected: str) -> None:
    assert common_wording(folded) == expected


@pytest.mark.parametrize(
    "folded",
    [
        "how many news articles did ben tre publish?",
        "what is the 4g coverage in lao cai?",
        "how many press reports were sent to the ministry?",
    ],
)
def test_a_press_thing_asked_about_stays(folded: str) -> None:
    assert common_wording(folded) == folded


def test_framed_question_answers_as_the_plain_one(service: AnswerService) -> None:
    plain = "How many tasks assigned by the Government did Dong Thap settle on time or early in Q3 2022?"
    framed = (
        "Newspaper reports in Dong Thap's Q3 2022 report say the province settled"
        " Government-assigned tasks on time or early - how many?"
    )
    first = service.answer(plain)
    assert not first.abstained
    assert first.figure
    assert service.answer(framed).figure == first.figure


@pytest.mark.parametrize(
    "folded",
    [
        "how much press coverage did binh phuoc's one-stop reform get in 2022?",
        "how many media reports did the digital transformation drive get last year?",
        "did lao cai's tax office get any newspaper coverage in 2021?",
        "what did media coverage of the e-invoice rollout focus on?",
        "which topics did the press coverage of the reform emphasise?",
    ],
)
def test_press_coverage_asked_is_not_read_away(folded: str) -> None:
    # the press noun is what is asked (after "how much/many", what "did ... get", before "of")
    assert common_wording(folded) == folded


def test_press_coverage_asked_gives_no_figure_of_something_else(service: AnswerService) -> None:
    ans = service.answer("How much press coverage did Hai Duong's e-government drive get in 2022?")
    # not read as "how much did ... get": no bold figure of some other count
    assert ans.abstained or not ans.figure, ans.text


def test_what_portion_asks_a_share() -> None:
    assert common_wording("which portion of the dossiers were resolved online") == (
        "which share of the dossiers were resolved online"
    )
    assert common_wording("a portion of the budget was spent") == "a portion of the budget was spent"


def test_how_many_of_them_reads_as_how_many() -> None:
    asked = "ha tinh's reception desks in 2023: how many of them were at the district level"
    assert common_wording(asked) == "ha tinh's reception desks in 2023: how many were at the district level"
    assert common_wording("staff trained last year: how many of those are cap xa") == (
        "staff trained last year: how many are cap xa"
    )
    kept = "of the courses, how many of those enrolled were civil servants"
    assert common_wording(kept) == kept


def test_how_many_of_them_keeps_its_pronoun_when_the_rest_splits_the_group() -> None:
    for kept in (
        "teachers hired in 2021: how many of them were hired without an interview",
        "teachers hired in 2021: how many of them were taken on in the spring",
        "offices audited: how many of these are not at district level",
        "offices audited: how many of these are non-district level",
        "offices audited: how many of those were khong cap huyen",
    ):
        assert common_wording(kept) == kept
