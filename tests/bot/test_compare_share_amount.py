"""A share's cell gets the amount it is of, said on another item under the same heading, when
the question asks an amount and a share and that amount against the heading's is the share;
otherwise the cell is as it was. Report text and questions made up for the test."""

from __future__ import annotations

from bot.compare_heading import _lines
from bot.compare_parts import Part
from bot.compare_parts_answer import _cells as part_cells
from bot.compare_share_amount import amount_of_share
from bot.compare_sides import Side
from bot.compare_table import Cell
from core.query import parse_query
from core.result import Answer, Citation
from tests.helpers.mini_index import mini_index

HEADED = """II. KẾT QUẢ THỰC HIỆN
5. Cải cách tài chính công
Kinh phí quản lý hành chính được giao năm 2022: 13.000.000.000 đồng, trong đó:
* Kinh phí thực hiện tự chủ: 9.000.000.000 đồng.
(Trong đó kinh phí cải cách tiền lương được giữ lại: 120.000.000 đồng)
+ Số kinh phí đã thực hiện đến ngày 30/6/2022: 5.778.000.000 đồng.
+ Kinh phí đã sử dụng so với kinh phí được giao đạt tỷ lệ: 64,2%.
* Kinh phí thực hiện không tự chủ: 4.000.000.000 đồng.
+ Số kinh phí đã thực hiện đến ngày 30/6/2022: 1.000.000.000 đồng.
+ Kinh phí đã sử dụng so với kinh phí được giao đạt tỷ lệ: 81,5%.
"""
ASKED = parse_query("Bình Phước 2022: how much of the autonomous funding was spent, in VND and %?")


def _cells(text: str) -> tuple[list[Cell], dict[str, object]]:
    index = mini_index(text)
    chunks = {c.id: c for c in index.chunks}
    cells = []
    for share in ("64,2%", "81,5%"):
        ch, n, line = next((c, n, t) for c in index.chunks for n, t in _lines(c) if share in t)
        cit = Citation(1, ch.report_id, "Báo cáo", "1/BC", "Sở", "2022", "5.", line, 1.0,
                       chunk_id=ch.id, line_start=n, line_end=n)  # fmt: skip
        cells.append(Cell(Side(share, ("Bình Phước",), ()), share, line, "", cit))
    return cells, chunks


def test_the_amount_whose_share_of_the_heading_is_the_cells_share_is_set_beside() -> None:
    cells, chunks = _cells(HEADED)
    got = amount_of_share(ASKED, cells, chunks.get)
    assert got[0].beside == "5.778.000.000 đồng"
    assert got[0].citation is not None
    assert "5.778.000.000" in got[0].citation.quote
    # 1.000.000.000 of 4.000.000.000 is 25%, not the 81,5% stated: nothing beside it
    assert got[1] == cells[1]


def test_a_share_alone_asked_gets_no_amount() -> None:
    cells, chunks = _cells(HEADED)
    only = parse_query("Bình Phước 2022: what percent of the autonomous funding was spent?")
    assert amount_of_share(only, cells, chunks.get) == cells


DISBURSED = "+ Nguồn vốn đã giải ngân đến ngày 30/6/2022: 2.000.000.000 đồng, đạt tỷ lệ: 25%."


def test_a_parts_amount_gets_the_share_its_line_gives_it_beside() -> None:
    q = parse_query("Binh Phuoc storage project: 2022 capital plan vs amount disbursed so far?")
    parts = [Part("2022 capital plan", q), Part("amount disbursed so far", q)]
    cit = Citation(1, "r1", "Báo cáo", "1/BC", "Sở", "2022", "5.", DISBURSED, 1.0)
    said = Answer(q.text, "", False, (cit,), "2.000.000.000", 0.9, "en")
    missing = Answer(q.text, "", True)
    got = part_cells(q, parts, [missing, said])
    assert got[1].figure == "2.000.000.000"
    assert got[1].beside == "25%"
