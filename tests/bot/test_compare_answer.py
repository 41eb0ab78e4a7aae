"""Comparison and timeline tables: sides read from the question, cells from the fact table of
the asked kind only (same share-or-count, unit, level; a side without one says missing),
breakdown rows, a share computed from two reported figures marked as computed, every cell
cited; a stand-in cell source for the rendering, the real index for the rest."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.answer import AnswerService, Citation
from bot.compare_answer import CompareAnswerer
from bot.compare_facts import around
from bot.compare_kind import asked_kind, fits, unit_after
from bot.compare_sides import Side, side_query, sides_of
from bot.compare_table import Cell
from bot.render import telegram as format_answer
from core.query import parse_query
from core.text import fold, parse_number
from tests.helpers.typed import assert_quotes_at_lines, body


def _table_rows(text: str) -> list[list[str]]:
    rows = [line for line in text.splitlines() if line.startswith("| ")]
    return [[c.strip() for c in r.strip("|").split("|")] for r in rows[1:]]


def _bold(cell: str) -> str:
    # the bold figure, then the other figure its line states of it ("(55,82%)"), the citation
    m = re.match(r"\*\*([^*]+)\*\*(?: \([^)]*\))? \[\d+\]$", cell)
    assert m, cell
    return m.group(1)


def _citation(n: int, province: str) -> Citation:
    return Citation(
        n=n, report_id=f"r-{province}", title="", number=f"{n}/BC", agency=f"Sở {province}",
        date="1/1/2022", section="I.", quote=f"{province} có 10{n} hồ sơ", score=1.0,
        province=province, period="Năm 2022", line_start=n, line_end=n,
    )  # fmt: skip


@dataclass
class TableCells:
    """A stand-in cell source: fixed figures per province, none for the others; a figure
    ending in % is a share computed from the side's citation."""

    figures: dict[str, str]

    def cells(self, q: object, sides: Sequence[Side], language: str) -> list[Cell]:
        out = []
        for i, side in enumerate(sides, 1):
            figure = self.figures.get(side.label)
            if figure is None:
                out.append(Cell(side))
            elif figure.endswith("%"):
                out.append(Cell(side, figure, "42 / 184", "Năm 2022", None,
                                (_citation(i, side.label),)))  # fmt: skip
            else:
                out.append(Cell(side, figure, f"{side.label} có {figure} hồ sơ", "Năm 2022",
                                _citation(i, side.label)))  # fmt: skip
        return out


def _cited_rows(ans: object) -> None:
    """Every row with a figure names its citation, and the figure is in the cited clause."""
    numbers = {c.n: c for c in ans.citations}  # type: ignore[attr-defined]
    for row in _table_rows(body(ans)):  # type: ignore[arg-type]
        if row[1] == "—":
            assert "không tìm thấy" in row[2] or "not found" in row[2]
            continue
        n = int(row[4].strip("[]"))
        figure = _bold(row[1])
        assert figure in numbers[n].quote, (figure, numbers[n].quote)


# ---------------------------------------------------------------------------------------------
# Sides and the asked kind


def test_sides_by_province_year_and_timeline(service: AnswerService) -> None:
    index = service.retriever.index
    two = sides_of(parse_query("So sánh số hồ sơ của Tuyên Quang và Đồng Tháp"), index)
    assert [s.provinces for s in two] == [("Tuyên Quang",), ("Đồng Tháp",)]
    years = sides_of(parse_query("Tỷ lệ máy tính cấp xã ở Hà Tĩnh năm 2019 và năm 2022"), index)
    assert [s.years for s in years] == [(2019,), (2022,)]
    assert sides_of(parse_query("Số hồ sơ của Hà Tĩnh năm 2022"), index) == []
    # A timeline: every report of the province, oldest first, one side each.
    over = sides_of(parse_query("Số tin bài trên Cổng thông tin điện tử của Hà Tĩnh qua các năm"),
                    index)  # fmt: skip
    reports = [index.reports[s.reports[0]] for s in over]
    assert len(over) == 2
    assert [r.province for r in reports] == ["Hà Tĩnh", "Hà Tĩnh"]
    assert [r.year for r in reports] == sorted(r.year for r in reports)
    assert [s.label for s in over] == [r.period for r in reports]
    one = side_query(parse_query("So sánh số DVC của Hà Tĩnh năm 2019 và năm 2022"), years[0])
    assert one.years == (2019,)
    assert "2022" not in one.folded
    assert "bao nhieu" in one.folded


