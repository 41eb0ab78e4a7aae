"""A figure said as an addition (bot/compare_facts.py `added`) and a question asking additions
(`ADDED_ASKED`), on made-up clauses."""

from __future__ import annotations

from dataclasses import replace

from bot.compare_facts import ADDED_ASKED, NEW_AFTER, added
from index.facts import Fact

_FACT = Fact(
    id="f1", report_id="r1", province="Lâm Hà", chunk_id="c1", section="II", page=1,
    line_start=10, line_end=11, span_start=0, span_end=40, value="7", norm="7",
    unit="", kind="count", counts="", counts_folded="", level="", scope="", parent="",
    label="", label_folded="", parts=0, when="", period="", clause="", lead="",
)  # fmt: skip


def _said(clause: str, value: str = "7") -> bool:
    return added(replace(_FACT, clause=clause, value=value))


def test_new_before_or_closing_the_noun_after_the_figure() -> None:
    assert _said("đã cấp mới 7 chứng thư số")
    assert _said("hỗ trợ xây dựng 7 gian hàng mới trên Sàn")
    assert _said("ho tro xay dung 7 gian hang moi tren San")  # OCR without marks
    assert NEW_AFTER == 3


def test_no_addition_far_after_or_in_a_name() -> None:
    assert not _said("duy trì 7 gian hàng trên Sàn")
    assert not _said("có 7 xã đạt chuẩn nông thôn mới")
    assert not _said("7 gian hàng, tình hình mới")  # after a break: another clause


def test_additions_asked_only_in_words_that_are_not_each() -> None:
    assert ADDED_ASKED.search("Có thêm bao nhiêu gian hàng mới?")
    assert ADDED_ASKED.search("How many new stalls?")
    assert not ADDED_ASKED.search("trung bình mỗi xã bao nhiêu")
    assert not ADDED_ASKED.search("trung binh moi xa bao nhieu")  # folded: could be "mỗi"
