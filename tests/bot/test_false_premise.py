"""A figure the question states that the asked province's best line contradicts is not answered
as if it held (bot/false_premise.py): the reading of the stated figure on made-up wording, then
the real service on facts of the seed reports the evaluation asks no premise of."""

from __future__ import annotations

import pytest

import bot.extractive.tuning as tuning
from bot.answer import AnswerService
from bot.false_premise import (
    PREMISE_MIN_TOTAL,
    PREMISE_SHARE_GAP,
    _contradicts_part,
    _contradicts_share,
    premise_parts,
    premise_shares,
)
from core.text import fold


def test_a_stated_share_is_read_with_the_words_of_its_measure() -> None:
    found = premise_shares(fold("Vì sao chỉ 60% trạm y tế xã được kết nối mạng nội bộ?"))
    assert [(v, s) for v, s, _ in found] == [(60.0, "60%")]
    assert found[0][2][:4] == ["tram", "y", "te", "xa"]


def test_a_threshold_a_target_or_a_bare_share_is_no_premise() -> None:
    assert premise_shares(fold("Những xã nào có trên 60% trạm y tế được kết nối mạng?")) == []
    assert premise_shares(fold("Mục tiêu 60% trạm y tế xã được kết nối mạng đạt chưa?")) == []
    assert premise_shares(fold("Vì sao chỉ 60% hồ sơ?")) == []  # names no measure


def test_a_part_of_a_total_is_read_but_no_date_or_period() -> None:
    assert premise_parts(fold("Why were only 12 of the 30 projects finished?")) == [(12, 30)]
    assert premise_parts(fold("Vì sao mới xong 12/30 dự án?")) == [(12, 30)]
    assert premise_parts(fold("từ 15/12/2021 đến quý 3/2022 và h1/2022")) == []
    assert premise_parts(fold("Why only 1 of the 3 sites?")) == []  # total under the floor
    assert PREMISE_MIN_TOTAL > 3


def test_a_line_contradicts_a_share_only_for_the_same_measure() -> None:
    words = premise_shares(fold("Vì sao chỉ 60% trạm y tế xã được kết nối mạng?"))[0][2]
    line = fold("100% bệnh viện huyện, 85% trạm y tế xã được kết nối mạng nội bộ.")
    assert _contradicts_share(line, 60.0, words) == "85%"
    other = fold("85% hộ gia đình có điện thoại thông minh, 40% có máy tính.")
    assert _contradicts_share(other, 60.0, words) == ""
    # the premise's share, or one it rounds, stated in the line: no contradiction
    rounded = 60.0 + PREMISE_SHARE_GAP / 2
    assert _contradicts_share(fold(f"{rounded}% trạm y tế xã được kết nối mạng."), 60.0, words) == ""


def test_the_coverage_constant_decides_a_partial_match(monkeypatch: pytest.MonkeyPatch) -> None:
    words = ["tram", "y", "te", "xa", "ket", "noi", "mang", "noi"]
    line = fold("85% trạm y tế xã được kết nối.")  # six of the eight words
    assert _contradicts_share(line, 60.0, words) == "85%"
    monkeypatch.setattr(tuning, "PREMISE_COVERAGE", 0.9)
    assert _contradicts_share(line, 60.0, words) == ""


def test_a_line_contradicts_a_part_of_the_same_total() -> None:
    line = fold("Đến nay đã hoàn thành 27 dự án trong tổng số 30 dự án.")
    assert _contradicts_part(line, 12, 30) == "27/30"
    assert _contradicts_part(fold("đạt 27/30 chỉ tiêu"), 12, 30) == "27/30"
    assert _contradicts_part(fold("hoàn thành 12 dự án trong tổng số 30 dự án"), 12, 30) == ""
    assert _contradicts_part(fold("hoàn thành 27 dự án trong tổng số 31 dự án"), 12, 30) == ""
    assert _contradicts_part(fold("đạt 12/30 chỉ tiêu"), 12, 30) == ""


@pytest.mark.slow
def test_a_false_share_is_answered_with_the_reports_own(service: AnswerService) -> None:
    ans = service.answer(
        "Vì sao Hải Dương mới có 70% công chức cấp xã thường xuyên sử dụng hộp thư điện tử?"
    )
    assert ans.abstained
    assert "70%" in ans.text
    assert "90%" in ans.text
    assert "**" not in ans.text
    assert ans.citations[0].province == "Hải Dương"


@pytest.mark.slow
def test_a_false_part_of_a_total_is_answered_with_the_reports_own(
    service: AnswerService,
) -> None:
    ans = service.answer("Vì sao Văn phòng UBND tỉnh Đồng Tháp mới triển khai 15 trên 23 nhiệm vụ?")
    assert ans.abstained
    assert "21/23" in ans.text
    assert ans.citations[0].province == "Đồng Tháp"


@pytest.mark.slow
def test_a_premise_the_report_states_is_answered(service: AnswerService) -> None:
    ans = service.answer("Vì sao Văn phòng UBND tỉnh Đồng Tháp đã triển khai được 21/23 nhiệm vụ?")
    assert "không nêu 21/23" not in ans.text
    assert "Tiền đề" not in ans.text
