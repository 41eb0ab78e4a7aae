"""Questions of every province at once ("các tỉnh …", "which province has the most …"): a
side's row counts the asked thing (a count of dossiers, written "bộ hồ sơ", is no count of
procedures), a part an aside lists is not the whole asked, the question is never out of scope
for want of retrieved passages, a year naming what is measured keeps each province's report,
and the side with the highest figure is named under the table."""

from __future__ import annotations

from bot.answer import AnswerService, Citation
from bot.compare_beside import aside_less
from bot.compare_kind import asked_kind
from bot.compare_sides import Side, sides_of
from bot.compare_table import Cell, top_line
from bot.side_noun import own_noun
from core.query import parse_query
from tests.helpers.facts import clause_fact
from tests.helpers.typed import body


def _own(clause: str, value: str) -> str:
    return own_noun(clause_fact(clause, value))


def test_a_measure_word_and_a_misread_vowel_hide_no_noun() -> None:
    assert _own("giải quyết 500 bộ hồ sơ thủ tục", "500") == "ho so"
    assert _own("giai quyet 500 bé hé so thu tuc", "500") == "ho so"  # OCR's misread vowels
    assert _own("có 40 thủ tục hành chính", "40") == "thu tuc hanh chinh"


def test_a_dossier_count_is_no_row_of_procedures(service: AnswerService) -> None:
    for q in ("Số thủ tục hành chính cấp tỉnh của từng tỉnh là bao nhiêu?",
              "How many province-level procedures does each province list?"):
        text = body(service.answer(q))
        # a count of dossiers ("… bộ hồ sơ thủ tục hành chính") is no row of procedures
        rows = [r for r in text.splitlines() if "bộ hồ sơ" in r and "**" in r]
        assert rows == [], q


def _rows(text: str) -> list[str]:
    """The table's rows, the header and its rule left out."""
    return [r for r in text.splitlines() if r.startswith("| ") and "---" not in r][1:]


def test_every_province_question_is_in_scope(service: AnswerService) -> None:
    ans = service.answer("moi tinh co bao nhieu dich vu cong truc tuyen muc do 4")
    assert ans.intent != "out_of_scope"
    rows = _rows(body(ans))
    for province in ("Hà Tĩnh", "Hải Dương", "Tuyên Quang", "Đồng Tháp"):
        assert any(r.startswith(f"| {province}") for r in rows), province


def test_other_questions_of_every_province_stay_out_of_scope(service: AnswerService) -> None:
    assert service.answer("Các tỉnh có bao nhiêu bãi biển đẹp?").intent == "out_of_scope"


def test_an_aside_part_is_asked_only_by_its_own_words() -> None:
    clause = "đã cấp 900 chứng thư số cho cơ quan, tổ chức (trong đó: chứng thư số của tổ chức là 300)"
    part = clause_fact(clause, "300")
    assert aside_less(["chung", "thu", "so"], part)
    assert not aside_less(["chung", "thu", "so", "to", "chuc"], part)
    # the question's words as read (no "tổ": read as English "to"; no "số"): still the part
    assert not aside_less(["cap", "chung", "thu", "chuc"], part)


def test_a_measured_year_keeps_each_province_report(service: AnswerService) -> None:
    # a ranking of a year before a province's newest report: that report's row
    index = service.retriever.index
    q = parse_query("Which province climbed the most places in the 2020 ranking?")
    sides = sides_of(q, index)
    assert len(sides) >= 4
    assert all(s.years in ((), (2020,)) for s in sides)
    assert any(s.years == () for s in sides)


def test_a_year_with_no_report_is_a_not_found_row(service: AnswerService) -> None:
    # no report of 2019 but Hà Tĩnh's: the others' rows are not found, never a later figure
    for text in ("Năm 2019 tỉnh nào giải quyết nhiều hồ sơ nhất?",
                 "Which province had the most online applications in 2019?",
                 "tinh nao co nhieu thu tuc hanh chinh nhat nam 2019"):
        sides = sides_of(parse_query(text), service.retriever.index)
        assert {s.years for s in sides} == {(2019,)}, text
        out = body(service.answer(text))
        rows = _rows(out)
        for province in ("Hải Dương", "Tuyên Quang", "Đồng Tháp"):
            row = next(r for r in rows if r.startswith(f"| {province}"))
            assert "**" not in row, row
            assert "không tìm thấy" in row or "not found" in row, row
        assert "2022" not in "".join(rows), text
        assert "Cao nhất" not in out, text
        assert "Highest" not in out, text


def _cell(province: str, figure: str, n: int) -> Cell:
    cit = Citation(n, f"r{n}", "", "", "", "", "", "quote", 1.0, chunk_id=f"c{n}")
    return Cell(Side(province, (province,), ()), figure, "x", "", cit, kind="count|||thu tuc")


def test_the_top_side_is_named_only_when_asked() -> None:
    none = Cell(Side("Yên Bái", ("Yên Bái",), ()))
    cells = [_cell("Long An", "1.200", 1), _cell("Bình Phước", "1.350", 2), none]
    cits = [c.citation for c in cells if c.citation is not None]
    most = top_line(parse_query("Tỉnh nào có nhiều TTHC nhất?"), cells, cits, False)
    assert "Bình Phước" in most
    assert "**1.350**" in most
    least = top_line(parse_query("Which province has the fewest procedures?"), cells, cits, True)
    assert "Long An" in least
    assert top_line(parse_query("So sánh số TTHC giữa các tỉnh"), cells, cits, False) == ""
    mixed = [cells[0], Cell(cells[1].side, "1.350", "x", "", cits[1], kind="count|||ho so")]
    assert top_line(parse_query("Tỉnh nào có nhiều TTHC nhất?"), mixed, cits, False) == ""


def test_the_most_of_a_thing_asks_a_count() -> None:
    for q in ("Which province has the fewest online public services?",
              "tinh nao co it thu tuc hanh chinh cap xa nhat"):
        assert asked_kind(parse_query(q)).percent is False, q
    # a share named keeps the share asked
    assert asked_kind(parse_query("tỉnh nào có tỷ lệ hồ sơ trực tuyến nhiều nhất")).percent is True


def test_a_share_is_no_row_of_the_most_things(service: AnswerService) -> None:
    for q in ("Which province received the most dossiers online?",
              "Tỉnh nào có nhiều thủ tục hành chính cấp xã nhất?"):
        rows = [r for r in body(service.answer(q)).splitlines() if r.startswith("| ")]
        assert not [r for r in rows if "%**" in r], q


def test_a_superlative_that_asks_no_side_names_none() -> None:
    cells = [_cell("Long An", "1.200", 1), _cell("Bình Phước", "1.350", 2)]
    cits = [c.citation for c in cells if c.citation is not None]
    for text in ("So sánh số thủ tục cấp cao nhất giữa các tỉnh",
                 "Các tỉnh có ít nhất bao nhiêu thủ tục?",
                 "Compare the most recent procedure counts of each province",
                 "Which province has at least 1.000 procedures?",
                 "Tỉnh nào có ít nhất là 1.000 thủ tục?",
                 "Tỉnh nào có tối thiểu 1.000 thủ tục cao nhất?"):
        assert top_line(parse_query(text), cells, cits, False) == "", text
    assert "Long An" in top_line(parse_query("Where were the fewest procedures?"), cells, cits, True)
    assert "Bình Phước" in top_line(parse_query("Nơi nào có nhiều thủ tục nhất?"), cells, cits, False)
