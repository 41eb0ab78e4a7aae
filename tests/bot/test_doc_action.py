"""The document action that governs a count, against the one asked (bot/doc_action.py)."""

from __future__ import annotations

import pytest

from bot.doc_action import asked_action, governing_action
from core.text import fold

CHECKED = (
    "Sở Tư pháp đã rà soát 45 văn bản, trong đó có 30 nghị quyết ban hành năm 2021 và 15 "
    "quyết định ban hành năm 2022."
)
ISSUED = "Trong quý, UBND tỉnh ban hành 12 quyết định quy phạm pháp luật; kiểm tra 8 văn bản."


@pytest.mark.parametrize(
    ("question", "action"),
    [
        ("how many decisions did the province issue in 2022", "ban hanh"),
        ("Tỉnh đã ban hành bao nhiêu nghị quyết?", "ban hanh"),
        ("so van ban duoc ra soat la bao nhieu", "ra soat"),
        ("how many documents were reviewed and issued", ""),  # two asked: none
    ],
)
def test_asked_action(question: str, action: str) -> None:
    assert asked_action(fold(question)) == action


def test_an_item_takes_its_headlines_verb() -> None:
    # "ban hành" after each item only says when the reviewed ones were issued
    assert governing_action(CHECKED, "15") == "ra soat"
    assert governing_action(CHECKED, "30") == "ra soat"


def test_each_clause_its_own_verb() -> None:
    assert governing_action(ISSUED, "12") == "ban hanh"
    assert governing_action(ISSUED, "8") == "kiem tra"
    assert governing_action("Có 5 kế hoạch được triển khai.", "5") == ""
