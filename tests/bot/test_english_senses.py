"""English words read in the sense a question uses them: "share" of a rate (not the "chia sẻ"
of "sharing"), "staff" as people (not the "biên chế" of "staffing"), "early 2019" as a time
(not a dossier settled "trước hạn"), a province's possessive no end to what is counted, and
what a figure counts said further up its outline. Our own wordings (the evaluation sets are
not used)."""

from __future__ import annotations

import pytest

import core.lexicon as lexicon
from bot.answer import AnswerService
from bot.extractive.question import _asked_parts, _english_counted
from core.lexicon import to_vietnamese
from core.query import GLOSSARY, parse_query


def test_share_of_is_a_rate_and_sharing_is_sharing() -> None:
    assert "ty le" in to_vietnamese("what share of online services")
    assert "chia se" not in to_vietnamese("what share of online services")
    assert "chia se" not in to_vietnamese("the shares of businesses")
    assert "chia se" in to_vietnamese("the data sharing platform")
    assert "chia se" in to_vietnamese("data shared between agencies")


def test_staff_are_people_not_a_staffing_quota() -> None:
    assert "bien che" not in GLOSSARY.get("staff", ())
    assert "nguoi" in to_vietnamese("how many staff")
    assert lexicon.other_sense("staff", "staffing", ("bien che",))
    # a form naming a term within the wording's own ("tinh gian" of "tinh gian bien che")
    # is the same sense; so is a respelling
    assert not lexicon.other_sense("downsized", "downsizing", ("tinh gian bien che",))
    assert not lexicon.other_sense("program", "programme", ("de an",))


@pytest.mark.parametrize(
    "question",
    [
        "What share of Ha Tinh's district agencies had servers in early 2019?",
        "How many dossiers had been received by mid-June 2022?",
        "How many certificates were issued in late May 2022?",
    ],
)
def test_a_time_qualifier_is_no_dossier_state(question: str) -> None:
    q = parse_query(question)
    assert "truoc han" not in q.expanded
    assert "qua han" not in q.expanded
    assert q.years  # the year stays


def test_early_and_late_of_a_dossier_keep_their_sense() -> None:
    assert "qua han" in parse_query("How many dossiers were processed late in Q3 2022?").expanded
    assert "truoc han" in parse_query("How many dossiers were resolved early?").expanded


def test_a_possessive_province_does_not_end_what_is_counted() -> None:
    counted = _english_counted(
        parse_query("What proportion of Dong Thap's reform tasks had been carried out?")
    )
    assert counted
    assert any("nhiem vu" in c for c in counted)
    counted = _english_counted(parse_query("How many of Hai Duong’s public services are online?"))
    assert any("dich vu cong" in c for c in counted)


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        # "early 2019" is the first quarter's report, not dossiers settled ahead of time
        ("What percentage of district-level agencies in Ha Tinh had servers in early 2019?", "92%"),
        # "employees" counts people: the 103 streamlined, not one kind among them
        ("How many employees did Hai Duong streamline in 2022?", "103"),
        # the project is named two lines up the outline ("Dự án: Kho lưu trữ …")
        (
            "What was the disbursement rate of the public investment project in Dong Thap as of "
            "9 September 2022?",
            "64,7%",
        ),
    ],
)
def test_english_question_gets_the_figure(
    service: AnswerService, question: str, figure: str
) -> None:
    ans = service.answer(question)
    assert not ans.abstained
    assert ans.figure == figure


def test_expansions_side_by_side_name_no_part() -> None:
    # "in total" gives "tong so", "tax sector" "nganh thue": together no "sở, ngành" (the
    # provincial level) the question never asked
    q = parse_query("How many e-invoices in total has the tax sector of Ha Tinh processed?")
    assert _asked_parts(q) == ()
    assert _asked_parts(parse_query("How many dossiers did the provincial departments settle?"))


def test_a_total_asked_beside_a_sector_gets_the_figure(service: AnswerService) -> None:
    ans = service.answer("How many e-invoices in total has the tax sector of Ha Tinh processed?")
    assert ans.figure == "237.006"


@pytest.mark.parametrize(
    "message",
    ["Hi there, what can you help with?", "Can you help me?", "What can I ask you?",
     "xin chào, bạn giúp gì được?"],
)
def test_asking_what_help_is_offered_is_small_talk(service: AnswerService, message: str) -> None:
    ans = service.answer(message)
    assert ans.intent == "smalltalk"
    assert not ans.citations
    assert not ans.figure


def test_a_word_only_in_an_aside_does_not_deny_the_question(service: AnswerService) -> None:
    # "house" of "guard house" is in no report; said in parentheses, it gives examples of the
    # project the question's other words name
    ans = service.answer(
        "What share of the capital for the office's investment project (archive, garage, "
        "guard house) had Dong Thap disbursed by 9 September 2022?"
    )
    assert ans.figure == "64,7%"
    # what is asked outside the aside is still looked for
    assert service.answer("How many doctors (and nurses) did Hai Duong recruit in 2022?").abstained


def test_a_verb_after_the_counted_noun_adds_no_counted_word() -> None:
    # "work" names nothing of its own: "people work" (người làm việc) is no stricter count
    # than "people", which a clause of "công chức, viên chức và người lao động" says
    counted = _english_counted(parse_query("How many people work at the service centre?"))
    assert len(counted) == 1
    assert "nguoi" in counted[0]


def test_people_working_somewhere_are_looked_for(service: AnswerService) -> None:
    ans = service.answer(
        "How many people work at Hai Duong's provincial public administration service centre?"
    )
    assert not ans.abstained
    assert "10" in {ans.figure, *(c.figure for c in ans.candidates)}


def test_a_vietnamese_gloss_in_parentheses_is_what_is_counted() -> None:
    asked = "How many of the staff trained in 2021 were civil servants (cong chuc)?"
    assert _english_counted(parse_query(asked)) == (frozenset({"cong chuc"}),)
    assert _english_counted(parse_query("how many teachers (giáo viên) retired?")) == (
        frozenset({"giao vien"}),
    )
    # a place glossed after a preposition, or English in parentheses, is no counted term
    at = _english_counted(parse_query("how many dossiers came in at the centre (trung tam hcc)?"))
    assert frozenset({"trung tam hcc"}) not in at
    assert _english_counted(parse_query("how many servers (two racks) are there?")) != (
        frozenset({"two racks"}),
    )