def test_the_kind_of_figure_asked() -> None:
    def kind(text: str) -> object:
        q = parse_query(text)
        return asked_kind(side_query(q, Side("x", q.provinces[:1], ())))

    share = kind("So sánh tỷ lệ hồ sơ trực tuyến của Đồng Tháp và Tuyên Quang")
    assert share.percent is True  # type: ignore[attr-defined]
    assert "ho so" in share.units  # type: ignore[attr-defined]
    count = kind("So sánh số dịch vụ công trực tuyến mức độ 3 của Tuyên Quang và Hải Dương")
    assert count.percent is False  # type: ignore[attr-defined]
    assert count.levels == {"3"}  # type: ignore[attr-defined]
    assert count.units == {"dich vu cong"}  # type: ignore[attr-defined]
    # "Mức độ hoàn thành" is a completion, a share; its "mức độ" names no service level, and
    # the agency that reports ("Văn phòng UBND tỉnh") is not what is counted.
    done = kind("So sánh mức độ hoàn thành kế hoạch của Văn phòng UBND tỉnh Đồng Tháp và Hải Dương")
    assert done.percent is True  # type: ignore[attr-defined]
    assert not done.levels  # type: ignore[attr-defined]
    assert "phong" not in done.words  # type: ignore[attr-defined]


# ---------------------------------------------------------------------------------------------
# The table


def test_table_from_a_cell_source(service: AnswerService) -> None:
    cells = TableCells({"Tuyên Quang": "75.639"})
    table = CompareAnswerer(service.retriever.index, cells).answer(
        parse_query("So sánh số hồ sơ của Tuyên Quang và Đồng Tháp"), "vi"
    )
    assert table is not None
    assert not table.abstained
    rows = _table_rows(body(table))
    assert rows[0][0] == "Tuyên Quang"
    assert rows[0][1] == "**75.639** [1]"
    assert rows[0][4] == "[1]"
    assert rows[1][0] == "Đồng Tháp"
    assert rows[1][1] == "—"
    assert "không tìm thấy" in rows[1][2]
    assert table.chart == ()  # one bar is no comparison


def test_a_computed_share_is_never_shown_as_reported(service: AnswerService) -> None:
    cells = TableCells({"Tuyên Quang": "75.639", "Đồng Tháp": "22,8%"})
    table = CompareAnswerer(service.retriever.index, cells).answer(
        parse_query("So sánh tỷ lệ hồ sơ trực tuyến của Tuyên Quang và Đồng Tháp"), "vi"
    )
    assert table is not None
    computed = _table_rows(body(table))[1]
    assert computed[1] == "22,8% (tính toán từ [2])"
    assert "**" not in computed[1]
    assert "tính toán từ" in body(table).split("\n|")[-1]  # the note under the table
    assert [c.n for c in table.citations] == [1, 2]
    assert table.chart == (("Tuyên Quang", 75639.0), ("Đồng Tháp", 22.8))


def test_comparison_table_over_the_reports(service: AnswerService) -> None:
    ans = service.answer("So sánh số hồ sơ tiếp nhận của Tuyên Quang và Đồng Tháp")
    rows = _table_rows(body(ans))
    assert [r[0] for r in rows] == ["Tuyên Quang", "Đồng Tháp"]
    for row, cit in zip(rows, ans.citations, strict=True):
        assert row[1].endswith(f"[{cit.n}]")
        assert row[4] == f"[{cit.n}]"
        assert cit.province == row[0]
    _cited_rows(ans)
    # Same kind on both sides: counts of dossiers, each side's headline figure.
    assert all("hồ s" in c.quote for c in ans.citations)
    assert [label for label, _ in ans.chart] == ["Tuyên Quang", "Đồng Tháp"]
    assert not ans.chart_line  # provinces: bars
    assert_quotes_at_lines(ans.citations)


def test_a_side_the_reports_lack(service: AnswerService) -> None:
    ans = service.answer("Compare the level-4 online services of Ha Tinh and Binh Duong")
    rows = _table_rows(body(ans))
    assert rows[0][0] == "Hà Tĩnh"
    assert rows[0][1].startswith("**")
    assert [r[0] for r in rows if r[1] == "—"] == ["Bình Dương"]
    assert "not found" in rows[-1][2]
    _cited_rows(ans)


def test_a_figure_of_another_kind_is_missing_not_shown(service: AnswerService) -> None:
    # Nothing in the reports counts airports: a figure beside a word of the question ("sàn"
    # of a trading floor) is not one; every side says missing, and nothing is stated.
    ans = service.answer("So sánh số sân bay của Hà Tĩnh và Đồng Tháp")
    rows = _table_rows(body(ans))
    assert [r[1] for r in rows] == ["—", "—"]
    assert ans.abstained
    assert "**" not in "".join(r[1] for r in rows)


