"""One area of a part asked by its own words: the area whose label names the topic words the
part's heading leaves unnamed, told alone with its figures; a part asked by its heading is
still told area by area. Real parts: a small real index (tests/helpers/mini_index.py) of a
report written here; the area rule on made-up labels."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.summary_area_asked import MIN_UNNAMED, asked_area, names, unnamed
from bot.summary_parts import Part
from tests.helpers.mini_index import REPORT, mini_index, summarise

TOWN = """BÁO CÁO
Tình hình thực hiện nhiệm vụ năm 2024 của thị xã

I. CÔNG TÁC CHỈ ĐẠO

Ủy ban nhân dân thị xã đã làm việc với các phường về kế hoạch năm 2024 gồm 28 nhiệm vụ.

II. KẾT QUẢ THỰC HIỆN

1. Hoàn thiện thể chế

Đã soạn thảo 17 văn bản quy phạm pháp luật và tự kiểm tra 23 văn bản.

2. Thực hiện cơ chế một cửa trong giải quyết công việc

- Tình hình hoạt động của Bộ phận Một cửa các cấp: trang bị thêm 40 máy tính, hỗ trợ người dân nộp trực tuyến.
- Kết quả số hóa hồ sơ, giấy tờ: đã số hóa 5.200 bộ hồ sơ lưu trữ.
- Kết quả giải quyết hồ sơ tại các cấp chính quyền trên địa bàn:
+ Số hồ sơ đã giải quyết 8.400 hồ sơ, trong đó trước hạn 7.900 hồ sơ.
+ Số hồ sơ đang giải quyết 350 hồ sơ.
- Kết quả đánh giá chất lượng phục vụ: 96 phần trăm người dân hài lòng.

III. PHƯƠNG HƯỚNG NĂM 2025

1. Tiếp tục rà soát thủ tục hành chính.
"""


def _summary(question: str) -> str:
    title = "Tình hình thực hiện nhiệm vụ năm 2024"
    return summarise(mini_index(TOWN, replace(REPORT, title=title)), question)


def test_the_area_a_question_names_beyond_its_parts_heading_is_told_alone() -> None:
    text = _summary("Tóm tắt kết quả giải quyết hồ sơ các cấp năm 2024")
    assert "8.400" in text
    assert "7.900" in text
    # the part's other areas, and their figures, are not what was asked
    assert "5.200" not in text
    assert "40 máy tính" not in text
    assert "96 phần trăm" not in text
    # no bullet cites an empty clause (an area's label said alone, its text on its own lines)
    assert not re.search(r"\*\*:\s*\[\d+\]", text)


def test_a_part_asked_by_its_heading_is_told_area_by_area() -> None:
    text = _summary("Tóm tắt kết quả thực hiện cơ chế một cửa của thị xã năm 2024")
    assert "8.400" in text
    assert "5.200" in text


def _part(label: str, under: bool = False) -> Part:
    return Part(label, [], under=under)


def test_one_area_whose_label_names_the_unnamed_words_as_a_phrase() -> None:
    seq = ["ket", "qua", "giai", "quyet", "ho", "so", "cap"]
    beyond = unnamed(seq, "Thực hiện cơ chế một cửa trong giải quyết công việc kết quả")
    assert beyond == ["ho", "so", "cap"]
    assert len(beyond) >= MIN_UNNAMED
    # "hỗ trợ … các cấp" holds "ho" and "cap", but not beside their neighbours asked
    assert not names("Bộ phận Một cửa các cấp hỗ trợ người dân", beyond, seq)
    # a label that names the unnamed words but not the part's own: a second topic joined
    assert not names("Hồ sơ các cấp", beyond, seq)
    # a label that is a sentence of its item's text states, it does not name an area
    assert not names("Kết quả giải quyết hồ sơ tại các cấp đã được nâng lên.", beyond, seq)
    assert names("Kết quả giải quyết hồ sơ tại các cấp chính quyền", beyond, seq)
    parts = [
        _part("Bộ phận Một cửa các cấp hỗ trợ người dân"),
        _part("Kết quả giải quyết hồ sơ tại các cấp chính quyền"),
        _part("Cấp huyện", under=True),
        _part("Đánh giá chất lượng"),
    ]
    assert [p.label for p in asked_area(parts, beyond, seq)] == [
        "Kết quả giải quyết hồ sơ tại các cấp chính quyền",
        "Cấp huyện",
    ]


def test_all_areas_when_none_or_several_name_the_words_or_too_few_are_unnamed() -> None:
    seq = ["giai", "quyet", "ho", "so", "cap"]
    both = [_part("Giải quyết hồ sơ các cấp tỉnh"), _part("Giải quyết hồ sơ các cấp xã")]
    assert asked_area(both, ["ho", "so", "cap"], seq) == both
    none = [_part("Cơ sở vật chất"), _part("Đánh giá chất lượng")]
    assert asked_area(none, ["ho", "so", "cap"], seq) == none
    one_word = [_part("Giải quyết hồ sơ"), _part("Đánh giá chất lượng")]
    assert asked_area(one_word, ["ho"], seq) == one_word
