"""Which sub-sections a named part of a report has (bot/part_outline.py): the part found by its
label ("B.I", "phần II") or by its heading's words, its numbered sub-sections listed (one run
into a sibling's text by the chunker recovered), counted and cited; a label two parts share,
or none, leaves the question to the other answerers. The report text is written for the test,
in the reports' style."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.part_outline import (
    OutlineAnswerer,
    asks_outline,
    heading_mark,
    part_labels,
)
from bot.section_answer import SectionAnswerer
from core.query import parse_query
from tests.helpers.mini_index import REPORT as META
from tests.helpers.mini_index import everything, mini_index

REPORT = """BÁO CÁO
Kết quả công tác cải cách hành chính 6 tháng đầu năm 2022

A. CÔNG TÁC TUYÊN TRUYỀN

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Tuyên truyền trên báo in và báo điện tử

- Báo tỉnh đăng 120 tin, bài về cải cách hành chính.

2. Tuyên truyền trên đài phát thanh và truyền hình

- Đài tỉnh phát sóng 35 phóng sự chuyên đề.

3. Tuyên truyền qua mạng xã hội

- Fanpage của tỉnh đăng 60 bài viết.

II. ĐÁNH GIÁ CHUNG

1. Ưu điểm

- Công tác tuyên truyền được quan tâm.

2. Hạn chế

- Một số đơn vị chưa chủ động.

B. CHUYỂN ĐỔI SỐ

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Hạ tầng số

- 100% cơ quan cấp tỉnh có mạng nội bộ.

2. Dữ liệu số

- Cơ sở dữ liệu dân cư được kết nối với 12 hệ thống.

3. Nền tảng số

- Triển khai nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh.

4. Kỹ năng số

- Tập huấn cho 800 cán bộ, công chức.

II. ĐÁNH GIÁ CHUNG

1. Ưu điểm

- Hạ tầng được đầu tư đồng bộ.

2. Tồn tại

- Kinh phí còn hạn chế.
"""


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Phần kết quả của báo cáo gồm những mục nào?", True),
        ("muc danh gia chung co may phan", True),
        ("Phần I được chia thành mấy phần?", True),
        ("Liệt kê các tiểu mục của phần B", True),
        ("What are the subsections of part II?", True),
        ("Which sections does part B have?", True),
        ("List the sub-headings under the results part", True),
        # a section's content, a level, a list: no outline asked
        ("Kết quả cải cách thể chế gồm những nội dung gì?", False),
        ("Dịch vụ công đạt mức nào?", False),
        ("What problems did the report list?", False),
        ("Hà Tĩnh có những phần mềm dùng chung nào?", False),
        ("Kế hoạch gồm những mục tiêu gì?", False),
        ("Có bao nhiêu phần trăm hồ sơ trực tuyến?", False),
        ("What parts of the process are online?", False),
        ("What are the sections of part B about training?", True),
        ("Báo cáo gồm mấy phần, là những phần nào?", True),
    ],
)
def test_asks_outline(question: str, asks: bool) -> None:
    assert asks_outline(parse_query(question).folded) is asks


@pytest.mark.parametrize(
    ("question", "labels"),
    [
        ("Phần B.I gồm những mục nào?", [("B", "I")]),
        ("phan b.i gom nhung muc nao", [("B", "I")]),
        ("What are the sub-sections of Part A.II?", [("A", "II")]),
        ("Phần II của báo cáo quý III/2022 có những mục nào?", [("II",)]),
        ("phan iii gom nhung muc nao", [("III",)]),
        ("Mục IV.2 gồm những gì", [("IV", "2")]),
        ("Phần B có những mục nào", [("B",)]),
        ("sub-headings of the results (A.I)?", [("A", "I")]),
        # a syllable, a quarter, a level: no label
        ("mục vi trí việc làm gồm những phần nào", []),
        ("báo cáo quý III gồm những mục nào", []),
        ("phần a gồm những mục nào", []),
    ],
)
def test_part_labels(question: str, labels: list[tuple[str, ...]]) -> None:
    assert part_labels(question) == labels


@pytest.mark.parametrize(
    ("heading", "mark"),
    [
        ("B. CHUYỂN ĐỔI SỐ", "B"),
        ("I1. PANH GIA CHUNG", "II"),
        ("I1I. NHAN XET", "III"),
        ("IV. PHUONG HUONG", "IV"),
        ("3, Tuyên truyền", "3"),
        ("Mở đầu", None),
        # a paragraph opening on a figure is no numbered heading
        ("1.845 hồ sơ đã được tiếp nhận", None),
        ("12,5% cán bộ được tập huấn", None),
    ],
)
def test_heading_mark(heading: str, mark: str | None) -> None:
    assert heading_mark(heading) == mark


TITLED = replace(META, title="Kết quả công tác tuyên truyền và chuyển đổi số 6 tháng đầu năm 2022")


def _ask(question: str, text: str = REPORT, language: str = "vi"):  # type: ignore[no-untyped-def]
    index = mini_index(text, TITLED)
    return OutlineAnswerer(SectionAnswerer(index)).answer(
        parse_query(question), everything(index), language
    )


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("- ")]


def test_children_of_a_dotted_label() -> None:
    ans = _ask("Phần B.I của báo cáo Bình Phước gồm những mục nào?")
    assert ans is not None
    assert "gồm **4** mục" in ans.text
    assert [line.split(" [")[0] for line in _lines(ans.text)] == [
        "- 1. Hạ tầng số", "- 2. Dữ liệu số", "- 3. Nền tảng số", "- 4. Kỹ năng số",
    ]  # fmt: skip
    assert len(ans.citations) == 4
    assert all("B. CHUYỂN ĐỔI SỐ > I. KẾT QUẢ ĐẠT ĐƯỢC" in c.section for c in ans.citations)
    assert ans.citations[0].quote.startswith("1. Hạ tầng số")


def test_english_question_gets_english_frame() -> None:
    ans = _ask("What are the sub-sections of part A.I?", language="en")
    assert ans is not None
    assert "has **3** sub-sections" in ans.text
    assert "Tuyên truyền qua mạng xã hội" in ans.text
    assert "Sources:" in ans.text


def test_label_shared_by_two_parts_told_apart_by_words() -> None:
    ans = _ask("Phần II đánh giá chung về chuyển đổi số gồm những mục nào?")
    assert ans is not None
    assert all(c.section.startswith("B. CHUYỂN ĐỔI SỐ > II.") for c in ans.citations)
    assert "- 2. Tồn tại" in ans.text


def test_label_shared_and_not_told_apart_is_left_to_others() -> None:
    # "I" heads a part in A and in B alike: nothing in the question picks one
    assert _ask("Phần I gồm những mục nào?") is None


def test_part_named_by_heading_words() -> None:
    ans = _ask("Phần kết quả chuyển đổi số gồm những mục nào?")
    assert ans is not None
    assert "gồm **4** mục" in ans.text


def test_part_named_without_sub_sections_is_left_to_others() -> None:
    # "1. Hạ tầng số" names the words best: its items are the section answerer's, not the
    # sub-sections of the part above it
    assert _ask("Mục hạ tầng số của phần chuyển đổi số gồm những mục nào?") is None
    assert _ask("Phần B.I.2 gồm những mục nào?") is None


def test_no_outline_asked_or_no_part_named() -> None:
    assert _ask("Báo tỉnh đăng bao nhiêu tin, bài?") is None
    assert _ask("Phần E gồm những mục nào?") is None  # no part E


def test_part_named_by_words_its_report_title_shares() -> None:
    # the title says "tuyên truyền" too: the part is still named, the outer one of those
    # whose headings say it (A, not A.I or A.II under it)
    ans = _ask("Phần công tác tuyên truyền gồm những mục nào?")
    assert ans is not None
    assert "CÔNG TÁC TUYÊN TRUYỀN”" in ans.text
    assert "gồm **2** mục" in ans.text
    assert [line.split(" [")[0] for line in _lines(ans.text)] == [
        "- I. KẾT QUẢ ĐẠT ĐƯỢC", "- II. ĐÁNH GIÁ CHUNG",
    ]  # fmt: skip


def test_whole_report_parts() -> None:
    ans = _ask("Báo cáo của Bình Phước gồm những phần nào?")
    assert ans is not None
    assert ans.text.startswith("Báo cáo “Kết quả công tác tuyên truyền")
    assert "gồm **2** phần" in ans.text
    assert [line.split(" [")[0] for line in _lines(ans.text)] == [
        "- A. CÔNG TÁC TUYÊN TRUYỀN", "- B. CHUYỂN ĐỔI SỐ",
    ]  # fmt: skip


LEAKED = """BÁO CÁO
Kết quả công tác cải cách hành chính năm 2022