def test_a_share_asked_takes_shares_only(service: AnswerService) -> None:
    ans = service.answer("So sánh tỷ lệ cán bộ cấp xã có máy tính của Hà Tĩnh năm 2019 và 2022")
    rows = _table_rows(body(ans))
    assert len(rows) == 2
    for row in rows:
        assert _bold(row[1]).endswith("%")
        assert "cấp xã" in row[2]
    _cited_rows(ans)


def test_a_share_computed_from_two_reported_figures(service: AnswerService) -> None:
    # Đồng Tháp reports online dossiers as a count beside the whole: the share is computed,
    # marked so, from the two cited figures; Tuyên Quang states none and is missing.
    ans = service.answer("So sánh tỷ lệ hồ sơ trực tuyến của Đồng Tháp và Tuyên Quang")
    rows = _table_rows(body(ans))
    dt = next(r for r in rows if r[0] == "Đồng Tháp")
    assert "**" not in dt[1]
    m = re.fullmatch(r"(\d+,\d)% \(tính toán từ (\[\d+\](?:, \[\d+\])*)\)", dt[1])
    assert m, dt[1]
    part, whole = (parse_number(x) for x in dt[2].split(":")[0].split(" / "))
    assert part is not None
    assert whole
    assert m.group(1) == f"{100 * part / whole:.1f}".replace(".", ",")
    cited = [int(n) for n in re.findall(r"\d+", m.group(2))]
    quotes = " ".join(c.quote for c in ans.citations if c.n in cited)
    assert dt[2].split(":")[0].split(" / ")[0] in quotes
    assert dt[2].split(":")[0].split(" / ")[1] in quotes
    tq = next(r for r in rows if r[0] == "Tuyên Quang")
    assert tq[1] == "—"


def test_a_breakdown_asked_shows_each_part_cited(service: AnswerService) -> None:
    ans = service.answer(
        "Số TTHC thuộc thẩm quyền giải quyết của Hải Dương và Đồng Tháp, chia theo từng cấp"
    )
    rows = _table_rows(body(ans))
    for side in ("Hải Dương", "Đồng Tháp"):
        head = next(r for r in rows if r[0] == side)
        parts = [r for r in rows if r[0].startswith(f"{side} — ")]
        assert len(parts) >= 3, rows
        assert any(r[0].endswith("cấp huyện") for r in parts)
        assert any(r[0].endswith("cấp xã") for r in parts)
        whole = parse_number(_bold(head[1]))
        assert whole is not None
        assert sum(parse_number(_bold(r[1])) or 0.0 for r in parts) <= whole
    _cited_rows(ans)
    assert len(ans.chart) == 2  # one bar per side, not per part


def test_a_figure_stated_per_scope_shows_every_scope(service: AnswerService) -> None:
    # Hà Tĩnh states level-4 services per scope (departments, districts, communes) and no
    # total: one of them alone would stand for the whole.
    ans = service.answer("So sánh số DVC mức độ 4 của Tuyên Quang và Hà Tĩnh")
    rows = _table_rows(body(ans))
    ht = [r for r in rows if r[0].startswith("Hà Tĩnh")]
    assert [r[0] for r in ht] == ["Hà Tĩnh", "Hà Tĩnh — cấp huyện", "Hà Tĩnh — cấp xã"]
    assert all("DVC trực tuyến mức" in r[2] and " 4" in r[2] for r in ht)
    _cited_rows(ans)


def test_a_timeline_over_the_reports(service: AnswerService) -> None:
    ans = service.answer("Số tin bài trên Cổng thông tin điện tử của Hà Tĩnh qua các năm")
    rows = _table_rows(body(ans))
    index = service.retriever.index
    periods = sorted((r for r in index.reports.values() if r.province == "Hà Tĩnh"),
                     key=lambda r: (r.year, r.date))  # fmt: skip
    assert [r[0] for r in rows] == [p.period for p in periods]
    assert all("Cổng Thông tin điện tử" in c.quote for c in ans.citations)
    assert [c.report_id for c in ans.citations] == [p.id for p in periods]
    _cited_rows(ans)
    assert ans.chart_line  # one province across its periods: a line


def test_the_table_in_telegram_is_one_pre_block(service: AnswerService) -> None:
    ans = service.answer("So sánh số DVC mức độ 4 của Tuyên Quang và Hà Tĩnh")
    out = format_answer(ans)
    pre = re.search(r"<pre>(.*?)</pre>", out, flags=re.S)
    assert pre is not None
    for row in _table_rows(body(ans)):
        assert _bold(row[1]) in pre.group(1)


