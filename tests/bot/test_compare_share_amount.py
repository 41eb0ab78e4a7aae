"""A share's cell gets the amount it is of, said on another item under the same heading, when
the question asks an amount and a share and that amount against the heading's is the share;
otherwise the cell is as it was. Report text and questions made up for the test."""

from __future__ import annotations

from bot.compare_heading import item_lines
from bot.compare_parts import Part
from bot.compare_parts_answer import _cells as part_cells
from bot.compare_share_amount import SHARE_SLACK, amount_of_share, is_share
from bot.compare_sides import Side
from bot.compare_table import Cell
from core.query import parse_query
from core.result import Answer, Citation
from tests.helpers.mini_index import mini_index

HEADED = """III. TÌNH HÌNH THỰC HIỆN
4. Tài chính công
Dự toán chi thường xuyên giao năm 2023: 8.500.000.000 đồng, gồm:
* Phần kinh phí giao tự chủ: 6.000.000.000 đồng.
(Đã bao gồm kinh phí tiết kiệm để cải cách tiền lương: 80.000.000 đồng)
+ Đã chi đến hết tháng 5/2023: 3.870.000.000 đồng.
+ Tỷ lệ đã chi so với dự toán giao: 64,5%.
* Phần kinh phí giao không tự chủ: 2.500.000.000 đồng.
+ Đã chi đến hết tháng 5/2023: 500.000.000 đồng.
+ Tỷ lệ đã chi so với dự toán giao: 73,0%.
"""
ASKED = parse_query("Bình Phước 2023: how much of the self-managed funds is used so far, what percent?")
SHARES = ("64,5%", "73,0%")



def _cells(text: str) -> tuple[list[Cell], dict[str, object]]:
    index = mini_index(text)
    chunks = {c.id: c for c in index.chunks}
    cells = []
    for share in SHARES:
        ch, n, line = next((c, n, t) for c in index.chunks for n, t in item_lines(c) if share in t)
        cit = Citation(1, ch.report_id, "Báo cáo", "1/BC", "Sở", "2022", "5.", line, 1.0,
                       chunk_id=ch.id, line_start=n, line_end=n)  # fmt: skip
        cells.append(Cell(Side(share, ("Bình Phước",), ()), share, line, "", cit))
    return cells, chunks


def test_the_amount_whose_share_of_the_heading_is_the_cells_share_is_set_beside() -> None:
    cells, chunks = _cells(HEADED)
    got = amount_of_share(ASKED, cells, chunks.get)
    assert got[0].beside == "3.870.000.000 đồng"
    assert got[0].citation is not None
    assert "3.870.000.000" in got[0].citation.quote
    # 500.000.000 of 2.500.000.000 is 20%, not the 73,0% stated: nothing beside it
    assert got[1] == cells[1]


def test_a_share_alone_asked_gets_no_amount() -> None:
    cells, chunks = _cells(HEADED)
    only = parse_query("Bình Phước 2023: what share of self-managed funds was used?")
    assert amount_of_share(only, cells, chunks.get) == cells


DISBURSED = "+ Vốn đã thanh toán đến hết quý II/2023: 1.350.000.000 đồng, đạt tỷ lệ: 27%."


def test_a_parts_amount_gets_the_share_its_line_gives_it_beside() -> None:
    q = parse_query("Binh Phuoc school building: money allotted for 2023 against money paid out?")
    parts = [Part("money allotted for 2023", q), Part("money paid out", q)]
    cit = Citation(1, "r1", "Báo cáo", "1/BC", "Sở", "2022", "5.", DISBURSED, 1.0)
    said = Answer(q.text, "", False, (cit,), "1.350.000.000", 0.9, "en")
    missing = Answer(q.text, "", True)
    got = part_cells(q, parts, [missing, said])
    assert got[1].figure == "1.350.000.000"
    assert got[1].beside == "27%"


def test_a_share_within_one_last_digit_of_the_amounts_share_is_borne_out() -> None:
    # 64,5% stated: the amount's share may be off by SHARE_SLACK units of 0,1 point, no more
    near = 64.5 + 0.9 * SHARE_SLACK * 0.1
    far = 64.5 + 1.1 * SHARE_SLACK * 0.1
    assert is_share(near, 100.0, "64,5%")
    assert not is_share(far, 100.0, "64,5%")
    # a whole-number share rounds to a whole point
    assert is_share(64.0 + 0.9 * SHARE_SLACK, 100.0, "64%")
    assert not is_share(64.0 + 1.1 * SHARE_SLACK, 100.0, "64%")

