"""Two long parts that say one head word ("giấy phép … và giấy phép …"): each part keeps its
own words; the parts are cut to the words both say only when each keeps a word of its own past
that head. Made-up questions."""

from __future__ import annotations

from bot.compare_parts import parts_of
from core.query import parse_query


def _labels(question: str) -> list[str]:
    return [p.label for p in parts_of(parse_query(question))]


def test_a_long_part_before_keeps_its_own_words() -> None:
    labels = _labels(
        "Lâm Đồng: giấy phép đã cấp nhưng bị thu hồi và giấy phép đang xét đã bị trả lại, "
        "mỗi loại bao nhiêu?"
    )
    assert labels == ["giấy phép đã cấp nhưng bị thu hồi", "giấy phép đang xét đã bị trả lại"]


def test_a_part_whose_words_the_other_says_all_is_not_cut_to_the_head() -> None:
    labels = _labels(
        "Kon Tum: viên chức được điều động từ huyện khác về giữ chức vụ quản lý và viên chức "
        "không giữ chức vụ quản lý, mỗi loại bao nhiêu?"
    )
    assert labels[1] == "viên chức không giữ chức vụ quản lý"
    assert labels[0].startswith("viên chức được điều động")


def test_parts_that_differ_by_a_negation_are_still_cut_to_their_own_words() -> None:
    labels = _labels(
        "Kinh phí tự chủ của các cơ quan hành chính cấp tỉnh năm nay và kinh phí không tự chủ "
        "là bao nhiêu?"
    )
    assert labels == ["Kinh phí tự chủ", "kinh phí không tự chủ"]