def test_around_keeps_the_figure_in_view() -> None:
    text = "Thực hiện kế hoạch " + "rất dài " * 80 + "đạt 21/23 nhiệm vụ."
    cut = around(text, "21/23", 120)
    assert "21/23" in cut
    assert cut.startswith("… ")
    assert len(cut) <= 124


def test_a_share_is_computed_only_from_figures_of_the_asked_unit(service: AnswerService) -> None:
    # Đồng Tháp's "36 tasks, 32 on time" is not a share of dossiers handled on time.
    ans = service.answer("Tỷ lệ hồ sơ giải quyết đúng hạn của Hà Tĩnh và Đồng Tháp")
    for row in _table_rows(body(ans)):
        if "tính toán từ" in row[1]:
            cited = [int(n) for n in re.findall(r"\[(\d+)\]", row[1])]
            quotes = [c.quote for c in ans.citations if c.n in cited]
            assert quotes
            assert all("hồ sơ" in q or "giải quyết" in q for q in quotes), quotes
            assert not any("nhiệm vụ" in q for q in quotes), quotes


def test_figures_of_other_things_beside_the_topic_words_are_missing(
    service: AnswerService,
) -> None:
    # The reform index is asked; trainees of reform courses, news items about the reform and
    # a plan's "7 contents" share its words, not its kind: missing, never one of them.
    ans = service.answer("So sánh kết quả chỉ số cải cách hành chính của Hải Dương và Hà Tĩnh")
    for row in _table_rows(body(ans)):
        if row[1].startswith(("chưa chắc", "not sure")):
            assert "**" not in row[1], row  # figures it may be: none stated, none bold
        elif row[1] != "—":
            assert "chỉ số" in row[2].lower(), row
    asked = asked_kind(side_query(parse_query("So sánh chỉ số CCHC của Hải Dương và Hà Tĩnh"),
                                  Side("Hải Dương", ("Hải Dương",), ())))  # fmt: skip
    assert asked.percent is None  # neither a count nor a share is named
    assert "chi so" in asked.units


def test_a_figure_per_unit_is_not_the_count(service: AnswerService) -> None:
    # "35 dịch vụ … cho mỗi đơn vị cấp xã" is an average, not how many services there are.
    ans = service.answer("Hà Tĩnh có bao nhiêu DVC mức độ 3 so với Hải Dương?")
    for row in _table_rows(body(ans)):
        if row[1] != "—":
            figure = _bold(row[1])
            at = row[2].find(figure)
            assert "mỗi" not in row[2][at : at + 60], row
    _cited_rows(ans)


def _folded_quotes(ans: object) -> list[str]:
    from core.text import fold

    return [fold(c.quote) for c in ans.citations]  # type: ignore[attr-defined]


def test_a_unit_broken_by_ocr_still_counts(service: AnswerService) -> None:
    # One report reads "chứng thư số" as "ching thu sб": its figure is of the asked unit all
    # the same, so neither side says missing.
    ans = service.answer("So sánh số chứng thư số đã cấp của Tuyên Quang và Hải Dương")
    rows = _table_rows(body(ans))
    assert [r[0] for r in rows if " — " not in r[0]] == ["Tuyên Quang", "Hải Dương"]
    assert all(r[1] != "—" for r in rows)
    _cited_rows(ans)
    assert all(re.search(r"ch\w+ng thu", q) for q in _folded_quotes(ans))


def test_a_safeguard_in_the_topic_is_not_a_target(service: AnswerService) -> None:
    # "đáp ứng yêu cầu đảm bảo an toàn thông tin … đạt 63%" is a result: "đảm bảo" names the
    # topic there, it does not set the figure as a target; each period shows that figure.
    ans = service.answer(
        "Tỷ lệ cơ quan nhà nước cấp tỉnh, cấp huyện có hạ tầng an toàn thông tin ở Hà Tĩnh "
        "năm 2019 và 2022"
    )
    rows = _table_rows(body(ans))
    assert len(rows) == 2
    assert all(r[1] != "—" for r in rows)
    _cited_rows(ans)
    assert all("an toan thong tin" in q for q in _folded_quotes(ans))


def test_each_side_asked_on_its_own_settles_a_close_call(service: AnswerService) -> None:
    # The fact ranking alone puts a figure of services integrated onto the national portal
    # (levels 3 and 4 together) first for one side; asked on its own, that side's answer
    # is its level-4 count, and the table says that one.
    ans = service.answer(
        "Compare the number of level-4 online public services in Tuyen Quang and Hai Duong"
    )
    rows = _table_rows(body(ans))
    assert [r[0] for r in rows if " — " not in r[0]] == ["Tuyên Quang", "Hải Dương"]
    _cited_rows(ans)
    assert all("quoc gia" not in q for q in _folded_quotes(ans))


