"""Where a list starts and ends, and which of its items a question asks for: a sentence that
ends on a number, a list grouped by owner asked of one owner, a share the question states."""

from __future__ import annotations

import re

from bot.answer import AnswerService
from bot.intents_types import is_list, section_kind
from bot.list_asked import besides, without_aside
from bot.list_find import Enumeration, owned_by, sentences
from bot.structure import items_of
from core.lexicon import to_vietnamese
from core.query import parse_query
from core.text import fold
from tests.helpers.paras import paras as _paras
from tests.helpers.typed import assert_items_cited, body, bullets


def _items(ans_bullets: list[str]) -> list[str]:
    return [fold(re.sub(r"^- |\s*\[\d+\]$", "", b)) for b in ans_bullets]


def test_a_share_the_question_states_is_not_asked() -> None:
    # "100% UBND cấp huyện …": a figure the question gives of what it asks about
    assert is_list(parse_query("100% UBND cấp huyện có phần mềm chuyên ngành cho những lĩnh vực nào?"))
    assert not is_list(parse_query("Những huyện nào có tỷ lệ bao nhiêu %?"))
    assert not is_list(parse_query("Những huyện nào đạt 100% kế hoạch?"))  # a share reached


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


def test_english_what_things_questions_are_lists() -> None:
    # a plural noun four words after "what", or a verb telling what the things make up
    assert is_list(parse_query("What new public service models is Tuyen Quang promoting?"))
    assert is_list(parse_query("What units make up Hai Duong's one-stop shop at commune level?"))


def test_asking_someone_to_act_is_a_proposal() -> None:
    q = parse_query("What does Tuyen Quang ask the provincial People's Committee to fund?")
    assert section_kind(q) == "proposals"


def test_what_a_question_sets_aside_in_english() -> None:
    folded = fold("Apart from the provincial departments, which agencies send staff there?")
    assert besides(folded) == ["so", "ban", "nganh"]
    assert without_aside(fold("Ngoài công chức các sở, những cơ quan nào cử người?")) == (
        "nhung co quan nao cu nguoi?"
    )


def test_agencies_besides_the_departments(service: AnswerService) -> None:
    for question in (
        "Apart from the provincial departments, which agencies send people to work at Hai "
        "Duong's public administration service centre?",
        "Ngoài công chức các sở, những cơ quan nào cử người làm việc tại Trung tâm Phục vụ hành "
        "chính công tỉnh Hải Dương?",
    ):
        ans = service.answer(question)
        listed = _items(bullets(ans))
        assert any("cong an tinh" in i for i in listed), ans.text
        assert any("bidv" in i for i in listed), ans.text
        assert not any("16 so" in i for i in listed), ans.text
        assert_items_cited(ans)


def test_produce_asked_by_a_bare_noun(service: AnswerService) -> None:
    # "… nông sản gì …": the list the clause naming the produce leads into, though other
    # words come between ("… tiêu thụ nông sản, tháo gỡ khó khăn cho người dân vùng dịch (")
    ans = service.answer("Sàn TMĐT Hà Tĩnh giúp tiêu thụ nông sản gì cho bà con vùng dịch?")
    listed = _items(bullets(ans))
    assert len(listed) == 3, ans.text
    assert any("huong son" in i for i in listed)


def test_models_a_province_is_promoting(service: AnswerService) -> None:
    # "promoting" is "đẩy mạnh" too, not only the grade promotion ("nâng ngạch") of civil servants
    assert "day manh" in to_vietnamese("is promoting")
    ans = service.answer("Which models is Dong Thap's provincial office promoting for procedures?")
    listed = _items(bullets(ans))
    assert any("cong dan khong viet" in i for i in listed), ans.text
    assert any("buu chinh cong ich" in i for i in listed), ans.text


def test_dashes_under_of_which_belong_to_their_item() -> None:
    # "Trong đó:" opens the item's own breakdown: its dashes are no items of the outer list
    _, found = items_of(
        _paras(
            "- Kết quả giải ngân vốn đầu tư công:\n* Tổng số vốn được bố trí: 12 tỷ đồng.\n"
            "Trong đó:\n- Kế hoạch vốn năm 2021 là: 3,5 tỷ đồng\n- Kế hoạch vốn năm 2022 là: 9 tỷ"
            " đồng\n+ Nguồn vốn đã giải ngân: 5,8 tỷ đồng.\n- Kết quả quản lý tài sản công: tốt.\n"
            "- Kết quả tự chủ tài chính: đúng quy định."
        )
    )
    assert [i.text.split(":")[0] for i in found] == [
        "Kết quả giải ngân vốn đầu tư công",
        "Kết quả quản lý tài sản công",
        "Kết quả tự chủ tài chính",
    ]


def test_the_results_of_a_named_part(service: AnswerService) -> None:
    # "kết quả … (phần B)": the results under part B, not its assessment as well
    ans = service.answer("Tóm tắt kết quả hiện đại hóa hành chính quý I/2019 của Hà Tĩnh (phần B)")
    said = fold(body(ans))
    assert "ung dung cntt" in said, ans.text
    assert "uu diem" not in said, ans.text
    assert "ton tai" not in said, ans.text


def test_an_owners_group_of_several_items() -> None:
    # "C; D của ngành Giao thông": the items before an owned one, back to the previous owner's,
    # are that owner's too
    e = Enumeration(
        None,  # type: ignore[arg-type]  # owned_by reads only the items
        "",
        "",
        (
            "hệ thống quản lý ngân sách của ngành Tài chính",
            "phần mềm quản lý bệnh viện của ngành Y tế",
            "phần mềm quản lý cấp giấy phép lái xe",
            "hệ thống quản lý xe buýt thông minh của ngành Giao thông vận tải",
            "hệ thống quản lý hộ tịch của ngành Tư pháp",
        ),
    )
    assert owned_by(e, fold("Ngành Giao thông vận tải dùng những hệ thống nào?")).items == (
        "phần mềm quản lý cấp giấy phép lái xe",
        "hệ thống quản lý xe buýt thông minh",
    )


def test_only_the_places_of_a_list_naming_other_things(service: AnswerService) -> None:
    ans = service.answer(
        "Hải Dương đã kiểm tra công tác theo dõi thi hành pháp luật ở những địa phương nào?"
    )
    listed = _items(bullets(ans))
    assert any("binh giang" in i for i in listed), ans.text
    assert any("chi linh" in i for i in listed), ans.text
    assert not any("so, nganh" in i for i in listed), ans.text
