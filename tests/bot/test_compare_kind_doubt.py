"""A comparison row whose quoted line is about another kind of money than the one its side or
the question asks (spending for revenue) is shown "not sure", never bold; a line about the
asked kind, or naming no kind, stands. Made-up cells and lines, rendered by the real table."""

from __future__ import annotations

from bot.compare_kind_doubt import other_kind
from bot.compare_sides import Side
from bot.compare_table import Cell, render_table
from core.query import parse_query
from core.result import Citation

EAST = Side("Lạng Sơn", ("Lạng Sơn",), ())
WEST = Side("Cao Bằng", ("Cao Bằng",), ())
SPENT = "Tổng chi ngân sách địa phương ước đạt 9.100 tỷ đồng, đạt 112% dự toán"
RAISED = "Tổng thu ngân sách toàn tỉnh ước đạt 8.400 tỷ đồng, đạt 121% dự toán"


def _cit(quote: str, side: Side) -> Citation:
    return Citation(
        1, side.label, "BC", "1/BC", "Sở", "2022", "II.", quote, 0.5,
        province=side.label, line_start=10, line_end=10,
    )  # fmt: skip


def test_a_spending_line_for_asked_revenue_is_not_bold() -> None:
    q = parse_query("Tổng thu ngân sách của Lạng Sơn và Cao Bằng đạt bao nhiêu % dự toán?")
    wrong = Cell(EAST, "112%", citation=_cit(SPENT, EAST))
    right = Cell(WEST, "121%", citation=_cit(RAISED, WEST))
    assert other_kind(q, wrong)
    assert not other_kind(q, right)
    text = render_table(q, [wrong, right], "vi").text
    assert "**112%**" not in text, text
    assert "112%?" in text, text
    assert "**121%**" in text, text


def test_a_line_naming_no_kind_or_both_asked_stands() -> None:
    q = parse_query("Tổng thu ngân sách của Lạng Sơn và Cao Bằng?")
    assert not other_kind(q, Cell(EAST, "8.400", citation=_cit("ước đạt 8.400 tỷ đồng", EAST)))
    both = parse_query("Tổng thu và tổng chi ngân sách của Lạng Sơn so với Cao Bằng?")
    assert not other_kind(both, Cell(EAST, "112%", citation=_cit(SPENT, EAST)))
    plain = parse_query("Lạng Sơn và Cao Bằng đạt bao nhiêu % dự toán?")
    assert not other_kind(plain, Cell(EAST, "112%", citation=_cit(SPENT, EAST)))


def test_the_rows_own_label_names_its_kind() -> None:
    q = parse_query("Tổng thu và tổng chi ngân sách của Lạng Sơn?")
    revenue = Cell(EAST, "112%", citation=_cit(SPENT, EAST), part="tổng thu ngân sách")
    spending = Cell(EAST, "112%", citation=_cit(SPENT, EAST), part="tổng chi ngân sách")
    assert other_kind(q, revenue)
    assert not other_kind(q, spending)


def test_an_english_part_label_is_not_judged_by_the_question() -> None:
    q = parse_query("Lạng Sơn: tổng thu ngân sách and the newspaper's output?")
    english = Cell(EAST, "112%", citation=_cit(SPENT, EAST), part="Spending's")
    assert not other_kind(q, english)


def test_kinds_said_once_for_both_are_both_asked() -> None:
    q = parse_query("Lạng Sơn thu và chi ngân sách đạt bao nhiêu % dự toán?")
    assert not other_kind(q, Cell(EAST, "121%", citation=_cit(RAISED, EAST)))
    assert not other_kind(q, Cell(EAST, "112%", citation=_cit(SPENT, EAST)))
