"""Small talk is told from questions by the whole message (bot/smalltalk_kind.py): asking
what the assistant can do, worded many ways, with particles, without diacritics or in
English, is small talk; a question about what a report says is not."""

from __future__ import annotations

import pytest

from bot.smalltalk_kind import smalltalk_kind
from core.query import parse_query


@pytest.mark.parametrize(
    ("message", "en"),
    [
        ("ban lam duoc nhung gi the", False),
        ("Bạn trả lời được những câu hỏi gì ạ?", False),
        ("Bạn biết những gì nhỉ?", False),
        ("em hỗ trợ được gì cho tôi?", False),
        ("Em có thể giúp tôi những việc gì vậy?", False),
        ("tro ly tra cuu dc nhung thong tin nao", False),
        ("Bạn làm được gì không?", False),
        ("What kinds of questions can you answer?", True),
        ("what do you know about?", True),
        ("which topics do you cover?", True),
        ("what can i ask you about?", True),
    ],
)
def test_asking_what_the_assistant_can_do_is_help(message: str, en: bool) -> None:
    assert smalltalk_kind(parse_query(message).folded) == ("help", en)


def test_who_and_what_together_answer_who() -> None:
    assert smalltalk_kind(parse_query("may la ai vay, biet nhung gi?").folded) == ("who", False)


@pytest.mark.parametrize(
    ("message", "en"),
    [
        ("hello there and what do you do?", True),
        ("chào em và em làm được gì?", False),
        ("thanks and bye", True),
    ],
)
def test_two_phrases_joined_by_and_stay_small_talk(message: str, en: bool) -> None:
    assert smalltalk_kind(parse_query(message).folded) is not None
    assert smalltalk_kind(parse_query(message).folded)[1] is en  # type: ignore[index]


@pytest.mark.parametrize(
    "message",
    ["bạn là ai và Hải Dương có bao nhiêu TTHC?", "hello and how many level-4 services in Dong Thap"],
)
def test_and_before_a_question_is_no_small_talk(message: str) -> None:
    assert smalltalk_kind(parse_query(message).folded) is None


@pytest.mark.parametrize(
    "message",
    [
        "Báo cáo nêu những gì về cải cách thể chế?",
        "bao cao noi nhung gi ve dich vu cong truc tuyen",
        "What do you know about the one-stop shop results?",
        "bạn có biết gì về số hồ sơ trễ hạn không",
        "những gì",
    ],
)
def test_what_a_report_says_is_no_small_talk(message: str) -> None:
    assert smalltalk_kind(parse_query(message).folded) is None


@pytest.mark.parametrize(
    ("message", "kind", "en"),
    [
        ("bạn là ai vậy?", "who", False),
        ("what can you do?", "help", True),
        ("Trợ lý có thể tư vấn những vấn đề nào?", "help", False),
        ("Dạ, bạn hỏi giúp được gì?", "help", False),
    ],
)
def test_the_assistant_named_stays_small_talk(message: str, kind: str, en: bool) -> None:
    assert smalltalk_kind(parse_query(message).folded) == (kind, en)
    assert smalltalk_kind(parse_query(message).folded, follow_up=True) == (kind, en)


@pytest.mark.parametrize(
    "message",
    [
        # no subject: the work a report tells of, not what the assistant can do
        "Đã làm được những việc gì?",
        "Đã có thể giải đáp những vấn đề nào?",
        "Tra cứu được những thông tin gì?",
        "Cung cấp thông tin gì?",
        "Giải đáp được những nội dung nào?",
    ],
)
def test_a_bare_question_shape_is_no_small_talk(message: str) -> None:
    assert smalltalk_kind(parse_query(message).folded) is None


@pytest.mark.parametrize("message", ["Giới thiệu đi", "Ai vậy?", "hỏi được gì"])
def test_a_bare_ask_after_a_question_is_no_small_talk(message: str) -> None:
    assert smalltalk_kind(parse_query(message).folded) is not None
    assert smalltalk_kind(parse_query(message).folded, follow_up=True) is None


def test_folded_da_before_a_verb_is_no_acknowledgement() -> None:
    assert smalltalk_kind(parse_query("Dạ").folded) == ("ack", False)
    assert smalltalk_kind(parse_query("Đã làm gì").folded) is None


@pytest.mark.parametrize(
    ("message", "en"),
    [
        ("Em có thể giúp gì cho tôi về các báo cáo cải cách hành chính?", False),
        ("ban co the lam gi voi cac bao cao nay?", False),
        ("How can you help me with these reform reports?", True),
        ("What can you help me with regarding these reports?", True),
    ],
)
def test_the_reports_named_after_asking_what_it_can_do_stay_help(message: str, en: bool) -> None:
    assert smalltalk_kind(parse_query(message).folded) == ("help", en)


@pytest.mark.parametrize(
    ("message", "en"),
    [("Cảm ơn, rất hữu ích!", False), ("thong tin bo ich qua", False),
     ("câu trả lời rõ ràng quá", False), ("số liệu tuyệt vời", False),
     ("Thanks, that was very useful!", True), ("really helpful", True)],
)
def test_praise_of_what_was_told_is_thanked_for(message: str, en: bool) -> None:
    assert smalltalk_kind(parse_query(message).folded) == ("thanks", en)


@pytest.mark.parametrize(
    "message",
    ["báo cáo Hải Dương có hữu ích không?", "bạn có thể làm gì với báo cáo Đồng Tháp quý III?",
     "Thanks! How many dossiers did Hai Duong receive?"],
)
def test_a_question_about_a_report_stays_a_question(message: str) -> None:
    assert smalltalk_kind(parse_query(message).folded) is None


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("Xin chào, tôi là chuyên viên phòng tổng hợp, em làm được gì?", "help"),
        ("I'm with the provincial inspectorate, how can you help?", "help"),
        ("số liệu thật sự bổ ích", "thanks"),
        ("ok, nội dung khá rõ ràng", "thanks"),
    ],
)
def test_a_self_introduction_or_a_degree_word_keeps_small_talk(message: str, kind: str) -> None:
    said = smalltalk_kind(parse_query(message).folded)
    assert said is not None
    assert said[0] == kind


def test_a_self_introduction_before_a_question_is_no_small_talk() -> None:
    message = "Tôi là chuyên viên phòng tổng hợp, Bình Phước có bao nhiêu thủ tục hành chính?"
    assert smalltalk_kind(parse_query(message).folded) is None


@pytest.mark.parametrize("message", ["this is helpful.", "thanks, this is helpful!"])
def test_this_is_praise_is_no_introduction(message: str) -> None:
    assert smalltalk_kind(parse_query(message).folded) == ("thanks", True)


@pytest.mark.parametrize(
    ("message", "en"),
    [
        ("alright, thank you for the explanation", True),
        ("thanks for the answers", True),
        ("many thanks for all the support", True),
        ("cảm ơn bạn vì đã giúp đỡ nhé", False),
    ],
)
def test_thanks_that_say_what_for_are_thanks(message: str, en: bool) -> None:
    assert smalltalk_kind(parse_query(message).folded) == ("thanks", en)


@pytest.mark.parametrize(
    "message", ["thanks for the information on the district's online services", "what is the help desk"]
)
def test_thanks_with_a_topic_are_no_small_talk(message: str) -> None:
    assert smalltalk_kind(parse_query(message).folded) is None
