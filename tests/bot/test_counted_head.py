"""A count noun written right after a figure's head noun only modifies it: "hồ sơ thủ tục hành
chính" counts dossiers, "cán bộ xã" officials (bot/counted.py `_modifies`), and a classifier
before the head ("bộ hồ sơ") is read through. Text made up, in the reports' style."""

from __future__ import annotations

import pytest

from bot import counted
from core.text import fold


@pytest.mark.parametrize(
    ("sentence", "figure", "nouns"),
    [
        ("đã giải quyết 8.450 bộ hồ sơ thủ tục hành chính", "8.450", ["ho so"]),
        ("tiếp nhận 2.310 hồ sơ DVC mức độ 4", "2.310", ["ho so"]),
        ("ban hành 9 quyết định công bố TTHC", "9", ["quyet dinh"]),
        ("bố trí 64 công chức cấp xã", "64", ["can bo"]),
        # a list break joins things counted together
        ("có 40 công chức, viên chức", "40", ["can bo", "vien chuc"]),
        ("có 15 hồ sơ và TTHC", "15", ["ho so", "thu tuc"]),
        # nouns written together as one list, no comma
        ("đăng 300 tin bài", "300", ["tin", "tin"]),  # "bài" is read as "tin" (one thing counted)
        ("có 12 cán bộ viên chức", "12", ["can bo", "vien chuc"]),
        # a head outside the class keeps what follows ("đơn vị" counts whatever it names)
        ("có 7 đơn vị cơ quan", "7", ["don vi", "co quan"]),
        ("có 5 Bộ ngành", "5", []),  # "Bộ" before no listed noun: no classifier
        ("gửi 3 bộ, cơ quan Trung ương", "3", []),  # "bộ," (ministries): a noun, no classifier
        ("nhận 4 chiếc máy tính", "4", ["may tinh"]),
    ],
)
def test_head_noun_and_its_modifiers(sentence: str, figure: str, nouns: list[str]) -> None:
    assert counted.figure_nouns(sentence, figure) == nouns


@pytest.mark.parametrize(
    ("question", "sentence", "figure", "other"),
    [
        ("how many administrative procedures did the province handle",
         "đã giải quyết 8.450 bộ hồ sơ thủ tục hành chính", "8.450", "ho so"),
        ("tinh co bao nhieu dich vu cong muc do 4", "tiếp nhận 2.310 hồ sơ DVC mức độ 4",
         "2.310", "ho so"),
        ("bao nhiêu xã", "bố trí 64 công chức cấp xã", "64", "can bo"),
        ("bao nhiêu hồ sơ thủ tục hành chính", "đã giải quyết 8.450 bộ hồ sơ thủ tục hành chính",
         "8.450", ""),  # the head asked
    ],
)  # fmt: skip
def test_a_modifier_is_not_what_is_counted(
    question: str, sentence: str, figure: str, other: str
) -> None:
    assert counted.other_thing(fold(question), sentence, figure) == other
