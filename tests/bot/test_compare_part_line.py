"""Two parts' figures held to the line that names them (bot/compare_part_line.py): a level part
never the whole its clause lists it in, a scope named for both parts honoured, a breakdown line
giving each part its own figure settling the parts. Lines, figures and questions made up."""

from __future__ import annotations

from bot.compare_part_line import (
    _asked_scope,
    breakdown_named,
    line_figures,
    part_level,
    part_not_whole,
    scope_honoured,
)
from bot.compare_parts import Part
from bot.compare_sides import Side
from bot.compare_table import Cell
from core.query import parse_query
from core.result import Answer, Citation, FigureCandidate
from core.text import fold
from index.facts import Fact

RECEIVED = "Đơn thư nhận trong tháng: 5.120 (gửi trực tuyến: 1.870, gửi tại trụ sở tiếp dân: 3.250)."
TOTAL = "Tổng số đơn thư đã nhận trong năm: 9.400;"
LEVELS = "Tỉnh đang cung cấp 812 dịch vụ công trực tuyến, trong đó có 305 dịch vụ mức độ 4;"
LEVEL3 = "507 dịch vụ công trực tuyến mức độ 3;"
PORTAL = "Có 77 DVC mức độ 3 và 240 DVC mức độ 4 được tích hợp lên Cổng dịch vụ công quốc gia."
DEPTS = "Các sở, ban, ngành đã có 130 DVC trực tuyến mức độ 3, 415 DVC trực tuyến mức độ 4."


def _cit(quote: str, line: int, chunk: str = "c1") -> Citation:
    return Citation(1, "r1", "", "", "", "", "", quote, 1.0, chunk_id=chunk, line_start=line,
                    line_end=line)  # fmt: skip


def _fact(i: int, value: str, line: int, level: str = "", parent: str = "") -> Fact:
    return Fact(
        id=f"f{i}", report_id="r1", province="P", chunk_id="c1", section="", page=1,
        line_start=line, line_end=line, span_start=0, span_end=0, value=value, norm=value,
        unit="", kind="percent" if value.endswith("%") else "count", counts="",
        counts_folded="", level=level, scope="", parent=parent, label="", label_folded="",
        parts=0, when="", period="", clause="", lead="",
    )  # fmt: skip


FACTS = [
    _fact(1, "812", 3), _fact(2, "305", 3, "4", parent="f1"), _fact(3, "507", 4, "3"),
    _fact(4, "77", 5, "3"), _fact(5, "240", 5, "4"), _fact(6, "130", 6, "3"), _fact(7, "415", 6, "4"),
]  # fmt: skip


def _facts_of(chunk: str) -> list[Fact]:
    return FACTS if chunk == "c1" else []


def _parts(*labels: str) -> list[Part]:
    return [Part(label, parse_query(label)) for label in labels]


def _cell(label: str, figure: str = "", cit: Citation | None = None) -> Cell:
    return Cell(Side(label, (), ()), figure, cit.quote if cit else "", "", cit)


def test_a_part_level_is_read_from_its_label() -> None:
    assert part_level("lvl 4") == "4"
    assert part_level("mức độ 3") == "3"
    assert part_level("mức độ 3, 4") is None
    assert part_level("trực tuyến") is None


def test_a_level_part_takes_the_part_its_whole_lists_not_the_whole() -> None:
    parts = _parts("lvl 3", "lvl 4")
    cells = [_cell("lvl 3", "507", _cit(LEVEL3, 4)), _cell("lvl 4", "812", _cit(LEVELS, 3))]
    out = part_not_whole(parts, cells, _facts_of)
    assert [c.figure for c in out] == ["507", "305"]


def test_a_whole_with_no_part_at_the_level_stays() -> None:
    parts = _parts("mức độ 3", "mức độ 2")
    cells = [_cell("mức độ 3", "507", _cit(LEVEL3, 4)), _cell("mức độ 2", "812", _cit(LEVELS, 3))]
    assert [c.figure for c in part_not_whole(parts, cells, _facts_of)] == ["507", "812"]


def test_the_scope_named_for_both_parts_takes_the_line_that_says_it() -> None:
    q = fold("For the departments and agencies, how many services are level 3 and how many level 4?")
    parts = _parts("level 3", "level 4")
    portal = _cit(PORTAL, 5)
    cells = [_cell("level 3", "77", portal), _cell("level 4", "240", portal)]
    answer = Answer("", "", False, candidates=(
        FigureCandidate("130", "", "", _cit(DEPTS, 6)),))  # fmt: skip
    out = scope_honoured(q, parts, [answer, answer], cells, _facts_of)
    assert [c.figure for c in out] == ["130", "415"]


def test_no_line_saying_the_scope_leaves_the_parts_unsure() -> None:
    q = fold("cấp sở, ban, ngành: mức độ 3 so với mức độ 4?")
    parts = _parts("mức độ 3", "mức độ 4")
    portal = _cit(PORTAL, 5)
    cells = [_cell("mức độ 3", "77", portal), _cell("mức độ 4", "240", portal)]
    out = scope_honoured(q, parts, [Answer("", "", False)] * 2, cells, _facts_of)
    assert all(c.citation is None and c.doubted for c in out)


