"""A question counting a level's own units ("How many districts …", "bao nhiêu huyện …") asks
a count of districts, not a figure narrowed to the district level: "07 huyện/thành phố" is the
answer, not "36 dịch vụ công cấp huyện". A question naming the level as a qualifier keeps it.
The report text is written for the test, in the reports' style."""

from __future__ import annotations

import pytest

from bot.extractive.question import _asked_parts
from core.query import parse_query
from tests.helpers.mini_index import ask, mini_index

REPORT = """BÁO CÁO
Kết quả chuyển đổi số năm 2022

II. KẾT QUẢ THỰC HIỆN

5. Hiện đại hóa hành chính

Cổng dịch vụ công của tỉnh đã được triển khai, cung cấp dịch vụ công trực tuyến phục vụ người dân và doanh nghiệp. Hiện nay có 18 sở, ban, ngành; 09 huyện/thành phố; 111/111 xã, phường, thị trấn trên địa bàn tỉnh thực hiện cung cấp dịch vụ công trực tuyến mức độ 2, mức 3 và mức 4.

Tính tới ngày 20/5/2022, Cổng Dịch vụ công tỉnh cung cấp 1.650 dịch vụ công, số dịch vụ công đang cung cấp mức độ 4 là: 902, đạt tỷ lệ 54,67% (trong đó: 850 dịch vụ công cấp tỉnh; 41 dịch vụ công cấp huyện; 11 dịch vụ công cấp xã).
"""


def test_counting_districts_names_no_district_level() -> None:
    assert ("cap", "huyen") not in _asked_parts(
        parse_query("How many districts in Binh Phuoc provide online public services?")
    )
    assert ("cap", "huyen") in _asked_parts(
        parse_query("How many district-level public services does Binh Phuoc provide?")
    )


@pytest.mark.parametrize(
    ("question", "language", "figure"),
    [
        ("How many districts and cities in Binh Phuoc provide online public services?", "en", "09"),
        ("How many district-level level 4 public services does Binh Phuoc provide?", "en", "41"),
    ],
)
def test_a_count_of_districts_is_told_from_a_district_level_count(
    question: str, language: str, figure: str
) -> None:
    ans = ask(mini_index(REPORT), question, language)
    assert ans.figure == figure, ans.text
