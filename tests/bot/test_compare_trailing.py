"""A second measure asked of every side in a clause joined after the sides ("…, kèm số B của
mỗi tỉnh", "…, along with the number of B for each"): read as its own measure, answered on its
own rows over the real seed index. Wordings written for the test."""

from __future__ import annotations

from bot.answer import AnswerService
from bot.compare_trailing import trailing_parts
from core.query import parse_query


def test_joined_clause_is_the_second_measure() -> None:
    parts = trailing_parts(parse_query(
        "So sánh số hồ sơ đã tiếp nhận của Tuyên Quang và Đồng Tháp, kèm theo số hồ sơ trễ hạn của mỗi tỉnh"
    ))  # fmt: skip
    assert [p.label for p in parts] == ["số hồ sơ đã tiếp nhận", "số hồ sơ trễ hạn"]
    # the second measure's question names the same sides, not the first measure's words
    assert set(parts[1].query.provinces) == {"Tuyên Quang", "Đồng Tháp"}
    assert "tiep nhan" not in parts[1].query.folded


def test_plain_and_needs_each_side_asked() -> None:
    each = "Compare online services in Hai Duong and Tuyen Quang, and the share used for each"
    assert [p.label for p in trailing_parts(parse_query(each))] == [
        "online services",
        "the share used",
    ]
    # a plain "and" with no "for each": not a measure asked of every side
    assert trailing_parts(parse_query("Online services in Hai Duong, and in Tuyen Quang?")) == []


def test_both_measures_on_their_own_rows(service: AnswerService) -> None:
    ans = service.answer(
        "So sánh tổng số hồ sơ tiếp nhận của Đồng Tháp và Tuyên Quang, kèm số hồ sơ đã giải quyết của mỗi tỉnh"
    )
    rows = [r for r in ans.text.splitlines() if r.startswith("| ") and " — " in r]
    assert len(rows) == 4
    assert rows[0].startswith("| Đồng Tháp — ")
    assert rows[2].startswith("| Tuyên Quang — ")
    figures = [r.split(" | ")[1] for r in rows]
    assert all(f.startswith("**") for f in figures)
    assert figures[0] != figures[1]
    assert figures[2] != figures[3]
