"""Where a list starts and ends, and which of its items a question asks for: a sentence that
ends on a number, a list grouped by owner asked of one owner, a share the question states."""

from __future__ import annotations

import re

from bot.answer import AnswerService
from bot.intents_types import is_list
from bot.list_find import Enumeration, owned_by, sentences
from core.query import parse_query
from core.text import fold
from tests.helpers.typed import assert_items_cited, bullets


def _items(ans_bullets: list[str]) -> list[str]:
    return [fold(re.sub(r"^- |\s*\[\d+\]$", "", b)) for b in ans_bullets]


def test_a_share_the_question_states_is_not_asked() -> None:
    # "100% UBND cấp huyện …": a figure the question gives of what it asks about
    assert is_list(parse_query("100% UBND cấp huyện có phần mềm chuyên ngành cho những lĩnh vực nào?"))
    assert not is_list(parse_query("Những huyện nào có tỷ lệ bao nhiêu %?"))


def test_a_sentence_may_end_on_a_number() -> None:
    assert sentences("Dịch vụ công mức độ 3, 4. Bên cạnh đó, đơn vị làm tốt.") == [
        "Dịch vụ công mức độ 3, 4.",
        "Bên cạnh đó, đơn vị làm tốt.",
    ]
    # not on a figure's thousands ("1.044") nor on a list marker ("gồm: 1. Xây dựng")
    assert len(sentences("Cung cấp 1.044 dịch vụ; gồm: 1. Xây dựng kế hoạch; 2. Kiểm tra.")) == 1


def test_a_list_grouped_by_owner_asked_of_one_owner() -> None:
    e = Enumeration(
        None,  # type: ignore[arg-type]  # owned_by reads only the items
        "",
        "",
        (
            "hệ thống quản lý ngân sách, hệ thống quản lý tài sản công của ngành Tài chính",
            "phần mềm quản lý bệnh viện, phần mềm quản lý y tế cơ sở clia ngành Y tế",
            "hệ thống thông tin đất đai của ngành Tài nguyên và Môi trường",
        ),
    )
    asked = fold("Ngành Y tế đang dùng những phần mềm nào?")
    assert owned_by(e, asked).items == ("phần mềm quản lý bệnh viện", "phần mềm quản lý y tế cơ sở")
    # a question naming no owner keeps the whole list
    assert owned_by(e, fold("Tỉnh đang dùng những phần mềm nào?")).items == e.items


def test_the_software_of_one_sector(service: AnswerService) -> None:
    ans = service.answer("Những phần mềm nào được ngành Y tế tỉnh Hải Dương sử dụng?")
    listed = _items(bullets(ans))
    assert len(listed) == 3, ans.text
    assert any("benh vien" in i for i in listed)
    assert any("y te co so" in i for i in listed)
    assert not any("tai chinh" in i or "giao duc" in i for i in listed)
    assert_items_cited(ans)


def test_areas_of_a_list_the_question_gives_a_share_of(service: AnswerService) -> None:
    ans = service.answer(
        "Ở Hà Tĩnh, 100% UBND cấp huyện có hệ thống phần mềm chuyên ngành về những lĩnh vực nào?"
    )
    listed = _items(bullets(ans))
    assert len(listed) >= 8, ans.text
    assert any("ban do dia chinh" in i for i in listed)
    assert any("quy hoach do thi" in i for i in listed)
    assert_items_cited(ans)
