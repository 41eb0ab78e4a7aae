"""A report's last section ends where the report is handed on for compiling ("Sở X chuyển Sở
Nội vụ tổng hợp, báo cáo …") just before its closing: that line is the closing, no bullet of a
summary (bot/structure.py, `_FORWARD`); an instruction worded like it, or a hand-on line with
more of the section after it, is a line of the section."""

from __future__ import annotations

import re

import pytest

from bot.answer import AnswerService
from bot.structure import Para, closing, hand_on_line, paragraphs, split_sections


@pytest.mark.parametrize(
    "line",
    [
        "Sở Tư pháp gửi Sở Nội vụ tổng hợp, báo cáo UBND tỉnh.",
        "Văn phòng chuyển Sở Nội vụ tổng hợp và báo cáo Ủy ban nhân dân tỉnh theo quy định./.",
    ],
)
def test_a_hand_on_line_closes(line: str) -> None:
    assert hand_on_line(line)


@pytest.mark.parametrize(
    "line",
    [
        # work done, with its result after the hand-on words
        "Đã gửi Sở Nội vụ tổng hợp, báo cáo kết quả rà soát 120 thủ tục hành chính của 15 sở, ngành.",
        "Sở chuyển 45 hồ sơ đến Trung tâm Phục vụ hành chính công.",
        # instructions to others, with a deadline or a request
        "Các sở, ban gửi kết quả tự chấm điểm về Sở Nội vụ để tổng hợp, báo cáo trước ngày 20/11/2023.",
        "Đề nghị Phòng Nội vụ các huyện gửi Sở Tư pháp tổng hợp, báo cáo Ủy ban nhân dân tỉnh.",
        "Yêu cầu các xã gửi Văn phòng tổng hợp, báo cáo Chủ tịch.",
    ],
)  # fmt: skip
def test_work_and_instructions_are_no_hand_on(line: str) -> None:
    assert not hand_on_line(line)


def _real_hand_on(service: AnswerService) -> tuple[Para, list[Para]]:
    """The seed reports' hand-on paragraph and the paragraphs of its chunk."""
    for chunk in service.chunks():
        paras = paragraphs(chunk)
        for p in paras:
            if hand_on_line(p.readable):
                return p, paras
    raise AssertionError("no hand-on paragraph in the seed reports")


def test_a_hand_on_before_the_closing_ends_the_section(service: AnswerService) -> None:
    hand_on, paras = _real_hand_on(service)
    body = [p for p in paras if not closing(p)][:2]
    i = paras.index(hand_on)
    own, found = split_sections("1. Nhiệm vụ", [*body, *paras[i:]])
    assert own == body
    assert not found


def test_a_hand_on_mid_section_keeps_the_rest(service: AnswerService) -> None:
    hand_on, paras = _real_hand_on(service)
    body = [p for p in paras if not closing(p)][:2]
    own, _ = split_sections("1. Nhiệm vụ", [hand_on, *body])
    assert own == [hand_on, *body]


def test_a_summary_leaves_the_hand_on_out(service: AnswerService) -> None:
    ans = service.answer("tom tat ket qua cai cach hanh chinh 5 thang dau nam 2022 tuyen quang")
    assert "Tóm tắt" in ans.text
    assert not re.search(r"chuyển Sở Nội vụ tổng hợp", ans.text)
