"""What a named part of a report covers (bot/part_contents.py): "mục X gồm những nội dung
nào", "what does the X section cover" → the part named by its heading's words (Vietnamese,
without diacritics, English with the reports' words glossed in brackets), listed item by item
with the labels of its sub-items, or its sub-sections; a heading two parts share, or a
question asking no contents, left to the other answerers. The report text is written for the
test, in the reports' style."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.part_contents import ContentsAnswerer, asks_contents
from bot.part_outline import OutlineAnswerer
from bot.section_answer import SectionAnswerer
from bot.summary_named import NamedParts, quoted_part_names
from core.query import parse_query
from tests.helpers.mini_index import REPORT as META
from tests.helpers.mini_index import everything, mini_index

REPORT = """BÁO CÁO
Kết quả công tác cải cách hành chính và nhiệm vụ năm 2023

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

1. Ban hành kế hoạch

- Ban hành Kế hoạch cải cách hành chính năm 2022.

2. Công tác kiểm tra

- Kiểm tra 12 cơ quan, đơn vị.

II. KẾT QUẢ THỰC HIỆN

1. Cải cách thể chế

- Ban hành 15 văn bản quy phạm pháp luật.

- Rà soát 120 văn bản.

2. Cải cách chế độ công vụ

- Kết quả tuyển dụng công chức, viên chức:

+ Tuyển dụng công chức: đã tuyển 31 công chức qua thi tuyển.

+ Tuyển dụng viên chức: tuyển 140 viên chức ngành giáo dục.

- Kết quả bổ nhiệm, đề bạt công chức: bổ nhiệm 9 lãnh đạo cấp phòng.

- Kết quả đào tạo, bồi dưỡng cán bộ: mở 14 lớp cho 900 học viên.

- Chính sách thu hút người có tài năng: chưa ban hành.

3. Cải cách tài chính công

- Tổng thu ngân sách đạt 8.500 tỷ đồng.

- Tổng chi ngân sách đạt 11.200 tỷ đồng.

III. ĐÁNH GIÁ CHUNG

1. Ưu điểm

- Lãnh đạo quan tâm chỉ đạo.

2. Hạn chế

- Kinh phí còn thiếu.

- Nhân lực còn mỏng.

IV. NHIỆM VỤ NĂM 2023

1. Hoàn thiện thể chế

- Rà soát văn bản.

2. Đánh giá chung

