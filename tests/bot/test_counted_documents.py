"""A count of one kind of document is no count of another (bot/counted.py `DOCUMENT_KINDS`,
`unnamed_kind`): "bao nhiêu chỉ thị" is not answered by "06 nghị quyết", by "23 văn bản", nor
by a figure whose sentence names no directive at all."""

from __future__ import annotations

import pytest

from bot import counted
from core.text import fold

_PARTS = "Trong năm, tỉnh ban hành 30 văn bản (HĐND ban hành 08 nghị quyết; UBND ban hành 22 quyết định)."


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("Tỉnh ban hành bao nhiêu chỉ thị về CCHC?", "chi thi"),
        ("tinh ban hanh bao nhieu chi thi", "chi thi"),
        ("How many directives on reform did the province issue?", "chi thi"),
        ("HĐND tỉnh thông qua bao nhiêu nghị quyết?", "nghi quyet"),
        ("How many resolutions were passed?", "nghi quyet"),
        ("So cong van chi dao la bao nhieu", "cong van"),
        ("how many official letters were sent", "cong van"),
    ],
)
def test_document_kinds_are_asked_nouns(question: str, noun: str) -> None:
    assert counted.asked_noun(fold(question)) == noun


@pytest.mark.parametrize(
    ("question", "figure", "other"),
    [
        # a part of the list counts another kind than the one asked
        ("Tỉnh ban hành bao nhiêu chỉ thị?", "08", "nghi quyet"),
        ("How many directives were issued?", "22", "quyet dinh"),
        ("tinh ban hanh bao nhieu nghi quyet", "22", "quyet dinh"),
        # the whole of the list counts documents, not directives
        ("Tỉnh ban hành bao nhiêu chỉ thị?", "30", "van ban"),
    ],
)
def test_a_part_of_another_kind_counts_another_thing(
    question: str, figure: str, other: str
) -> None:
    assert counted.other_thing(fold(question), _PARTS, figure) == other


def test_the_part_of_the_asked_kind_stands() -> None:
    assert counted.other_thing(fold("HĐND ban hành bao nhiêu nghị quyết?"), _PARTS, "08") == ""
    assert (
        counted.other_thing(fold("how many decisions did the committee issue"), _PARTS, "22") == ""
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Chỉ đạo Sở Tư pháp khảo sát tình hình thi hành pháp luật trong dịch Covid - 19 trên địa bàn.",
        "Tổ chức 12 cuộc kiểm tra tại các sở, ngành và địa phương.",
    ],
)
def test_a_figure_whose_sentence_names_no_directive_is_none(sentence: str) -> None:
    figure = "19" if "Covid" in sentence else "12"
    assert counted.other_thing(fold("Tỉnh ban hành bao nhiêu chỉ thị?"), sentence, figure)


def test_a_figure_without_a_noun_in_a_sentence_naming_the_kind_is_not_judged() -> None:
    line = "Số chỉ thị UBND tỉnh ban hành trong năm: 04."
    assert counted.other_thing(fold("Tỉnh ban hành bao nhiêu chỉ thị?"), line, "04") == ""
