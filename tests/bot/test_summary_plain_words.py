"""Which part a summary asks for, said in plain words: a report boiled down, condensed or put
in a nutshell is summarised whole; the office or department that wrote it and the English noun
for a part ("section") are no topic words, so "the public finance section of the … office's
report" is that part, not the part whose heading says "cơ quan"; what holds work back, said as
a verb, is the limits section; "(báo cáo …) gồm những gì" after a kind of section asks for that
section, not the whole report. Made-up wordings on the small real index of
tests/bot/test_summary_scope.py."""

from __future__ import annotations

import pytest

from bot.intents_types import is_summary, section_kind, summary_kinds
from core.query import parse_query
from tests.bot.test_summary_scope import _index
from tests.helpers.mini_index import summarise as _summary


@pytest.mark.parametrize(
    "question",
    [
        "Could you boil the Binh Phuoc office's 2022 report down for me?",
        "Condense the Binh Phuoc 2022 report into a few lines.",
        "What's the gist of the Binh Phuoc PPC Office's 2022 report?",
        "In a nutshell, what does the Binh Phuoc 2022 report say?",
        "Sum up the Binh Phuoc office's 2022 report in three sentences.",
    ],
)
def test_a_report_asked_in_plain_words_is_summarised_whole(question: str) -> None:
    assert is_summary(parse_query(question))
    text = _summary(_index(), question, "en")
    head = text.splitlines()[0]
    assert head.startswith("**Summary** of"), head
    assert "Kết quả thực hiện của cơ quan”" not in head  # the office is who reports
    assert "I. CÔNG TÁC CHỈ ĐẠO" in text
    assert "II. KẾT QUẢ THỰC HIỆN" in text


@pytest.mark.parametrize(
    ("question", "heading"),
    [
        ("Summarise the public finance section of the Binh Phuoc office's 2022 report.",
         "3. Cải cách tài chính công"),
        ("Give an overview of the institutional reform part of the Binh Phuoc office's report.",
         "1. Cải cách thể chế"),
        ("Summarise the administrative procedure reform section of the department's report.",
         "2. Cải cách thủ tục hành chính"),
    ],
)  # fmt: skip
def test_an_english_part_name_beside_the_office_reaches_its_heading(
    question: str, heading: str
) -> None:
    head = _summary(_index(), question, "en").splitlines()[0]
    assert heading in head, head


@pytest.mark.parametrize(
    "question",
    [
        "Summarise what still hinders e-government in Binh Phuoc (2022).",
        "What hampered the province's one-stop reform last year?",
        "Which bottlenecks did Binh Phuoc report in digital transformation?",
        "What held back administrative reform communication in 2022?",
    ],
)
def test_what_holds_work_back_asks_for_the_limits(question: str) -> None:
    q = parse_query(question)  # a summary asked names its kind as the summary's
    assert section_kind(q) == "limits" or "limits" in summary_kinds(q)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("kien nghi ve tai chinh cong (bao cao nam 2022 cua Binh Phuoc) gom nhung gi", "proposals"),
        ("nhiem vu thoi gian toi trong bao cao nam 2022 cua Binh Phuoc gom nhung gi", "tasks"),
        ("Hạn chế về tuyên truyền (báo cáo quý III của Bình Phước) gồm những gì?", "limits"),
    ],
)  # fmt: skip
def test_a_kind_asked_before_the_report_is_that_section(question: str, kind: str) -> None:
    q = parse_query(question)
    assert not is_summary(q)
    assert section_kind(q) == kind


def test_what_the_report_says_is_still_a_summary() -> None:
    assert is_summary(parse_query("bao cao nam 2022 cua Binh Phuoc gom nhung gi"))
    assert is_summary(parse_query("Báo cáo quý III của Bình Phước nói gì?"))
