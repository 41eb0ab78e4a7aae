"""A question asking several parts of a breakdown whose report writes one part per list item
gets each asked part's figure from its own item (bot/each_line.py); an item of another list, or
one saying other words, adds nothing. Report text written for the test, in the reports' style."""

from __future__ import annotations

from core.result import Answer
from tests.helpers.mini_index import mini_index
from tests.helpers.parts import plain_service

REPORT = """BÁO CÁO
Kết quả cải cách hành chính năm 2022

II. KẾT QUẢ THỰC HIỆN

2. Cải cách thủ tục hành chính

Toàn tỉnh hiện có 1.930 thủ tục hành chính, trong đó:
+ Số lượng TTHC thuộc thẩm quyền giải quyết của các sở, ban, ngành: 1.512;
+ Số lượng TTHC thuộc thẩm quyền giải quyết của UBND cấp huyện: 291;
+ Số lượng TTHC thuộc thẩm quyền giải quyết của UBND cấp xã: 127;
- Số cuộc kiểm tra công tác cải cách hành chính tại cấp xã: 18.
"""


def _ask(question: str) -> Answer:
    return plain_service(mini_index(REPORT)).answer(question)


def test_each_level_asked_gets_its_item() -> None:
    ans = _ask("Số lượng TTHC thuộc thẩm quyền giải quyết của cấp xã, cấp huyện và cấp tỉnh?")
    head = ans.text.split("\n\n")[0]
    for fig in ("1.512", "291", "127"):
        assert f"**{fig}**" in head, ans.text
    assert "**18**" not in head  # an item of another list: another thing counted


def test_one_level_asked_gets_its_item_alone() -> None:
    ans = _ask("Số TTHC thuộc thẩm quyền giải quyết của UBND cấp huyện là bao nhiêu?")
    assert ans.figure == "291"
    assert ans.text.count("**") == 2
