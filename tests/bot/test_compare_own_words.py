"""A part's stated figure held to the part's own words (bot/compare_own_words.py): a date or
date range said with a part ("từ 01/01/2022-30/6/2022 tiếp nhận") dates both parts and is none
of the part's own words. Report text written for the test."""

from __future__ import annotations

from bot.compare_own_words import _wordings
from tests.helpers.mini_index import mini_index
from tests.helpers.parts import parts_service

TEXT = """II. KẾT QUẢ THỰC HIỆN

2. Cải cách thủ tục hành chính

Theo số liệu trên Hệ thống thông tin giải quyết TTHC của tỉnh, từ ngày 01/01/2022 đến ngày
30/6/2022, tổng số hồ sơ tiếp nhận của các cơ quan trên địa bàn tỉnh là: 48.210 hồ sơ (trong
đó trực tuyến là 20.115 hồ sơ), tổng số hồ sơ đã giải quyết là 46.930 hồ sơ.
"""


def test_a_date_range_is_no_own_word_of_a_label() -> None:
    vocabulary = frozenset(["tu", "den", "ngay", "tiep", "nhan"])
    assert _wordings("từ 01/01/2022-30/6/2022 tiếp nhận", vocabulary) == [["tiep", "nhan"]]
    assert _wordings("đến ngày 30/6/2022 tiếp nhận", vocabulary) == [["tiep", "nhan"]]


def test_a_fraction_is_no_date_and_keeps_the_word_before_it() -> None:
    vocabulary = frozenset(["den", "ty", "le", "dat", "tu", "nam"])
    # "21/23" (no month 23) is a ratio, not a day: "đến" before it is the label's own word
    assert _wordings("tỷ lệ đạt đến 21/23", vocabulary) == [["ty", "le", "dat", "den"]]
    assert _wordings("tỷ lệ đạt từ 7/40", vocabulary) == [["ty", "le", "dat", "tu"]]
    # a day and month, or a year, are a date: "đến" dates the part
    assert _wordings("tỷ lệ đạt đến 15/11", vocabulary) == [["ty", "le", "dat"]]
    assert _wordings("tỷ lệ đạt đến 2021", vocabulary) == [["ty", "le", "dat"]]


def test_a_part_dated_in_its_own_words_keeps_its_figure() -> None:
    ans = parts_service(mini_index(TEXT)).answer(
        "Ở Bình Phước từ 01/01/2022-30/6/2022 tiếp nhận mấy hồ sơ, giải quyết mấy hồ sơ?"
    )
    assert "**48.210**" in ans.text, ans.text
    assert "**46.930**" in ans.text, ans.text
    assert "**20.115**" not in ans.text, ans.text
