"""A report's last section ends where the report is handed on for compiling ("Sở X chuyển Sở
Nội vụ tổng hợp, báo cáo …"): that line is the closing, no bullet of a summary
(bot/structure.py, `_FORWARD`)."""

from __future__ import annotations

import re

import pytest

from bot.answer import AnswerService
from bot.structure import _FORWARD
from core.text import fold


@pytest.mark.parametrize(
    "line",
    [
        "Sở Tư pháp gửi Sở Nội vụ tổng hợp, báo cáo UBND tỉnh.",
        "Văn phòng chuyển Sở Nội vụ tổng hợp và báo cáo Ủy ban nhân dân tỉnh theo quy định./.",
    ],
)
def test_a_hand_on_line_closes(line: str) -> None:
    assert _FORWARD.match(fold(line))


@pytest.mark.parametrize(
    "line",
    [
        # work done, with its result after the hand-on words
        "Đã gửi Sở Nội vụ tổng hợp, báo cáo kết quả rà soát 120 thủ tục hành chính của 15 sở, ngành.",
        "Sở chuyển 45 hồ sơ đến Trung tâm Phục vụ hành chính công.",
    ],
)
def test_work_is_no_hand_on(line: str) -> None:
    assert not _FORWARD.match(fold(line))


def test_a_summary_leaves_the_hand_on_out(service: AnswerService) -> None:
    ans = service.answer("tom tat ket qua cai cach hanh chinh 5 thang dau nam 2022 tuyen quang")
    assert "Tóm tắt" in ans.text
    assert not re.search(r"chuyển Sở Nội vụ tổng hợp", ans.text)
