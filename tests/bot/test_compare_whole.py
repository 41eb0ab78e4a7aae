"""The parts' stated whole under the comparison table (bot/compare_whole.py): given when the
parts' figures add up to a figure their one line states before them, or the question states it;
never from two lines, a share, or a year. Lines, figures and questions made up."""

from __future__ import annotations

from bot.compare_sides import Side
from bot.compare_table import Cell, render_table
from bot.compare_whole import whole_line, whole_of
from core.query import parse_query
from core.result import Citation

SPLIT = "Đã nhận 4.310 đơn (trong đó: 3.100 đơn trực tuyến; 1.210 đơn tại trụ sở)."
NO_SUM = "Năm 2031 đã nhận 5.000 đơn, đã giải quyết 4.100 đơn, đang giải quyết 1.300 đơn."
SHARES = "Đã nhận 900 đơn, trực tuyến đạt 60%, tại trụ sở đạt 40%."


def _cit(quote: str, line: int = 1) -> Citation:
    return Citation(1, "r1", "", "", "", "", "", quote, 1.0, chunk_id="c1", line_start=line,
                    line_end=line)  # fmt: skip


def _cells(quote: str, *figures: str, lines: tuple[int, ...] = ()) -> list[Cell]:
    lines = lines or tuple(1 for _ in figures)
    return [
        Cell(Side(f"phần {i}", ("P",), ()), figure=f, counts=quote, citation=_cit(quote, n))
        for i, (f, n) in enumerate(zip(figures, lines, strict=True))
    ]


def test_parts_adding_up_to_a_figure_before_them_give_the_whole() -> None:
    q = parse_query("Số đơn trực tuyến và tại trụ sở mỗi loại bao nhiêu?")
    found = whole_of(q, _cells(SPLIT, "3.100", "1.210"))
    assert found is not None
    assert found[0] == "4.310"


def test_a_whole_the_question_states_is_given_though_the_parts_do_not_add_up() -> None:
    cells = _cells(NO_SUM, "4.100", "1.300")
    asked = whole_of(
        parse_query("Nhận 5.000 đơn, đã giải quyết và đang giải quyết bao nhiêu?"), cells
    )
    assert asked is not None
    assert asked[0] == "5.000"
    # not stated in the question, not their sum, and never the year before them
    assert whole_of(parse_query("Đã giải quyết và đang giải quyết bao nhiêu đơn?"), cells) is None


def test_no_whole_from_two_lines_or_of_shares() -> None:
    q = parse_query("Số đơn trực tuyến và tại trụ sở mỗi loại bao nhiêu?")
    assert whole_of(q, _cells(SPLIT, "3.100", "1.210", lines=(1, 2))) is None
    assert whole_of(q, _cells(SHARES, "60%", "40%")) is None
    assert whole_of(q, _cells(SPLIT, "3.100")) is None


def test_the_table_states_the_whole_not_bold_citing_the_parts_line() -> None:
    q = parse_query("Số đơn trực tuyến và tại trụ sở mỗi loại bao nhiêu?")
    text = render_table(q, _cells(SPLIT, "3.100", "1.210"), "vi").text
    assert "\nTổng (báo cáo nêu): 4.310 [1]" in text
    assert "**4.310**" not in text
    en = render_table(q, _cells(SPLIT, "3.100", "1.210"), "en").text
    assert "\nTotal (as the report states): 4.310 [1]" in en
    assert whole_line(q, _cells(SPLIT, "3.100", "1.210"), [], False) == ""  # no citation numbered


def test_a_sum_is_the_whole_only_when_joined_to_its_parts_in_one_clause() -> None:
    q = parse_query("Số huyện và số xã chưa triển khai mỗi loại bao nhiêu?")
    apart = "Có 9 sở đã triển khai; 3 huyện và 6 xã chưa triển khai."
    assert whole_of(q, _cells(apart, "3", "6")) is None  # ";" between: another clause's 9
    unjoined = "Có 9 sở đã triển khai, 3 huyện và 6 xã chưa triển khai."
    assert whole_of(q, _cells(unjoined, "3", "6")) is None  # nothing says 9 is of them
    for joined in ("Có 9 đơn vị chưa triển khai, gồm 3 huyện và 6 xã.",
                   "Có 9 đơn vị chưa triển khai (3 huyện và 6 xã).",
                   "9 units have not, of which 3 districts and 6 communes."):  # fmt: skip
        found = whole_of(q, _cells(joined, "3", "6"))
        assert found is not None, joined
        assert found[0] == "9"


def test_a_part_written_twice_counts_once_and_no_denominator_is_a_whole() -> None:
    q = parse_query("Số đơn trực tuyến và tại trụ sở mỗi loại bao nhiêu?")
    twice = "Nhận 8 đơn (trong đó: 4 đơn trực tuyến, 4 đơn tại trụ sở)."
    assert whole_of(q, _cells(twice, "4", "5")) is None  # the 4 twice, the 5 nowhere
    fraction = "Đạt 3/8 đơn vị (trong đó: 3 huyện; 5 xã)."
    assert whole_of(q, _cells(fraction, "3", "5")) is None  # 8 is a fraction's denominator
