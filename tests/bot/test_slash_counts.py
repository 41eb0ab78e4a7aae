"""Two counts joined by a slash ("cho 96 sản phẩm/140 gian hàng") are two figures, each of the
noun after it; a number after a slash that follows a number stays no figure of its own (a
document number "28/2016/QĐ-UBND", a date). bot/extractive/words.py `_FIG`. The report text is
written for the test, in the reports' style."""

from __future__ import annotations

from bot.extractive.sites import _figures_of
from tests.helpers.mini_index import ask, mini_index

REPORT = """BÁO CÁO
Kết quả cải cách hành chính 6 tháng đầu năm 2022

II. KẾT QUẢ THỰC HIỆN

6. Xây dựng chính quyền điện tử

- Về Sàn giao dịch thương mại điện tử của tỉnh: trong kỳ xây dựng mới 5 gian hàng, duy trì xử lý chào mua – chào bán cho 96 sản phẩm/140 gian hàng, tăng số lượng chào bán trực tuyến trên Sàn.
"""


def test_counts_either_side_of_a_slash_are_two_figures() -> None:
    sites = _figures_of("duy trì cho 96 sản phẩm/140 gian hàng, tăng", [])
    assert [(f.figure, f.unit_after) for f in sites] == [("96", "san"), ("140", "gian")]


def test_a_number_after_a_number_and_slash_is_no_figure() -> None:
    sites = _figures_of(
        "theo Quyết định số 28/2016/QĐ-UBND ngày 02/10/2016 hỗ trợ 12 công chức", []
    )
    assert [f.figure for f in sites] == ["12"]



def test_the_count_after_the_slash_is_a_candidate() -> None:
    # which verb governs which count ("xây dựng mới 5 …, duy trì … 140 gian hàng") is not
    # read yet: the 140 is offered, stated or as a candidate
    ans = ask(mini_index(REPORT), "san tmdt dang duy tri bao nhieu gian hang")
    offered = {ans.figure} | {c.figure for c in ans.candidates}
    assert "140" in offered
