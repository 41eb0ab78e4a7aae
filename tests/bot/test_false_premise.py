"""A figure the question states that the asked province's best line contradicts is not answered
as if it held (bot/false_premise.py): the reading of the stated figure on made-up wording, then
the check itself over a small real index (tests/helpers/mini_index.py) of report texts written
here."""

from __future__ import annotations

from dataclasses import replace

import pytest

import bot.extractive.tuning as tuning
import bot.false_premise as fp
from bot.false_premise import (
    PREMISE_HITS,
    PREMISE_MIN_TOTAL,
    PREMISE_SHARE_GAP,
    PREMISE_WORDS,
    _contradicts_part,
    _contradicts_share,
    false_premise,
    premise_parts,
    premise_shares,
)
from core.query import parse_query
from core.result import Answer
from core.text import fold
from index.generations import LoadedIndex
from index.retrieve import Hit
from tests.helpers.mini_index import REPORT, mini_corpus

LATER = """BÁO CÁO
Kết quả công tác chuyển đổi số 6 tháng đầu năm 2022

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Hạ tầng

100% bệnh viện huyện, 85% trạm y tế xã được kết nối mạng nội bộ.

2. Chỉ số

Chỉ số hài lòng về phục vụ hành chính xếp thứ 27/63 tỉnh, thành phố.

3. Công trình

Đến nay đã hoàn thành 27 cây cầu trong tổng số 30 cây cầu giao thông nông thôn.
"""
EARLIER = """BÁO CÁO
Kết quả công tác chuyển đổi số quý I năm 2019

I. KẾT QUẢ ĐẠT ĐƯỢC

Toàn tỉnh có 60% trạm y tế xã được kết nối mạng nội bộ.
"""
LATER_REPORT = REPORT
EARLIER_REPORT = replace(REPORT, id="t000", file="t000.txt", number="12/BC-VPUBND",
                         date="2019-04-02", year=2019, quarter=1, period="Quý I/2019")  # fmt: skip


def _index(*, earlier: bool) -> LoadedIndex:
    texts = [(LATER_REPORT, LATER)] + ([(EARLIER_REPORT, EARLIER)] if earlier else [])
    return mini_corpus(texts)


def _check(index: LoadedIndex, question: str, hits: list[Hit] | None = None) -> Answer | None:
    """The premise check of `question` on a made-up figure answer, every chunk retrieved."""
    q = parse_query(question)
    ans = Answer(question, "**42%** [1]", False)
    every = hits if hits is not None else [Hit(c, 1.0) for c in index.chunks]
    return false_premise(q, ans, every, index, "vi")


def test_a_stated_share_is_read_with_the_words_of_its_measure() -> None:
    found = premise_shares(fold("Vì sao chỉ 60% trạm y tế xã được kết nối mạng nội bộ?"))
    assert [(v, s) for v, s, _ in found] == [(60.0, "60%")]
    assert found[0][2][:4] == ["tram", "y", "te", "xa"]


def test_a_threshold_a_target_or_a_bare_share_is_no_premise() -> None:
    assert premise_shares(fold("Những xã nào có trên 60% trạm y tế được kết nối mạng?")) == []
    assert premise_shares(fold("Mục tiêu 60% trạm y tế xã được kết nối mạng đạt chưa?")) == []
    assert premise_shares(fold("Vì sao chỉ 60% hồ sơ?")) == []  # names no measure


def test_a_part_of_a_total_is_read_but_no_date_or_period() -> None:
    assert premise_parts(fold("Why were only 12 of the 30 bridges finished?")) == [
        (12, 30, ["bridges", "finished"])
    ]
    assert premise_parts(fold("Vì sao mới xong 12/30 cây cầu?")) == [(12, 30, ["cay", "cau"])]
    assert premise_parts(fold("từ 15/12/2021 đến quý 3/2022 và h1/2022 cây cầu")) == []
    assert premise_parts(fold("Vì sao mới xong 12/30?")) == []  # names no measure


def test_a_total_under_the_floor_is_no_premise() -> None:
    small, floor = PREMISE_MIN_TOTAL - 1, PREMISE_MIN_TOTAL
    assert premise_parts(fold(f"Why were only 1 of the {small} bridges finished?")) == []
    assert premise_parts(fold(f"Why were only 1 of the {floor} bridges finished?")) == [
        (1, floor, ["bridges", "finished"])
    ]


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


