"""A thousands word after a figure ("hơn 30 ngàn tờ rơi") is part of the figure: stated with
it, and what the figure counts is the noun after it (bot/extractive/sites.py). Report text
written for the test, in the reports' style."""

from __future__ import annotations

import pytest

from tests.helpers.mini_index import ask, mini_index

REPORT = """BÁO CÁO
Công tác cải cách hành chính 6 tháng đầu năm 2022

I. KẾT QUẢ ĐẠT ĐƯỢC

3. Công tác tuyên truyền

Các sở, ngành, địa phương đã tổ chức phát hành hơn 45 ngàn tờ rơi hướng dẫn sử dụng dịch vụ
công trực tuyến; tổ chức 26 buổi tuyên truyền tại các xã. Ngân hàng đã chi 12 ngân sách
khác.
"""


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Các địa phương phát hành bao nhiêu tờ rơi?", "vi"),
        ("cac dia phuong phat hanh bao nhieu to roi huong dan", "vi"),
        ("How many leaflets were handed out?", "en"),
    ],
)
def test_the_thousands_are_part_of_the_figure(question: str, language: str) -> None:
    ans = ask(mini_index(REPORT), question, language)
    assert ans.figure == "45 ngàn", ans.text
    assert ans.text.startswith("**45 ngàn**")


def test_a_count_without_thousands_stays_as_it_is() -> None:
    ans = ask(mini_index(REPORT), "Tổ chức bao nhiêu buổi tuyên truyền tại các xã?")
    assert ans.figure == "26"
