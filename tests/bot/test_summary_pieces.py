"""A summary of several parts named side by side ("tóm tắt phần A, B và C trong báo cáo …",
"summarise the A and B sections of the … report"): each part its own bullets under its
heading, one numbering of sources; a part inside another asked is told once; a piece that
names no part of the report leaves the question to the single-part summary. Real parts: a
small real index of a report text written here (tests/helpers/mini_index.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.intents_types import SECTION_KINDS
from bot.summary_scope import OPENING_WORDS, heads_kind, named_pieces
from core.text import fold
from tests.helpers.mini_index import REPORT, mini_index
from tests.helpers.mini_index import summarise as summary_of

TEXT = """BÁO CÁO
Kết quả công tác thông tin cơ sở năm 2021

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Phát triển đài truyền thanh

Toàn huyện lắp mới 42 cụm loa thông minh tại các thôn, bản.

2. Bồi dưỡng tuyên truyền viên

Tổ chức 6 lớp bồi dưỡng cho 310 tuyên truyền viên cơ sở.

- Kết quả rà soát, đề xuất thay thế loa hỏng: đã thay thế 17 cụm loa.

II. NHẬN XÉT CHUNG

Công tác thông tin cơ sở được quan tâm, nội dung phát thanh phong phú hơn năm trước.

1. Những tồn tại, hạn chế

Một số xã chưa bố trí người phụ trách đài, kinh phí bảo trì còn thiếu.

III. KIẾN NGHỊ, ĐỀ XUẤT

Đề nghị tỉnh hỗ trợ kinh phí thay thế các cụm loa đã xuống cấp ở vùng sâu.
"""


def _summary(question: str, language: str = "vi") -> str:
    index = mini_index(TEXT, replace(REPORT, title="Kết quả công tác thông tin cơ sở năm 2021"))
    return summary_of(index, question, language)


@pytest.mark.parametrize(
    ("question", "pieces"),
    [
        ("Tóm tắt các mục khó khăn, nguyên nhân và đề xuất của báo cáo năm 2021", 3),
        ("tom tat muc ton tai han che va de xuat cua bao cao", 2),
        ("Summarise the training and the loudspeaker sections of the 2021 report", 2),
        ("Give me a summary of the shortcomings, causes and next steps in the report", 3),
    ],
)
def test_pieces_named_side_by_side(question: str, pieces: int) -> None:
    # "tồn tại" is no "tại <the report>": the piece is not cut there
    assert len(named_pieces(fold(question))) == pieces


@pytest.mark.parametrize(
    "question", ["Tóm tắt báo cáo thông tin cơ sở năm 2021", "Summarise the training section"]
)
def test_one_part_or_the_report_names_no_pieces(question: str) -> None:
    assert named_pieces(fold(question)) == []


def test_a_heading_opens_with_its_kind() -> None:
    limits, proposals = SECTION_KINDS["limits"], SECTION_KINDS["proposals"]
    tasks = SECTION_KINDS["tasks"]
    assert heads_kind("2. Những tồn tại, hạn chế", limits)
    assert heads_kind("V. PHƯƠNG HUGNG, NHIỆM VỤ CUỐI NĂM", tasks)  # (a word misread first)
    # a results area naming a kind further on is no section of that kind
    assert not heads_kind("- Kết quả rà soát, đề xuất thay thế loa hỏng", proposals)
    assert not heads_kind("6. Về thực hiện các nhiệm vụ được giao", tasks)
    assert OPENING_WORDS == 4


def test_the_parts_named_are_told_each_under_its_heading() -> None:
    text = _summary("Cho biết tóm tắt các mục kiến nghị, nhận xét chung và hạn chế của báo cáo năm 2021")
    assert "**II. NHẬN XÉT CHUNG**" in text
    assert "**III. KIẾN NGHỊ, ĐỀ XUẤT**" in text
    assert "2 mục" in text  # the limits inside the general remarks: told once, with them
    assert "kinh phí bảo trì" in text
    assert "vùng sâu" in text
    assert "42 cụm loa" not in text  # no part not asked


def test_english_side_by_side() -> None:
    text = _summary("Summarise the shortcomings and the recommendations of the 2021 report", "en")
    assert "2 parts asked" in text
    assert "vùng sâu" in text


def test_a_piece_naming_no_part_leaves_the_single_part_summary() -> None:
    # no part of the report is about causes: not a summary of several parts
    text = _summary("Tóm tắt phần hạn chế và nguyên nhân trong báo cáo năm 2021")
    assert "mục được hỏi" not in text
