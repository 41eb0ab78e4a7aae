"""The verb a question asks what a report found by ("did … identify") names no topic of the
section asked: its gloss ("phát hiện") would weigh a heading that says "phát triển"."""

from __future__ import annotations

from bot.section_answer import topic_sequence
from core.query import parse_query


def test_identify_as_the_asking_verb_adds_no_topic_words() -> None:
    q = parse_query("Which problems with digital transformation did the province identify?")
    words = topic_sequence(q)
    assert "phat" not in words
    assert "hien" not in words
    assert "chuyen" in words  # the topic itself ("chuyển đổi số") is kept


def test_identification_as_a_topic_is_kept() -> None:
    q = parse_query("What limitations remain in electronic identification?")
    assert "dinh" in topic_sequence(q)  # "định danh"
