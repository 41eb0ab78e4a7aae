"""A stated part of a row the table is not sure of is shown unsure too, never bold; the state
of counted things read in an OCR-damaged statement (its vowels broken). Made-up cells and text."""

from __future__ import annotations

from bot.compare_doubt import under_doubt
from bot.compare_rules import damaged_statuses
from bot.compare_sides import Side
from bot.compare_table import Cell, render_table
from core.query import parse_query
from core.result import Citation
from core.text import fold

EAST = Side("Lạng Sơn", ("Lạng Sơn",), ())
WEST = Side("Cao Bằng", ("Cao Bằng",), ())


def _cit(quote: str, side: Side) -> Citation:
    return Citation(
        1, side.label, "BC", "1/BC", "Sở", "2022", "II.", quote, 0.5, province=side.label
    )


def test_parts_of_a_doubted_row_are_not_bold() -> None:
    line = "mức độ 3 là: 310 (trong đó: 90 cấp tỉnh; 220 cấp huyện)"
    cells = [
        Cell(EAST, "120", citation=_cit("mức độ 3 là: 120", EAST), part="mức độ 3"),
        Cell(WEST, part="mức độ 3", doubted=(("310", _cit(line, WEST)),)),
        Cell(WEST, "90", citation=_cit(line, WEST), part="mức độ 3 — cấp tỉnh"),
        Cell(WEST, "55", citation=_cit("mức độ 4 là: 55", WEST), part="mức độ 4"),
    ]
    out = under_doubt(cells)
    assert out[0] == cells[0]
    assert out[3] == cells[3]
    assert out[2].citation is None
    assert out[2].doubted[0][0] == "90"
    text = render_table(
        parse_query("mức độ 3 và mức độ 4 của Lạng Sơn và Cao Bằng"), cells, "vi"
    ).text
    assert "**90**" not in text, text
    assert "90?" in text, text
    assert "**120**" in text, text
    assert "**55**" in text, text


def test_no_doubted_row_leaves_the_cells() -> None:
    cells = [
        Cell(EAST, "7", citation=_cit("có 7", EAST)),
        Cell(WEST, "9", citation=_cit("có 9", WEST)),
    ]
    assert under_doubt(cells) is cells


def test_a_state_read_in_damaged_words() -> None:
    assert damaged_statuses(fold("Sở X gidi quyét ding han")) == {"giai quyet"}
    assert damaged_statuses(fold("số hồ sơ dang gidi quyet")) == {"dang giai quyet"}
    assert damaged_statuses(fold("hồ sơ đã tiếp nhận")) == {"tiep nhan"}  # plain words first
    assert not damaged_statuses(fold("trên hé thong gidi quyét TTHC"))  # a system's name
    assert not damaged_statuses(fold("gio quy tac moi"))
