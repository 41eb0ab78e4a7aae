"""A kind of section asked of the whole report (bot/section_siblings.py `parallel_of_kind`):
when each top-level part has its own section of that kind ("A. … > II. Đánh giá > 2. Tồn tại,
hạn chế" and "B. … > II. Đánh giá > 2. Khó khăn, vướng mắc") and the question's words name
neither part, every part's section is listed, each under its part's heading; a question that
names one part's subject gets that part's alone. The report text is the made-up one of
tests/bot/test_section_siblings.py."""

from __future__ import annotations

from typing import cast

import pytest

from bot.section_answer import Block
from bot.section_siblings import best_named, found_parts
from bot.structure import Para
from tests.bot.test_section_siblings import _ask


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Báo cáo năm 2022 nêu những tồn tại, hạn chế gì?", "vi"),
        ("bao cao nam 2022 neu nhung han che gi", "vi"),
        ("What shortcomings does the 2022 report identify?", "en"),
    ],
)
def test_the_reports_limitations_are_every_parts(question: str, language: str) -> None:
    ans = _ask(question, language)
    assert ans is not None
    assert "Kinh phí truyền thông" in ans.text  # part A's
    assert "Nhân lực công nghệ thông tin" in ans.text  # part B's
    # each group named by its part and its own heading
    assert "**A. CÔNG TÁC TRUYỀN THÔNG — 2. Tồn tại, hạn chế**" in ans.text
    assert "**B. CHUYỂN ĐỔI SỐ — 2. Khó khăn, vướng mắc**" in ans.text
    assert {c.section.split(" > ")[0] for c in ans.citations} == {
        "A. CÔNG TÁC TRUYỀN THÔNG", "B. CHUYỂN ĐỔI SỐ"}  # fmt: skip
    assert "Ưu điểm" not in ans.text  # no other kind


@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("Công tác truyền thông còn những hạn chế gì?", "A. CÔNG TÁC TRUYỀN THÔNG"),
        ("Chuyển đổi số còn những khó khăn, vướng mắc gì?", "B. CHUYỂN ĐỔI SỐ"),
    ],
)
def test_a_part_named_gets_its_own_alone(question: str, part: str) -> None:
    ans = _ask(question)
    assert ans is not None
    assert {c.section.split(" > ")[0] for c in ans.citations} == {part}


def _block(path: tuple[str, ...]) -> Block:
    return Block("r", path, [cast(Para, object())])  # text of its own: the paragraph unread


# Made-up parts: each has a "2. Hạn chế" section; the question's words are part B's.
_A = _block(("A. THÔNG TIN", "II. Đánh giá", "2. Hạn chế"))
_B = _block(("B. CẤP NƯỚC", "II. Đánh giá", "2. Hạn chế"))
_A_GOOD = _block(("A. THÔNG TIN", "II. Đánh giá", "1. Ưu điểm"))
_BLOCKS = [_A_GOOD, _A, _B]


def _names(b: Block, kind: str) -> bool:
    return kind == "limits" and "Hạn chế" in b.heading


def _named_b(b: Block) -> float:  # how much the headings hold "cấp nước", the question's words
    return 1.0 if b.path[0].startswith("B.") else 0.0


def test_the_part_named_better_replaces_the_found_one() -> None:
    """The retriever found part A's section; part B's headings hold the question's words
    better, so B's is answered, alone (`best_named`, `found_parts`)."""
    assert best_named(_BLOCKS, _A, ["limits"], _names, _named_b) is _B
    block, with_it = found_parts(_BLOCKS, _A, [], ["limits"], _names, _named_b)
    assert block is _B
    assert with_it == []


def test_parts_the_words_do_not_tell_apart_stay_together() -> None:
    assert best_named(_BLOCKS, _A, ["limits"], _names, lambda b: 0.0) is _A
    block, with_it = found_parts(_BLOCKS, _A, [], ["limits"], _names, lambda b: 0.0)
    assert block is _A
    assert with_it == [_A, _B]


def test_a_kind_the_found_heading_does_not_name_keeps_the_found_block() -> None:
    assert best_named(_BLOCKS, _A_GOOD, ["limits"], _names, _named_b) is _A_GOOD