def test_a_figure_said_of_another_year_is_not_the_asked_years(service: AnswerService) -> None:
    # "Tổng chi … năm 2021 ước đạt …" is a figure of 2021 (the OCR reads "nim 2021"): a side
    # asked for 2022 never shows it.
    ans = service.answer("So sánh tổng thu ngân sách năm 2022 của Hải Dương và Đồng Tháp")
    rows = _table_rows(body(ans))
    assert [r[0] for r in rows if " — " not in r[0]] == ["Hải Dương", "Đồng Tháp"]
    for q in _folded_quotes(ans):
        assert not re.search(r"\bn[a-z]m 2021\b", q), q


def test_a_side_its_own_answer_finds_nothing_for_keeps_only_plain_facts(
    service: AnswerService,
) -> None:
    # Asked on its own, neither period's passages answer "booths" in English: a figure that
    # only sits beside the topic (products offered on the trading floor) is not shown; a
    # missing cell beats a wrong one.
    ans = service.answer(
        "Compare the number of e-commerce booths on the Ha Tinh trading floor between Q1 2019 "
        "and the first half of 2022"
    )
    _cited_rows(ans)
    for row in _table_rows(body(ans)):
        if row[1] != "—":
            figure = _bold(row[1])
            assert not re.search(rf"{re.escape(figure)} sản phẩm", row[2]), row


def test_a_vietnamese_count_asks_its_head_noun() -> None:
    # "số hồ sơ thủ tục hành chính": dossiers (of procedures) are counted, not procedures; a
    # count of procedures is another kind of figure.
    for text in (
        "So sánh số hồ sơ thủ tục hành chính đã tiếp nhận của Hải Dương và Đồng Tháp",
        "Hải Dương và Đồng Tháp tiếp nhận bao nhiêu hồ sơ TTHC?",
    ):
        q = parse_query(text)
        side = Side(q.provinces[0], (q.provinces[0],), ())
        assert asked_kind(side_query(q, side)).units == frozenset({"ho so"}), text
    q = parse_query("Đồng Tháp và Hải Dương có bao nhiêu thủ tục hành chính thuộc thẩm quyền?")
    side = Side(q.provinces[0], (q.provinces[0],), ())
    assert asked_kind(side_query(q, side)).units == frozenset({"thu tuc"})


# ---------------------------------------------------------------------------------------------
# Questions nobody tuned for (issue #16): scope, level series, narrowing words, newest report


def _figure_before(quote: str, figure: str, chars: int = 30) -> str:
    from core.text import fold

    at = quote.find(figure)
    assert at >= 0, (figure, quote)
    return fold(quote[max(0, at - chars) : at])


def test_a_new_situation_is_not_a_figure_per_unit(service: AnswerService) -> None:
    # "… trong tình hình mới đạt 63%": folded, "mới" (new) reads like "mỗi" (each); it is no
    # per-unit average, so each period shows that figure, not another share beside it.
    ans = service.answer(
        "Tỷ lệ cơ quan nhà nước cấp tỉnh, cấp huyện có hạ tầng an toàn thông tin ở Hà Tĩnh "
        "thay đổi thế nào giữa quý I/2019 và 6 tháng đầu năm 2022?"
    )
    rows = _table_rows(body(ans))
    assert len(rows) == 2
    assert all(r[1] != "—" for r in rows)
    _cited_rows(ans)
    assert all("ha tang" in q or "ha ting" in q for q in _folded_quotes(ans))


def test_a_scope_asked_takes_the_figure_at_that_scope(service: AnswerService) -> None:
    # "… cấp xã": each side's figure for communes, never a total or another count of procedures
    ans = service.answer("Đồng Tháp và Hải Dương, tỉnh nào có nhiều thủ tục hành chính cấp xã hơn?")
    rows = _table_rows(body(ans))
    assert [r[0] for r in rows] == ["Đồng Tháp", "Hải Dương"]
    numbers = {c.n: c for c in ans.citations}
    for row in rows:
        figure = _bold(row[1])
        assert re.search(r"\bx\w?\W*$", _figure_before(numbers[int(row[4].strip("[]"))].quote,
                                                       figure)), row  # fmt: skip
    _cited_rows(ans)


