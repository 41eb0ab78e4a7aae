"""A report's results asked by name, the report itself not named ("tóm tắt kết quả … của
tỉnh"): its results parts are told, not its assessment, tasks ahead or proposals; the report
asked by name is told whole. Synthetic report text, our own wordings."""

from __future__ import annotations

from bot.section_answer import SectionAnswerer
from bot.summary_answer import SummaryAnswerer
from bot.summary_results import results_asked, results_tops
from core.query import parse_query
from tests.helpers.mini_index import everything, mini_index

REPORT = """BÁO CÁO
Tình hình phát triển du lịch cộng đồng năm 2030

I. CÔNG TÁC LÃNH ĐẠO

Huyện đã mở 14 lớp tập huấn hướng dẫn viên cho các bản.

II. KẾT QUẢ PHÁT TRIỂN HOMESTAY

Toàn huyện có 260 homestay đạt chuẩn phục vụ khách quốc tế.

III. NHẬN XÉT, ĐÁNH GIÁ CHUNG

Việc quảng bá còn rời rạc, thiếu sản phẩm đặc trưng của từng bản.

IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2031

Phấn đấu xây dựng thêm bến thuyền ven hồ cho khách tham quan.

V. KIẾN NGHỊ, ĐỀ XUẤT

Đề nghị tỉnh hỗ trợ kinh phí làm đường vào các bản.
"""


def test_results_are_asked_by_name_and_no_other_kind_beside() -> None:
    assert results_asked("tom tat ket qua phat trien du lich cua huyen")
    assert results_asked("summarise what the district achieved in tourism")
    assert not results_asked("tom tat ket qua va kien nghi ve du lich")  # proposals too
    assert not results_asked("tom tat tinh hinh du lich cua huyen")


def test_a_results_summary_leaves_out_assessment_tasks_and_proposals() -> None:
    index = mini_index(REPORT)
    summary = SummaryAnswerer(index, SectionAnswerer(index))
    q = parse_query("Tóm tắt kết quả phát triển du lịch cộng đồng năm 2030")
    ans = summary.answer(q, everything(index), "vi")
    assert ans is not None
    assert "14 lớp tập huấn" in ans.text
    assert "260 homestay" in ans.text
    for left_out in ("quảng bá còn rời rạc", "bến thuyền", "làm đường vào các bản"):
        assert left_out not in ans.text
    # the report asked by name: every part of it told
    whole = parse_query("Tóm tắt báo cáo tình hình phát triển du lịch cộng đồng năm 2030")
    ans = summary.answer(whole, everything(index), "vi")
    assert ans is not None
    assert "bến thuyền" in ans.text
    assert "làm đường vào các bản" in ans.text


def test_results_of_a_report_named_ask_the_report() -> None:
    assert not results_asked("tom tat ket qua du lich cua huyen (bao cao 12/bc-ubnd)")
    assert not results_asked("main points of the district's report on tourism results")


def test_results_with_more_asked_beside_them_are_not_results_only() -> None:
    assert not results_asked("tom tat ket qua du lich cua huyen kem cac de nghi gui so")
    assert not results_asked("tom tat ket qua va nhung viec can lam tiep theo ve du lich")
    assert not results_asked("summarise what the district achieved in tourism, plus its plans")
    assert not results_asked("tom tat ket qua du lich cua huyen cung bai hoc rut ra")
    assert not results_asked("tom tat ket qua du lich trong tai lieu nay")  # the document
    # "kết quả" that asks no results: handing results back, an assessment's outcome
    assert not results_asked("tom tat viec tiep nhan, tra ket qua ho so cua huyen")
    assert not results_asked("tom tat ket qua danh gia chi so hai long cua huyen")


def test_a_report_whose_parts_all_tell_results_is_told_whole() -> None:
    index = mini_index(REPORT)
    trees = SectionAnswerer(index).trees
    tops = trees.get(next(iter(index.reports))).children
    told = results_tops(tops)
    assert told is not None
    assert len(told) < len(tops)
    assert results_tops(told) is None  # none left out: every part and every figure told
