"""Several measures asked of every side of a comparison: each measure its own row per side,
each with its own figure and citation, over the real seed index; and the cases that go back to
the table of one figure a side (parts that name the sides, one figure answering two
measures, nothing found). Wordings written for the test."""

from __future__ import annotations

from dataclasses import replace

from bot.answer import AnswerService
from bot.compare_parts import Part
from bot.compare_per_measure import MAX_MEASURES, asks_one_side, measure_cells
from bot.compare_sides import Side
from bot.compare_table import Cell
from core.query import parse_query
from core.result import Citation

_TQ, _DT = Side("Tuyên Quang", ("Tuyên Quang",), ()), Side("Đồng Tháp", ("Đồng Tháp",), ())
_PARTS = [Part("hồ sơ nhận", parse_query("hồ sơ nhận")), Part("hồ sơ xong", parse_query("hồ sơ xong"))]


def _rows(answer_text: str) -> list[str]:
    return [line for line in answer_text.splitlines() if line.startswith("| ") and " — " in line]


def test_each_side_states_each_measure_on_its_own_row(service: AnswerService) -> None:
    ans = service.answer(
        "Hai Duong and Tuyen Quang: how many online public services does the province provide in "
        "total, and how many are integrated on the national portal?"
    )
    rows = _rows(ans.text)
    # two measures for each of two sides, the first side's measures first, each bold and cited
    assert len(rows) == 4
    assert rows[0].startswith("| Hải Dương — ")
    assert rows[2].startswith("| Tuyên Quang — ")
    figures = [r.split(" | ")[1] for r in rows]
    assert all(f.startswith("**") for f in figures)
    assert figures[0] != figures[1]
    assert figures[2] != figures[3]


def test_a_side_without_the_measures_gets_one_figure_a_side(service: AnswerService) -> None:
    # Đồng Tháp's report states neither measure: no side-by-measure table of missing cells
    ans = service.answer(
        "Hai Duong va Dong Thap: so van ban QPPL tu kiem tra va so van ban QPPL het hieu luc toan bo?"
    )
    assert not any(" — " in r.split(" | ")[0] for r in _rows(ans.text))


def test_parts_naming_the_periods_are_sides_not_measures(service: AnswerService) -> None:
    ans = service.answer("Ha Tinh: documents sent electronically in Q1 versus first half?")
    assert not any(" — Q1" in r or "— first half" in r for r in _rows(ans.text))


def _cell(side: Side, figure: str, line: int) -> Cell:
    cit = Citation(
        1, "r", "báo cáo", "1/BC", "Sở", "1/1/2022", "mục", f"… {figure} …", 0.9,
        chunk_id=f"r:{line:04d}", line_start=line, line_end=line,
    )  # fmt: skip
    return Cell(side, figure, "hồ sơ", "", cit)


def test_one_figure_of_one_line_for_two_measures_sends_the_question_back() -> None:
    def ask(pq: object) -> list[Cell]:
        return [_cell(_TQ, "120", 3), _cell(_DT, "45", 9)]

    assert measure_cells([_TQ, _DT], _PARTS, ask) is None


def test_distinct_figures_make_a_side_by_measure_table() -> None:
    figures = iter([["120", "45"], ["100", "40"]])

    def ask(pq: object) -> list[Cell]:
        a, b = next(figures)
        return [_cell(_TQ, a, 3), _cell(_DT, b, 9)]

    rows = measure_cells([_TQ, _DT], _PARTS, ask)
    assert rows is not None
    assert [(c.side.label, c.part, c.figure) for c in rows] == [
        ("Tuyên Quang", "hồ sơ nhận", "120"), ("Tuyên Quang", "hồ sơ xong", "100"),
        ("Đồng Tháp", "hồ sơ nhận", "45"), ("Đồng Tháp", "hồ sơ xong", "40"),
    ]


def test_nothing_found_for_any_measure_sends_the_question_back() -> None:
    assert measure_cells([_TQ, _DT], _PARTS, lambda pq: [Cell(_TQ), Cell(_DT)]) is None


