"""A topic's state asked in other words than "tóm tắt" or "nói gì về": what the work is still
caught on ("còn vướng ở đâu") is its limitations (bot/kind_words.py LIMITS_OTHER_WORDS); how far
it has got ("đến đâu rồi"), what it came to ("được những gì?") and how the report's overall
assessment reads ("đánh giá chung ra sao") ask what the report says of it, not one figure
(bot/intents_types.py `asks_about`); a document number's OCR gap after its hyphen is closed in
a summary's clauses (bot/summary_sentences.py `cleaned`)."""

from __future__ import annotations

import pytest

from bot.answer import AnswerService
from bot.intents_types import asks_about, section_kinds
from bot.summary_sentences import cleaned
from core.query import parse_query


@pytest.mark.parametrize(
    "question",
    [
        "Công tác số hóa hồ sơ của huyện còn vướng ở đâu?",
        "viec chuyen doi so cua xa dang vuong gi",
        "Dự án gặp trở ngại gì trong năm qua?",
    ],
)
def test_what_the_work_is_caught_on_asks_its_limits(question: str) -> None:
    assert section_kinds(parse_query(question)) == ["limits"]


def test_vuong_of_a_square_measure_is_no_limit() -> None:
    # "vuông" folds to "vuong" alike: only "vướng" said of the work (còn/đang/bị/gặp/vẫn) asks
    assert section_kinds(parse_query("Diện tích nhà làm việc còn bao nhiêu mét vuông?")) == []


@pytest.mark.parametrize(
    "question",
    [
        "huyện triển khai hệ thống camera giám sát đến đâu rồi",
        "Xã triển khai chữ ký số tới đâu?",
        "Năm 2023 thành phố cải cách chế độ công vụ được những gì?",
        "Phòng tự đánh giá chung về công tác này ra sao?",
        "nhan xet chung cua bao cao the nao",
    ],
)
def test_how_far_and_what_it_came_to_ask_about_the_topic(question: str) -> None:
    assert asks_about(parse_query(question))


@pytest.mark.parametrize(
    "question",
    [
        "Tỷ lệ hóa đơn điện tử tính đến đầu tháng 6/2022 là bao nhiêu?",  # "đến đầu tháng"
        "Huyện đạt được những gì trong quý và bao nhiêu hồ sơ?",  # a number asked
        "Bạn hỏi được những gì khác nữa không",  # not the question's end
    ],
)
def test_the_same_words_elsewhere_ask_nothing_about(question: str) -> None:
    assert not asks_about(parse_query(question))


def test_a_document_numbers_gap_after_its_hyphen_is_closed() -> None:
    text = "Thực hiện Nghị quyết số 12- NQ/HU ngày 01/02/2021, giai đoạn 2021- 2025."
    said = cleaned(text, "")
    assert "số 12-NQ/HU ngày" in said
    assert "2021- 2025" in said  # a range of years is no document number


def test_the_overall_assessment_asked_how_it_reads_is_the_part_so_headed(
    service: AnswerService,
) -> None:
    ans = service.answer("Văn phòng UBND Đồng Tháp quý III/2022 tự đánh giá chung thế nào?")
    assert not ans.abstained
    first = ans.text.splitlines()[0]
    assert "ĐÁNH GIÁ CHUNG" in first.upper()
    assert not ans.figure  # what the part says, no figure in bold


def test_what_the_work_is_caught_on_is_answered_by_the_limits_part(
    service: AnswerService,
) -> None:
    ans = service.answer("Công tác tuyên truyền CCHC quý I/2019 của Hà Tĩnh còn vướng gì?")
    assert not ans.abstained
    assert "hạn chế" in ans.text.splitlines()[0].lower()
