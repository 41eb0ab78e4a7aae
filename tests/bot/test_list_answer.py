"""List answers over the real seed index, and enumeration reading on sentences."""

from __future__ import annotations

from bot.answer import AnswerService
from bot.list_answer import enumerations
from tests.helpers.typed import (
    assert_items_cited,
    assert_quotes_at_lines,
    assert_restored,
    bullets,
)

TQ = "002_e5e7f1c560f345ee"
HT19 = "001_cfc09c4d7094a6ed"


def test_enumeration_after_colon_with_semicolons() -> None:
    found = enumerations("Hệ thống gồm 3 phân hệ: Phân hệ A và B; Phân hệ C; Phân hệ D.")
    assert ["Phân hệ A và B", "Phân hệ C", "Phân hệ D"] in found


def test_enumeration_in_brackets() -> None:
    found = enumerations("Một số xã chưa dùng phần mềm (Vũ Quang, Kỳ Anh, Lộc Hà, ...).")
    assert ["Vũ Quang", "Kỳ Anh", "Lộc Hà"] in found


def test_enumeration_run_after_a_lead_clause() -> None:
    found = enumerations(
        "Đã kiểm tra văn bản do HĐND và UBND thị xã Kinh Môn và các huyện Bình Giang, "
        "Cẩm Giàng, Nam Sách."
    )
    assert any({"Cẩm Giàng", "Nam Sách"} <= set(f) for f in found)
    assert all("Đã kiểm tra" not in item for f in found for item in f)


def test_prose_is_no_list() -> None:
    assert enumerations("Tỉnh đã hoàn thành kế hoạch đề ra trong năm.") == []


def test_which_systems(service: AnswerService) -> None:
    ans = service.answer(
        "Trung tâm tích hợp dữ liệu Tuyên Quang duy trì những hệ thống dùng chung nào?"
    )
    assert not ans.abstained
    assert ans.citations[0].report_id == TQ
    items = bullets(ans)
    assert len(items) >= 3
    assert any("thư điện tử" in i for i in items)  # restored ("thu dién tir" in the OCR)
    assert_items_cited(ans)
    assert_restored(ans)
    assert_quotes_at_lines(ans.citations)


def test_which_sectors_no_diacritics(service: AnswerService) -> None:
    ans = service.answer("nhung nganh nao cua ha tinh co he thong csdl chuyen nganh nam 2019")
    assert ans.citations[0].report_id == HT19
    items = bullets(ans)
    assert any("Tài chính" in i for i in items)
    assert any("Tư pháp" in i for i in items)
    assert_items_cited(ans)
