"""One figure for each of several service levels asked is "not found" unless it is one asked
level's own (bot/each_level.py): the levels counted together, or the total of every level, is
no level's figure."""

from __future__ import annotations

import pytest

from bot.each_level import figure_levels, joined_for_each
from core.text import fold

_JOINED = "Tổng số dịch vụ công đang cung cấp mức độ 3 và 4 là: 1.310 dịch vụ công, đạt tỷ lệ 71%."
_OCR = "Tăng số dịch vụ công đang thực hiện cung cấp mức độ 3 va4la: 1.272 dịch vụ công."
_EACH = "Hiện có 150 DVCTT mức độ 3 và 480 DVCTT mức độ 4 được tích hợp lên Cổng DVC quốc gia."
_TOTAL = "Tổng số hồ sơ tiếp nhận là: 80.100 hồ sơ (trong đó: mức độ 3 là 30.000 hồ sơ, mức độ 4 là 41.000 hồ sơ)."


@pytest.mark.parametrize(
    ("quote", "figure", "levels"),
    [
        (_JOINED, "1.310", {3, 4}),
        (_OCR, "1.272", {3, 4}),  # the level's digit glued to the next word
        (_EACH, "150", {3}),
        (_EACH, "480", {4}),
        (_TOTAL, "80.100", set()),  # the parts' levels are in brackets: not the whole's
        (_TOTAL, "30.000", {3}),
    ],
)
def test_a_figure_s_own_levels(quote: str, figure: str, levels: set[int]) -> None:
    assert figure_levels(quote, figure) == levels


@pytest.mark.parametrize(
    "question",
    [
        "Tỉnh có bao nhiêu dịch vụ công mức độ 3 và mức độ 4, mỗi mức bao nhiêu?",
        "How many level 3 and level 4 services does the province offer, each?",
        "so ho so dvc muc 3, muc 4 moi loai la bao nhieu",
        "Số DVC mức độ 3, 4 lần lượt là bao nhiêu?",
    ],
)
def test_each_level_asked_is_not_answered_by_levels_together(question: str) -> None:
    q = fold(question)
    assert joined_for_each(q, q, _JOINED, "1.310")
    assert joined_for_each(q, q, _TOTAL, "80.100")
    assert not joined_for_each(q, q, _EACH, "480")  # one asked level's own figure stands


def test_levels_asked_together_or_one_level_are_not_judged() -> None:
    together = fold("Tổng số dịch vụ công mức độ 3 và 4 là bao nhiêu?")
    assert not joined_for_each(together, together, _JOINED, "1.310")
    one = fold("Mỗi huyện có bao nhiêu dịch vụ công mức độ 4?")
    assert not joined_for_each(one, one, _TOTAL, "80.100")


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("so dvc muc do 3 hoac 4", {3, 4}),
        ("how many level 3 and level 4 services", {3, 4}),
        ("dich vu cong muc do 4 va muc 3 tiep nhan", {3, 4}),
        ("muc do 3, muc do 4 la bao nhieu", {3, 4}),
    ],
)
def test_a_run_of_levels_is_read_alike_in_a_question_and_a_clause(
    text: str, levels: set[int]
) -> None:
    # the question's levels (bot/extractive/levels.py) and a figure's (bot/each_level.py) by
    # the one reader of a run of levels
    from bot.extractive.levels import asked_levels

    assert asked_levels(text) == levels
    assert figure_levels(f"{text}: 500", "500") == levels


def test_a_figure_after_a_level_is_no_second_level() -> None:
    from bot.extractive.levels import asked_levels

    assert asked_levels("dich vu cong muc do 4 1.044 ho so") == {4}
    assert figure_levels("Cung cấp DVC mức độ 4 với 12 nhóm: 1.044 hồ sơ.", "1.044") == frozenset()
