"""Two kinds of section asked at once (bot/section_siblings.py): "ưu điểm và hạn chế",
"strengths and weaknesses", "mặt tích cực và tồn tại" → the section found for one and its
sibling of the other, under the same heading, each listed under its own heading; a sibling in
another part is not read with it; one kind asked is answered as before. The report text is
written for the test, in the reports' style."""

from __future__ import annotations

import pytest

from bot.intents_types import joined_kinds
from bot.section_answer import SectionAnswerer
from core.query import parse_query
from tests.helpers.mini_index import everything, mini_index

REPORT = """BÁO CÁO
Kết quả công tác truyền thông và chuyển đổi số năm 2022

A. CÔNG TÁC TRUYỀN THÔNG

I. KẾT QUẢ

1. Truyền thông trên báo chí

- Báo tỉnh đăng 210 tin, bài.

II. ĐÁNH GIÁ

1. Ưu điểm

- Lãnh đạo các cấp quan tâm đến truyền thông.

- Nội dung truyền thông phong phú trên mạng xã hội.

2. Tồn tại, hạn chế

- Kinh phí truyền thông còn ít.

- Một số huyện chưa bố trí người phụ trách.

3. Nguyên nhân

- Nguồn ngân sách của tỉnh còn hạn hẹp.

- Nhận thức của một số cán bộ chưa đầy đủ.

B. CHUYỂN ĐỔI SỐ

I. KẾT QUẢ

1. Hạ tầng số

- Kết nối mạng diện rộng tới 100% xã.

II. ĐÁNH GIÁ

1. Mặt tích cực

- Hạ tầng số được đầu tư đồng bộ.

2. Khó khăn, vướng mắc

- Nhân lực công nghệ thông tin còn thiếu.
"""


def _ask(question: str, language: str = "vi"):  # type: ignore[no-untyped-def]
    index = mini_index(REPORT)
    return SectionAnswerer(index).answer(parse_query(question), everything(index), language)


@pytest.mark.parametrize(
    "question",
    [
        "Công tác truyền thông có những ưu điểm và hạn chế gì?",
        "uu diem va ton tai cua cong tac truyen thong nam 2022",
        "What strengths and limitations did the media work (truyền thông) have?",
    ],
)
def test_both_kinds_listed_under_their_headings(question: str) -> None:
    ans = _ask(question, "en" if question.startswith("What") else "vi")
    assert ans is not None
    assert "**1. Ưu điểm**" in ans.text
    assert "**2. Tồn tại, hạn chế**" in ans.text
    assert ans.text.index("Ưu điểm**") < ans.text.index("Kinh phí truyền thông")
    assert len(ans.citations) == 4
    # only the asked part's sections: not part B's
    assert all(c.section.startswith("A. CÔNG TÁC TRUYỀN THÔNG") for c in ans.citations)


def test_sibling_named_by_other_words_of_its_kind() -> None:
    ans = _ask("Chuyển đổi số có những mặt tích cực và khó khăn gì?")
    assert ans is not None
    assert "Mặt tích cực" in ans.text
    assert "Khó khăn, vướng mắc" in ans.text
    assert all(c.section.startswith("B. CHUYỂN ĐỔI SỐ") for c in ans.citations)


def test_one_kind_asked_lists_that_section_alone() -> None:
    ans = _ask("Công tác truyền thông còn những hạn chế gì?")
    assert ans is not None
    assert "Ưu điểm" not in ans.text
    assert len(ans.citations) == 2


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("Công tác truyền thông có những ưu điểm và hạn chế gì?", ["limits", "strengths"]),
        ("uu diem, ton tai cua cong tac truyen thong", ["limits", "strengths"]),
        ("What strengths and weaknesses did the report note?", ["limits", "strengths"]),
        ("Những khó khăn, vướng mắc và nguyên nhân?", ["limits", "causes"]),
        # the causes OF the limitations: the limitations only say whose causes
        ("Báo cáo nêu những nguyên nhân nào của các hạn chế?", []),
        ("nguyen nhan han che trong truyen thong la gi", []),
        ("What reasons does the report give for the shortcomings?", []),
    ],
)
def test_joined_kinds(question: str, kinds: list[str]) -> None:
    assert joined_kinds(parse_query(question)) == kinds


def test_causes_of_the_limitations_are_not_read_with_a_sibling() -> None:
    # (which one section answers is the section answerer's choice, as before)
    ans = _ask("Báo cáo nêu những nguyên nhân nào của các hạn chế trong truyền thông?")
    assert ans is not None
    assert len({c.section for c in ans.citations}) == 1


def test_limitations_and_their_causes_both_listed() -> None:
    ans = _ask("Công tác truyền thông có những hạn chế và nguyên nhân gì?")
    assert ans is not None
    assert "Kinh phí truyền thông" in ans.text
    assert "Nguồn ngân sách" in ans.text
    assert "Ưu điểm" not in ans.text
