"""A part's words put after a span a clause reading dropped: kept at the end, never an error.
Our own wordings and facts."""

from __future__ import annotations

from bot.compare_clauses import insert_after
from bot.compare_parts import parts_of
from core.query import parse_query


def test_insert_after_keeps_the_span_where_its_key_is_gone() -> None:
    spans: list[tuple[int, int] | str] = [(0, 2), "bao nhieu", (5, 7)]
    insert_after(spans, (0, 2), (9, 10))
    assert spans == [(0, 2), (9, 10), "bao nhieu", (5, 7)]
    insert_after(spans, (3, 4), (11, 12))  # key not there: appended, not lost
    assert spans[-1] == (11, 12)


def test_a_ratio_sentence_after_two_types_reads_without_error() -> None:
    q = parse_query("Giấy phép xây dựng loại A và loại B ở Bình Phước là bao nhiêu? Loại B gấp xấp xỉ mấy lần loại A?")
    parts = parts_of(q)
    assert parts
    assert all(p.query.provinces == ("Bình Phước",) for p in parts)
