"""A second part that says again only the first part's opening word and then a qualifier of
the kind the first part says with another value ("tổng số X ở cấp huyện so với tổng cấp xã")
asks the first part's measure at its own qualifier: never a figure near the qualifier alone.
Two parts that each open on the same word and end on their own head noun ("total revenue vs
total spending") share no head. Questions and report lines made up for the test."""

from __future__ import annotations

import pytest

from bot.compare_parts import parts_of
from bot.part_qualifier import swapped_rival
from core.query import parse_query
from core.text import fold
from tests.helpers.mini_index import mini_index
from tests.helpers.parts import label_cells, parts_answer

TEXT = """II. KẾT QUẢ XÂY DỰNG CHÍNH QUYỀN SỐ
1. Dịch vụ công trực tuyến
- Tổng cấp tỉnh có 1.210 DVC trực tuyến mức độ 4 (trung bình mỗi sở có 61 DVC mức 4).
- Tổng cấp huyện có 2.470 DVC trực tuyến mức độ 4.
2. Một cửa điện tử
- Hệ thống một cửa điện tử đã triển khai tại 11 UBND huyện, đang nhân rộng đến cấp xã.
"""


def _parts(question: str, en: bool = False) -> list[tuple[str, str]]:
    return [(p.label, p.query.folded) for p in parts_of(parse_query(question), en=en)]


@pytest.mark.parametrize(
    ("question", "second"),
    [
        ("Bình Phước: tổng số DVC mức 4 ở cấp tỉnh so với tổng cấp huyện?", "tong so dvc muc 4"),
        ("binh phuoc: tong dvc muc 4 o cap tinh va tong o cap huyen la bao nhieu?", "tong dvc muc 4"),
        ("so ho so muc do 3 cua cap tinh so voi so cua cap huyen", "so ho so muc do 3"),
    ],
)  # fmt: skip
def test_the_second_part_inherits_the_first_part_s_measure(question: str, second: str) -> None:
    (_, first_q), (label, second_q) = _parts(question)
    assert "cap huyen" in second_q
    assert second in second_q
    assert "cap huyen" not in first_q
    assert fold(label).endswith("cap huyen")


def test_the_swapped_label_names_the_measure_too() -> None:
    (_, label) = [
        p.label
        for p in parts_of(
            parse_query("Bình Phước: tổng số DVC mức 4 ở cấp tỉnh so với tổng cấp huyện?")
        )
    ]
    assert fold(label) == "tong so dvc muc 4 cap huyen"


def test_no_swap_without_a_rival_or_with_words_of_its_own() -> None:
    words = "tong so dvc muc 4 o cap tinh so voi tong cap huyen".split()  # noqa: SIM905
    assert swapped_rival(words, (0, 8), (10, 13)) == [(0, 5), (11, 13), (8, 8)]
    # nothing said again: the second part is the qualifier alone, read elsewhere
    assert swapped_rival(words, (0, 8), (11, 13)) is None
    # a word of its own before the qualifier ("tổng hồ sơ cấp huyện"): not the same measure
    other = "tong so dvc muc 4 o cap tinh so voi tong ho so cap huyen".split()  # noqa: SIM905
    assert swapped_rival(other, (0, 8), (10, 15)) is None
    # a qualifier of another kind ("mức 3" beside "cấp tỉnh"): no rival
    level = "tong so dvc o cap tinh so voi tong muc 3".split()  # noqa: SIM905
    assert swapped_rival(level, (0, 6), (8, 11)) is None


def test_the_second_part_takes_its_measure_s_figure_not_one_near_its_qualifier() -> None:
    question = "Bình Phước: tổng số DVC mức 4 ở cấp tỉnh so với tổng cấp huyện?"
    ans = parts_answer(mini_index(TEXT), question)
    assert ans is not None
    rows = list(label_cells(ans.text).values())[1:]
    assert "11" not in " ".join(rows)  # the UBND huyện with a one-stop system are no services
    assert "2.470" in rows[-1], ans.text


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Binh Phuoc: total provincial revenue vs total local budget spending in 2022?",
         ["total provincial revenue", "total local budget spending"]),
        ("Binh Phuoc: total budget revenue versus total budget expenditure?",
         ["total budget revenue", "total budget expenditure"]),
    ],
)  # fmt: skip
def test_parts_opening_on_one_word_each_keep_their_own_head(question: str, want: list[str]) -> None:
    assert [label for label, _ in _parts(question, en=True)] == want
