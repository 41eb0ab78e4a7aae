"""A stated share comes with the count it is made of when its clause gives one ("87% (174/200
xã)"), a share its clause sets as a goal is not what was done, and a short word OCR read as a
letter and a digit ("h9" for "hộ") still says what is counted. The report text is written for
the test, in the reports' style."""

from __future__ import annotations

import pytest

from bot.extractive.share_count import count_behind
from bot.extractive.words import found_misread
from tests.helpers.mini_index import ask, mini_index

REPORT = """BÁO CÁO
Kết quả chuyển đổi số năm 2022

II. KẾT QUẢ THỰC HIỆN

5. Hiện đại hóa hành chính

- Đến nay đã có 174/200 xã triển khai hệ thống truyền thanh thông minh, đạt tỷ lệ 87%.

- Đến thời điểm báo cáo đã hoàn thành 36 nhiệm vụ trong tổng số 40 nhiệm vụ, đạt 90 % kế hoạch đề ra và tiếp tục thực hiện những nhiệm vụ còn lại, bảo đảm hoàn thành 100% nhiệm vụ.

- Số lượng hộ kinh doanh đã chuyển sang thanh toán không dùng tiền mặt là: 1.215/1.500 h9 kinh doanh, đạt tỷ lệ 81%.
"""


def test_a_share_is_stated_with_the_count_it_is_made_of() -> None:
    q = "Bao nhiêu phần trăm xã đã có hệ thống truyền thanh thông minh?"
    ans = ask(mini_index(REPORT), q)
    assert ans.figure == "87%", ans.text
    assert "(174/200 xã" in ans.text.split(">")[0], ans.text


def test_a_share_set_as_a_goal_is_not_what_was_done() -> None:
    ans = ask(mini_index(REPORT), "Tỉnh đã hoàn thành bao nhiêu phần trăm nhiệm vụ kế hoạch?")
    assert (ans.figure or ans.candidates[0].figure) == "90%", ans.text
    assert "36/40" in ans.text.split(">")[0], ans.text


def test_a_word_read_as_a_letter_and_a_digit_still_says_what_is_counted() -> None:
    q = "Bao nhiêu phần trăm hộ kinh doanh đã thanh toán không dùng tiền mặt?"
    ans = ask(mini_index(REPORT), q)
    assert ans.figure == "81%", ans.text
    assert found_misread(frozenset({"ho", "kinh"}), {"h9", "kinh"}) == 2
    assert found_misread(frozenset({"ho"}), {"ha"}) == 0


@pytest.mark.parametrize(
    ("sentence", "figure", "count"),
    [
        ("trên 91% các nhiệm vụ (21/23 nhiệm vụ) đã được triển khai", "91%", "21/23 nhiệm vụ"),
        ("đã thực hiện 50 nhiệm vụ trong tổng số 55 nhiệm vụ, đạt 90,90 % kế hoạch", "90,90%",
         "50/55 nhiệm vụ"),
        # a count whose own share is another: not the one behind this share
        ("100% sở, ngành, 221/262 UBND cấp xã có trang thông tin điện tử", "100%", ""),
        ("đạt 97,4%, số hồ sơ là 1.044", "97,4%", ""),
    ],
)  # fmt: skip
def test_the_count_behind_a_share_is_one_whose_own_share_it_is(
    sentence: str, figure: str, count: str
) -> None:
    assert count_behind(sentence, figure) == count
