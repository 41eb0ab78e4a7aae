"""A count whose counted noun the fact table did not read (OCR-damaged, or a counter it does
not know) takes the unit its restored words say right after it, so a summary can tell it as a
key figure; never a span of time, never a count of few single cases. Made-up report lines."""

from __future__ import annotations

from bot.key_counted import FEW, READ_UNITS, unit_read
from bot.key_figures import keyness
from index.chunk import Chunk, Span
from index.facts import Fact


def _chunk(text: str, restored: str = "") -> Chunk:
    span = Span(0, len(text), 1, 1, rstart=0 if restored else -1, rend=len(restored) or -1)
    return Chunk("r:0", "r", 0, "", text, 1, 1, (span,), restored)


def _fact(value: str, clause: str, unit: str = "") -> Fact:
    return Fact(
        id="r:0#0", report_id="r", province="", chunk_id="r:0", section="", page=1,
        line_start=1, line_end=1, span_start=0, span_end=len(clause), value=value,
        norm=value.replace(".", ""), unit=unit, kind="count", counts="", counts_folded="",
        level="", scope="", parent="", label="", label_folded="", parts=0, when="", period="",
        clause=clause, lead="",
    )  # fmt: skip


def test_an_ocr_damaged_noun_is_read_from_the_restored_words() -> None:
    printed = "Da tuyén dung 137 coéng chic cho cac co quan"
    chunk = _chunk(printed, "Đã tuyển dụng 137 công chức cho các cơ quan")
    read = unit_read(_fact("137", printed), chunk)
    assert read.unit == "cong chuc"
    assert keyness(read) > keyness(_fact("137", printed))


def test_a_counter_the_table_does_not_know_is_read() -> None:
    clause = "Tổ chức 25 buổi tập huấn cho cán bộ"
    assert "buoi" in READ_UNITS
    assert unit_read(_fact("25", clause), _chunk(clause)).unit == "buoi"


def test_no_unit_is_read_for_time_few_cases_or_a_unit_already_read() -> None:
    months = "thực hiện trong 12 tháng liên tục"
    assert unit_read(_fact("12", months), _chunk(months)).unit == ""
    few = "bổ nhiệm 03 công chức"
    assert unit_read(_fact("03", few), _chunk(few)).unit == ""
    assert FEW > 3
    read = "cấp 40 tài khoản cho cán bộ"
    assert unit_read(_fact("40", read, "tai khoan"), _chunk(read)).unit == "tai khoan"
    other = "có 20 Sở, ban, ngành"  # no counted noun after it: as it is
    assert unit_read(_fact("20", other), _chunk(other)).unit == ""