def test_a_long_list_is_not_a_few_measures() -> None:
    assert MAX_MEASURES == 4  # a few measures of each side; a longer list is a list question


def test_one_figure_computed_from_the_same_lines_for_two_measures_sends_it_back() -> None:
    def ask(pq: object) -> list[Cell]:
        lines = (_cell(_TQ, "20", 3).citation, _cell(_TQ, "30", 4).citation)
        computed = Cell(_TQ, "50", "20 + 30", computed_from=tuple(c for c in lines if c))
        return [computed, _cell(_DT, "45", 9)]

    assert measure_cells([_TQ, _DT], _PARTS, ask) is None


def test_a_clause_naming_one_side_is_not_a_measure_of_every_side() -> None:
    q = parse_query("Bình Phước có bao nhiêu trạm y tế, còn Lâm Đồng có bao nhiêu bệnh viện?")
    assert asks_one_side(q, parse_query("Bình Phước có bao nhiêu trạm y tế"))
    assert not asks_one_side(q, parse_query("số trạm y tế của Bình Phước và Lâm Đồng"))
    assert not asks_one_side(q, parse_query("số trạm y tế"))
    years = parse_query("Năm 2019 có bao nhiêu trạm y tế, năm 2022 có bao nhiêu bệnh viện?")
    assert asks_one_side(years, parse_query("Năm 2019 có bao nhiêu trạm y tế"))


def test_two_measures_a_line_names_as_one_source_send_the_question_back() -> None:
    # "hồ sơ nhận và hồ sơ xong" written as one name in a quoted line: one thing, not two
    figures = iter([["120", "45"], ["100", "40"]])

    def ask(pq: object) -> list[Cell]:
        a, b = next(figures)
        one = replace(_cell(_TQ, a, 3), citation=replace(
            _cell(_TQ, a, 3).citation, quote=f"Kho hồ sơ nhận và hồ sơ xong có {a} bản"))  # type: ignore[type-var]
        return [one, _cell(_DT, b, 9)]

    assert measure_cells([_TQ, _DT], _PARTS, ask) is None


def test_levels_only_are_left_to_the_per_level_rows_and_their_sum() -> None:
    from bot.compare_per_measure import _LEVEL_ONLY

    assert all(_LEVEL_ONLY.fullmatch(x) for x in ("muc do 3", "muc 4", "level 2", "dvc muc 3"))
    assert not _LEVEL_ONLY.fullmatch("ho so muc 3")


def test_a_measure_no_side_states_surely_sends_the_question_back() -> None:
    # the second measure is only "not sure" or missing on every side: not a measure the
    # reports tell apart, so no side-by-measure table
    figures = iter([[_cell(_TQ, "120", 3), _cell(_DT, "45", 9)], [Cell(_TQ), Cell(_DT)]])
    assert measure_cells([_TQ, _DT], _PARTS, lambda pq: next(figures)) is None


def test_labels_set_apart_by_a_comparison_are_sides_clauses() -> None:
    from bot.compare_per_measure import _compared_between

    q = parse_query("Bình Phước: tổng số trạm y tế so với số trạm đạt chuẩn của Lâm Đồng")
    apart = [Part("trạm y tế", q), Part("trạm đạt chuẩn", q)]
    assert _compared_between(q, apart)
    joined = parse_query("Bình Phước và Lâm Đồng: số trạm y tế và số trạm đạt chuẩn")
    assert not _compared_between(joined, [Part("trạm y tế", joined), Part("trạm đạt chuẩn", joined)])


def test_a_side_unsure_of_a_measure_sends_the_question_back() -> None:
    # one side "not found" for the second measure: the split may have misread what is asked
    answers = iter([[_cell(_TQ, "120", 3), _cell(_DT, "45", 9)], [_cell(_TQ, "100", 5), Cell(_DT)]])
    assert measure_cells([_TQ, _DT], _PARTS, lambda pq: next(answers)) is None
