"""The figure that counts what the question counts, or is the measure it asks, comes first
(bot/extractive/thing_first.py, bot/counted.py `subject_noun`). The clauses are written for the
test, in the reports' style."""

from __future__ import annotations

import pytest

from bot import counted
from bot.extractive.choice import Candidate
from bot.extractive.thing_first import OTHER_THING, measure_first, thing_first
from core.places import strip_places
from core.query import parse_query
from index.chunk import Chunk, Span
from index.retrieve import Hit

# one clause counting forms of level-3 procedures, one counting the procedures by level
FORMS = "Trong kỳ, thủ tục hành chính mức độ 3 là 5.120 hồ sơ, mức độ 2 là 812 hồ sơ."
PROCS = "số thủ tục mức độ 3 là: 240 (trong đó: 215 thủ tục cấp tỉnh; 25 thủ tục cấp huyện)."
# procedures counted as the work of a quarter, not as a total
EVENT = "Rà soát thủ tục hành chính mức độ 3: đã đơn giản hóa 12 thủ tục."
TEXT = f"{FORMS}\n{PROCS}\n{EVENT}"
CHUNK = Chunk(
    "r:0002", "r", 1, "II.2", TEXT, 1, 3,
    (Span(0, len(FORMS), 1, 1), Span(len(FORMS) + 1, len(FORMS) + 1 + len(PROCS), 2, 2),
     Span(len(FORMS) + len(PROCS) + 2, len(TEXT), 3, 3)),
)  # fmt: skip
SCORE = "Năm 2021 tỉnh đạt 79,12/100 điểm, tăng 7 bậc so với năm 2020, xếp thứ 24/63 tỉnh."
SCORE_CHUNK = Chunk("s:0001", "s", 1, "I.4", SCORE, 1, 1, (Span(0, len(SCORE), 1, 1),))


def _cand(chunk: Chunk, span: int, score: float, figure: str) -> Candidate:
    return Candidate(Hit(chunk, 1.0), chunk.spans[span], score, 0.8, figure)


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("tthc muc do 3 cap tinh co bao nhieu", "thu tuc"),  # the subject, nothing after
        ("ho so dvc muc do 3 la bao nhieu?", "ho so"),
        ("cap xa co bao nhieu", ""),  # a level, no thing counted
        ("ty le ho so dung han la bao nhieu", ""),  # a share
        ("dong thap co bao nhieu", ""),  # a province's name, no amount in dong
        ("ke hoach von nam 2021 la bao nhieu", ""),  # a plan's amount, not a count of plans
    ],
)
def test_subject_noun(question: str, noun: str) -> None:
    assert counted.subject_noun(question) == noun


def test_asked_thing_prefers_the_noun_after_the_asking_words() -> None:
    assert counted.asked_thing("dvc co bao nhieu ho so") == "ho so"
    assert counted.asked_thing("dvc muc do 3 co bao nhieu") == "dich vu"


def test_a_level_before_the_province_is_kept() -> None:
    assert strip_places("tthc cap tinh tuyen quang co bao nhieu") == "tthc cap tinh co bao nhieu"
    assert strip_places("ho so cua tinh tuyen quang") == "ho so cua"


def test_a_figure_of_the_things_asked_comes_before_one_of_their_dossiers() -> None:
    q = parse_query("tthc muc do 3 cap tinh co bao nhieu")
    forms, total = _cand(CHUNK, 0, 1.9, "5.120"), _cand(CHUNK, 1, 1.8, "240")
    province = _cand(CHUNK, 1, 1.7, "215")
    ranked, decided, doubts = thing_first(q, [forms, total, province], lambda c: True)
    # the part asked ("cấp tỉnh") named by the figure's own words, before the total
    assert [c.figure for c in ranked] == ["215", "5.120", "240"]
    assert decided
    assert not doubts


def test_a_figure_labelled_as_the_thing_asked_comes_first() -> None:
    q = parse_query("tthc muc do 3 co bao nhieu")
    forms, total = _cand(CHUNK, 0, 1.9, "5.120"), _cand(CHUNK, 1, 1.2, "240")
    assert thing_first(q, [forms, total], lambda c: True)[0][0] is total


def test_no_figure_of_the_thing_asked_leaves_the_best_in_doubt() -> None:
    q = parse_query("tthc muc do 3 co bao nhieu")
    forms, other = _cand(CHUNK, 0, 1.9, "5.120"), _cand(CHUNK, 0, 1.8, "812")
    event = _cand(CHUNK, 2, 1.85, "12")  # the thing asked, but said of the quarter's work
    ranked, decided, doubts = thing_first(q, [forms, event, other], lambda c: True)
    assert ranked[0] is forms
    assert not decided
    assert doubts == {OTHER_THING}
    # asked after "bao nhiêu": left to `counted_first` and bot/near_miss.py's `other_count`
    q = parse_query("muc do 3 co bao nhieu tthc")
    assert thing_first(q, [forms, event, other], lambda c: True) == (
        [forms, event, other],
        False,
        frozenset(),
    )


def test_a_figure_of_the_thing_asked_stays_first() -> None:
    q = parse_query("ho so muc do 3 la bao nhieu")
    forms, total = _cand(CHUNK, 0, 1.9, "5.120"), _cand(CHUNK, 1, 1.8, "240")
    assert thing_first(q, [forms, total], lambda c: True) == ([forms, total], False, frozenset())


def test_the_one_figure_written_as_a_score_comes_first() -> None:
    q = parse_query("What score did the province get in the PAR INDEX 2021?")
    rank = _cand(SCORE_CHUNK, 0, 1.9, "24/63")
    places, score = _cand(SCORE_CHUNK, 0, 1.8, "7"), _cand(SCORE_CHUNK, 0, 1.7, "79,12/100")
    ranked, decided = measure_first(q, [rank, places, score])
    assert ranked[0] is score
    assert decided
    # a rank asked, two figures written as ranks ("7 bậc", "24/63"): as it was
    q = parse_query("What rank did the province get in the PAR INDEX 2021?")
    assert measure_first(q, [score, places, rank]) == ([score, places, rank], False)
    assert measure_first(q, [score, rank])[0][0] is rank
    # neither asked: as it was
    q = parse_query("What did the province get in the PAR INDEX 2021?")
    assert measure_first(q, [rank, places, score]) == ([rank, places, score], False)
