"""The fact table as people browse it: filters, folded search, sort, source, CSV and XLSX."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

import pytest

from bot.answer import AnswerService
from bot.figure_table import COLUMNS, FigureQuery, FigureTable, level_text, topic_of
from index.facts import Fact

TQ = "Tuyên Quang"


@pytest.fixture(scope="module")
def table(service: AnswerService) -> FigureTable:
    return service.figure_table()


def test_the_service_reads_the_generations_fact_table_once(
    service: AnswerService, table: FigureTable
) -> None:
    assert service.figure_table() is table
    assert table.generation == service.retriever.index.generation
    assert len(table.rows) == len(service.retriever.index.facts()) > 100
    assert table.provinces() == ["Hà Tĩnh", "Hải Dương", "Tuyên Quang", "Đồng Tháp"]


def test_search_ignores_diacritics_and_filters_combine(table: FigureTable) -> None:
    typed = table.select(FigureQuery(provinces=(TQ,), text="muc do 4"))
    marked = table.select(FigureQuery(provinces=(TQ,), text="mức độ 4"))
    assert [r.n for r in typed] == [r.n for r in marked]
    assert typed
    assert all(r.fact.province == TQ for r in typed)
    assert "1.044" in {r.fact.value for r in typed}
    # "Quotes" keep words together: "mức độ 4", not "mức độ 3 … 4 cấp".
    phrase = table.select(FigureQuery(provinces=(TQ,), text='"muc do 4"'))
    assert {r.n for r in phrase} < {r.n for r in typed}
    assert all("muc do 4" in r.words for r in phrase)
    # The last word may be typed only in part.
    assert [r.n for r in table.select(FigureQuery(provinces=(TQ,), text="muc do 4 dich vu c"))]
    level4 = table.select(FigureQuery(levels=("4",)))
    assert level4
    assert {r.fact.level for r in level4} == {"4"}
    services = table.select(FigureQuery(provinces=(TQ,), topics=("services",), levels=("4",)))
    assert "1.044" in {r.fact.value for r in services}
    assert all(r.topic == "services" for r in services)
    periods = {r.fact.period for r in table.select(FigureQuery(periods=("Quý III/2022",)))}
    assert periods == {"Quý III/2022"}
    assert table.select(FigureQuery(provinces=(TQ,), text="không có chữ này")) == []


def test_sort_orders(table: FigureTable) -> None:
    rows = table.select(FigureQuery(provinces=(TQ,), sort="value_desc"))
    numbers = [r.number for r in rows if r.number is not None]
    assert numbers == sorted(numbers, reverse=True)
    up = [r.number for r in table.select(FigureQuery(provinces=(TQ,), sort="value_asc"))]
    assert [n for n in up if n is not None] == sorted(numbers)
    by_period = table.select(FigureQuery(sort="period"))
    assert by_period[0].fact.period == "Quý III/2022"  # the newest report first
    assert by_period[-1].fact.period == "Quý I/2019"
    report_order = table.select(FigureQuery())
    assert [r.n for r in report_order] == list(range(1, len(table.rows) + 1))


def test_choices_follow_the_language(table: FigureTable) -> None:
    vi, en = table.choices("vi"), table.choices("en")
    assert ("Dịch vụ công trực tuyến", "services") in vi["topic"]
    assert ("Online public services", "services") in en["topic"]
    assert ("Mức độ 4", "4") in vi["level"]
    assert ("Level 4", "4") in en["level"]
    assert ("Không nêu", "none") in vi["level"]
    assert ("Not stated", "none") in en["level"]
    assert [v for _, v in vi["period"]][0] == "Quý III/2022"
    assert level_text("3,4", "vi") == "Mức độ 3, 4"
    assert level_text("toan trinh", "en") == "Full online"


def test_a_row_reads_restored_and_cites_its_ocr_line(table: FigureTable) -> None:
    row = next(r for r in table.select(FigureQuery(provinces=(TQ,), text="1.044")))
    assert "dịch vụ công" in row.counts  # restored; the report's OCR has "dich vu cong"
    c = table.citation(row)
    assert (c.number, c.report_id, c.line_start) == ("98/BC-STTTT", row.fact.report_id, 266)
    assert "1.044" in c.quote
    assert c.quote in c.context
    assert c.quote_original
    assert c.quote_original != c.quote
    assert "cung cip mirc do 4" in c.quote_original  # the OCR line, as the report has it


def test_topic_of_reads_unit_then_counts_then_headline() -> None:
    base = Fact("f", "r", "P", "c", "s", 0, 1, 1, 0, 1, "12", "12", "", "count", "", "", "", "",
                "", "", "", 0, "", "", "", "")  # fmt: skip
    assert topic_of(replace(base, unit="ho so")) == "dossiers"
    assert topic_of(replace(base, counts_folded="so dvc muc do 4")) == "services"
    assert topic_of(base, parent="staff") == "staff"
    assert topic_of(base) == "other"
    assert topic_of(replace(base, lead="den thoi diem bao cao")) == "documents"  # "thời điểm" is not a score ("điểm")


def test_csv_and_xlsx_hold_exactly_the_filtered_rows(table: FigureTable) -> None:
    rows = table.select(FigureQuery(provinces=(TQ,), text="ho so"))
    assert rows
    data = table.csv_bytes(rows, "vi")
    assert data.startswith(b"\xef\xbb\xbf")  # spreadsheets read it as UTF-8
    read = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(read[0]) == COLUMNS["vi"]
    assert [int(r[0]) for r in read[1:]] == [r.n for r in rows]
    assert {r[1] for r in read[1:]} == {TQ}
    quote = read[0].index("Câu trích")
    assert all(not cell.startswith(("=", "+", "-", "@")) for r in read[1:] for cell in r)
    assert any("hồ sơ" in r[quote] for r in read[1:])

    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(table.xlsx_bytes(rows, "en")))
    sheet = book.active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    assert values[0] == COLUMNS["en"]
    assert [v[0] for v in values[1:]] == [r.n for r in rows]
    assert all(isinstance(v[5], (int, float)) for v in values[1:])  # the figure as a number
    assert all(c.data_type != "f" for line in sheet.iter_rows() for c in line)  # no formulas
