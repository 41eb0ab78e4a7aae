"""A score asked beside a figure line's other measures: each figure line gets the one score its
own quoted sentence gives, never one worked out or read from another sentence. Made-up report
lines and questions."""

from __future__ import annotations

import pytest

from bot.intents import Intent, read_intent
from bot.stated_score import stated_score
from core.query import parse_query
from core.result import Answer, Citation

TEXT = "**5** (Bình Phước) [1]\n> …\n\n**9** (Yên Bái) [2]\n> …\n\nNguồn:\n[1] …\n[2] …"


def _cit(n: int, quote: str) -> Citation:
    return Citation(n, f"r{n}", "Báo cáo", f"{n}/BC", "UBND", "1/1/2022", "I.", quote, 1.0)


def _answer(question: str, one: str, two: str) -> Answer:
    return Answer(question, TEXT, False, (_cit(1, one), _cit(2, two)), figure="5")


@pytest.mark.parametrize(
    "question",
    [
        "Chỉ số PAR: Bình Phước và Yên Bái mỗi tỉnh tăng bao nhiêu bậc? Yên Bái được bao nhiêu điểm?",
        "PAR Index: how many places did Binh Phuoc and Yen Bai climb, and what score did they get?",
    ],
)
def test_each_line_gets_the_score_its_own_sentence_gives(question: str) -> None:
    got = stated_score(
        parse_query(question),
        _answer(question, "Bình Phước tăng 5 bậc, xếp thứ 5.",
                "Tỉnh Yên Bái đạt 83,1/100 điểm, tăng 9 bậc so với năm 2020."),
    )  # fmt: skip
    assert got is not None
    lines = got.text.split("\n")
    assert lines[3].startswith("**9**")
    assert lines[4].endswith("**83,1/100** (đạt 83,1/100 điểm) [2]")
    assert got.text.count("**") == 6  # Bình Phước's sentence gives no score: none is added


def test_no_score_asked_or_two_scores_said_add_nothing() -> None:
    two = "Tỉnh Yên Bái đạt 83,1/100 điểm, tăng 9 bậc; năm 2020 đạt 80,2/100 điểm."
    asked = "Yên Bái tăng bao nhiêu bậc, được bao nhiêu điểm?"
    assert stated_score(parse_query(asked), _answer(asked, "x", two)) is None
    plain = "Bình Phước và Yên Bái mỗi tỉnh tăng bao nhiêu bậc?"  # no score asked
    one = "Tỉnh Yên Bái đạt 83,1/100 điểm, tăng 9 bậc."
    assert stated_score(parse_query(plain), _answer(plain, "x", one)) is None
    # "thời điểm" is no score asked
    when = "Đến thời điểm báo cáo Yên Bái tăng bao nhiêu bậc?"
    assert stated_score(parse_query(when), _answer(when, "x", one)) is None


@pytest.mark.parametrize(
    "question",
    [
        "How did Binh Phuoc and Yen Bai do on the 2021 PAR Index — ranks and places gained?",
        "Binh Phuoc versus Yen Bai on the SIPAS index: their scores?",
    ],
)
def test_ranks_or_scores_asked_in_the_plural_ask_figures_of_each_side(question: str) -> None:
    # "how did … do" alone asks a report's results; the ranks or scores asked of two
    # provinces make it a comparison of their figures
    assert read_intent(parse_query(question)).intent is Intent.COMPARISON
