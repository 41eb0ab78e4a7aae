"""A topic's state asked in other words than "tóm tắt" or "nói gì về": what the work is still
caught on ("bị vướng gì") is its limitations (bot/kind_words.py LIMITS_OTHER_WORDS); how far
it has got ("tới đâu rồi"), what it came to ("… được những gì") and how the report's overall
assessment reads ("nhận xét chung thế nào") ask what the report says of it, not one figure
(bot/kind_words.py HOW_FAR, CAME_TO; bot/intents_types.py `asks_about`); the same words
said of a name, a storehouse, a date or a sending ask no section; a document number's OCR gap after its hyphen is closed in
a summary's clauses (bot/summary_sentences.py `cleaned`)."""

from __future__ import annotations

import pytest

from bot.answer import AnswerService
from bot.intents_types import asks_about, section_kind, section_kinds
from bot.summary_sentences import cleaned
from core.query import parse_query


@pytest.mark.parametrize(
    "question",
    [
        "Xã B cấp phép xây dựng còn vướng chỗ nào",
        "viec cap nuoc sach cua xa bi vuong gi",
        "Dự án gặp trở ngại gì trong năm qua?",
        "Phường C bị ách tắc ở khâu nào khi cấp phép?",
        "thu gom rac cua thi tran con cham o dau",
        "Mảng lưu trữ còn yếu ở mặt nào",
    ],
)
def test_what_the_work_is_caught_on_asks_its_limits(question: str) -> None:
    assert section_kinds(parse_query(question)) == ["limits"]


@pytest.mark.parametrize(
    "question",
    [
        "Diện tích nhà làm việc còn bao nhiêu mét vuông?",  # "vuông" folds to "vuong" alike
        "Ông Đặng Văn Vương giữ chức vụ gì?",  # a name's "Văn Vương"
        "Ông Đặng Vương ở đâu?",  # a name's "Đặng Vương"
        "Ông Nguyễn Văn Vương ở đâu?",
        "Thị trấn Vương ở đâu?",  # a place named so
        "Còn kho ở đâu lưu hồ sơ?",  # "kho", a storehouse
        "Hồ sơ được chuyển đến đâu?",  # where a file is sent: no work asked of
        "Tính đến đầu năm nay phường C thực hiện được bao nhiêu hồ sơ?",  # "đến đầu", a date
    ],
)
def test_the_same_words_of_a_name_a_place_or_a_date_ask_no_section(question: str) -> None:
    q = parse_query(question)
    assert section_kinds(q) == []
    assert section_kind(q) is None
    assert not asks_about(q)


@pytest.mark.parametrize(
    "question",
    [
        "Việc thực hiện dự án cấp nước của xã B tới đâu rồi?",
        "Phường C triển khai thu phí không dùng tiền mặt đến đâu?",
        "Xã B xây dựng nhà văn hóa được những gì rồi",
        "Thị trấn D cải cách khâu cấp phép được những gì?",
        "Phòng B đánh giá chung việc lưu trữ như thế nào?",
        "nhan xet chung cua bao cao the nao",
    ],
)
def test_how_far_and_what_it_came_to_ask_about_the_topic(question: str) -> None:
    assert asks_about(parse_query(question))


@pytest.mark.parametrize(
    "question",
    [
        "Xã B thực hiện cấp phép tính đến đầu quý là bao nhiêu hồ sơ?",  # "đến đầu quý"
        "Báo cáo này gửi đến đâu?",  # its recipients, no work asked of
        "bạn làm được những gì",  # what the bot can do: no work verb
        "Huyện đạt được những gì trong quý và bao nhiêu hồ sơ?",  # a number asked
        "Xã thực hiện được những gì khác nữa không",  # not the question's end
    ],
)
def test_the_same_words_elsewhere_ask_nothing_about(question: str) -> None:
    assert not asks_about(parse_query(question))


def test_a_document_numbers_gap_after_its_hyphen_is_closed() -> None:
    text = "Thực hiện Nghị quyết số 12- NQ/HU ngày 01/02/2021, giai đoạn 2021- 2025."
    said = cleaned(text, "")
    assert "số 12-NQ/HU ngày" in said
    assert "2021- 2025" in said  # a range of years is no document number


def test_what_the_work_is_caught_on_is_answered_by_the_limits_part(
    service: AnswerService,
) -> None:
    ans = service.answer("Hà Tĩnh quý I/2019: việc tuyên truyền cải cách hành chính bị vướng gì")
    assert not ans.abstained
    assert "hạn chế" in ans.text.splitlines()[0].lower()
