"""Two parts a plain "và" joins, with no comparison word: a thing and its negation ("thường
xuyên và không thường xuyên") are always two parts; a head said again ("mức 3 và mức 4") is two
parts only when one line gives each its own figure, since the question may ask one figure of
both. Questions and reports made up for the test."""

from __future__ import annotations

from bot.compare_parts import parts_of
from core.query import parse_query
from tests.helpers.mini_index import mini_index
from tests.helpers.parts import parts_answer, parts_body

TEXT = """III. HIỆN ĐẠI HÓA HÀNH CHÍNH
1. Dịch vụ công trực tuyến
- Các sở, ngành đã cung cấp 318 DVC trực tuyến mức 3, 547 DVC trực tuyến mức 4.
2. Hồ sơ trực tuyến
- Tiếp nhận 1.250 hồ sơ trực tuyến mức 3 và mức 4 (trong đó: hồ sơ mức 3 là 480, hồ sơ mức 4
là 770).
"""


def _labels(question: str, weak: bool = False) -> list[str]:
    return [p.label for p in parts_of(parse_query(question), weak=weak)]


def test_a_thing_and_its_negation_are_two_parts_without_a_comparison_word() -> None:
    got = _labels(
        "Tỷ lệ giải ngân vốn thường xuyên và không thường xuyên của Bình Phước là bao nhiêu?"
    )
    assert got == ["thường xuyên", "không thường xuyên"]
    # no negation: one figure of both may be asked
    assert _labels("Bình Phước giải quyết đúng hạn và trước hạn bao nhiêu hồ sơ?") == []


def test_a_head_said_again_splits_only_when_weak() -> None:
    question = "Số DVC trực tuyến mức 3 và mức 4 của các sở ngành Bình Phước là bao nhiêu?"
    assert _labels(question) == []
    assert _labels(question, weak=True) == ["mức 3", "mức 4"]
    # summed, even when weak
    assert _labels("Tổng số DVC mức 3 và mức 4 của Bình Phước là bao nhiêu?", weak=True) == []


def test_one_line_giving_each_part_its_figure_answers_both() -> None:
    question = "Số DVC trực tuyến mức 3 và mức 4 của các sở ngành Bình Phước là bao nhiêu?"
    text = parts_body(mini_index(TEXT), question)
    assert "**318**" in text, text
    assert "**547**" in text, text


def test_a_line_that_gives_the_parts_whole_leaves_the_question_to_the_figure_answerer() -> None:
    index = mini_index(TEXT)
    q = parse_query("Số hồ sơ trực tuyến mức 3 và mức 4 Bình Phước tiếp nhận là bao nhiêu?")
    assert len(parts_of(q, weak=True)) == 2
    assert parts_answer(index, q) is None


def test_a_gloss_after_a_negated_part_stays_with_that_part() -> None:
    question = (
        "Binh Phuoc 2023: the autonomous (tu chu) vs non-autonomous (khong tu chu) "
        "allocation, what % of each was used in the first half?"
    )
    got = [(p.label, p.query.folded) for p in parts_of(parse_query(question), en=True)]
    assert [label for label, _ in got] == [
        "autonomous (tu chu) allocation",
        "non-autonomous (khong tu chu) allocation",  # as typed
    ]
    assert "khong" not in got[0][1]
    assert "how many" not in got[0][1]  # "%" asks the number


HEALTH = """IV. Y TẾ
- Số mũi tiêm năm 2023 đạt 41.300 mũi, bằng 118% so với năm 2022.
- Số mẫu xét nghiệm năm 2023 đạt 6.250 mẫu, bằng 96% so với năm 2022.
"""
HEALTH_ASKED = "Trong năm 2023, Bình Phước tiêm và xét nghiệm bằng bao nhiêu % so với năm 2022?"


def test_two_short_things_a_plain_and_joins_split_only_when_weak() -> None:
    assert _labels(HEALTH_ASKED) == []
    got = parts_of(parse_query(HEALTH_ASKED), weak=True)
    assert [p.label for p in got] == ["tiêm", "xét nghiệm"]
    assert all("2023" in p.query.text for p in got)  # the year dates both, no part's word


def test_each_part_from_a_line_of_its_own_answers_both() -> None:
    text = parts_body(mini_index(HEALTH), HEALTH_ASKED)
    assert "**118%**" in text, text
    assert "**96%**" in text, text


def test_a_label_ends_on_no_dated_aside() -> None:
    question = "Hộp thư công vụ ở Bình Phước: bao nhiêu hộp cấp cho sở, bao nhiêu hộp cấp cho xã (đến hết 9/2024)?"
    assert _labels(question) == ["hộp cấp cho sở", "hộp cấp cho xã"]
