"""A count of occurrences said "lượt" after its figure is what a question counting "lần" asks:
"số lần truy cập … 12.300 lượt" answers "how many logins / bao nhiêu lần"."""

from __future__ import annotations

from bot.extractive.question import _counts_other
from tests.helpers.mini_index import ask, mini_index

PORTAL = """BÁO CÁO
Kết quả cải cách hành chính quý I năm 2020

I. KẾT QUẢ THỰC HIỆN

2. Hiện đại hóa hành chính

- Về Cổng thông tin xúc tiến thương mại của tỉnh: hiện có 312 doanh nghiệp tham gia làm thành viên. Trong quý I, đã đăng tải 85 tin bài; số lần đăng nhập thành viên vào hệ thống đạt 12.300 lượt.
"""


def test_luot_is_the_lan_a_question_counts() -> None:
    assert not _counts_other("luot", frozenset({"lan", "dang", "nhap"}))
    assert _counts_other("luot", frozenset({"ho", "so"}))  # still another thing for dossiers


def test_logins_counted_in_luot() -> None:
    ans = ask(mini_index(PORTAL), "Số lần đăng nhập thành viên vào cổng thông tin xúc tiến thương mại là bao nhiêu?")
    assert ans.figure == "12.300"