I1I. NHẬN XÉT CHUNG

Công tác cải cách hành chính được quan tâm chỉ đạo.

IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023

1. Tiếp tục rà soát, đơn giản hóa thủ tục hành chính.

2. Đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình.

3. Kiện toàn đội ngũ cán bộ đầu mối kiểm soát thủ tục hành chính tại các sở, ban, ngành, UBND cấp huyện, cấp xã; tổ chức tập huấn nghiệp vụ, bồi dưỡng kỹ năng cho đội ngũ này trong năm.

4. Nâng cao chất lượng phục vụ của Trung tâm Phục vụ hành chính công.

6. Tổ chức tự đánh giá, chấm điểm chỉ số CCHC năm 2023 đúng quy định.

V. KIẾN NGHỊ, ĐỀ XUẤT Nơi nhận: KT. CHÁNH VĂN PHÒNG

Đề nghị Bộ Nội vụ hướng dẫn đánh giá chỉ số CCHC.
"""


def test_numbered_paragraph_run_into_a_sibling_is_a_sub_section() -> None:
    # "3. …" reads as a long sentence: the chunker keeps it in "2. …"'s text
    ans = _ask("Phần IV gồm những mục nào?", LEAKED)
    assert ans is not None
    assert [line[:4] for line in _lines(ans.text)] == ["- 1.", "- 2.", "- 3.", "- 4.", "- 6."]
    assert ans.citations[2].quote.startswith("3. Kiện toàn")


def test_gap_in_numbering_states_no_count() -> None:
    # item 5 is missing: a heading may be lost in a scan, so no count is stated in bold
    ans = _ask("What are the sub-sections of part IV?", LEAKED, "en")
    assert ans is not None
    assert "**" not in ans.text
    assert "1, 2, 3, 4, 6" in ans.text


def test_report_parts_read_their_labels_and_lose_the_closing() -> None:
    # "I1I." is OCR's "III."; the closing run into the last heading is no part of its name
    ans = _ask("What parts does the report have? Which sections?", LEAKED, "en")
    assert ans is not None
    lines = [line.split(" [")[0] for line in _lines(ans.text)]
    assert lines == ["- III. NHẬN XÉT CHUNG", "- IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023",
                     "- V. KIẾN NGHỊ, ĐỀ XUẤT"]  # fmt: skip
