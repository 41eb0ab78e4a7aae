"""Lists a clause announces inside a longer sentence: "như" after a colon, quoted titles."""

from __future__ import annotations

from bot.answer import AnswerService
from bot.intents_types import kind_said_of
from bot.list_find import enumerations
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
