"""A question asking two counts gets both when the stated figure's sentence gives the second
(bot/second_figure.py), and "cấp … tính đến" is no "cấp tỉnh" (bot/extractive/question.py).
Report text written for the test, in the reports' style."""

from __future__ import annotations

import pytest

from bot import counted
from bot.extractive.parts_said import asked_parts
from bot.render import document
from bot.second_figure import second_count
from core.query import parse_query
from core.result import Answer, Citation

QUOTE = ("Tại Trung tâm Phục vụ hành chính công tỉnh hiện có 41 công chức của 12 sở, ban, "
         "ngành được cử đến làm việc, 03 cán bộ Công an tỉnh.")  # fmt: skip


def stated(figure: str, quote: str = QUOTE, language: str = "vi") -> Answer:
    cit = Citation(1, "t001", "Báo cáo", "77/BC-VPUBND", "Văn phòng UBND tỉnh Bình Phước",
                   "2022-07-05", "2. Cải cách thủ tục hành chính", quote, 0.9)  # fmt: skip
    text = f"**{figure}** (Bình Phước, kỳ báo cáo 2022) [1]\n> {quote}\n\nNguồn:\n[1] 77/BC-VPUBND"
    return Answer("?", text, False, (cit,), figure=figure, language=language)


@pytest.mark.parametrize(
    ("question", "nouns"),
    [
        ("Có bao nhiêu công chức của bao nhiêu sở, ban, ngành làm việc tại Trung tâm?",
         ["can bo", "co quan"]),
        ("How many civil servants work at the centre, and from how many departments?",
         ["can bo", "co quan"]),
        ("Tỉnh tổ chức bao nhiêu lớp tập huấn với bao nhiêu lượt người?", ["lop", "luot"]),
        ("Có bao nhiêu công chức làm việc tại Trung tâm?", ["can bo"]),
    ],
)  # fmt: skip
def test_the_counts_a_question_asks(question: str, nouns: list[str]) -> None:
    assert counted.asked_nouns(parse_query(question).folded) == nouns


@pytest.mark.parametrize(
    "question",
    [
        "Có bao nhiêu công chức của bao nhiêu sở, ban, ngành làm việc tại Trung tâm?",
        "How many civil servants work at the provincial centre, and from how many departments?",
    ],
)
def test_both_counts_asked_are_stated(question: str) -> None:
    got = second_count(parse_query(question), stated("41"))
    assert got is not None
    head = got.text.split(">")[0]
    assert "**41**" in head
    assert "**12** sở, ban, ngành [1]" in head
    # every front end shows the added figure bold, as the first one
    figures = [r.text for b in document(got).blocks for r in b.runs if r.kind == "figure"]
    assert figures == ["41", "12"]


def test_one_count_asked_is_left_alone() -> None:
    assert second_count(parse_query("Có bao nhiêu công chức làm việc tại Trung tâm?"), stated("41")) is None  # fmt: skip


def test_no_second_figure_of_the_asked_noun_adds_nothing() -> None:
    q = parse_query("Tỉnh tổ chức bao nhiêu lớp tập huấn với bao nhiêu lượt người tham gia?")
    assert second_count(q, stated("5", "Tỉnh đã tổ chức 5 lớp tập huấn về cải cách hành chính.")) is None  # fmt: skip


def test_a_count_of_departments_is_an_agency_count() -> None:
    # "bao nhiêu đơn vị": any unit; "bao nhiêu công chức": not 12 departments
    assert counted.other_thing("bao nhieu don vi", QUOTE, "12") == ""
    assert counted.other_thing("bao nhieu cong chuc", QUOTE, "12") == "co quan"


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("bao nhieu sim ky so da duoc cap tinh den het thang 5/2022", ()),
        ("Số chứng thư số được cấp tính tới ngày 20/5 là bao nhiêu?", ()),
        ("Có bao nhiêu dịch vụ công cấp tỉnh?", (("cap", "tinh"),)),
    ],
)
def test_issued_as_of_is_no_provincial_level(question: str, parts: tuple[tuple[str, ...], ...]) -> None:  # fmt: skip
    assert asked_parts(parse_query(question)) == parts
