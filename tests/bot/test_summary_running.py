"""A part of running text (one paragraph, no areas) summarised: its `RUNNING` most central
clauses, not two of them (bot/summary_answer.py `_clauses`: the clause beside the lead no
longer stands in for the others). The report text is written for the test, in the reports'
style."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.summary_answer import RUNNING
from tests.helpers.mini_index import REPORT, mini_index, summarise

TEXT = """BÁO CÁO
Kết quả công tác tuyên truyền cải cách hành chính 6 tháng đầu năm 2022

A. TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH

1. Kết quả tuyên truyền trên báo chí

- Báo tỉnh đăng 120 tin bài về cải cách hành chính.

- Đài tỉnh phát 45 phóng sự về cải cách hành chính.

- Cổng thông tin điện tử đăng 300 tin bài.

2. Kết quả tuyên truyền trên hệ thống loa phát thanh thôn xóm

Hệ thống loa phát thanh thôn xóm tiếp tục phát các chương trình về cải cách hành chính và \
phổ biến pháp luật cho người dân. Sở đã biên soạn các chuyên đề về dịch vụ công trực tuyến \
và thanh toán không dùng tiền mặt để các xã phát trên loa phát thanh thôn xóm. Đến nay, 96% \
loa phát thanh thôn xóm duy trì chuyên mục cải cách hành chính phát sóng 03 lượt mỗi tuần \
phục vụ người dân nghe chương trình của tỉnh.

B. ĐÁNH GIÁ CHUNG

- Công tác tuyên truyền được quan tâm.
"""


def test_running_text_part_told_by_its_running_clauses() -> None:
    index = mini_index(TEXT, replace(REPORT, title="Kết quả công tác tuyên truyền"))
    text = summarise(index, "Phần kết quả tuyên truyền trên hệ thống loa phát thanh thôn xóm nói gì?")
    told = re.findall(r"\[(\d+)\]", text.split("\n\n")[0])
    assert len(told) == RUNNING, text
    assert "biên soạn các chuyên đề" in text
    assert "96%" in text
