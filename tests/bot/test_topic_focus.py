"""The paragraph about all of a topic's words, not one that shares its head noun: "đội ngũ",
"đợt" head a topic without naming it; an abbreviation asked ("CNTT", "CCHC") is one concept,
held by a paragraph that spells it out too. "<topic> — what does the report say?" of a topic
narrower than the report is what the report says of it; a summary asked in so many words stays
a summary, of the part its heading and its areas' labels name together. Real parts:
a small real index of a report text written here (tests/helpers/mini_index.py)."""

from __future__ import annotations

import pytest

from bot.topic_answer import abbreviated, one_concept
from bot.typed_answers import TypedAnswers
from core.query import parse_query
from index.generations import LoadedIndex
from tests.helpers.mini_index import EveryChunk, everything, mini_index

TEXT = """BÁO CÁO
Tình hình ứng dụng công nghệ số năm 2023

I. KẾT QUẢ THỰC HIỆN

1. Kết quả thực hiện của cơ quan

- Về công tác kiểm tra: Văn phòng ban hành Kế hoạch số 41/KH-VP về kiểm tra năm 2023 đối với các phòng trực thuộc.

Đoàn kiểm tra nội bộ công tác cải cách hành chính do ông Lê Văn Tám làm trưởng đoàn đã kiểm tra 6 phòng, ban.

- Về mô hình mới: Văn phòng thí điểm mô hình trả kết quả tại nhà và mô hình ki-ốt tự phục vụ tại 14 xã.

2. Tổ chức bộ máy

- Về sắp xếp đơn vị: Đã giảm 9 phòng chuyên môn thuộc các sở.

- Về quản lý biên chế: Biên chế công chức được giao 2.340 người, có mặt 2.215 người.

- Về tinh giản: Đã tinh giản 57 người.

II. TỒN TẠI, HẠN CHẾ

- Công tác đào tạo, bồi dưỡng đội ngũ cán bộ, công chức về CNTT ở cấp huyện, cấp xã chưa thường xuyên, nhận thức của một bộ phận đội ngũ còn hạn chế.

- 70% các xã không có cán bộ chuyên trách hoặc phụ trách về CNTT, chủ yếu làm kiêm nhiệm.

- Hạ tầng mạng ở vùng sâu còn yếu.
"""


@pytest.fixture(scope="module")
def index() -> LoadedIndex:
    return mini_index(TEXT)


def _said(index: LoadedIndex, question: str, language: str = "vi") -> str:
    typed = TypedAnswers(index, EveryChunk(index))
    ans = typed.answer(parse_query(question), everything(index), language)
    assert ans is not None, question
    return ans.text.split("\n\nNguồn:")[0].split("\n\nSources:")[0]


def test_the_paragraph_about_every_topic_word_not_the_head_noun(index: LoadedIndex) -> None:
    said = _said(index, "Báo cáo nói gì về đội ngũ cán bộ phụ trách CNTT ở cấp xã?")
    assert "70%" in said
    assert "đào tạo" not in said  # shares "đội ngũ" and "cấp xã", not "phụ trách"


def test_an_abbreviation_asked_is_held_by_its_long_form(index: LoadedIndex) -> None:
    said = _said(index, "Báo cáo nói gì về đợt kiểm tra CCHC nội bộ?")
    assert "Lê Văn Tám" in said
    assert "41/KH-VP" not in said


def test_an_abbreviation_stands_for_its_long_form_once() -> None:
    folded = parse_query("tình hình cntt ở cấp xã").folded
    assert one_concept(["cntt", "cap", "xa", "cong", "nghe", "thong", "tin"], folded) == [
        "cntt", "cap", "xa",
    ]  # fmt: skip
    # typed in full, the long form stays the topic
    folded = parse_query("công nghệ thông tin cấp xã").folded
    assert one_concept(["cong", "nghe", "thong", "tin", "cap", "xa"], folded) == [
        "cong", "nghe", "thong", "tin", "cap", "xa",
    ]  # fmt: skip
    assert abbreviated("Kiểm tra công tác cải cách hành chính") == "cchc"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Mô hình mới của Văn phòng: báo cáo nói gì?", "vi"),
        ("new models (mô hình mới) — what does the report say?", "en"),
    ],
)
def test_what_the_report_says_after_a_narrow_topic_is_what_it_says_of_it(
    index: LoadedIndex, question: str, language: str
) -> None:
    said = _said(index, question, language)
    assert "ki-ốt tự phục vụ" in said
    assert "2.340" not in said  # not the whole report


def test_a_part_named_by_its_heading_and_its_areas_is_summarised(index: LoadedIndex) -> None:
    said = _said(index, "Tóm tắt tình hình bộ máy và quản lý biên chế")
    assert "Tổ chức bộ máy" in said.splitlines()[0]
    for figure in ("2.340", "2.215", "57"):
        assert figure in said
    assert "70%" not in said


def test_a_summary_asked_stays_one(index: LoadedIndex) -> None:
    assert _said(index, "Tóm tắt báo cáo").startswith("**Tóm tắt** báo cáo")
    # a topic no heading names stays a summary too: of the one part whose text holds it
    # (bot/summary_body.py), not the paragraph about it
    said = _said(index, "Tóm tắt các mô hình mới")
    assert said.startswith("**Tóm tắt** mục “1. Kết quả thực hiện của cơ quan”")