- Tổng kết công tác.
"""

TITLED = replace(META, title="Kết quả công tác cải cách hành chính năm 2022 và nhiệm vụ năm 2023")


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Phần cải cách chế độ công vụ gồm những nội dung nào?", True),
        ("muc cai cach tai chinh cong co nhung noi dung gi", True),
        ("What does the civil service section cover?", True),
        ("Which topics does the public finance part of the report include?", True),
        ("What does the public finance chapter contain?", True),
        # no part named, or no contents asked
        ("Kế hoạch gồm những nội dung nào?", False),
        ("Phần mềm một cửa gồm những nội dung gì?", False),
        ("Bao nhiêu phần trăm hồ sơ gồm những nội dung nào?", False),
        ("Việc phân công cán bộ gồm những nội dung nào?", False),
        ("What does the civil service section say about recruitment numbers?", False),
        ("Which agencies cover the public finance part?", True),  # (a part and 'cover' asked)
    ],
)
def test_asks_contents(question: str, asks: bool) -> None:
    assert asks_contents(parse_query(question).folded) is asks


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("Which points does the part on staff rules (chế độ công vụ) include?", ["che do cong vu"]),
        ("Summarise the public finance part (tài chính công), please", ["tai chinh cong"]),
        # a year, a quarter or a one-word gloss names no part; no part asked, no name
        ("What does the 2022 (Q3) section cover?", []),
        ("Which units (đơn vị) sent staff?", []),
        # a label in brackets is a label, not a name
        ("phan han che (phan B) gom nhung gi", []),
    ],
)
def test_a_bracketed_gloss_names_a_part(question: str, names: list[str]) -> None:
    assert quoted_part_names(parse_query(question).folded, glossed=True) == names
    # (a quote-mark's name only, for a summary of a part)
    assert quoted_part_names(parse_query(question).folded) == []


def _ask(question: str, language: str = "vi"):  # type: ignore[no-untyped-def]
    index = mini_index(REPORT, TITLED)
    sections = SectionAnswerer(index)
    answerer = ContentsAnswerer(sections, NamedParts(index, sections), OutlineAnswerer(sections))
    return answerer.answer(parse_query(question), everything(index), language)


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("- ")]


@pytest.mark.parametrize(
    "question",
    [
        "Phần cải cách chế độ công vụ của Bình Phước gồm những nội dung nào?",
        "muc che do cong vu trong bao cao binh phuoc co nhung noi dung gi",
        "What does the Binh Phuoc report's chapter on staff rules (chế độ công vụ) contain?",
    ],
)
def test_leaf_part_listed_item_by_item(question: str) -> None:
    ans = _ask(question, "en" if question.startswith("What") else "vi")
    assert ans is not None
    lines = _lines(ans.text)
    assert len(lines) == 4
    # an item with sub-items: their labels beside it, not their figures
    assert "Tuyển dụng công chức; Tuyển dụng viên chức" in lines[0]
    assert "31 công chức" not in lines[0]
    # an item that says "none" is still part of what the section covers
    assert "thu hút người có tài năng" in lines[3]
    assert all("2. Cải cách chế độ công vụ" in c.section for c in ans.citations)


def test_english_name_read_through_its_translation() -> None:
    ans = _ask("What does the public finance section of the Binh Phuoc report cover?", "en")
    assert ans is not None
    assert all("3. Cải cách tài chính công" in c.section for c in ans.citations)
    assert len(_lines(ans.text)) == 2


def test_part_with_sub_sections_listed_by_them() -> None:
    ans = _ask("Phần công tác chỉ đạo điều hành gồm những nội dung gì?")
    assert ans is not None
    assert [line.split(" [")[0] for line in _lines(ans.text)] == [
        "- 1. Ban hành kế hoạch", "- 2. Công tác kiểm tra",
    ]  # fmt: skip


def test_heading_two_parts_share_is_left_to_others() -> None:
    # "Đánh giá chung" heads III and IV.2: the question does not tell which
    assert _ask("Phần đánh giá chung gồm những nội dung nào?") is None


def test_no_contents_asked_is_left_to_others() -> None:
    assert _ask("Phần cải cách chế độ công vụ tuyển dụng bao nhiêu công chức?") is None
    assert _ask("Những hạn chế của Bình Phước là gì?") is None


def test_heading_two_parts_share_told_apart_by_a_label() -> None:
    ans = _ask("Phần đánh giá chung (phần III) gồm những nội dung nào?")
    assert ans is not None
    assert [line.split(" [")[0] for line in _lines(ans.text)] == ["- 1. Ưu điểm", "- 2. Hạn chế"]


def test_words_name_a_part_under_the_part_labelled() -> None:
    # the label names the outer part, the words the section asked under it
    ans = _ask("muc han che (phan III) gom nhung gi")
    assert ans is not None
    assert len(_lines(ans.text)) == 2
    assert all("III. ĐÁNH GIÁ CHUNG > 2. Hạn chế" in c.section for c in ans.citations)


def test_words_restating_the_labelled_heading_name_that_part() -> None:
    ans = _ask("Mục II (kết quả thực hiện) của báo cáo Bình Phước gồm những nội dung nào?")
    assert ans is not None
    assert [line.split(" [")[0] for line in _lines(ans.text)] == [
        "- 1. Cải cách thể chế", "- 2. Cải cách chế độ công vụ", "- 3. Cải cách tài chính công",
    ]  # fmt: skip
