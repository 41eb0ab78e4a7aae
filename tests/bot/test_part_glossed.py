"""A part a question names only by a bracketed gloss in the reports' words ("what does the
report say under personnel matters (chế độ công vụ)?"): when the question's own words name no
part, the gloss names it (bot/summary_named.py, bot/part_quoted.py); "what does the report
say under X" asks what its part X says (bot/intents_types.py). The report text is written for
the test, in the reports' style."""

from __future__ import annotations

import pytest

from bot.intents_types import asks_about
from bot.part_quoted import one_part_glosses, part_glosses
from bot.section_answer import SectionAnswerer
from bot.summary_named import NamedParts
from core.query import parse_query
from tests.helpers.mini_index import REPORT as META
from tests.helpers.mini_index import everything, mini_index

REPORT = """BÁO CÁO
Kết quả công tác cải cách hành chính 6 tháng đầu năm 2022

I. KẾT QUẢ THỰC HIỆN

1. Cải cách thể chế

- Ban hành 15 văn bản quy phạm pháp luật.

- Rà soát 120 văn bản.

- Kiểm tra 40 văn bản.

2. Cải cách chế độ công vụ

- Kết quả tuyển dụng: đã tuyển 31 công chức qua thi tuyển.

- Kết quả bổ nhiệm: bổ nhiệm 9 lãnh đạo cấp phòng.

- Kết quả đào tạo: mở 14 lớp cho 900 học viên.

3. Cải cách tài chính công

- Tổng thu ngân sách đạt 8.500 tỷ đồng.

- Tổng chi ngân sách đạt 11.200 tỷ đồng.

- Giải ngân vốn đầu tư công đạt 62%.

4. Kết quả tuyên truyền trên loa phát thanh thôn xóm

Loa phát thanh thôn xóm phát chuyên mục cải cách hành chính 03 lượt mỗi tuần.
"""


@pytest.mark.parametrize(
    ("question", "glosses"),
    [
        ("What does the report say under personnel matters (chế độ công vụ)?", ["che do cong vu"]),
        # a year or a label names no part
        ("What does the 2022 (Q3) report say?", []),
        ("phan han che (phan B) gom nhung gi", []),
    ],
)
def test_part_glosses(question: str, glosses: list[str]) -> None:
    assert part_glosses(parse_query(question).folded) == glosses


@pytest.mark.parametrize(
    ("question", "about"),
    [
        ("What does the Binh Phuoc report say under personnel matters?", True),
        ("What does the Binh Phuoc report say about personnel matters?", True),
        ("How many staff were recruited under the plan?", False),
    ],
)
def test_say_under_asks_about_a_part(question: str, about: bool) -> None:
    assert asks_about(parse_query(question)) is about


def _named(question: str) -> str:
    index = mini_index(REPORT, META)
    sections = SectionAnswerer(index)
    block = NamedParts(index, sections).named_part(
        parse_query(question), everything(index), META.id
    )
    return block.heading if block is not None else ""


def test_gloss_names_the_part_the_question_words_do_not() -> None:
    # "personnel matters" names no heading; the gloss in the reports' words does
    assert _named("What does the report say under personnel matters?") == ""
    assert _named("What does the report say under personnel matters (chế độ công vụ)?") == (
        "2. Cải cách chế độ công vụ"
    )


def test_gloss_naming_no_heading_names_no_part() -> None:
    assert _named("What does the report say under personnel matters (an ninh mạng)?") == ""


def test_gloss_naming_a_leaf_section_names_no_part() -> None:
    # a section of running text is no part told area by area: left to the other answerers,
    # not the part whose heading shares a word or two with the gloss
    assert (
        _named("What does the report say about village coverage (loa phát thanh thôn xóm)?") == ""
    )


@pytest.mark.parametrize(
    "question",
    [
        "Briefly summarise the report's personnel and budget work (chế độ công vụ, tài chính công).",
        "What does the report say on personnel and budget (chế độ công vụ và tài chính công)?",
        "What does the report say on personnel and budget (chế độ công vụ/tài chính công)?",
    ],
)
def test_gloss_joining_two_names_names_no_one_part(question: str) -> None:
    # two parts glossed together: neither alone is the part asked (the whole answer would lose
    # the other); left to the other answerers
    assert one_part_glosses(parse_query(question).folded) == []
    assert _named(question) == ""


def test_gloss_of_one_name_is_kept() -> None:
    question = "What does the report say under personnel matters (chế độ công vụ)?"
    assert one_part_glosses(parse_query(question).folded) == ["che do cong vu"]
