"""Comparison tables: sides read from the question, every cell cited, a missing side said to
be missing; the table from a stand-in cell source (the seam a fact table will use) and from
the real figure answerer over the seed index."""

from __future__ import annotations

from dataclasses import dataclass

from bot.answer import AnswerService, Citation
from bot.compare_answer import Cell, CompareAnswerer, Side, side_query, sides_of
from index.query import parse_query
from tests.helpers.typed import assert_quotes_at_lines, body


def _table_rows(text: str) -> list[list[str]]:
    rows = [line for line in text.splitlines() if line.startswith("| ")]
    return [[c.strip() for c in r.strip("|").split("|")] for r in rows[1:]]


def _citation(n: int, province: str) -> Citation:
    return Citation(
        n=n, report_id=f"r-{province}", title="", number=f"{n}/BC", agency=f"Sở {province}",
        date="1/1/2022", section="I.", quote=f"{province} có 10{n} hồ sơ", score=1.0,
        province=province, period="Năm 2022", line_start=n, line_end=n,
    )  # fmt: skip


@dataclass
class TableCells:
    """A stand-in cell source: fixed figures per province, none for the others."""

    figures: dict[str, str]

    def cell(self, q: object, side: Side, language: str) -> Cell:
        figure = self.figures.get(side.label)
        if figure is None:
            return Cell(side)
        return Cell(side, figure, f"{side.label} có {figure} hồ sơ", "Năm 2022",
                    _citation(1, side.label))  # fmt: skip


def test_sides_by_province_and_by_year(service: AnswerService) -> None:
    index = service.retriever.index
    two = sides_of(parse_query("So sánh số hồ sơ của Tuyên Quang và Đồng Tháp"), index)
    assert [s.provinces for s in two] == [("Tuyên Quang",), ("Đồng Tháp",)]
    years = sides_of(parse_query("Tỷ lệ máy tính cấp xã ở Hà Tĩnh năm 2019 và năm 2022"), index)
    assert [s.years for s in years] == [(2019,), (2022,)]
    assert sides_of(parse_query("Số hồ sơ của Hà Tĩnh năm 2022"), index) == []
    one = side_query(parse_query("So sánh số DVC của Hà Tĩnh năm 2019 và năm 2022"), years[0])
    assert one.years == (2019,)
    assert "2022" not in one.folded
    assert "bao nhieu" in one.folded


def test_table_from_a_cell_source(service: AnswerService) -> None:
    cells = TableCells({"Tuyên Quang": "75.639"})
    table = CompareAnswerer(service.retriever.index, cells).answer(
        parse_query("So sánh số hồ sơ của Tuyên Quang và Đồng Tháp"), "vi"
    )
    assert table is not None
    rows = _table_rows(body(table))
    assert rows[0][0] == "Tuyên Quang"
    assert rows[0][1] == "**75.639** [1]"
    assert rows[0][4] == "[1]"
    assert rows[1][0] == "Đồng Tháp"
    assert rows[1][1] == "—"
    assert "không tìm thấy" in rows[1][2]
    assert table.chart == (("Tuyên Quang", 75639.0),)


def test_comparison_table_over_the_reports(service: AnswerService) -> None:
    ans = service.answer("So sánh số hồ sơ tiếp nhận của Tuyên Quang và Đồng Tháp")
    rows = _table_rows(body(ans))
    assert [r[0] for r in rows] == ["Tuyên Quang", "Đồng Tháp"]
    for row, cit in zip(rows, ans.citations, strict=True):
        assert row[1].endswith(f"[{cit.n}]")
        assert row[4] == f"[{cit.n}]"
        assert cit.province == row[0]
        figure = row[1].split("**")[1]
        assert figure in cit.quote  # the cell's figure is the cited clause's
    assert [label for label, _ in ans.chart] == ["Tuyên Quang", "Đồng Tháp"]
    assert_quotes_at_lines(ans.citations)


def test_a_side_the_reports_lack(service: AnswerService) -> None:
    ans = service.answer("Compare the level-4 online services of Ha Tinh and Binh Duong")
    rows = _table_rows(body(ans))
    assert rows[0][0] == "Hà Tĩnh"
    assert rows[0][1].startswith("**")
    assert rows[1][0] == "Bình Dương"
    assert rows[1][1] == "—"
    assert "not found" in rows[1][2]


def test_a_side_without_a_sure_figure_is_missing(service: AnswerService) -> None:
    # Hà Tĩnh's figure answer is unsure (candidates, no bold figure): its row says missing
    # rather than "—" beside an unrelated quote.
    ans = service.answer("Ha Tinh va Dong Thap, tinh nao nhieu dich vu cong hon?")
    rows = _table_rows(body(ans))
    assert len(rows) == 2
    for row in rows:
        assert row[1].startswith("**") or (row[1] == "—" and "không tìm thấy" in row[2]), row
    assert all(not row[1].startswith("— [") for row in rows)
