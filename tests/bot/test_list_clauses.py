"""Lists a clause announces inside a longer sentence: "như" after a colon, quoted titles."""

from __future__ import annotations

from bot.answer import AnswerService
from bot.kind_said import focus_of, kind_said_of
from bot.list_clauses import named_kind, other_kind
from bot.list_find import enumerations
from bot.list_items import first_after_head
from core.query import parse_query
from core.text import fold
from tests.helpers.typed import assert_items_cited, bullets

TQ = "002_e5e7f1c560f345ee"


def test_such_as_announces_its_list_in_a_sentence_a_colon_opened() -> None:
    # the colon opens a semicolon series of remarks; the list is the one "như" announces in
    # its second piece, and it ends before the verb the last item runs on with ("được …")
    found = enumerations(
        "Triển khai có hiệu quả nhiệm vụ cải cách TTHC, thể hiện: Quan tâm, chú trọng công tác "
        "chỉ đạo, điều hành có nhiều chuyển biến tích cực; các nhiệm vụ chuyên môn như việc "
        "đánh giá tác động TTHC, rà soát, đơn giản hóa TTHC, công bố, công khai thủ tục hành "
        "chính được các cơ quan, đơn vị, địa phương quan tâm thực hiện; công tác tuyên truyền "
        "được quan tâm."
    )
    assert [
        "việc đánh giá tác động TTHC", "rà soát", "đơn giản hóa TTHC",
        "công bố, công khai thủ tục hành chính",
    ] in found  # fmt: skip


def test_quoted_titles_in_a_row_are_a_list() -> None:
    # two names in quotation marks, parted by a comma, whatever commas they hold themselves
    found = enumerations(
        "Duy trì có hiệu quả chuyên mục “Doanh nghiệp hỏi, cơ quan nhà nước trả lời”, “Tư vấn "
        "hỗ trợ pháp lý doanh nghiệp” kịp thời trả lời các thắc mắc của doanh nghiệp."
    )
    assert ["Doanh nghiệp hỏi, cơ quan nhà nước trả lời", "Tư vấn hỗ trợ pháp lý doanh nghiệp"] in (
        found
    )
    # one quoted name is a name, no list
    assert not any(
        "Cải cách hành chính" in items
        for items in enumerations("Chương trình “Cải cách hành chính” phát 02 số mỗi tháng.")
    )


def test_a_limit_said_of_one_thing_is_the_list_the_report_gives_of_it(
    service: AnswerService,
) -> None:
    # "X còn hạn chế gì?" of one thing: the report's "… còn nhiều hạn chế như: A, B, C", not
    # the whole section of limitations
    ans = service.answer("Hạ tầng ở vùng sâu, vùng xa của Tuyên Quang còn hạn chế gì?")
    assert not ans.abstained
    assert ans.citations[0].report_id == TQ
    listed = [fold(b) for b in bullets(ans)]
    assert 3 <= len(listed) <= 6
    assert any("dien luoi" in i for i in listed)
    assert any("may tinh" in i for i in listed)
    assert_items_cited(ans)
    # a question asking the section still gets the section
    assert kind_said_of(parse_query("Tuyên Quang còn những hạn chế gì?")) == []
    assert kind_said_of(parse_query("Việc số hóa hồ sơ vẫn gặp khó khăn gì?")) == ["kho khan"]


def test_what_was_focused_on_is_the_list_after_focus() -> None:
    # "… tập trung phản ánh việc | A; B; C": the series starts after the focus, its first item
    # without the lead-in (and after it, not at the last comma inside the first item)
    found = enumerations(
        "Trong Quý I, Báo Hà Tĩnh đã đăng tải 60 tin và ảnh về công tác CCHC trên 2 ấn phẩm tập "
        "trung phản ánh việc cung cấp dịch vụ công trực tuyến mức độ cao; kết quả giải quyết hành "
        "chính của các cơ quan, đơn vị; hiệu quả của các trung tâm hành chính công."
    )
    assert found[0][0] == "cung cấp dịch vụ công trực tuyến mức độ cao"
    found = enumerations(
        "Báo chí có trên 50 tin, bài, trong đó tập trung tuyên truyền về dịch vụ công trực tuyến, "
        "sáp nhập các đơn vị hành chính cấp huyện, xã; hoạt động của Trung tâm Hành chính công "
        "tỉnh; các nỗ lực, giải pháp của tỉnh."
    )
    assert found[0][0].startswith("dịch vụ công trực tuyến")


def test_what_a_report_focused_on_is_answered_by_that_list(service: AnswerService) -> None:
    ans = service.answer("In Q1 2019, what did the Ha Tinh newspaper's reform reporting focus on?")
    assert not ans.abstained
    listed = [fold(b) for b in bullets(ans)]
    # one of the report's two "tập trung …" series (the newspaper's, the central press's), not
    # the section of press results
    assert len(listed) == 3
    assert "dich vu cong truc tuyen" in listed[0]
    assert "trung tam hanh chinh cong" in listed[1] + listed[2]
    assert_items_cited(ans)
    assert focus_of(parse_query("Báo Hà Tĩnh tập trung phản ánh những gì?")) == ["tap trung"]


def test_the_kind_said_before_a_series_and_its_last_item_joined_by_and() -> None:
    # the kind asked ("tiêu chí") is said once before the series, and its last item is joined
    # by "và" before the sentence goes on ("đều đạt …")
    sentence = (
        "Năm 2023, các tiêu chí Công khai minh bạch; trách nhiệm giải trình với người dân; "
        "Kiểm soát tham nhũng và Thủ tục hành chính công đều đạt trên 85% số điểm tối đa."
    )
    found = next(e for e in enumerations(sentence) if len(e) >= 4)
    assert found[-2:] == ["Kiểm soát tham nhũng", "Thủ tục hành chính công"]
    items = first_after_head(found, ["tieu", "chi"])
    assert items[0] == "Công khai minh bạch"
    # the kind said by every item is part of each name
    named = ["Mô hình một cửa số", "Mô hình hẹn giờ", "Mô hình bưu chính"]
    assert first_after_head(named, ["mo", "hinh"]) == named


def test_a_list_announced_as_the_question_s_subject_is_another_kind() -> None:
    # "các phần mềm nào … của các phòng ban": a list announced as "các phòng ban như:" names
    # rooms, not software; one announced as "các phần mềm như:" is the kind asked.
    asked = "cac phong ban cua so dung nhung phan mem nao?"
    rooms = named_kind(fold("Phần mềm được triển khai tại các phòng ban, đơn vị như: "))
    assert rooms[:2] == ["phong", "ban"]
    assert other_kind(rooms, ["phan", "mem"], asked)
    software = named_kind(fold("Sở đã đưa vào sử dụng các phần mềm như: "))
    assert not other_kind(software, ["phan", "mem"], asked)
    # a lead-in naming no kind ("… tập trung vào:") says nothing either way
    assert named_kind(fold("Sở tập trung vào: ")) == []
    assert not other_kind([], ["phan", "mem"], asked)
