"""A second measure asked of every side in a clause joined after the sides ("…, kèm số B của
mỗi tỉnh", "…, along with the number of B for each"): read as its own measure, answered on its
own rows over the real seed index. Wordings written for the test."""

from __future__ import annotations

from bot.answer import AnswerService
from bot.compare_own_words import spelled_out
from bot.compare_per_measure import agrees
from bot.compare_sides import Side
from bot.compare_table import Cell
from bot.compare_trailing import trailing_parts
from core.query import parse_query
from core.result import Citation


def test_joined_clause_is_the_second_measure() -> None:
    parts = trailing_parts(parse_query(
        "So sánh số hồ sơ đã tiếp nhận của Tuyên Quang và Đồng Tháp, kèm theo số hồ sơ trễ hạn của mỗi tỉnh"
    ))  # fmt: skip
    assert [p.label for p in parts] == ["số hồ sơ đã tiếp nhận", "số hồ sơ trễ hạn"]
    # the second measure's question names the same sides, not the first measure's words
    assert set(parts[1].query.provinces) == {"Tuyên Quang", "Đồng Tháp"}
    assert "tiep nhan" not in parts[1].query.folded


def test_plain_and_needs_each_side_asked() -> None:
    each = "Compare online services in Hai Duong and Tuyen Quang, and the share used for each"
    assert [p.label for p in trailing_parts(parse_query(each))] == [
        "online services",
        "the share used",
    ]
    # a plain "and" with no "for each": not a measure asked of every side
    assert trailing_parts(parse_query("Online services in Hai Duong, and in Tuyen Quang?")) == []


def test_both_measures_on_their_own_rows(service: AnswerService) -> None:
    ans = service.answer(
        "So sánh tổng số hồ sơ tiếp nhận của Đồng Tháp và Tuyên Quang, kèm số hồ sơ đã giải quyết của mỗi tỉnh"
    )
    rows = [r for r in ans.text.splitlines() if r.startswith("| ") and " — " in r]
    assert len(rows) == 4
    assert rows[0].startswith("| Đồng Tháp — ")
    assert rows[2].startswith("| Tuyên Quang — ")
    figures = [r.split(" | ")[1] for r in rows]
    assert all(f.startswith("**") for f in figures)
    assert figures[0] != figures[1]
    assert figures[2] != figures[3]


def test_abbreviation_and_its_words_are_the_same_measure(service: AnswerService) -> None:
    # the first measure abbreviated ("TTHC"), the second in full words ("thủ tục"), the
    # reports' lines abbreviated: each side still states each measure on its own row
    assert spelled_out(["so", "tthc", "cap", "xa"]) == [
        "so",
        "thu",
        "tuc",
        "hanh",
        "chinh",
        "cap",
        "xa",
    ]
    ans = service.answer(
        "Tổng số TTHC ở Hải Dương và ở Đồng Tháp, cùng số thủ tục cấp tỉnh cho từng tỉnh"
    )
    rows = [r for r in ans.text.splitlines() if r.startswith("| ") and " — " in r]
    assert len(rows) == 4
    assert all(r.split(" | ")[1].startswith("**") for r in rows)


def _cited(side: Side, figure: str) -> Cell:
    cit = Citation(
        1, "r", "báo cáo", "1/BC", "Sở", "1/1/2022", "mục", f"… {figure} …", 0.9,
        chunk_id="r:0001", line_start=1, line_end=1,
    )  # fmt: skip
    return Cell(side, figure, "thủ tục", "", cit)


def test_rows_must_keep_each_sides_sure_figure() -> None:
    x, y = Side("Hải Dương", ("Hải Dương",), ()), Side("Đồng Tháp", ("Đồng Tháp",), ())
    rows = [_cited(x, "900"), _cited(x, "70"), _cited(y, "800"), _cited(y, "60")]
    # the whole question's table finds one of each side's measures: the rows stand
    assert agrees(rows, [_cited(x, "70"), _cited(y, "60")])
    # it finds another figure for a side than its measures give: the split misread it
    assert not agrees(rows, [_cited(x, "70"), _cited(y, "55")])
    # an unsure or missing side of the whole table holds nothing against the rows
    assert agrees(rows, [_cited(x, "70"), Cell(y)])
