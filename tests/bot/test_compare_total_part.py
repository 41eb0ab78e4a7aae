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

