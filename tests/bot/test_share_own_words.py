"""Two shares of one clause told apart by their own words, also when the first has no "tỷ lệ"
of its own ("… hoàn toàn bằng hình thức trực tuyến đạt 87%, tỷ lệ … kết hợp với nộp trực tiếp
đạt 13%"): the words since the previous share name it. The report text is written for the
test, in the reports' style."""

from __future__ import annotations

import pytest

from bot.extractive.sites import _figures_of
from tests.helpers.mini_index import ask, mini_index

REPORT = """BÁO CÁO
Kết quả chuyển đổi số 6 tháng đầu năm 2022

II. KẾT QUẢ THỰC HIỆN

5. Hiện đại hóa hành chính

- Đến nay, số hồ sơ đăng ký doanh nghiệp nộp hoàn toàn bằng hình thức trực tuyến đạt 87%, tỷ lệ hồ sơ đăng ký doanh nghiệp nộp trực tuyến kết hợp với nộp bản giấy tại bộ phận một cửa đạt 13%, các doanh nghiệp đã quen với việc nộp hồ sơ qua mạng.
"""

CLAUSE = REPORT.splitlines()[-1][2:]


def test_a_share_that_ends_its_item_is_labelled_by_the_words_before_it() -> None:
    first, second = (f for f in _figures_of(CLAUSE, []) if f.is_percent)
    assert {"hoan", "toan"} <= set(first.share_label)
    assert "giay" not in first.share_label
    assert {"ket", "hop", "giay"} <= set(second.share_label)
    # its words follow it: no label before it
    staff = "100% cán bộ cấp tỉnh, 90% cán bộ cấp xã dùng thư điện tử."
    assert all(f.share_label == () for f in _figures_of(staff, []))


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("Tỷ lệ hồ sơ đăng ký doanh nghiệp nộp trực tuyến kết hợp với bản giấy là bao nhiêu?",
         "13%"),
        ("ty le ho so dang ky doanh nghiep nop hoan toan truc tuyen la bao nhieu", "87%"),
    ],
)  # fmt: skip
def test_the_share_whose_own_words_are_asked_is_stated(question: str, figure: str) -> None:
    ans = ask(mini_index(REPORT), question)
    assert not ans.abstained, ans.text
    assert (ans.figure or ans.candidates[0].figure) == figure, ans.text
