"""What a question leaves out: the report words of an excluded thing that is no part of a
breakdown ("not counting SIM signatures"), which the figure's own label must not say, OCR-bent
or not; and the one sibling part left when a question leaves out all the others. The report
text is written for the test, in the reports' style."""

from __future__ import annotations

import pytest

from bot.extractive.left_out import excluded_phrases, remaining_part, says_phrase
from bot.extractive.question import _asked_parts
from bot.extractive.sites import _figures_of, _Site
from core.query import parse_query
from tests.helpers.mini_index import ask, mini_index

REPORT = """BÁO CÁO
Kết quả cải cách hành chính năm 2022

II. KẾT QUẢ THỰC HIỆN

3. Cải cách thủ tục hành chính

- Tổng số hồ sơ TTHC đã tiếp nhận trong năm: 86.200; trong đó: số mới tiếp nhận trong kỳ: 80.950 (trực tuyến: 21.400, trực tiếp và qua dịch vụ bưu chính: 59.550); số từ kỳ trước chuyển qua: 5.250.

6. Xây dựng chính quyền điện tử

- Chữ ký số: Tính đến hết tháng 9/2022, đã cấp 3.120 chứng thư số cho các cơ quan, tổ chức và cá nhân (trong đó: chứng thư số của tổ chức là 905; sim ký số cá nhân là 640; chứng thư số cá nhân là 1.575).
"""

SIGNATURES = (
    "đã cấp 3.120 chứng thư số cho các cơ quan, tổ chức và cá nhân (trong đó: chứng thư số "
    "của tổ chức là 905; sim ky s cá nhân là 640; chứng thư số cá nhân là 1.575)."
)


def _site(clause: str, figure: str) -> _Site:
    return next(f for f in _figures_of(clause, []) if f.figure == figure)


def test_the_words_left_out_in_either_language() -> None:
    assert ("sim", "ky", "so") in excluded_phrases(
        parse_query("How many personal certificates, not counting SIM signatures?").folded
    )
    assert ("sim", "ky", "so") in excluded_phrases(
        parse_query("Bao nhiêu chứng thư số cá nhân, không tính sim ký số?").folded
    )
    assert excluded_phrases(parse_query("Bao nhiêu chứng thư số cá nhân?").folded) == frozenset()


def test_a_label_says_what_is_left_out_even_ocr_bent() -> None:
    left = frozenset({("sim", "ky", "so")})
    assert says_phrase(_site(SIGNATURES, "640").label, left)  # "sim ky s"
    assert not says_phrase(_site(SIGNATURES, "1.575").label, left)
    assert not says_phrase(("sa", "kia", "su"), left)  # no word whole: no match


def test_leaving_out_all_other_siblings_asks_the_last() -> None:
    family = ((("ton",), ("ky", "truoc"), ("moi", "tiep", "nhan")),)
    left = frozenset({("ton",), ("ky", "truoc")})
    assert remaining_part(family, [], left) == [("moi", "tiep", "nhan")]
    assert remaining_part(family, [("ton",)], left) == []  # a part of it said: no guess
    # two parts left: the question asks their sum, which no one label says
    levels = ((("cap", "tinh"), ("cap", "huyen"), ("cap", "xa")),)
    assert remaining_part(levels, [], frozenset({("cap", "xa")})) == []
    q = parse_query("Tỉnh nhận bao nhiêu hồ sơ mới trong năm, chưa tính hồ sơ tồn kỳ trước?")
    assert ("moi", "tiep", "nhan") in _asked_parts(q)


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("How many personal certificates were issued, not counting SIM signatures?", "1.575"),
        ("Tỉnh cấp bao nhiêu chứng thư số cá nhân, không tính sim ký số?", "1.575"),
        ("Tỉnh nhận bao nhiêu hồ sơ mới trong năm, chưa tính hồ sơ tồn kỳ trước?", "80.950"),
    ],
)
def test_the_figure_of_what_remains_is_stated(question: str, figure: str) -> None:
    ans = ask(mini_index(REPORT), question)
    assert not ans.abstained, ans.text
    assert ans.figure == figure, ans.text
