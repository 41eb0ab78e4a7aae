"""A part asked beside the stated one, said by a sibling sentence of the same paragraph, gets
its own figure line (bot/each_sentence.py); a sentence of another frame adds nothing. Report
text written for the test, in the reports' style."""

from __future__ import annotations

from bot.each_sentence import _count_of, each_sentence
from core.query import parse_query
from core.result import Answer, Citation
from tests.helpers.mini_index import mini_index

REPORT = """BÁO CÁO
Kết quả chuyển đổi số 6 tháng đầu năm 2022

I. KẾT QUẢ ĐẠT ĐƯỢC

5. Hóa đơn điện tử

Tính đến hết ngày 10/6/2022, kết quả như sau: Số lượng doanh nghiệp đã đăng ký và chuyển đổi sử dụng hóa đơn điện tử là: 2.140/2.300 đơn vị, đạt tỷ lệ 93,0%. Số lượng hộ, cá nhân kinh doanh theo phương pháp kê khai đã đăng ký và chuyển đổi sử dụng hóa đơn điện tử là: 210/300 hộ, đạt tỷ lệ 70,0%. Tổng số hóa đơn đã tiếp nhận của ngành Thuế là: 120.500 hóa đơn, trong đó doanh nghiệp gửi 80%.
"""
INDEX = mini_index(REPORT)
QUOTE = (
    "Số lượng hộ, cá nhân kinh doanh theo phương pháp kê khai đã đăng ký và chuyển đổi sử "
    "dụng hóa đơn điện tử là: 210/300 hộ, đạt tỷ lệ 70,0%."
)


def _stated(question: str) -> Answer | None:
    """The household share stated in bold, through `each_sentence`."""
    chunk = next(c for c in INDEX.chunks if "70,0%" in c.text)
    cit = Citation(1, chunk.report_id, "", "", "", "", chunk.section, QUOTE, 1.0, chunk_id=chunk.id)
    ans = Answer(question, f"**70,0%** [1]\n> {QUOTE}\n\nNguồn:\n[1] …", False, (cit,), figure="70,0%")
    return each_sentence(parse_query(question), ans, INDEX)


def test_the_sibling_sentence_gives_the_other_part() -> None:
    ans = _stated("Cho biết tỷ lệ doanh nghiệp, tỷ lệ hộ, cá nhân kinh doanh đã dùng hóa đơn điện tử")
    assert ans is not None
    assert "**93,0%** — doanh nghiệp (2.140/2.300)" in ans.text, ans.text  # its count beside
    assert "**80%**" not in ans.text  # a sentence of another frame is no sibling


def test_one_part_asked_adds_nothing() -> None:
    assert _stated("Tỷ lệ hộ kinh doanh đã dùng hóa đơn điện tử là bao nhiêu?") is None


def test_a_year_is_no_count_beside_a_share() -> None:
    assert _count_of("45%", "Năm 2021, tỷ lệ hồ sơ trực tuyến đạt 45%.") == ""
    assert _count_of("45%", "Tỷ lệ hồ sơ trực tuyến đạt 45% (450/1.000 hồ sơ).") == " (450/1.000)"
