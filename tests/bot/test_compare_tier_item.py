"""A side's figure that is one tier's item of a bracketed breakdown, no tier asked: "not sure",
its figure a candidate. Lines and wordings written for the test."""

from __future__ import annotations

from bot.compare_parts import Part
from bot.compare_sides import Side
from bot.compare_table import Cell
from bot.compare_tier_item import in_breakdown, tier_item_of_whole, tier_items
from core.query import parse_query
from core.result import Citation

_LINE = (
    "số dịch vụ công mức độ 3 là: 480, đạt tỷ lệ 20% (trong đó: 90 dịch vụ công cấp tỉnh; "
    "300 dịch vụ công cấp huyện; 90 dịch vụ công cấp xã);"
)


def _cell(figure: str, label: str = "mức độ 3", part: str = "", line: str = _LINE) -> Cell:
    cit = Citation(1, "r", "báo cáo", "1/BC", "Sở", "1/1/2022", "mục", line, 0.9,
                   chunk_id="r:0001", line_start=1, line_end=1)  # fmt: skip
    return Cell(Side(label, ("Tỉnh A",), ()), figure=figure, citation=cit, part=part)


def test_in_breakdown_reads_the_open_bracket() -> None:
    assert in_breakdown(_LINE, "90")
    assert in_breakdown(_LINE, "300")
    assert not in_breakdown(_LINE, "480")
    assert not in_breakdown("có 70 hồ sơ (chiếm 5%), trong đó 12 hồ sơ cấp xã", "12")


def test_tier_item_for_an_untiered_side_is_not_sure() -> None:
    q = parse_query("So sánh số dịch vụ công mức độ 3 và mức độ 4 của tỉnh A")
    got = tier_item_of_whole(q, [_cell("90"), _cell("480", label="mức độ 4")])
    assert got[0].figure == ""
    assert got[0].citation is None
    assert [f for f, _ in got[0].doubted] == ["90"]
    assert got[1].figure == "480"  # the whole before the bracket stands


def test_tier_asked_or_part_row_stands() -> None:
    tiered = parse_query("Dịch vụ công cấp tỉnh mức độ 3 và mức độ 4 của tỉnh A")
    assert tier_item_of_whole(tiered, [_cell("90")])[0].figure == "90"
    q = parse_query("So sánh số dịch vụ công mức độ 3 và mức độ 4 của tỉnh A")
    assert tier_item_of_whole(q, [_cell("90", part="cấp tỉnh")])[0].figure == "90"
    assert tier_item_of_whole(q, [_cell("90", label="cấp tỉnh")])[0].figure == "90"


def test_a_portal_named_by_its_tier_is_no_tier_asked() -> None:
    q = parse_query("Compare level 3 and level 4 services on the provincial portal of province A")
    assert tier_item_of_whole(q, [_cell("90", label="level 3")])[0].figure == ""


def test_parts_rows_by_their_own_part() -> None:
    q = parse_query("So sánh số dịch vụ công mức độ 3 và mức độ 4 của tỉnh A")
    parts = [Part("mức độ 3", q), Part("mức độ 4", q)]
    split = _cell("90", label="mức độ 3 — cấp tỉnh")
    got = tier_items(parts, [_cell("90"), _cell("480", label="mức độ 4"), split])
    assert [c.figure for c in got] == ["", "480", "90"]
