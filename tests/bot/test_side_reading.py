"""How a comparison's question reads for each side: a quarter one side's clause names, and an
opening sentence of the asker's context. Questions made up for the test."""

from __future__ import annotations

import pytest

from bot.compare_sides import Side, side_query
from bot.side_reading import (
    OWN_WORDS,
    asks_several,
    one_ask,
    own_clauses,
    quarter_owner,
    side_quarter,
    without_context,
)
from core.query import parse_query


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # the quarter after the join is the second side's, before it the first's
        ("Số xã theo báo cáo của Bình Phước và theo báo cáo quý II/2023 của Yên Bái?", "Yên Bái"),
        ("Bình Phước quý 1 so với Yên Bái, số xã bao nhiêu?", "Bình Phước"),
        # before or after both names: it dates every side
        ("Quý II/2023, số xã của Bình Phước và Yên Bái?", None),
        ("Số xã của Bình Phước và Yên Bái trong quý II/2023?", None),
        ("Số xã của Bình Phước và Yên Bái?", None),  # no quarter
    ],
)
def test_the_side_a_quarter_belongs_to(text: str, owner: str | None) -> None:
    assert quarter_owner(parse_query(text)) == owner


def test_the_other_side_is_asked_of_no_quarter() -> None:
    q = parse_query("Số xã theo báo cáo của Bình Phước và theo báo cáo quý II/2023 của Yên Bái?")
    assert side_quarter(q, ("Yên Bái",)) == 2
    assert side_quarter(q, ("Bình Phước",)) == 0
    assert side_query(q, Side("Bình Phước", ("Bình Phước",), ())).quarter == 0
    assert side_query(q, Side("Yên Bái", ("Yên Bái",), ())).quarter == 2


@pytest.mark.parametrize(
    ("folded", "kept"),
    [
        ("em dang lam bao cao tong hop. so xa la bao nhieu?", "so xa la bao nhieu?"),
        ("we are drafting a memo. how many communes?", "how many communes?"),
        # a topic, a place or a number opening the question is no context
        ("so xa cap huyen. binh phuoc va yen bai?", "so xa cap huyen. binh phuoc va yen bai?"),
        ("toi o binh phuoc. so xa?", "toi o binh phuoc. so xa?"),
        ("em can so lieu 2023. so xa?", "em can so lieu 2023. so xa?"),
        ("em dang lam bao cao.", "em dang lam bao cao."),  # nothing after it
    ],
)
def test_an_opening_sentence_of_context_is_dropped(folded: str, kept: str) -> None:
    assert without_context(folded) == kept


def test_each_side_asked_its_own_figure_in_its_own_clause() -> None:
    q = parse_query(
        "Chứng thư số: Bình Phước năm 2023 cấp bao nhiêu chứng thư, còn Yên Bái thu hồi bao nhiêu?"
    )
    yb = side_query(q, Side("Yên Bái", ("Yên Bái",), ()))
    assert "thu hoi" in yb.folded
    assert "cap bao nhieu" not in yb.folded
    assert yb.folded.startswith("chung thu so")  # what opens the question is both sides'
    bp = side_query(q, Side("Bình Phước", ("Bình Phước",), ()))
    assert "cap bao nhieu chung thu" in bp.folded
    assert "thu hoi" not in bp.folded


@pytest.mark.parametrize(
    "text",
    [
        "Bình Phước có bao nhiêu xã, Yên Bái bao nhiêu?",  # the topic said once for both
        "Số xã của Bình Phước bao nhiêu, còn Yên Bái?",  # the second asks nothing
    ],
)
def test_a_topic_said_once_is_both_sides(text: str) -> None:
    q = parse_query(text)
    assert own_clauses(q, ("Yên Bái",)) is None
    assert " xa" in side_query(q, Side("Yên Bái", ("Yên Bái",), ())).folded


@pytest.mark.parametrize(
    "text",
    [
        "How many decisions did Kon Tum's People's Committee Office issue compared with Lang Son?",
        "Decisions issued: the PPC Office of Kon Tum versus Lang Son",
        "Decisions issued by the Office of the Provincial People's Committee, Kon Tum vs Lang Son",
        "Decisions of Kon Tum's provincial Department of Information and Communications vs Lang Son",
    ],
)
def test_who_reports_in_english_is_no_topic_of_a_side(text: str) -> None:
    q = parse_query(text)
    one = side_query(q, Side("Kon Tum", ("Kon Tum",), ()))
    assert "committee" not in one.folded
    assert "office" not in one.folded
    assert "department" not in one.folded
    assert "decisions" in one.folded


