"""English that says a thing absent ("had no …", "lacking …"), and "no" that says none."""

from __future__ import annotations

import pytest

from core.english_denial import asks_absent
from core.lexicon import negated_spans, without_denied
from core.query import _word_terms, parse_query


@pytest.mark.parametrize(
    "question",
    [
        "How many wards had no library last year?",
        "Which offices have no scanner?",
        "Number of villages with no post office",
        "agencies lacking a complaints desk",
        "How many schools do not have a canteen?",
        "how many clinics don't have any ambulance",
        "branches that did not have their own server",
        "offices without any printer",
        "Were there no kiosks in the market?",
    ],
)
def test_an_english_absence_is_read(question: str) -> None:
    assert asks_absent(parse_query(question).folded)


@pytest.mark.parametrize(
    "question",
    [
        "What does report no. 57 say about schools?",
        "No, I meant the district figure",
        "dossiers settled no later than the deadline",
        "offices that had no more than 3 clerks",  # a bound on the figure asked
        "a permit with no later than 7 working days to wait",
        "districts that have no fewer than 60 staff",
        "wards that had no change in staff",
        "dossiers that did not have to be sent again",
        "cases that should not have been returned",
        "buildings not owned by the province",
        "offices that no longer use paper",
        "teachers admitted without an exam",  # the manner of an admission, nothing lacked
        "complaints handled without delay",
        "How many wards have a library?",
    ],
)
def test_ordinary_no_and_without_say_no_absence(question: str) -> None:
    assert not asks_absent(parse_query(question).folded)


def test_an_absence_names_the_reports_denied_wording() -> None:
    # "had no website": the reports write "chưa có / không có trang thông tin điện tử"
    for question in ("which wards had no website", "wards lacking a website",
                     "wards that do not have a website"):  # fmt: skip
        expanded = parse_query(question).expanded
        assert "chua co trang thong tin dien tu" in expanded
        assert "khong co trang thong tin dien tu" in expanded


def test_the_denied_thing_leaves_the_plain_wording() -> None:
    text = "wards that do not have a website"
    plain = without_denied(text, _word_terms)
    assert "website" not in plain
    assert plain.startswith("wards that")
    # "not have" inside the absence is one cut, not two
    spans = [s for s in negated_spans(text, _word_terms) if s[2]]
    assert len(spans) == 1


def test_a_bound_or_a_number_after_no_denies_nothing() -> None:
    for question in ("wards that had no more than 7 websites", "what does report no. 57 say"):
        assert "chua co" not in parse_query(question).expanded
        assert "khong co" not in parse_query(question).expanded