def test_a_part_named_its_own_way_is_the_asked_scope(service: AnswerService) -> None:
    # One report names its provincial part "sở, ban, ngành", not "cấp tỉnh": that part is the
    # side's figure at the asked scope (not its total), as the other side's "cấp tỉnh" part.
    ans = service.answer(
        "So sánh số thủ tục hành chính thuộc thẩm quyền giải quyết cấp tỉnh của Đồng Tháp và "
        "Hải Dương"
    )
    rows = _table_rows(body(ans))
    assert [r[0].split(" — ")[0] for r in rows] == ["Đồng Tháp", "Hải Dương"]
    numbers = {c.n: c for c in ans.citations}
    hd = fold(numbers[int(rows[1][4].strip("[]"))].quote)
    assert re.search(r"ban,? nganh\W*" + re.escape(_bold(rows[1][1])), hd), hd
    _cited_rows(ans)


def test_levels_named_in_a_series_are_each_asked() -> None:
    for text in (
        "So sánh tỷ lệ TTHC triển khai DVC trực tuyến mức độ 3, 4 của Hà Tĩnh và Tuyên Quang",
        "So sanh so dich vu cong muc do 3 va muc do 4 cua Ha Tinh va Tuyen Quang",
    ):
        q = parse_query(text)
        assert asked_kind(side_query(q, Side("x", q.provinces[:1], ()))).levels == {"3", "4"}


def test_a_share_is_never_computed_from_a_part_of_another_unit(service: AnswerService) -> None:
    # A share of procedures asked: a side reporting only dossiers by level is missing, never
    # "dossiers of level 3 over all dossiers" worked out as if it were the asked share.
    ans = service.answer(
        "So sánh tỷ lệ thủ tục hành chính đã triển khai dịch vụ công trực tuyến mức độ 3, 4 "
        "của Hà Tĩnh và Tuyên Quang"
    )
    assert "tính toán từ" not in body(ans)
    _cited_rows(ans)


def test_a_count_narrowed_after_its_figure_is_not_the_count(service: AnswerService) -> None:
    # "143 DVCTT mức độ 3 … được tích hợp lên Cổng dịch vụ công quốc gia" counts only the
    # services integrated; with no period asked, a province's figure comes from its newest
    # report that states it.
    ans = service.answer(
        "Tỉnh nào có nhiều dịch vụ công trực tuyến mức độ 3 hơn: Hà Tĩnh hay Hải Dương?"
    )
    rows = _table_rows(body(ans))
    assert [r[0] for r in rows] == ["Hà Tĩnh", "Hải Dương"]
    _cited_rows(ans)
    assert all("quoc gia" not in q for q in _folded_quotes(ans))
    newest = max((r for r in service.reports() if r.province == "Hà Tĩnh"), key=lambda r: r.year)
    assert ans.citations[0].report_id == newest.id


def test_a_change_asked_is_computed_and_marked(service: AnswerService) -> None:
    # "tăng bao nhiêu so với …" between two report periods: both figures, oldest first, and
    # the change worked out from them, marked as computed and citing both.
    ans = service.answer(
        "Số tin Báo Hà Tĩnh đăng về CCHC 6 tháng đầu năm 2022 tăng bao nhiêu so với quý I/2019?"
    )
    rows = _table_rows(body(ans))
    assert len(rows) == 2
    years = [service.retriever.index.reports[c.report_id].year for c in ans.citations]
    assert years == sorted(years)  # the older period first
    a, b = (parse_number(_bold(r[1])) for r in rows)
    assert a is not None
    assert b is not None
    line = next(ln for ln in body(ans).splitlines() if ln.startswith("Thay đổi"))
    way = "tăng" if b > a else "giảm"
    assert f"{way} {abs(b - a):g}" in line
    assert "tính toán từ [1], [2]" in line
    _cited_rows(ans)


def test_no_change_between_figures_of_different_kinds(service: AnswerService) -> None:
    # Level-3 services of the province and districts (one period) beside those of the
    # departments (the other): each is shown, but no difference is worked out between them.
    ans = service.answer("So sánh số dịch vụ công trực tuyến mức độ 3 của Hà Tĩnh qua các năm")
    rows = _table_rows(body(ans))
    assert len(rows) == 2
    assert "Thay đổi" not in body(ans)


def test_a_counted_noun_that_is_no_unit_must_be_near_the_figure(service: AnswerService) -> None:
    # "Số UBND cấp xã có cổng …": a count of news items on the portal (near no "UBND") counts
    # other things; that period says missing instead.
    ans = service.answer(
        "Số UBND cấp xã có cổng/trang thông tin điện tử ở Hà Tĩnh năm 2022 tăng bao nhiêu so "
        "với năm 2019?"
    )
    _cited_rows(ans)
    for c in ans.citations:
        assert "ubnd" in fold(c.quote), c.quote


