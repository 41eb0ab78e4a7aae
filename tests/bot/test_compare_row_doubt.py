"""A breakdown row whose label names no part, or a side's parts read off a line naming one tier
twice with two figures, is shown "not sure", never bold. Made-up cells and text, rendered by
the real table."""

from __future__ import annotations

from bot.compare_row_doubt import bare_part, rows_doubted, tier_twice
from bot.compare_sides import Side
from bot.compare_table import Cell, render_table
from core.query import parse_query
from core.result import Citation

EAST = Side("Lạng Sơn", ("Lạng Sơn",), ())
WEST = Side("Cao Bằng", ("Cao Bằng",), ())


def _cit(quote: str, side: Side, line: int = 10) -> Citation:
    return Citation(
        1, side.label, "BC", "1/BC", "Sở", "2022", "II.", quote, 0.5,
        province=side.label, line_start=line, line_end=line,
    )  # fmt: skip


def test_a_bare_number_label_is_not_bold() -> None:
    line = "tổng 700 dịch vụ, loại 3 là: 300, loại 4 là: 400"
    cells = [
        Cell(EAST, "700", citation=_cit(line, EAST)),
        Cell(EAST, "300", citation=_cit(line, EAST), part="3"),
        Cell(WEST, "650", citation=_cit("có 650 dịch vụ", WEST)),
    ]
    assert bare_part(cells[1])
    assert not bare_part(cells[0])
    assert not bare_part(Cell(WEST, "68%", citation=_cit("đạt 68%", WEST), part="%"))
    text = render_table(parse_query("dịch vụ của Lạng Sơn và Cao Bằng"), cells, "vi").text
    assert "**300**" not in text, text
    assert "300?" in text, text
    assert "**700**" in text, text
    assert "**650**" in text, text


def test_one_tier_named_twice_doubts_that_lines_parts() -> None:
    wrong = "việc khác: 90 việc (tại trung tâm: 30, cấp huyện: 40; cấp xã 20)"
    right = "tổng 300, cấp tỉnh: 200, cấp huyện: 60, cấp xã: 40"
    cells = [
        Cell(EAST, "200", citation=_cit(right, EAST), part="provincial level"),
        Cell(EAST, "60", citation=_cit(right, EAST), part="district level"),
        Cell(EAST, "40", citation=_cit(right, EAST), part="commune level"),
        Cell(WEST, "90", citation=_cit(wrong, WEST, 20), part="commune level"),
        Cell(WEST, "30", citation=_cit(wrong, WEST, 20), part="tại trung tâm"),
        Cell(WEST, "20", citation=_cit(wrong, WEST, 20), part="cấp xã"),
    ]
    assert tier_twice(cells) == {3, 4, 5}
    out = rows_doubted(cells)
    assert out[:3] == cells[:3]
    assert all(c.citation is None and c.doubted for c in out[3:])
    text = render_table(
        parse_query("tasks at provincial, district and commune level, Lang Son vs Cao Bang"),
        cells, "en",
    ).text  # fmt: skip
    assert "**90**" not in text, text
    assert "**20**" not in text, text
    assert "**200**" in text, text
    assert "**40**" in text, text


def test_parts_of_one_tier_that_differ_otherwise_stand() -> None:
    line = "mức độ 3 cấp xã: 12; mức độ 4 cấp xã: 30"
    cells = [
        Cell(EAST, "12", citation=_cit(line, EAST), part="mức độ 3 — cấp xã"),
        Cell(EAST, "30", citation=_cit(line, EAST), part="mức độ 4 — cấp xã"),
        Cell(WEST, "9", citation=_cit("cấp xã: 9", WEST), part="cấp xã"),
    ]
    assert tier_twice(cells) == set()
    assert rows_doubted(cells) == cells


def test_one_figure_under_two_names_of_its_tier_stands() -> None:
    line = "cấp xã: 14"
    cells = [
        Cell(EAST, "14", citation=_cit(line, EAST), part="commune level"),
        Cell(EAST, "14", citation=_cit(line, EAST), part="cấp xã"),
    ]
    assert tier_twice(cells) == set()
