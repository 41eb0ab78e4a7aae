"""A "trong đó" clause asked after two compared parts asks a part of the last one, not of
each (bot/compare_sub_tail.py)."""

from __future__ import annotations

from bot.compare_parts import Part
from bot.compare_sub_tail import sub_tail
from core.query import parse_query


def test_a_trailing_of_which_clause_asks_a_part_of_the_last_part() -> None:
    tail = ", trong đó bao nhiêu hồ sơ quá hạn?"
    parts = [
        Part("cấp tỉnh", parse_query(f"Năm 2023 số hồ sơ cấp tỉnh{tail}")),
        Part("cấp huyện", parse_query(f"Năm 2023 số hồ sơ cấp huyện{tail}")),
    ]
    out = sub_tail(parts)
    assert [p.label for p in out] == ["cấp tỉnh", "cấp huyện", "hồ sơ quá hạn"]
    assert "quá hạn" not in out[0].query.text
    assert "quá hạn" not in out[1].query.text
    assert out[2].query == parts[1].query  # the sub-part is asked of the last part
    # a clause only one part carries, or none, changes nothing
    alone = [parts[0], Part("cấp huyện", parse_query("Năm 2023 số hồ sơ cấp huyện"))]
    assert sub_tail(alone) == alone
