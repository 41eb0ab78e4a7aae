"""`bot.compare_parts_answer._each_its_average`: two parts a plain "và" joins ("cấp huyện và cấp
xã"), in a question that asks an average besides ("bình quân mỗi đơn vị bao nhiêu"), are asked
each on its own (not one figure of both) when each part's row got a total with its average
beside it, from a line of its own that says the part's own words and not the other part's.
Anything less (no average asked, a part missing or without its average, one line for both, a
line that names the other part too or not its own) leaves the question to the figure answerer.
Report lines made up for the test."""

from __future__ import annotations

from bot.compare_cell_lines import _each_its_average
from bot.compare_parts import Part
from bot.compare_sides import Side
from bot.compare_table import Cell
from core.query import ParsedQuery, parse_query
from core.result import Citation

ASKED = "Bình Phước có bao nhiêu DVC mức 4 ở cấp huyện và cấp xã, bình quân mỗi đơn vị bao nhiêu?"
DISTRICTS = "- Tổng cấp huyện có 2140 DVC trực tuyến mức độ 4 (trung bình mỗi huyện có 214 DVC)."
COMMUNES = "- Tổng cấp xã có 15.300 DVC trực tuyến mức độ 4 (trung bình mỗi xã có 85 DVC)."


def _parts(q: ParsedQuery, *labels: str) -> list[Part]:
    return [Part(label, parse_query(f"{q.text} ({label})")) for label in labels]


def _cell(label: str, figure: str, quote: str, line: int, beside: str = "") -> Cell:
    """A part's row: its figure, cited from `line` of one chunk, with `beside` next to it."""
    cit = Citation(1, "t001", "Báo cáo", "77/BC-UBND", "UBND tỉnh", "2022-07-05", "III.", quote,
                   1.0, chunk_id="t001:0003", line_start=line, line_end=line)  # fmt: skip
    return Cell(Side(label, ("Bình Phước",), ()), figure, quote, citation=cit, beside=beside)


def _both(q: ParsedQuery, huyen: Cell, xa: Cell) -> bool:
    return _each_its_average(q, _parts(q, "cấp huyện", "cấp xã"), [huyen, xa])


def test_each_part_with_its_total_and_average_from_its_own_line_is_asked_on_its_own() -> None:
    q = parse_query(ASKED)
    assert _both(
        q,
        _cell("cấp huyện", "2140", DISTRICTS, 3, "trung bình 214"),
        _cell("cấp xã", "15.300", COMMUNES, 4, "trung bình 85"),
    )


def test_no_average_asked_is_not_enough() -> None:
    q = parse_query("Bình Phước có bao nhiêu DVC mức 4 ở cấp huyện và cấp xã?")
    assert not _both(
        q,
        _cell("cấp huyện", "2140", DISTRICTS, 3, "trung bình 214"),
        _cell("cấp xã", "15.300", COMMUNES, 4, "trung bình 85"),
    )


def test_a_part_without_its_average_beside_is_not_enough() -> None:
    q = parse_query(ASKED)
    assert not _both(
        q,
        _cell("cấp huyện", "2140", DISTRICTS, 3, "trung bình 214"),
        _cell("cấp xã", "15.300", COMMUNES, 4),
    )


def test_a_part_with_no_figure_found_is_not_enough() -> None:
    q = parse_query(ASKED)
    missing = Cell(Side("cấp xã", ("Bình Phước",), ()))
    assert not _both(q, _cell("cấp huyện", "2140", DISTRICTS, 3, "trung bình 214"), missing)


def test_two_sentences_of_one_line_are_no_lines_of_their_own() -> None:
    q = parse_query(ASKED)
    # one line of the report, each part's sentence of it quoted: one line, not two
    assert not _both(
        q,
        _cell("cấp huyện", "2140", "Cấp huyện có 2140 DVC, trung bình mỗi huyện 214 DVC.", 3,
              "trung bình 214"),
        _cell("cấp xã", "15.300", "Cấp xã có 15.300 DVC, trung bình mỗi xã 85 DVC.", 3,
              "trung bình 85"),
    )  # fmt: skip


def test_a_line_that_names_the_other_part_too_is_not_the_part_s_own() -> None:
    q = parse_query(ASKED)
    both = "- Cấp huyện có 2140 DVC (trung bình mỗi huyện 214 DVC), gấp nhiều lần cấp xã."
    assert not _both(
        q,
        _cell("cấp huyện", "2140", both, 3, "trung bình 214"),
        _cell("cấp xã", "15.300", COMMUNES, 4, "trung bình 85"),
    )


def test_a_line_that_does_not_name_its_part_is_not_the_part_s_own() -> None:
    q = parse_query(ASKED)
    unnamed = "- Tổng cộng có 2140 DVC trực tuyến mức độ 4 (trung bình mỗi đơn vị có 214 DVC)."
    assert not _both(
        q,
        _cell("cấp huyện", "2140", unnamed, 3, "trung bình 214"),
        _cell("cấp xã", "15.300", COMMUNES, 4, "trung bình 85"),
    )


def test_a_part_with_no_words_of_its_own_is_not_told_apart() -> None:
    q = parse_query(ASKED)
    # "huyện" says nothing "cấp huyện" does not: the two parts cannot be told apart
    parts = _parts(q, "cấp huyện", "huyện")
    cells = [
        _cell("cấp huyện", "2140", DISTRICTS, 3, "trung bình 214"),
        _cell("huyện", "15.300", COMMUNES, 4, "trung bình 85"),
    ]
    assert not _each_its_average(q, parts, cells)


def test_three_parts_are_not_two() -> None:
    q = parse_query(
        "Bình Phước có bao nhiêu DVC ở cấp tỉnh, cấp huyện và cấp xã, bình quân mỗi đơn vị?"
    )
    parts = _parts(q, "cấp tỉnh", "cấp huyện", "cấp xã")
    cells = [
        _cell("cấp tỉnh", "1.409", "- Cấp tỉnh có 1.409 DVC (trung bình mỗi sở 70 DVC).", 2,
              "trung bình 70"),
        _cell("cấp huyện", "2140", DISTRICTS, 3, "trung bình 214"),
        _cell("cấp xã", "15.300", COMMUNES, 4, "trung bình 85"),
    ]  # fmt: skip
    assert not _each_its_average(q, parts, cells)


def test_departments_and_districts_each_with_their_average_are_asked_on_their_own() -> None:
    q = parse_query("Số thủ tục giải quyết ở cấp sở và cấp huyện, trung bình mỗi nơi bao nhiêu?")
    parts = _parts(q, "cấp sở", "cấp huyện")
    cells = [
        _cell("cấp sở", "1.200", "- Cấp sở giải quyết 1.200 thủ tục (trung bình mỗi sở 60 thủ tục).",
              3, "trung bình 60"),
        _cell("cấp huyện", "800",
              "- Cấp huyện giải quyết 800 thủ tục (trung bình mỗi huyện 80 thủ tục).", 4,
              "trung bình 80"),
    ]  # fmt: skip
    assert _each_its_average(q, parts, cells)
