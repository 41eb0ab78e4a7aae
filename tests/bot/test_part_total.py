"""A part asking the total of two levels or more, answered by a figure its line states as
that whole, else "not sure" (bot/part_total.py); "what share …, and what share …" asked clause
by clause (bot/compare_asked_clauses.py); a gap asked between two amounts read as two parts
(bot/compare_between.py). Questions, lines and figures made up for the test."""

from __future__ import annotations

from bot.compare_asked_clauses import asked_clauses, clause_shaped
from bot.compare_between import between_parts
from bot.compare_line_parts import read_parts
from bot.compare_parts import Part, parts_of
from bot.compare_sides import Side
from bot.compare_table import Cell
from bot.part_total import levels_asked, total_checked, whole_said
from core.query import parse_query
from core.result import Citation

LINE = ("Cổng dịch vụ công cung cấp 900 thủ tục, số thủ tục mức độ 2 là: 300; số thủ tục "
        "mức độ 3 là: 150, đạt tỷ lệ 16,7% (trong đó: 40 cấp tỉnh; 110 cấp huyện); "
        "tổng số thủ tục mức độ 3 và 4 là: 600.")  # fmt: skip


def _cit(quote: str) -> Citation:
    return Citation(1, "r1", "", "", "", "", "", quote, 1.0, chunk_id="c1", line_start=1,
                    line_end=1)  # fmt: skip


def _cell(label: str, figure: str, beside: str = "") -> Cell:
    return Cell(Side(label, ("P",), ()), figure=figure, counts=LINE, citation=_cit(LINE),
                beside=beside)  # fmt: skip


def test_levels_asked_only_for_a_total_of_two_levels_or_more() -> None:
    assert levels_asked("level 3+4 services in total") == {"3", "4"}
    assert levels_asked("tổng số thủ tục mức độ 3, 4") == {"3", "4"}
    assert levels_asked("tổng số thủ tục mức 3 và 4") == {"3", "4"}
    assert levels_asked("level 3 services in total") == frozenset()  # one level
    assert levels_asked("level 3+4 services") == frozenset()  # no total asked


def test_the_whole_is_a_figure_led_by_a_total_or_every_level() -> None:
    levels = frozenset(("3", "4"))
    assert whole_said(levels, LINE, "600")  # "tổng số … mức độ 3 và 4 là: 600"
    assert not whole_said(levels, LINE, "150")  # led by level 3's words only
    assert not whole_said(levels, LINE, "16,7%")  # level 3's share
    assert whole_said(levels, "Có 70 thủ tục mức độ 3, 4.", "70")  # nothing leads: not judged
    assert whole_said(levels, LINE, "12.345")  # not in the quote: not judged here


def test_one_levels_figure_for_a_total_is_not_sure() -> None:
    parts = [Part("level 3+4 services in total", parse_query("how many level 3+4 in total")),
             Part("district", parse_query("how many at district"))]  # fmt: skip
    cells = total_checked(parts, [_cell(parts[0].label, "16,7%", "150"), _cell("district", "110")])
    assert cells[0].citation is None
    assert not cells[0].figure
    assert not cells[0].beside
    assert [f for f, _ in cells[0].doubted] == ["16,7%"]
    assert cells[1].figure == "110"  # asks no total: as it is
    kept = total_checked(parts, [_cell(parts[0].label, "600"), _cell("district", "110")])
    assert kept[0].figure == "600"
    assert kept[0].citation is not None


def test_what_share_clauses_are_asked_clauses() -> None:
    q = parse_query("Province X: what share of letters is fully digital, and what share still "
                    "goes on paper?")  # fmt: skip
    labels = [p.label for p in asked_clauses(q)]
    assert labels == ["letters is fully digital", "still goes on paper"]
    # the "and" split keeps each clause's asking words: the parts are read weakly, as clauses
    assert clause_shaped(q, parts_of(q, True))
    assert [p.label for p in read_parts(q, True)] == labels
    plain = parse_query("Province X: how many schools and clinics?")
    assert not clause_shaped(plain, parts_of(plain, True))


def test_a_gap_asked_between_two_amounts_reads_two_parts() -> None:
    q = parse_query("For the school project in Province X, what's the gap between total cost "
                    "and the funds actually granted?")  # fmt: skip
    assert [p.label for p in between_parts(q, True)] == ["total cost", "the funds actually granted"]
    # "between" in a question that neither compares nor asks a gap names no parts
    assert between_parts(parse_query("How many letters between agencies and firms?"), True) == []


def test_a_share_beside_one_count_asks_a_share_and_its_base() -> None:
    one = parse_query("Province X: what share of letters was answered, out of how many received?")
    assert asked_clauses(one) == []
    two = parse_query("Province X letters: how many received, how many answered, what share "
                      "answered?")  # fmt: skip
    assert len(asked_clauses(two)) == 3
