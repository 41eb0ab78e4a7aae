"""The main results of a part asked: that part's results section, not its assessment beside
it. Synthetic report text, our own wordings."""

from __future__ import annotations

from bot.section_answer import SectionAnswerer
from bot.summary_answer import SummaryAnswerer
from bot.summary_results import asks_main_results
from core.query import parse_query
from tests.helpers.mini_index import everything, mini_index
from tests.helpers.two_parts import two_part_report

PARTS = two_part_report(
    "Tin bài phong phú nhưng kinh phí còn ít.",
    "XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ",
    """1. Hạ tầng kỹ thuật

Đã nâng cấp đường truyền cho 45 xã.

2. Dịch vụ công trực tuyến

Đã cung cấp 900 dịch vụ công trực tuyến mức độ 4.""",
    """1. Ưu điểm

Hạ tầng mạng được nâng cấp đồng bộ.

2. Tồn tại, hạn chế

Nhiều phần mềm chuyên ngành chưa kết nối với nhau.""",
)


def test_main_results_are_asked_in_both_languages() -> None:
    assert asks_main_results("tinh dat nhung ket qua chu yeu nao khi lam chinh quyen dien tu")
    assert asks_main_results("list the e-government headline outcomes")
    assert not asks_main_results("ket qua tuyen truyen cai cach hanh chinh")


def test_a_parts_main_results_are_its_results_section_not_its_assessment() -> None:
    index = mini_index(PARTS)
    q = parse_query("Which major achievements did the e-government build-out bring this year?")
    summary = SummaryAnswerer(index, SectionAnswerer(index))
    ans = summary.answer(q, everything(index), "en")
    assert ans is not None
    assert "900 dịch vụ công" in ans.text
    assert "phần mềm chuyên ngành" not in ans.text  # the limits beside the results
    assert "120 tin bài" not in ans.text  # another part's results
