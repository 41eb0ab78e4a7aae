"""Terse, search-box questions answered as their full wording is: a bare "%" asks a share, a
trailing "count?" asks a count, "mức 3,4" names two levels, dossiers "nộp" are the ones
"tiếp nhận" (core/preamble.py, bot/extractive/concepts.py). Report text written for the test."""

from __future__ import annotations

from core.preamble import shorthand
from core.query import parse_query
from tests.helpers.mini_index import ask, mini_index

REPORT = """BAO CAO
Ket qua cai cach hanh chinh nam 2022

II. KET QUA

1. Thực hiện kế hoạch
Đến cuối năm đã thực hiện được 40 nhiệm vụ trong tổng số 48 nhiệm vụ, đạt 83,33 % kế hoạch.
Tổng số cuộc kiểm tra trong năm là 12 cuộc.

2. Giải quyết hồ sơ
Số hồ sơ tiếp nhận trong năm: 7.310 (trực tuyến: 2.904, trực tiếp: 4.406); số hồ sơ đã giải
quyết: 7.002.
Tỷ lệ hồ sơ dịch vụ công trực tuyến mức độ 3, mức độ 4 trong năm đạt 41%.
"""


def test_shorthand_reads_words() -> None:
    assert shorthand("ha nam % ho so dung han") == "ha nam phan tram ho so dung han"
    assert shorthand("ty le bao nhieu %?") == "ty le bao nhieu %?"  # asked in words already
    assert shorthand("dat 96% so xa") == "dat 96% so xa"  # a share said, not asked
    assert shorthand("dat 83.33 % ke hoach") == "dat 83.33 % ke hoach"
    assert shorthand("dvc muc 3.4 nam 2021") == "dvc muc 3, 4 nam 2021"
    assert shorthand("tang 3.4%") == "tang 3.4%"
    assert parse_query("tỷ lệ DVC mức độ 2,3 năm 2021").folded == "ty le dvc muc do 2, 3 nam 2021"


def test_bare_percent_asks_the_share() -> None:
    ans = ask(mini_index(REPORT), "% nhiem vu ke hoach 2022 da thuc hien", "vi")
    assert ans.figure == "83,33%", ans.text


def test_trailing_count_asks_the_count() -> None:
    ans = ask(mini_index(REPORT), "ho so nop truc tuyen 2022 count?", "en")
    assert ans.figure == "2.904", ans.text


def test_level_pair_with_a_comma() -> None:
    ans = ask(mini_index(REPORT), "tỷ lệ hồ sơ DVC mức 3,4 năm 2022", "vi")
    assert ans.figure == "41%", ans.text