def test_only_the_first_words_after_a_share_name_its_measure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the question goes on past its measure: the words past PREMISE_WORDS are not asked of the line
    question = fold("Vì sao chỉ 60% trạm y tế xã được kết nối mạng nội bộ trong khi bệnh viện "
                    "huyện đạt chuẩn quốc gia?")  # fmt: skip
    line = fold("85% trạm y tế xã được kết nối mạng nội bộ.")
    words = premise_shares(question)[0][2]
    assert len(words) == PREMISE_WORDS
    assert _contradicts_share(line, 60.0, words) == "85%"
    monkeypatch.setattr(fp, "PREMISE_WORDS", PREMISE_WORDS * 2)
    assert _contradicts_share(line, 60.0, premise_shares(question)[0][2]) == ""


def test_a_line_contradicts_a_part_of_the_same_total_and_measure() -> None:
    words = ["cay", "cau"]
    line = fold("Đến nay đã hoàn thành 27 cây cầu trong tổng số 30 cây cầu.")
    assert _contradicts_part(line, 12, 30, words) == "27/30"
    assert _contradicts_part(fold("đạt 27/30 cây cầu"), 12, 30, words) == "27/30"
    assert _contradicts_part(fold("hoàn thành 12 cây cầu trong tổng số 30 cây cầu"), 12, 30, words) == ""
    assert _contradicts_part(fold("hoàn thành 27 cây cầu trong tổng số 31 cây cầu"), 12, 30, words) == ""
    assert _contradicts_part(fold("đạt 12/30 cây cầu"), 12, 30, words) == ""
    # another measure out of the same total: a rank of another index is no contradiction
    assert _contradicts_part(fold("đạt 27/30 chỉ tiêu về môi trường"), 12, 30, words) == ""


def test_a_false_share_is_answered_with_the_reports_own() -> None:
    ans = _check(_index(earlier=False),
                 "Vì sao Bình Phước mới có 60% trạm y tế xã được kết nối mạng nội bộ?")  # fmt: skip
    assert ans is not None
    assert ans.abstained
    assert "60%" in ans.text
    assert "85%" in ans.text
    assert "**" not in ans.text


def test_a_year_asked_does_not_hide_the_report_that_states_the_premise() -> None:
    question = "Bình Phước có 60% trạm y tế xã được kết nối mạng nội bộ, năm 2022 tỷ lệ này là bao nhiêu?"
    assert _check(_index(earlier=True), question) is None
    # without the earlier report, the asked year's line contradicts the premise
    ans = _check(_index(earlier=False), question)
    assert ans is not None
    assert "85%" in ans.text


def test_only_the_best_hits_are_read_for_a_contradiction() -> None:
    index = _index(earlier=False)
    question = "Vì sao Bình Phước mới có 60% trạm y tế xã được kết nối mạng nội bộ?"
    share = next(c for c in index.chunks if "85%" in c.text)
    filler = next(c for c in index.chunks if "27/63" in c.text)
    inside = [Hit(filler, 1.0)] * (PREMISE_HITS - 1) + [Hit(share, 0.5)]
    outside = [Hit(filler, 1.0)] * PREMISE_HITS + [Hit(share, 0.5)]
    assert _check(index, question, inside) is not None
    assert _check(index, question, outside) is None


def test_a_false_part_is_contradicted_only_by_the_same_measure() -> None:
    index = _index(earlier=False)
    ans = _check(index, "Vì sao Bình Phước mới hoàn thành 12/30 cây cầu giao thông nông thôn?")
    assert ans is not None
    assert ans.abstained
    assert "27/30" in ans.text
    # the satisfaction rank out of 63 says nothing of another index's rank out of 63
    assert _check(index, "Vì sao Bình Phước chỉ xếp thứ 12/63 về chỉ số năng lực cạnh tranh?") is None
    ans = _check(index, "Vì sao Bình Phước chỉ xếp thứ 12/63 về chỉ số hài lòng phục vụ hành chính?")
    assert ans is not None
    assert "27/63" in ans.text


def test_a_premise_the_report_states_is_answered() -> None:
    index = _index(earlier=False)
    assert _check(index, "Vì sao Bình Phước đã hoàn thành 27/30 cây cầu giao thông nông thôn?") is None
    assert _check(index, "Vì sao Bình Phước có 85% trạm y tế xã được kết nối mạng nội bộ?") is None


def test_an_english_measure_is_named_by_its_report_wording() -> None:
    line = fold("Đã triển khai 27 nhiệm vụ trong tổng số 30 nhiệm vụ.")
    assert _contradicts_part(line, 12, 30, ["tasks"]) == "27/30"
    assert _contradicts_part(line, 12, 30, ["bridges"]) == ""
