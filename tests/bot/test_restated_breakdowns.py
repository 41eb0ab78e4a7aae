"""A clause that opens with a rate restating the count before it ("…: 12.845 tỷ đồng; đạt 117%
so với dự toán, trong đó: Thu ước đạt 9.120 tỷ đồng") breaks that count down: its figure after
"trong đó" is an item, and a question asking the total ("tổng thu …") that the head says and
the item does not names no item (bot/extractive/breakdown.py)."""

from __future__ import annotations

from bot.extractive.breakdown import _tells_apart
from bot.extractive.sites import _figures_of
from bot.extractive.words import _keys


def test_a_count_after_a_restating_rate_is_an_item() -> None:
    sites = _figures_of(
        "đạt 117% so với dự toán giao, trong đó: Thu ước đạt 9.120 tỷ đồng, đạt 121% dự toán.", []
    )
    by_figure = {f.figure: f for f in sites}
    assert by_figure["9.120"].in_breakdown
    assert not by_figure["117%"].in_breakdown


def test_a_rate_of_the_counts_it_is_made_of_breaks_nothing_down() -> None:
    # "Tỷ lệ … đạt 96,1%, trong đó tổng số … 78, … 75": the counts a rate is made of
    sites = _figures_of(
        "Tỷ lệ phản ánh đã giải quyết đạt 96,1%, trong đó tổng số tiếp nhận 78, đã giải quyết 75.",
        [],
    )
    assert not {f.figure: f for f in sites}["78"].in_breakdown


def test_a_total_asked_names_no_item() -> None:
    head = ["tong", "thu", "toan", "tinh", "dat", "so", "voi", "du", "toan"]
    item = ["thu", "uoc", "dat", "ty", "dong"]
    q = ["tong", "thu", "ngan", "sach", "uoc", "dat", "bao", "nhieu"]
    assert not _tells_apart(q, item, head, _keys(item), _keys(head))
    q_part = ["thu", "uoc", "dat", "bao", "nhieu"]  # no total asked: "ước" is the item's
    assert _tells_apart(q_part, item, head, _keys(item), _keys(head))
