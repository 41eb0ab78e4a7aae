"""A comparison row whose quoted line is about another kind of money than the one its part
label, side or the question asks (spending for revenue) is shown "not sure", never bold; a line
about the asked kind, or naming no kind, stands; only the families said one kind to a line are
judged. Made-up provinces, cells and lines, rendered by the real table."""

from __future__ import annotations

from bot.compare_kind_doubt import JUDGED_FAMILIES, other_kind
from bot.compare_sides import Side
from bot.compare_table import Cell, render_table
from core.query import parse_query
from core.result import Citation

NORTH = Side("Bắc Lâm", ("Bắc Lâm",), ())
SOUTH = Side("Nam Sơn Hà", ("Nam Sơn Hà",), ())
SPENT = "Tổng chi ngân sách địa phương ước đạt 9.100 tỷ đồng, đạt 112% dự toán"
RAISED = "Tổng thu ngân sách toàn tỉnh ước đạt 8.400 tỷ đồng, đạt 121% dự toán"


def _cit(quote: str, side: Side) -> Citation:
    return Citation(
        1, side.label, "BC", "1/BC", "Sở", "2022", "II.", quote, 0.5,
        province=side.label, line_start=10, line_end=10,
    )  # fmt: skip


def test_a_spending_line_for_asked_revenue_is_not_bold() -> None:
    q = parse_query("So sánh mức hoàn thành dự toán thu ngân sách năm 2022 giữa Bắc Lâm và Nam Sơn Hà")
    wrong = Cell(NORTH, "112%", citation=_cit(SPENT, NORTH))
    right = Cell(SOUTH, "121%", citation=_cit(RAISED, SOUTH))
    assert other_kind(q, wrong)
    assert not other_kind(q, right)
    text = render_table(q, [wrong, right], "vi").text
    assert "**112%**" not in text, text
    assert "112%?" in text, text
    assert "**121%**" in text, text


def test_a_line_naming_no_kind_or_both_asked_stands() -> None:
    q = parse_query("Bắc Lâm hay Nam Sơn Hà thu ngân sách nhiều hơn?")
    assert not other_kind(q, Cell(NORTH, "8.400", citation=_cit("ước đạt 8.400 tỷ đồng", NORTH)))
    both = parse_query("Thu ngân sách, chi ngân sách: Bắc Lâm so với Nam Sơn Hà ra sao?")
    assert not other_kind(both, Cell(NORTH, "112%", citation=_cit(SPENT, NORTH)))
    plain = parse_query("Bắc Lâm hay Nam Sơn Hà vượt dự toán nhiều hơn?")
    assert not other_kind(plain, Cell(NORTH, "112%", citation=_cit(SPENT, NORTH)))


def test_the_rows_own_label_names_its_kind() -> None:
    q = parse_query("Thu ngân sách, chi ngân sách của Bắc Lâm năm 2022?")
    revenue = Cell(NORTH, "112%", citation=_cit(SPENT, NORTH), part="tổng thu ngân sách")
    spending = Cell(NORTH, "112%", citation=_cit(SPENT, NORTH), part="tổng chi ngân sách")
    assert other_kind(q, revenue)
    assert not other_kind(q, spending)


def test_an_english_part_label_is_read_through_the_lexicon() -> None:
    q = parse_query("For Bac Lam, the budget revenue and spending against the estimate?")
    revenue = Cell(NORTH, "112%", citation=_cit(SPENT, NORTH), part="Budget revenue")
    spending = Cell(NORTH, "112%", citation=_cit(SPENT, NORTH), part="Spending")
    assert other_kind(q, revenue)
    assert not other_kind(q, spending)


def test_a_part_label_naming_no_kind_leaves_the_row_unjudged() -> None:
    # the question asks revenue; the row's own part is another thing: not judged by the question
    q = parse_query("Bắc Lâm: thu ngân sách và số tin bài đăng tải?")
    assert not other_kind(q, Cell(NORTH, "112%", citation=_cit(SPENT, NORTH), part="tin bài"))
    assert not other_kind(q, Cell(NORTH, "112%", citation=_cit(SPENT, NORTH), part="Posts"))


def test_kinds_said_once_for_both_are_both_asked() -> None:
    q = parse_query("Nam Sơn Hà thu và chi ngân sách vượt dự toán bao nhiêu?")
    assert not other_kind(q, Cell(SOUTH, "121%", citation=_cit(RAISED, SOUTH)))
    assert not other_kind(q, Cell(SOUTH, "112%", citation=_cit(SPENT, SOUTH)))


def test_only_kinds_said_one_to_a_line_are_judged() -> None:
    assert len(JUDGED_FAMILIES) == 2  # budget revenue or spending; own account or not
    # a longer kind said beside the asked one in its line: still the asked kind's line
    paid = parse_query("Vốn đã giải ngân của Bắc Lâm và Nam Sơn Hà?")
    line = "Đã giải ngân 1.200 tỷ đồng, còn 800 tỷ đồng chưa giải ngân"
    assert not other_kind(paid, Cell(NORTH, "1.200", citation=_cit(line, NORTH)))
    plan = "Kế hoạch giải ngân vốn đầu tư công năm 2022: đã giải ngân 1.200 tỷ đồng"
    assert not other_kind(paid, Cell(NORTH, "1.200", citation=_cit(plan, NORTH)))
    portal = parse_query("Cổng thông tin điện tử của Bắc Lâm và Nam Sơn Hà đăng bao nhiêu tin?")
    posts = "Cổng thông tin điện tử tỉnh đăng 85 tin, bài; Báo điện tử tỉnh đăng 40 tin"
    assert not other_kind(portal, Cell(NORTH, "85", citation=_cit(posts, NORTH)))
    paper = parse_query("Báo điện tử của Bắc Lâm và Nam Sơn Hà đăng bao nhiêu tin?")
    both = "Báo điện tử tỉnh đăng 40 tin, bài (bản in đăng 12 tin)"
    assert not other_kind(paper, Cell(NORTH, "40", citation=_cit(both, NORTH)))
