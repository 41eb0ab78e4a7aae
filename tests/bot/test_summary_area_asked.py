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

2. Thực hiện chương trình cây xanh trong chỉnh trang đô thị

- Tình hình hoạt động của Tổ cây xanh các phường: trang bị thêm 40 xe tưới, hỗ trợ người dân trồng cây.
- Kết quả khảo sát giống cây, vật tư: đã khảo sát 5.200 mẫu giống.
- Kết quả chăm sóc vườn ươm tại các phường trên địa bàn:
+ Số cây đã xuất vườn 8.400 cây, trong đó cây bóng mát 7.900 cây.
+ Số cây đang ươm 350 cây.
- Kết quả đánh giá chất lượng cây trồng: 96 phần trăm cây sống tốt.

III. PHƯƠNG HƯỚNG NĂM 2025

1. Tiếp tục trồng cây xanh.
"""


def _summary(question: str) -> str:
    title = "Tình hình thực hiện nhiệm vụ năm 2024"
    return summarise(mini_index(TOWN, replace(REPORT, title=title)), question)


def test_the_area_a_question_names_beyond_its_parts_heading_is_told_alone() -> None:
    text = _summary("Tóm tắt kết quả chăm sóc vườn ươm các phường năm 2024")
    assert "8.400" in text
    assert "7.900" in text
    # the part's other areas, and their figures, are not what was asked
    assert "5.200" not in text
    assert "40 xe tưới" not in text
    assert "96 phần trăm" not in text
    # no bullet cites an empty clause (an area's label said alone, its text on its own lines)
    assert not re.search(r"\*\*:\s*\[\d+\]", text)


def test_a_part_asked_by_its_heading_is_told_area_by_area() -> None:
    text = _summary("Tóm tắt kết quả thực hiện chương trình cây xanh của thị xã năm 2024")
    assert "8.400" in text
    assert "5.200" in text


def _part(label: str, under: bool = False) -> Part:
    return Part(label, [], under=under)


def test_one_area_whose_label_names_the_unnamed_words_as_a_phrase() -> None:
    seq = ["ket", "qua", "cham", "soc", "vuon", "uom", "phuong"]
    beyond = unnamed(seq, "Thực hiện chương trình cây xanh trong chỉnh trang đô thị kết quả")
    assert beyond == ["cham", "soc", "vuon", "uom", "phuong"]
    assert len(beyond) >= MIN_UNNAMED
    # a label holding the words asked, but not beside their neighbours asked
    assert not names("Kết quả vườn hoa các phường, chăm sóc và ươm giống", beyond, seq)
    # a label that names the unnamed words but not the part's own: a second topic joined
    assert not names("Chăm sóc vườn ươm các phường", beyond, seq)
    # a label that is a sentence of its item's text states, it does not name an area
    assert not names("Kết quả chăm sóc vườn ươm tại các phường đã được nâng lên.", beyond, seq)
    assert names("Kết quả chăm sóc vườn ươm tại các phường trên địa bàn", beyond, seq)
    parts = [
        _part("Tổ cây xanh các phường hỗ trợ người dân"),
        _part("Kết quả chăm sóc vườn ươm tại các phường trên địa bàn"),
        _part("Phường Bắc", under=True),
        _part("Đánh giá chất lượng"),
    ]
    assert [p.label for p in asked_area(parts, beyond, seq)] == [
        "Kết quả chăm sóc vườn ươm tại các phường trên địa bàn",
        "Phường Bắc",
    ]


def test_all_areas_when_none_or_several_name_the_words_or_too_few_are_unnamed() -> None:
    seq = ["cham", "soc", "vuon", "uom", "phuong"]
    both = [_part("Chăm sóc vườn ươm phường Bắc"), _part("Chăm sóc vườn ươm phường Nam")]
    assert asked_area(both, ["vuon", "uom", "phuong"], seq) == both
    none = [_part("Giống cây"), _part("Đánh giá chất lượng")]
    assert asked_area(none, ["vuon", "uom", "phuong"], seq) == none
    one_word = [_part("Chăm sóc vườn"), _part("Đánh giá chất lượng")]
    assert asked_area(one_word, ["vuon"], seq) == one_word
