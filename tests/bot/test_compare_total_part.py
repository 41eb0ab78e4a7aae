"""A total and one of its parts asked of every side (bot/compare_total_part.py): two measures,
each its own question. Made-up questions."""

from __future__ import annotations

from bot.compare_total_part import total_parts
from core.query import parse_query


def test_the_total_and_the_part_read_as_two_measures() -> None:
    parts = total_parts(parse_query("so sánh tổng số TTHC và số TTHC cấp huyện của A và B"))
    assert [p.label for p in parts] == ["tổng số TTHC", "TTHC cấp huyện"]
    assert parts[0].query.text == "so sánh tổng số TTHC của A và B"
    assert parts[1].query.text == "so sánh số TTHC cấp huyện của A và B"
    en = total_parts(parse_query("the total number of files and the number of files online in A"))
    assert [p.query.text for p in en] == [
        "the total number of files in A",
        "the number of files online in A",
    ]


def test_no_total_or_no_thing_said_again_reads_nothing() -> None:
    assert total_parts(parse_query("tổng thu và tổng chi ngân sách của A và B")) == []
    assert total_parts(parse_query("số TTHC và số TTHC cấp huyện của A và B")) == []
    assert total_parts(parse_query("tổng số TTHC và số hồ sơ cấp huyện của A và B")) == []


def test_a_qualifier_with_more_after_it_reads_nothing() -> None:
    # a four-word qualifier: its last word would be left in the total's question
    assert total_parts(parse_query("tổng số TTHC và số TTHC cấp huyện mức độ cao của A và B")) == []
    assert (
        total_parts(
            parse_query(
                "the total number of files and the number of files settled ahead of time in A"
            )
        )
        == []
    )
    # a second part joined by a comma, or a third after "và": left in the total's question
    assert (
        total_parts(parse_query("tổng số cán bộ và số cán bộ nữ, số cán bộ trẻ của A và B")) == []
    )
    assert total_parts(parse_query("tổng số TTHC và số TTHC cấp huyện và cấp xã của A và B")) == []


def test_a_qualifier_that_ends_the_clause_is_read() -> None:
    end = total_parts(parse_query("tổng số TTHC và số TTHC cấp huyện"))
    assert [p.label for p in end] == ["tổng số TTHC", "TTHC cấp huyện"]
    asked = total_parts(parse_query("A và B có tổng số TTHC và số TTHC cấp xã là bao nhiêu?"))
    assert [p.query.text for p in asked] == [
        "A và B có tổng số TTHC là bao nhiêu?",
        "A và B có số TTHC cấp xã là bao nhiêu?",
    ]
