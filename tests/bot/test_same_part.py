"""One part of a breakdown said two ways ("trễ hạn" / "quá hạn", "đang xử lý" / "đang giải
quyết") is read as one part, in the question and in a figure's label."""

from __future__ import annotations

from bot.extractive import parts_said
from bot.extractive.question import _asked_parts, one_name
from bot.extractive.sites import _figures_of
from core.query import parse_query


def test_late_is_asked_as_overdue() -> None:
    q = parse_query("Có bao nhiêu giấy phép cấp trễ hạn năm 2020?")
    assert ("qua", "han") in _asked_parts(q)
    assert ("tre", "han") not in _asked_parts(q)
    assert ("qua", "han") in parts_said.asked_parts(q)  # said in the question's own words


def test_in_progress_said_as_being_handled() -> None:
    q = parse_query("so giay phep dang xu ly la bao nhieu")
    assert ("dang", "giai", "quyet") in _asked_parts(q)


def test_a_label_saying_late_names_overdue() -> None:
    sites = {s.figure: s for s in _figures_of("trong đó, đúng hạn: 310, trễ hạn: 12.", [])}
    assert ("qua", "han") in sites["12"].quals
    assert ("qua", "han") not in sites["310"].quals


def test_one_name_keeps_order_and_drops_repeats() -> None:
    parts = [("cap", "xa"), ("tre", "han"), ("qua", "han")]
    assert one_name(parts) == (("cap", "xa"), ("qua", "han"))
