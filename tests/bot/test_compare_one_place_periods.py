"""Two years compared with no province named: the periods of the one province that reports
every asked year, never another province's report of one of the years joined into a side."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from bot.answer import AnswerService
from bot.compare_sides import sides_of
from core.query import parse_query
from index.generations import LoadedIndex
from index.metadata import Report


def _index(*reports: Report) -> LoadedIndex:
    return cast(LoadedIndex, SimpleNamespace(reports={r.id: r for r in reports}))


def _report(rid: str, province: str, year: int, period: str) -> Report:
    return Report(id=rid, file=f"{rid}.txt", province=province, year=year, period=period)


_Q = "Số buổi đối thoại với doanh nghiệp năm 2017 so với năm 2021 thế nào?"


def test_the_one_province_reporting_both_years_is_each_side() -> None:
    index = _index(
        _report("a1", "Tỉnh A", 2017, "Quý I/2017"),
        _report("a2", "Tỉnh A", 2021, "6 tháng đầu năm 2021"),
        _report("b2", "Tỉnh B", 2021, "Quý III/2021"),
    )
    sides = sides_of(parse_query(_Q), index)
    # the province the question does not name is said with each period
    assert [s.label for s in sides] == ["Tỉnh A, Quý I/2017", "Tỉnh A, 6 tháng đầu năm 2021"]
    assert all(s.provinces == ("Tỉnh A",) for s in sides)


def test_a_province_named_labels_each_side_by_its_period_alone() -> None:
    index = _index(
        _report("a1", "Hà Tĩnh", 2017, "Quý I/2017"),
        _report("a2", "Hà Tĩnh", 2021, "6 tháng đầu năm 2021"),
        _report("b2", "Tuyên Quang", 2021, "Quý III/2021"),
    )
    sides = sides_of(parse_query("Hà Tĩnh: " + _Q), index)
    assert [s.label for s in sides] == ["Quý I/2017", "6 tháng đầu năm 2021"]


def test_two_provinces_reporting_both_years_keep_every_report() -> None:
    index = _index(
        _report("a1", "Tỉnh A", 2017, "Quý I/2017"),
        _report("a2", "Tỉnh A", 2021, "6 tháng đầu năm 2021"),
        _report("b1", "Tỉnh B", 2017, "Năm 2017"),
        _report("b2", "Tỉnh B", 2021, "Quý III/2021"),
    )
    sides = sides_of(parse_query(_Q), index)
    assert [s.label for s in sides] == [
        "Năm 2017 / Quý I/2017",
        "6 tháng đầu năm 2021 / Quý III/2021",
    ]
    assert all(s.provinces == () for s in sides)


def test_the_real_reports_give_one_period_a_side(service: AnswerService) -> None:
    index = service.retriever.index
    years = sorted({r.year for r in index.reports.values() if r.year})
    q = parse_query(f"Số buổi đối thoại với doanh nghiệp năm {years[0]} so với năm {years[-1]}?")
    sides = sides_of(q, index)
    assert len(sides) == 2
    for side in sides:
        assert len(side.provinces) <= 1
        assert " / " not in side.label or not side.provinces
        if side.provinces:
            mine = {r.period for r in index.reports.values()
                    if r.province == side.provinces[0] and r.year in side.years}  # fmt: skip
            province, _, period = side.label.partition(", ")
            assert province == side.provinces[0]
            assert period in mine