def test_a_scope_the_parts_name_is_no_shared_scope() -> None:
    q = fold("số DVC cấp huyện so với cấp xã?")
    parts = _parts("cấp huyện", "cấp xã")
    cells = [_cell("cấp huyện", "77", _cit(PORTAL, 5)), _cell("cấp xã", "240", _cit(PORTAL, 5))]
    assert scope_honoured(q, parts, [Answer("", "", False)] * 2, cells, _facts_of) == cells


def test_an_online_part_reads_the_breakdown_line_as_trực_tuyến() -> None:
    labels = ["gửi qua mạng", "gửi tại trụ sở tiếp dân"]
    assert line_figures(labels, _cit(RECEIVED, 9, "c2"), _facts_of, False) == ["1.870", "3.250"]


def test_a_breakdown_line_settles_the_part_stated_from_a_headline() -> None:
    q = fold("Tháng này đơn thư gửi qua mạng nhiều hơn hay gửi tại trụ sở tiếp dân nhiều hơn?")
    parts = _parts("gửi qua mạng", "gửi tại trụ sở tiếp dân")
    cells = [
        _cell(parts[0].label, "9.400", _cit(TOTAL, 8, "c2")),
        _cell(parts[1].label, "3.250", _cit(RECEIVED, 9, "c2")),
    ]
    out = breakdown_named(q, parts, cells, _facts_of)
    assert [c.figure for c in out] == ["1.870", "3.250"]
    assert all(c.citation is not None and c.citation.quote == RECEIVED for c in out)


def test_a_line_that_does_not_bear_out_the_stated_figure_changes_nothing() -> None:
    q = fold("Tháng này đơn thư gửi qua mạng nhiều hơn hay gửi tại trụ sở tiếp dân nhiều hơn?")
    parts = _parts("gửi qua mạng", "gửi tại trụ sở tiếp dân")
    cells = [
        _cell(parts[0].label, "9.400", _cit(TOTAL, 8, "c2")),
        _cell(parts[1].label, "5.120", _cit(RECEIVED, 9, "c2")),
    ]
    assert breakdown_named(q, parts, cells, _facts_of) == cells


SCATTERED = (
    "Số thủ tục của các cơ quan ngành dọc thực hiện tại Trung tâm hành chính công, Bộ phận "
    "tiếp nhận cấp huyện theo Quyết định của Thủ tướng năm 2020: 88 thủ tục (trong đó tại "
    "Trung tâm: 30, tại Bộ phận tiếp nhận cấp huyện: 41; cấp xã 17)."
)


def test_words_scattered_over_a_long_sentence_give_no_part_its_figure() -> None:
    # "công", "năm" said far before 88: no label of the part "đào tạo công chức năm 2020"
    labels = ["năm 2020 đào tạo công chức tại chỗ", "luân chuyển không qua bộ phận"]
    assert line_figures(labels, _cit(SCATTERED, 9, "c2"), _facts_of, False) is None


def test_figures_parts_only_may_be_vouch_for_no_breakdown_line() -> None:
    q = fold("Tháng này đơn thư gửi qua mạng nhiều hơn hay gửi tại trụ sở tiếp dân nhiều hơn?")
    parts = _parts("gửi qua mạng", "gửi tại trụ sở tiếp dân")
    cells = [
        Cell(Side(parts[0].label, (), ()), doubted=(("1.870", _cit(RECEIVED, 9, "c2")),)),
        Cell(Side(parts[1].label, (), ()), doubted=(("3.250", _cit(RECEIVED, 9, "c2")),)),
    ]
    assert breakdown_named(q, parts, cells, _facts_of) == cells


def test_a_scope_is_asked_by_its_level_wording_only() -> None:
    labels = ["level 3", "level 4"]
    for asked in ("Which agency reported more level 4 services than level 3?",
                  "Kon Tum Department of Health report: level 3 vs level 4 services?"):  # fmt: skip
        assert _asked_scope(fold(asked), labels) is None
    for asked in ("department-level services: level 3 vs level 4?",
                  "agency-level portals: lvl 3 against lvl 4?"):  # fmt: skip
        scope = _asked_scope(fold(asked), labels)
        assert scope is not None
        assert scope.search(fold(DEPTS))
    # a commune line is never one about social insurance ("bảo hiểm xã hội")
    commune = _asked_scope(fold("thủ tục cấp xã: mức 3 hay mức 4?"), ["mức 3", "mức 4"])
    assert commune is not None
    assert commune.search(fold("Các xã đã có 40 thủ tục mức độ 3"))
    assert not commune.search(fold("Bảo hiểm xã hội tỉnh có 40 thủ tục mức độ 3"))


def test_a_level_part_of_a_whole_is_a_figure_of_the_whole_s_kind() -> None:
    share = "Có 600 thủ tục trực tuyến, trong đó 45% là mức độ 4;"
    facts = [_fact(11, "600", 20), _fact(12, "45%", 20, "4", parent="f11")]
    parts = _parts("mức độ 3", "mức độ 4")
    cells = [_cell("mức độ 3", "77", _cit(PORTAL, 5)), _cell("mức độ 4", "600", _cit(share, 20, "c3"))]
    out = part_not_whole(parts, cells, lambda c: facts if c == "c3" else [])
    assert [c.figure for c in out] == ["77", "600"]
