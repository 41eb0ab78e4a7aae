"""An amount asked per month ("được hỗ trợ bao nhiêu tiền mỗi tháng") is answered by an amount
written with the đồng sign and a per-unit slash ("300.000đ/tháng"), and staff's shorthand "DN"
reads as doanh nghiệp. Report text written for the test, in the reports' style (OCR included)."""

from __future__ import annotations

import pytest

from bot.extractive.question import is_money
from bot.extractive.words import held_dates
from core.query import parse_query
from tests.helpers.mini_index import ask, mini_index

REPORT = """BÁO CÁO
Kết quả cải cách hành chính năm 2022

II. KẾT QUẢ THỰC HIỆN

2. Cải cách thủ tục hành chính

+ Về chế độ hỗ trợ công chức:

Thực hiện Quyết định số 15/2019/QĐ-UBND ngày 03/4/2019 của UBND tỉnh quy định mức hỗ trợ cho công chức làm việc tại Bộ phận Một cửa các cấp 450.000đ/tháng.

3. Hiện đại hóa hành chính

- Sàn giao dịch thương mại điện tử của tỉnh có 312 doanh nghiệp tham gia, đăng tải 87 sản phẩm.
"""


@pytest.mark.parametrize(
    ("clause", "figure", "money"),
    [
        ("mức hỗ trợ 450.000đ/tháng", "450.000", True),
        ("tổng kinh phí 12.500.000.000 đồng", "12.500.000.000", True),
        ("có 312 doanh nghiệp tham gia", "312", False),
        ("đạt 12dB", "12", False),
    ],
)
def test_the_dong_sign_says_money(clause: str, figure: str, money: bool) -> None:
    assert is_money(clause, figure) is money


def test_an_amount_asked_per_month() -> None:
    ans = ask(mini_index(REPORT), "Công chức Bộ phận Một cửa được hỗ trợ bao nhiêu tiền mỗi tháng?")
    assert ans.figure == "450.000", ans.text


def test_dn_is_staffs_shorthand_for_businesses() -> None:
    q = parse_query("san tmdt cua tinh co bao nhieu DN tham gia")
    assert "doanh nghiep" in q.expanded
    ans = ask(mini_index(REPORT), q.text)
    assert (ans.figure or ans.candidates[0].figure) == "312", ans.text


def test_a_documents_issue_date_is_not_the_date_a_figure_holds_for() -> None:
    ans = ask(mini_index(REPORT), "Công chức Bộ phận Một cửa được hỗ trợ bao nhiêu tiền mỗi tháng?")
    assert ans.figure == "450.000", ans.text
    assert "3/4/2019" not in ans.holds_for, ans.holds_for
    assert "3/4/2019" not in ans.text.split(">")[0]
    assert [m.group(0) for m in held_dates("Tính đến ngày 20/5/2022, theo Kế hoạch số 12/KH-UBND ngày 01/02/2022")] == ["20/5/2022"]  # fmt: skip