def test_the_asked_level_beats_a_figure_of_two_levels(service: AnswerService) -> None:
    # A share of level-4 services asked: a side's share of levels 3 and 4 together (on the
    # national portal) is another figure; the side's own answer at exactly level 4 wins.
    ans = service.answer(
        "so sanh ty le dich vu cong muc do 4 cua tuyen quang va ty le cua hai duong"
    )
    rows = _table_rows(body(ans))
    assert rows[0][0] == "Tuyên Quang"
    assert _bold(rows[0][1]) in ans.citations[0].quote  # a reported share, cited
    first = fold(ans.citations[0].quote)
    assert "quoc gia" not in first
    assert re.search(r"m\w*c do 4", first), first


def test_a_superlative_compares_every_province(service: AnswerService) -> None:
    # "tỉnh nào … nhất" names no province: every province the reports cover is a side.
    ans = service.answer("Tỉnh nào có nhiều dịch vụ công mức độ 4 nhất?")
    sides = {r[0].split(" — ")[0] for r in _table_rows(body(ans))}
    assert sides == {r.province for r in service.reports()}
    _cited_rows(ans)


def test_words_that_say_how_sides_differ_are_no_topic(service: AnswerService) -> None:
    # "gấp mấy lần", "chênh lệch": how the figures relate, not what is counted; both sides
    # are found as for a plain comparison.
    for text in (
        "Số hồ sơ Đồng Tháp tiếp nhận gấp mấy lần Tuyên Quang?",
        "So sánh số hồ sơ tiếp nhận của Đồng Tháp và Tuyên Quang",
    ):
        rows = _table_rows(body(service.answer(text)))
        assert all(r[1] != "—" for r in rows), (text, rows)


def test_a_figure_followed_by_another_unit_counts_that_unit(service: AnswerService) -> None:
    # "dịch vụ công mức độ 4 là 28.184 hồ sơ" counts dossiers, not services.
    facts = service.typed.compare.cells.matcher.facts  # type: ignore[union-attr]
    q = parse_query("So sánh số dịch vụ công mức độ 4 của Tuyên Quang và Hải Dương")
    asked = asked_kind(side_query(q, Side("Tuyên Quang", ("Tuyên Quang",), ())))
    dossiers = [f for f in facts if f.unit == "ho so" and f.level == "4" and unit_after(f)]
    assert dossiers
    assert not any(fits(asked, f) for f in dossiers)
    ans = service.answer("Tỉnh nào có nhiều dịch vụ công mức độ 4 hơn, Tuyên Quang hay Hải Dương?")
    for row in _table_rows(body(ans)):
        if row[1] != "—":
            figure = _bold(row[1])
            assert not re.search(rf"{re.escape(figure)}\s+h\S\s+s", fold(row[2])), row


def test_a_part_is_named_by_most_of_its_own_words(service: AnswerService) -> None:
    # "trước hạn" (early) is not named by "đúng hạn" (on time): one shared word of two is not
    # the part, so no share of early dossiers stands for the asked one.
    cells = service.typed.compare.cells  # type: ignore[union-attr]
    early = next(f for f in cells.matcher.facts if f.value == "151.156" and f.parent)
    whole = cells.matcher.by_id[early.parent]
    q = parse_query("So sánh tỷ lệ hồ sơ giải quyết đúng hạn của Đồng Tháp và Hà Tĩnh")
    asked = asked_kind(side_query(q, Side("Đồng Tháp", ("Đồng Tháp",), ())))
    assert not cells._part_named(asked, early, whole)


def test_the_part_at_the_asked_level_is_the_asked_figure(service: AnswerService) -> None:
    # "1.950 dịch vụ công trực tuyến, trong đó có 587 … mức độ 4": level 4 asked, the part
    # at that level is the figure, not the total it is part of.
    ans = service.answer(
        "Hải Dương và Tuyên Quang: số DVC trực tuyến mức độ 4 mỗi tỉnh là bao nhiêu?"
    )
    numbers = {c.n: c for c in ans.citations}
    for row in _table_rows(body(ans)):
        if row[1] != "—":
            figure = _bold(row[1])
            quote = numbers[int(row[4].strip("[]"))].quote
            at = quote.find(figure)
            # the figure's own stretch: from the figure before it to the one after it
            before = re.split(r"\d{2,}", quote[:at])[-1]
            after = re.split(r"\d{2,}", quote[at + len(figure) :])[0]
            assert re.search(r"m\w*c d\w* 4", fold(before + " " + after)), (figure, quote)


