"""A body named by the province ("Báo Bình Phước", "Hải quan Bình Phước") is what the question
is about: its figure, not another outlet's in the same report (bot/extractive/concepts.py,
core/places.py `named_bodies`). Report text written for the test, in the reports' style."""

from __future__ import annotations

from tests.helpers.mini_index import ask, mini_index

REPORT = """BAO CAO
Ket qua tuyen truyen cai cach hanh chinh 6 thang dau nam 2022

I. KET QUA

1. Tuyên truyền trên báo chí
Trên báo in và báo điện tử, Báo Bình Phước đã đăng 64 tin và ảnh về công tác CCHC.
Báo chí Trung ương có trên 40 tin, bài về công tác cải cách hành chính của tỉnh.

2. Tuyên truyền tại các sở, ngành
Các sở, ngành đã đăng tải trên 900 tin bài liên quan về hoạt động cải cách hành chính.
"""


def test_the_newspaper_named_by_the_province() -> None:
    ans = ask(mini_index(REPORT), "Bao Binh Phuoc dang tai bao nhieu tin bai CCHC?")
    assert ans.figure == "64", ans.text