def test_a_communes_peoples_committee_stays_what_is_counted() -> None:
    q = parse_query("How many commune People's Committees have a portal: Kon Tum vs Lang Son?")
    one = side_query(q, Side("Kon Tum", ("Kon Tum",), ()))
    assert "people's committees" in one.folded


def test_progress_on_tasks_asks_how_far_they_are_done() -> None:
    q = parse_query("Progress on the reform plan's tasks: Kon Tum compared with Lang Son?")
    one = side_query(q, Side("Kon Tum", ("Kon Tum",), ()))
    assert "ty le hoan thanh" in one.folded


def test_several_asks_of_one_side_are_asked_once_after_their_topic() -> None:
    assert one_ask("van ban qppl: ban hanh bao nhieu, bai bo bao nhieu") == (
        "van ban qppl: ban hanh , bai bo bao nhieu"
    )
    assert one_ask("so ho so bao nhieu") == "so ho so bao nhieu"  # asked once: as it is


def test_a_side_whose_own_clause_asks_several_figures_asks_their_parts() -> None:
    q = parse_query(
        "Văn bản QPPL: Kon Tum ban hành bao nhiêu, bãi bỏ bao nhiêu; Lạng Sơn ban hành bao nhiêu?"
    )
    assert asks_several(q, ("Kon Tum",))
    assert not asks_several(q, ("Lạng Sơn",))
    one = side_query(q, Side("Kon Tum", ("Kon Tum",), ()))
    assert one.folded.count("bao nhieu") == 1
    # the topic said once for both sides, each asked once: no side asks several
    both = parse_query("Kon Tum ban hành bao nhiêu văn bản, Lạng Sơn bao nhiêu?")
    assert not asks_several(both, ("Kon Tum",))


def test_a_contrast_between_two_clauses_that_say_their_own_counts_splits_them() -> None:
    q = parse_query(
        "Dossiers — Kon Tum's count received online during 2021 compared with the number Lang "
        "Son returned late to applicants?"
    )
    first, second = own_clauses(q, ("Kon Tum",)), own_clauses(q, ("Lạng Sơn",))
    assert first is not None
    assert second is not None
    assert "received online" in first
    assert "returned late" not in first
    assert "returned late" in second
    assert "received" not in second


def test_a_contrast_whose_clauses_each_name_a_thing_splits_with_no_opening() -> None:
    q = parse_query(
        "Kon Tum's dossiers received online during 2021 versus the procedures Lang Son "
        "simplified that year?"
    )
    assert "dossiers" in (own_clauses(q, ("Kon Tum",)) or "")
    assert "procedures" in (own_clauses(q, ("Lạng Sơn",)) or "")


@pytest.mark.parametrize(
    "text",
    [
        # enough words each side, but nothing counted is named anywhere
        "Kon Tum's total issued by May 2022 vs the number Lang Son issued with the post office",
        "Kon Tum's total issued by June versus the number Lang Son handled in the quarter?",
    ],
)
def test_a_contrast_that_names_no_thing_counted_splits_nothing(text: str) -> None:
    q = parse_query(text)
    assert own_clauses(q, ("Kon Tum",)) is None
    assert own_clauses(q, ("Lạng Sơn",)) is None


def test_a_contrasted_clause_needs_own_words_words_of_its_own() -> None:
    # "received online early": OWN_WORDS words; "received online": one fewer
    enough = "Dossiers: Kon Tum received online early vs Lang Son returned late to applicants?"
    short = "Dossiers: Kon Tum received online vs Lang Son returned late to applicants?"
    assert OWN_WORDS == 3
    assert own_clauses(parse_query(enough), ("Kon Tum",)) is not None
    assert own_clauses(parse_query(short), ("Kon Tum",)) is None


@pytest.mark.parametrize(
    "text",
    [
        "Kon Tum vs Lang Son: how many smart cards in 2022?",
        "Kon Tum's smart cards vs Lang Son's?",
        "Kon Tum's smart cards handed out in Q2 2022, vs Lang Son's 2022 figure?",
        "Kon Tum (quý 2/2022) cấp bao nhiêu thẻ thông minh, so với Lạng Sơn thì sao?",
    ],
)
def test_a_contrast_with_no_clause_of_its_own_splits_nothing(text: str) -> None:
    assert own_clauses(parse_query(text), ("Kon Tum",)) is None