def test_a_share_of_dossiers_said_with_an_ocr_misread_unit(service: AnswerService) -> None:
    # "… 322.962 hd so thủ tục … tỷ lệ trả kết quả đúng hạn đạt 99,8%": the unit, misread and
    # well before the share in its sentence, still says what the share is of; and "sơ" of
    # "tỷ lệ hồ sơ" is no counted noun.
    q = parse_query("Tỷ lệ hồ sơ trả kết quả đúng hạn của Hà Tĩnh so với Tuyên Quang")
    assert asked_kind(side_query(q, Side("Hà Tĩnh", ("Hà Tĩnh",), ()))).counted == ""
    ans = service.answer(q.text)
    rows = _table_rows(body(ans))
    assert rows[0][0] == "Hà Tĩnh"
    assert _bold(rows[0][1]).endswith("%")
    assert re.search(r"\bd\w{0,2}ng han\b", fold(ans.citations[0].quote))
    _cited_rows(ans)


def test_an_on_time_share_counts_the_dossiers_settled_early(service: AnswerService) -> None:
    # "Số lượng hồ sơ đã giải quyết: 174.305; trong đó, giải quyết trước hạn: 151.156, đúng
    # hạn: 20.658, quá hạn: 2491": settled early is settled on time, so the on-time share is
    # (151.156 + 20.658) / 174.305, computed and marked, never 20.658 alone.
    ans = service.answer("Tỷ lệ hồ sơ giải quyết đúng hạn của Đồng Tháp và Hà Tĩnh quý III/2022")
    text = body(ans)
    row = next(r for r in _table_rows(text) if r[0] == "Đồng Tháp")
    assert "tính toán từ" in row[1] or "computed from" in row[1], row
    share = parse_number(row[1].split("%")[0])
    assert share is not None, row
    assert abs(share - 98.6) < 0.1, row


def test_each_province_dated_on_its_own_is_read_at_its_year(service: AnswerService) -> None:
    # "Hà Tĩnh năm 2019 so với Tuyên Quang năm 2022": each side at the year written after
    # it, so Hà Tĩnh's figure comes from its 2019 report, never from its 2022 one.
    q = parse_query(
        "Số dịch vụ công trực tuyến mức độ 3 của Hà Tĩnh năm 2019 so với Tuyên Quang năm 2022"
    )
    sides = sides_of(q, service.retriever.index)
    assert [(s.label, s.years) for s in sides] == [("Hà Tĩnh", (2019,)), ("Tuyên Quang", (2022,))]
    ans = service.answer(q.text)
    years = {r.id: r.year for r in service.reports()}
    for c in ans.citations:
        assert years[c.report_id] == (2019 if c.province == "Hà Tĩnh" else 2022), c
    _cited_rows(ans)


def test_a_count_through_one_channel_is_not_the_whole_count(service: AnswerService) -> None:
    # "Kết quả … tiếp nhận … qua dịch vụ BCCI: … đã tiếp nhận 17.667 hồ sơ" counts what came by
    # post; "322.962 hồ sơ thủ tục hành chính được tiếp nhận trên hệ thống" is Hà Tĩnh's count
    # of dossiers received. A question naming no channel gets the whole count.
    ans = service.answer("Số hồ sơ TTHC tiếp nhận ở Đồng Tháp và Hà Tĩnh")
    rows = {r[0]: r for r in _table_rows(body(ans))}
    assert "bcci" not in fold(rows["Hà Tĩnh"][2]), rows["Hà Tĩnh"]
    assert _bold(rows["Hà Tĩnh"][1]) == "322.962"
    _cited_rows(ans)


def test_a_figure_of_one_scope_never_stands_as_the_provinces_whole(
    service: AnswerService,
) -> None:
    # Hà Tĩnh states its online services per scope and never in total ("cấp huyện có 1599 …
    # (trung bình mỗi huyện có 123)", "cấp xã có 12.096 … (trung bình mỗi xã có 56)"): asked
    # for each province, a scope's figure is shown as that scope's, beside the others, not as
    # Hà Tĩnh's figure; the per-unit average beside it is no part that hides them.
    ans = service.answer("How many online public services does each province provide?")
    rows = [r for r in _table_rows(body(ans)) if r[0].startswith("Hà Tĩnh")]
    assert rows, body(ans)
    for row in rows:
        if row[1] != "—":
            assert "level" in row[0], row
    assert len([r for r in rows if r[1] != "—"]) >= 2, rows
    _cited_rows(ans)
