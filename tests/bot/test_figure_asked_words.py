"""A figure asked in other words than "how many": an amount named by its noun after "what is
the", a hotline's number (no document number) asked with "số máy", a total (no average), and
English wordings the lexicon lacked ("top-up", "on or ahead of time", "the PM")."""

from __future__ import annotations

import pytest

from bot.extractive.levels import average_for_total, level_and_total
from bot.extractive.question import _WANTS_DOCNUM
from bot.extractive.sites import _figures_of
from bot.intents import Intent, read_intent
from bot.intents_types import FIGURE_ASKED
from core.lexicon import to_vietnamese, unelided
from core.query import parse_query


@pytest.mark.parametrize(
    "question",
    [
        "What's the yearly stipend given to commune IT officers in Tuyen Quang?",
        "What was the total cost estimate of the new archive building?",
        "What is the fee charged for a birth certificate copy?",
    ],
)
def test_an_amount_named_by_its_noun_asks_a_figure(question: str) -> None:
    q = parse_query(question)
    assert FIGURE_ASKED.search(q.folded)
    assert read_intent(q).intent == Intent.FIGURE


def test_a_what_question_naming_no_amount_asks_no_figure() -> None:
    q = parse_query("What did the report say about the problems of tax collection?")
    assert not FIGURE_ASKED.search(q.folded)


@pytest.mark.parametrize(
    "question",
    [
        "đường dây nóng của sở là số máy?",
        "tong dai ho tro nguoi dan cua tinh la so nao",
        "What is the province's hotline number?",
    ],
)
def test_a_hotline_number_is_a_figure_not_a_document_number(question: str) -> None:
    q = parse_query(question)
    assert FIGURE_ASKED.search(q.folded)
    assert not _WANTS_DOCNUM.search(q.folded)


def test_a_document_number_asked_is_still_one() -> None:
    assert _WANTS_DOCNUM.search(parse_query("Kế hoạch cải cách hành chính năm nay số mấy?").folded)


def test_english_wordings_of_a_support_level_and_of_managed_procedures() -> None:
    assert "muc ho tro" in to_vietnamese("what top up do one stop staff get")
    assert "tham quyen quan ly" in to_vietnamese(
        "how many procedures are under the province s management"
    )


def test_an_average_is_no_total_asked() -> None:
    sites = {f.figure: f for f in _figures_of(
        "Tổng các xã có 840 máy tính (bình quân mỗi xã có 12 máy tính).", [])}  # fmt: skip
    asked = "tong so may tinh cua cac xa la bao nhieu"
    assert average_for_total(sites["12"], asked)
    assert not average_for_total(sites["840"], asked)
    assert level_and_total(sites["12"], frozenset(), True, asked) < 0
    # asked for the average, the average is what is asked
    assert not average_for_total(sites["12"], "binh quan moi xa co bao nhieu may tinh")


def test_an_elided_time_word_is_said_for_each_part() -> None:
    q = parse_query("How many dossiers were settled on or ahead of schedule in Tuyen Quang?")
    assert "on schedule or ahead of schedule" in q.folded
    assert unelided("finished ahead of or on time") == "finished ahead of time or on time"


def test_the_pm_and_tasks_handed_down_read_as_the_reports_write_them() -> None:
    words = to_vietnamese("tasks the pm handed down to the province")
    assert "thu tuong chinh phu" in words
    assert "duoc giao" in words


def test_businesses_on_the_declaration_method_read_as_the_reports_write_them() -> None:
    words = to_vietnamese("share of household businesses on the declaration method using e invoices")
    assert "phuong phap ke khai" in words
    assert "ca nhan kinh doanh" in words


def test_a_label_before_a_colon_is_read_across_its_commas() -> None:
    # what the figure counts is named at the head of its label, commas later
    text = "Tổng số hồ sơ thuộc lĩnh vực đất đai, xây dựng của huyện trong kỳ: 2.316, trong đó: cấp xã: 410"
    total, part = _figures_of(text, [])
    assert {"ho", "so"} <= total.before_in_item
    # a label stops at the figure before it: "410" is not labelled by the total's words
    assert "dat" not in part.before_in_item


def test_a_plural_marker_after_a_figure_is_not_what_it_counts() -> None:
    # "các"/"những" between the figure and its noun: the noun still follows it
    (marked,) = _figures_of("Các huyện đã đăng tải 320 các tin bài về chuyển đổi số", [])
    (plain,) = _figures_of("Các huyện đã đăng tải 320 tin bài về chuyển đổi số", [])
    assert marked.following == plain.following == {"tin", "bai"}


@pytest.mark.parametrize(
    "question",
    [
        "Bình Phước đứng thứ mấy cả nước về chỉ số PCI?",
        "Thứ hạng của Long An về chỉ số SIPAS là gì?",
        "Long An xếp hạng mấy về chỉ số PAPI?",
        "In what place did Binh Phuoc finish in the PCI?",
    ],
)
def test_a_rank_in_any_wording_asks_a_figure(question: str) -> None:
    # the extractive answerer then needs a figure in the passage it quotes: a passage without
    # the rank is no answer
    assert FIGURE_ASKED.search(parse_query(question).folded)
