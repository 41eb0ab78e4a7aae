"""The English head noun of a list question: the noun phrase after "which" ends at its first
plural noun (what follows is what the things do), or at the second of two joined nouns; and a
series' last item, whose commas are its own when the other items have theirs; items that tell
figures, not things."""

from __future__ import annotations

import pytest

from bot.list_asked import _en_nouns, head_words
from bot.list_items import figure_told, last_trimmed
from core.query import parse_query


@pytest.mark.parametrize(
    ("question", "nouns"),
    [
        ("Which districts provide free parking for visitors?", ["districts"]),
        ("Which teams handle complaints at the centre?", ["teams"]),
        ("Which agencies and companies lend staff to the office?",
         ["companies", "and", "agencies"]),
        ("Which new reform models does the office promote?", ["models", "reform", "new"]),
        # no plural noun: the phrase as before
        ("Which software for the portal?", ["software"]),
    ],
)  # fmt: skip
def test_en_head_noun_ends_at_first_plural(question: str, nouns: list[str]) -> None:
    assert _en_nouns(parse_query(question).folded) == nouns


@pytest.mark.parametrize(
    ("question", "nouns"),
    [
        ("In Binh Phuoc, what are the units that run the hotline?", ["units"]),
        ("What were the districts that opened one-stop shops?", ["districts"]),
        # a section's name, or a possessor, after "what are the": no thing to list
        ("What are the weak points of the reform work?", []),
        ("What are the department's priorities next quarter?", []),
    ],
)  # fmt: skip
def test_what_are_the_lists_only_a_list_noun(question: str, nouns: list[str]) -> None:
    assert _en_nouns(parse_query(question).folded) == nouns


def test_agencies_asked_not_what_they_send() -> None:
    # "agencies" is what is listed ("cơ quan"), not "staff" they send
    head = head_words(parse_query("Which agencies send staff to the one-stop centre?"))
    assert head[:2] == ["co", "quan"]


def test_last_item_keeps_its_commas_when_the_others_have_theirs() -> None:
    # a semicolon series whose items hold commas: the last one is cut where the sentence goes
    # on ("trên địa bàn …"), not at its own first comma
    items = ["12 Sở, ban, ngành", "05 huyện/thị xã",
             "90/90 xã, phường, thị trấn trên địa bàn tỉnh thực hiện tiếp nhận hồ sơ trực tuyến"]  # fmt: skip
    assert last_trimmed(items)[-1] == "90/90 xã, phường, thị trấn"


def test_last_item_cut_at_its_comma_when_the_others_have_none() -> None:
    items = ["Zalo", "Facebook", "YouTube, các kênh truyền hình địa phương và báo in phát hành hằng tuần"]
    assert last_trimmed(items)[-1] == "YouTube"


def test_items_that_tell_figures() -> None:
    # a breakdown of counts answers how many, not which things
    assert figure_told("hồ sơ trực tuyến là 4.210 hồ sơ")
    assert figure_told("so ho so tre han 1a: 35 ho so")  # OCR "là"
    assert figure_told("tỷ lệ hài lòng đạt 97%")
    assert not figure_told("12 Sở, ban, ngành")
    assert not figure_told("Hệ thống thư điện tử công vụ")


def test_bodies_are_agencies() -> None:
    head = head_words(parse_query("Which bodies run the hotline for citizens?"))
    assert head[:2] == ["co", "quan"]
