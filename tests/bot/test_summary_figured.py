"""A part's areas a summary tells (bot/summary_figured.py): beside areas that state figures,
one that states none is left out; a part whose areas mostly state none is told whole. Made-up
areas: paragraphs and figures stand in by where they are."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

from bot.summary_figured import figured_areas, results_cut, results_of
from bot.summary_parts import Part
from index.facts import Fact


def _area(n: int) -> Part:
    para = SimpleNamespace(chunk=SimpleNamespace(id=f"c{n}"), start=0, end=100)
    return Part(f"{n}. Kết quả lĩnh vực {n}", [cast(Any, para)])


def _figure_in(n: int) -> Fact:
    return cast(Fact, SimpleNamespace(chunk_id=f"c{n}", span_start=10))


def test_an_area_without_figures_beside_areas_with_them_is_left_out() -> None:
    areas = [_area(n) for n in range(1, 7)]
    pool = [_figure_in(n) for n in (1, 2, 4, 5, 6)]  # area 3 states none
    kept = figured_areas(areas, pool)
    assert [p.label for p in kept] == [areas[i].label for i in (0, 1, 3, 4, 5)]


def test_a_part_whose_areas_mostly_state_no_figure_is_told_whole() -> None:
    areas = [_area(n) for n in range(1, 7)]
    assert figured_areas(areas, [_figure_in(1), _figure_in(2)]) == areas
    # a part of few areas is told whole too
    few = areas[:3]
    assert figured_areas(few, [_figure_in(1), _figure_in(2)]) == few


def test_an_assessment_area_is_told_though_it_states_no_figure() -> None:
    areas = [_area(n) for n in range(1, 7)]
    limits = Part("II. Đánh giá chung — 2. Tồn tại, hạn chế", areas[2].paras)
    areas[2] = limits
    kept = figured_areas(areas, [_figure_in(n) for n in (1, 2, 4, 5, 6)])
    assert limits in kept


def test_results_areas_told_by_words_beside_assessment_areas_with_figures_are_kept() -> None:
    results = [_area(n) for n in (1, 2)]
    kinds = [
        Part(f"{n}. {name}", _area(n).paras)
        for n, name in ((3, "Tồn tại, hạn chế"), (4, "Nguyên nhân"), (5, "Kiến nghị, đề xuất"))
    ]
    parts = results + kinds
    assert figured_areas(parts, [_figure_in(n) for n in (3, 4, 5)]) == parts


def test_areas_are_cut_only_for_results_alone_asked_of_a_results_part() -> None:
    part = cast(Any, SimpleNamespace(heading="II. KẾT QUẢ ĐẠT ĐƯỢC", heading_para=None))
    other = cast(Any, SimpleNamespace(heading="I. CÔNG TÁC CHỈ ĐẠO", heading_para=None))
    assert results_cut("tom tat ket qua du lich cua huyen", part)
    assert not results_cut("tom tat ket qua du lich cua huyen", other)  # not a results part
    assert not results_cut("tom tat phan ii ket qua du lich cua huyen", part)  # the part named
    assert not results_cut("tom tat ket qua du lich va ke hoach cua huyen", part)  # more asked
    assert not results_cut("tom tat cong tac du lich cua huyen", part)  # no results asked


def test_results_of_a_results_part_are_asked_whether_the_part_is_named_or_not() -> None:
    part = cast(Any, SimpleNamespace(heading="II. KẾT QUẢ ĐẠT ĐƯỢC", heading_para=None))
    other = cast(Any, SimpleNamespace(heading="I. CÔNG TÁC CHỈ ĐẠO", heading_para=None))
    assert results_of("tom tat phan ii ket qua du lich cua huyen", part)
    assert results_of("tom tat ket qua du lich cua huyen", part)
    assert not results_of("tom tat ket qua du lich cua huyen", other)
    assert not results_of("tom tat ket qua du lich va ke hoach cua huyen", part)
