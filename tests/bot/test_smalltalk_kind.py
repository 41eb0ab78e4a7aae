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
