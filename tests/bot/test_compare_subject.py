"""A comparison's side is bold only with a figure said of the system or outlet the question
names (bot/compare_subject.py): a figure whose item names no system, beside another side's
said on the asked portal, or one said of another outlet, is "not sure". Sentences and
provinces made up for the test."""

from __future__ import annotations

from dataclasses import replace

from bot.compare_apart import with_gap
from bot.compare_sides import Side
from bot.compare_subject import subject_checked, unplaced
from bot.compare_table import Cell, render_table
from core.query import parse_query
from core.result import Citation

ON_PORTAL = (
    "Tỉnh đã tích hợp, kết nối 312 dịch vụ công"
    " trên Cổng Dịch vụ công quốc gia."
)
NO_SYSTEM = (
    "Số dịch vụ công đang cung cấp mức độ 4 là: 905,"
    " đạt tỷ lệ 48,10%."
)
OWN_SYSTEM = (
    "Trên Hệ thống thông tin giải quyết TTHC của tỉnh"
    " đang cung cấp 1.420 dịch vụ công."
)
PAPER = "Báo Lạng Sơn đã đăng tải 75 tin, bài về cải cách hành chính."
EAST = Side("Lạng Sơn", ("Lạng Sơn",), ())
WEST = Side("Cao Bằng", ("Cao Bằng",), ())


def _cell(side: Side, figure: str, quote: str, report: str = "") -> Cell:
    cit = Citation(
        1, report or side.label, "BC", "1/BC", "Sở", "2022", "II.", quote, 0.5, province=side.label
    )
    return Cell(side, figure, citation=cit)


def _sure(cells: list[Cell]) -> list[str]:
    return [c.figure for c in cells]


PORTAL_Q = parse_query(
    "How many online services are on the national public service portal in each province?"
)


def test_a_side_said_on_no_system_beside_one_on_the_asked_portal_is_not_sure() -> None:
    cells = [_cell(EAST, "312", ON_PORTAL), _cell(WEST, "905", NO_SYSTEM)]
    assert unplaced(PORTAL_Q, cells) == {1}
    got = subject_checked(PORTAL_Q, cells)
    assert _sure(got) == ["312", ""]
    assert got[1].doubted[0][0] == "905"  # kept as a candidate, not dropped


def test_the_other_system_is_not_sure_and_an_integrated_count_is_placed() -> None:
    integrated = "Hiện có 88 DVCTT mức độ 3 được tích hợp."  # the verb, not the portal's name
    cells = [_cell(EAST, "88", integrated), _cell(WEST, "1.420", OWN_SYSTEM)]
    assert _sure(subject_checked(PORTAL_Q, cells)) == ["88", ""]


def test_no_system_asked_or_none_placed_leaves_the_sides_bold() -> None:
    plain = parse_query("How many level 4 online services does each province provide?")
    cells = [_cell(EAST, "312", ON_PORTAL), _cell(WEST, "905", NO_SYSTEM)]
    assert _sure(subject_checked(plain, cells)) == ["312", "905"]
    neither = [_cell(EAST, "905", NO_SYSTEM), _cell(WEST, "905", NO_SYSTEM)]
    assert _sure(subject_checked(PORTAL_Q, neither)) == ["905", "905"]


def test_a_figure_of_another_outlet_is_not_the_asked_one_in_the_table() -> None:
    q = parse_query(
        "Số tin bài về cải cách hành chính đăng trên Cổng thông tin điện tử tỉnh"
        " của Lạng Sơn và Cao Bằng?"
    )
    cells = [_cell(EAST, "75", PAPER), _cell(WEST, "905", NO_SYSTEM)]
    table = render_table(q, cells, "vi")
    assert "**75**" not in table.text
    assert "75?" in table.text


def test_parts_of_one_report_and_rows_wording_their_own_measure_are_not_judged() -> None:
    level = Side("Lạng Sơn — level 4", ("Lạng Sơn",), ())
    one = [_cell(EAST, "312", ON_PORTAL), _cell(level, "905", NO_SYSTEM, report="Lạng Sơn")]
    assert unplaced(PORTAL_Q, one) == set()  # one province: its report says where each is
    total = Side("Cao Bằng — total online services the province offers", ("Cao Bằng",), ())
    cells = [_cell(EAST, "312", ON_PORTAL), _cell(total, "1.420", OWN_SYSTEM)]
    assert _sure(subject_checked(PORTAL_Q, cells)) == ["312", "1.420"]
    part = replace(_cell(WEST, "1.420", OWN_SYSTEM), part="total services the province offers")
    assert _sure(subject_checked(PORTAL_Q, [cells[0], part])) == ["312", "1.420"]


def test_a_gap_is_not_worked_out_from_a_side_the_table_doubts() -> None:
    """`render_table` makes the unplaced side "not sure"; the gap asked must not then be
    computed from its candidate (`with_gap` reads the cells as the table shows them)."""
    q = parse_query(
        "Online services on the national public service portal: Lạng Sơn vs Cao Bằng,"
        " what is the gap?"
    )
    cells = [_cell(EAST, "312", ON_PORTAL), _cell(WEST, "905", NO_SYSTEM)]
    text = with_gap(q, render_table(q, cells, "en"), cells, en=True).text
    assert "**312**" in text, text
    assert "**905**" not in text, text
    assert "905" in text  # the candidate is shown, not bold
    assert "Larger" not in text, text
    assert "Difference" not in text, text


def test_suitable_is_not_integrated_and_only_the_figures_item_is_read() -> None:
    """"thích hợp" (suitable) is no "tích hợp" (integrated), and "tích hợp" said of another
    item of the quote does not place this figure on the national portal."""
    suitable = "Có 905 dịch vụ công mức độ 4 thích hợp cho người dân."
    cells = [_cell(EAST, "312", ON_PORTAL), _cell(WEST, "905", suitable)]
    assert unplaced(PORTAL_Q, cells) == {1}
    elsewhere_said = "Có 905 dịch vụ công mức độ 4; đã tích hợp 40 dịch vụ."
    cells = [_cell(EAST, "312", ON_PORTAL), _cell(WEST, "905", elsewhere_said)]
    assert unplaced(PORTAL_Q, cells) == {1}
    own_item = "Có 905 dịch vụ công mức độ 4 được tích hợp."
    cells = [_cell(EAST, "312", ON_PORTAL), _cell(WEST, "905", own_item)]
    assert unplaced(PORTAL_Q, cells) == set()
