"""A kind of section asked of the whole report (bot/section_siblings.py `parallel_of_kind`):
when each top-level part has its own section of that kind ("A. … > II. Đánh giá > 2. Tồn tại,
hạn chế" and "B. … > II. Đánh giá > 2. Khó khăn, vướng mắc") and the question's words name
neither part, every part's section is listed, each under its part's heading; a question that
names one part's subject gets that part's alone. The report text is the made-up one of
tests/bot/test_section_siblings.py."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    "question",
    [
        "What shortcomings in digital transformation does the 2022 report identify?",
        "What limitations does the 2022 report note for communication work?",
        "bao cao nam 2022 neu nhung han che gi trong chuyen doi so",
    ],
)
def test_the_part_the_question_names_best_answers_alone(question: str) -> None:
    """Whichever part's section was found first, the part whose headings hold the question's
    words better (`best_named`) is answered, alone."""
    ans = _ask(question, "vi" if question.startswith("bao") else "en")
    assert ans is not None
    parts = {c.section.split(" > ")[0] for c in ans.citations}
    assert len(parts) == 1
    assert " — " not in ans.text.split("\n")[0]
