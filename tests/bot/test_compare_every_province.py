"""Questions of every province at once ("các tỉnh …", "which province has the most …"): a
side's row counts the asked thing (a count of dossiers, written "bộ hồ sơ", is no count of
procedures), a part an aside lists is not the whole asked, the question is never out of scope
for want of retrieved passages, a year naming what is measured keeps each province's report,
and the side with the highest figure is named under the table."""

from __future__ import annotations

from bot.answer import AnswerService, Citation
from bot.compare_beside import aside_less
from bot.compare_kind import asked_kind
from bot.compare_sides import Side
from bot.compare_table import Cell, top_line
from bot.side_noun import own_noun
from core.query import parse_query
from index.facts import Fact
from tests.helpers.typed import body


def _fact(clause: str, value: str) -> Fact:
    return Fact(
        id="r:0#0", report_id="r", province="", chunk_id="r:0", section="", page=1,
        line_start=1, line_end=1, span_start=0, span_end=len(clause), value=value, norm=value,
        unit="", kind="count", counts="", counts_folded="", level="", scope="", parent="",
        label="", label_folded="", parts=0, when="", period="", clause=clause, lead="",
    )  # fmt: skip


def _own(clause: str, value: str) -> str:
    return own_noun(_fact(clause, value))


def test_a_measure_word_and_a_misread_vowel_hide_no_noun() -> None:
    assert _own("giải quyết 500 bộ hồ sơ thủ tục", "500") == "ho so"
    assert _own("giai quyet 500 bé hé so thu tuc", "500") == "ho so"  # OCR's misread vowels
    assert _own("có 40 thủ tục hành chính", "40") == "thu tuc hanh chinh"


def test_a_dossier_count_is_no_row_of_procedures(service: AnswerService) -> None:
    for q in ("So sánh số TTHC cấp huyện giữa các tỉnh",
              "Which province has the most administrative procedures at district level?"):
        text = body(service.answer(q))
        # the customs office's dossiers settled on time ("… bộ hồ sơ thủ tục hành chính")
        rows = [r for r in text.splitlines() if "bộ hồ sơ" in r and "**" in r]
        assert rows == [], q


def test_every_province_question_is_in_scope(service: AnswerService) -> None:
    ans = service.answer("cac tinh da cap duoc bao nhieu chung thu so")
    assert ans.intent != "out_of_scope"
    assert "chứng thư số" in body(ans)
    # the whole the province states, not one part of its "(trong đó: …)" aside
    assert "**427**" not in body(ans)


def test_other_questions_of_every_province_stay_out_of_scope(service: AnswerService) -> None:
    assert service.answer("Các tỉnh có bao nhiêu bãi biển đẹp?").intent == "out_of_scope"


def test_an_aside_part_is_asked_only_by_its_own_words() -> None:
    clause = "đã cấp 900 chứng thư số cho cơ quan, tổ chức (trong đó: chứng thư số của tổ chức là 300)"
    part = _fact(clause, "300")
    assert aside_less(["chung", "thu", "so"], part)
    assert not aside_less(["chung", "thu", "so", "to", "chuc"], part)
    # the question's words as read (no "tổ": read as English "to"; no "số"): still the part
    assert not aside_less(["cap", "chung", "thu", "chuc"], part)


def test_a_measured_year_keeps_each_province_report(service: AnswerService) -> None:
    text = body(service.answer("tinh nao tang bao nhieu bac Chi so CCHC nam 2021"))
    assert text.count("không tìm thấy") < 4


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
