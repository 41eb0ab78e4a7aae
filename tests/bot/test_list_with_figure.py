"""A list asked with a share beside it, the posts an event of the report fills, and the people
placed somewhere: read as lists (own made-up wordings, not evaluation questions)."""

from __future__ import annotations

from typing import Any, cast

import pytest

from bot.intents import report_fields
from bot.intents_types import is_list, lists_and_counts
from bot.list_answer import _share_held
from bot.list_asked import besides, head_words, lead_sets_aside, without_aside
from bot.list_find import Enumeration
from core.query import parse_query


def _listed(*items: str) -> Enumeration:
    return Enumeration(para=cast(Any, None), sentence="; ".join(items), lead="gồm:", items=items)


def test_a_share_asked_beside_a_list_is_held_by_one_of_its_items() -> None:
    e = _listed("Tăng cường kiểm tra", "dành ít nhất 2,5 % kinh phí cho đào tạo")
    assert _share_held(e, "de xuat nhung gi va toi thieu bao nhieu %")
    assert not _share_held(e, "de xuat nhung gi va bao nhieu hoc vien")  # no share asked
    assert not _share_held(_listed("Tăng cường kiểm tra", "Mở lớp"), "bao nhieu phan tram")


@pytest.mark.parametrize(
    "question",
    [
        "What did the Hà Tĩnh department propose to the ministry, and what share of funds did it ask?",
        "Sở Nội vụ kiến nghị những gì và đề nghị ít nhất bao nhiêu phần trăm kinh phí?",
    ],
)
def test_proposals_with_a_share_are_a_list_and_a_figure(question: str) -> None:
    assert lists_and_counts(parse_query(question))


def test_a_share_proposed_alone_is_no_list() -> None:
    assert not lists_and_counts(parse_query("What share of funds did the department propose?"))


@pytest.mark.parametrize(
    "question",
    [
        "Sở Tài chính đã bổ nhiệm những chức danh nào trong kỳ báo cáo năm 2021?",
        "so tu phap tuyen dung nhung chuc vu nao trong ky bao cao",
        "Which posts did the report say were appointed in the last quarter?",
    ],
)
def test_posts_an_event_fills_are_no_signature(question: str) -> None:
    assert "role" not in report_fields(parse_query(question).folded)


@pytest.mark.parametrize(
    "question",
    [
        "Báo cáo của Sở Tài chính được ký với chức danh gì?",
        "Người ký báo cáo giữ chức vụ gì?",
        "Báo cáo này ký thay ai, chức danh gì?",
    ],
)
def test_the_signers_post_is_still_asked(question: str) -> None:
    assert report_fields(parse_query(question).folded) == ("role",)


@pytest.mark.parametrize(
    "question",
    [
        "Những ai đến làm việc tại bộ phận một cửa huyện?",
        "ai duoc cu den lam viec tai trung tam hanh chinh cong",
        "Who is seconded to the district one-stop shop?",
        "Besides its own employees, who works at the provincial service centre?",
    ],
)
def test_who_is_placed_somewhere_is_a_list_of_people(question: str) -> None:
    q = parse_query(question)
    assert is_list(q)
    assert head_words(q)[:2] == ["can", "bo"]


def test_who_signed_is_still_no_list() -> None:
    assert not is_list(parse_query("Who signed the district report?"))


def test_what_a_who_question_sets_aside_is_left_out() -> None:
    folded = parse_query("Besides the police officers, who works at the centre?").folded
    assert "police" not in without_aside(folded)


def test_a_trailing_aside_is_left_out_and_own_staff_read_in_the_reports_words() -> None:
    folded = parse_query("Who works at the district one-stop shop besides its own staff?").folded
    assert "staff" not in without_aside(folded)
    assert besides(folded) == ["bien", "che", "cua"]


def test_a_lead_in_naming_the_group_set_aside_is_that_group() -> None:
    aside = ["bien", "che", "cua"]
    assert lead_sets_aside("Biên chế của Bộ phận Một cửa: Có", aside)
    assert lead_sets_aside("Bién ché cua Bo phan: C6", aside)  # as OCR prints it
    assert not lead_sets_aside("Biên chế thuộc các sở cử đến làm việc tại Bộ phận: Có", aside)
    assert not lead_sets_aside("Biên chế của Bộ phận", ["bien"])  # one word is no group
