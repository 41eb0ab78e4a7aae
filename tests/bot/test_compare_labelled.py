"""An unsure or missing part settled by the labelled figures of a line the table already quotes
(bot/compare_labelled.py): the splitter, the clear label, and the cases that stay unsure.
Report text made up."""

from __future__ import annotations

from bot.compare_labelled import labelled, labelled_cells, labelled_figures, labelled_sides
from bot.compare_parts import Part
from bot.compare_sides import Side
from bot.compare_table import Cell
from core.query import parse_query
from core.result import Citation


def _cit(quote: str, line: int = 1) -> Citation:
    return Citation(1, "r", "t", "1/BC", "UBND", "1/1/2022", "II", quote, 1.0, chunk_id="c",
                    line_start=line)  # fmt: skip


def _side(label: str) -> Side:
    return Side(label, ("Tỉnh A",), ())


LINE = ("Số phản ánh, kiến nghị đã giải quyết trong năm: 5.120 (đúng hạn: 1.310, quá hạn do "
        "phải xác minh tại cơ sở: 3.810); đang xem xét 4.900 phản ánh.")  # fmt: skip


def test_a_line_is_read_into_labelled_figures() -> None:
    got = {fig: label for fig, label, _ in labelled_figures(LINE)}
    assert got["1.310"] == ["dung", "han"]
    assert got["3.810"] == ["qua", "han", "do", "phai", "xac", "minh", "tai", "co", "so"]
    assert "giai" in got["5.120"]
    assert "dung" not in got["5.120"]
    # a label after its figure: "15 hồ sơ tại cấp huyện; 7 hồ sơ bảo hiểm xã hội"
    after = {
        f: lab
        for f, lab, _ in labelled_figures("gồm (15 hồ sơ tại cấp huyện; 7 hồ sơ bảo hiểm xã hội)")
    }
    assert after["15"][-2:] == ["cap", "huyen"]
    assert after["7"][-2:] == ["xa", "hoi"]


def test_an_unsure_part_takes_the_figure_its_label_names_in_a_quoted_line() -> None:
    cit = _cit(LINE)
    cells = [
        Cell(_side("quá hạn do phải xác minh"), "3.810", LINE, "", cit),
        Cell(_side("đúng hạn"), doubted=(("5.120", cit),)),
    ]
    got = labelled_cells(["quá hạn do phải xác minh", "đúng hạn"], cells, False)
    assert got[0] is cells[0]
    assert got[1].figure == "1.310"
    assert got[1].citation == cit


def test_an_english_label_is_read_in_the_reports_words() -> None:
    cit = _cit(LINE)
    cells = [Cell(_side("resolved"), "5.120", LINE, "", cit), Cell(_side("on time"))]
    got = labelled_cells(["resolved", "on time"], cells, False)
    assert got[1].figure == "1.310"


def test_a_label_said_of_two_figures_or_only_in_part_settles_nothing() -> None:
    line = "trong đó, giải quyết trước hạn: 80, đúng hạn: 15, quá hạn: 5."
    cit = _cit(line)
    # "giải quyết nhưng trễ hạn": only "giải quyết" is said, of the on-time figure
    cells = [Cell(_side("a"), doubted=(("5", cit),)), Cell(_side("b"), doubted=(("80", cit),))]
    got = labelled_cells(["giải quyết nhưng trễ hạn", "đang xử lý"], cells, False)
    assert got == cells
    # "hạn" alone: said of every figure
    two = labelled_cells(
        ["hạn", "khác"], [Cell(_side("a")), Cell(_side("b"), doubted=(("5", cit),))], False
    )
    assert two[0].citation is None


def test_a_figure_another_part_states_there_is_not_taken_again() -> None:
    line = "đã cấp 40 thẻ cá nhân, 40 thẻ tổ chức."
    cit = _cit(line)
    cells = [Cell(_side("cá nhân"), "40", line, "", cit), Cell(_side("tổ chức"))]
    assert labelled_cells(["cá nhân", "tổ chức"], cells, False)[1].citation is None


def test_a_share_asked_reads_shares_only() -> None:
    line = "đạt 90 nhiệm vụ cấp tỉnh (95%), cấp huyện đạt 80%."
    cit = _cit(line)
    cells = [Cell(_side("cấp tỉnh"), "95%", line, "", cit), Cell(_side("cấp huyện"))]
    parts = [
        Part("cấp tỉnh", parse_query("tỷ lệ cấp tỉnh")),
        Part("cấp huyện", parse_query("tỷ lệ cấp huyện")),
    ]
    assert labelled("ty le cap tinh so voi cap huyen", parts, cells)[1].figure == "80%"
    assert labelled("bao nhieu cap tinh so voi cap huyen", parts, cells)[1].citation is None


def test_clause_rows_are_settled_from_their_own_sides_lines_only() -> None:
    mine, other = _cit("được giao 120 người; thực tế có mặt là 110 người."), _cit(LINE, 2)
    a, b = _side("Tỉnh A"), Side("Tỉnh B", ("Tỉnh B",), ())
    rows = [
        Cell(a, doubted=(("120", mine),), part="giao"),
        Cell(a, doubted=(("120", mine),), part="thực tế"),
        Cell(b, "5.120", LINE, "", other, part="giải quyết"),
        Cell(b, part="giao"),
    ]
    got = labelled_sides("bao nhieu", rows)
    assert (got[0].figure, got[1].figure) == ("120", "110")
    assert got[1].part == "thực tế"
    assert got[3].citation is None  # another side's line is never read for it
    # a share asked, a measure that names none: left as it is
    assert labelled_sides("ty le bao nhieu %", rows)[1].citation is None
