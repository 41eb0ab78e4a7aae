"""A summary leaves out a listed item that only restates the report's subject with words of
carrying on; a section asked as such lists every item. Real parts: a small real index
(tests/helpers/mini_index.py) of a report text written here."""

from __future__ import annotations

from dataclasses import replace

from bot.section_answer import SectionAnswerer
from bot.summary_generic import MIN_LEFT, restates_subject
from core.query import parse_query
from tests.helpers.mini_index import REPORT, everything, mini_index

TITLE = "Kết quả công tác cải cách hành chính năm 2023 và nhiệm vụ năm 2024"
TOWN = """BÁO CÁO
Kết quả công tác cải cách hành chính năm 2023 và nhiệm vụ năm 2024

I. KẾT QUẢ ĐẠT ĐƯỢC

Thị xã đã rà soát 58 thủ tục hành chính trong năm 2023.

II. NHIỆM VỤ NĂM 2024

1. Tiếp tục triển khai thực hiện các nhiệm vụ cải cách hành chính năm 2024.

2. Số hóa toàn bộ hồ sơ hộ tịch của các phường.

3. Nâng cấp hệ thống truyền thanh cơ sở tại các xã.

4. Bồi dưỡng kỹ năng giao tiếp cho công chức bộ phận một cửa.
"""


def _tasks(question: str, text: str = TOWN) -> str:
    index = mini_index(text, replace(REPORT, title=TITLE))
    ans = SectionAnswerer(index).answer(parse_query(question), everything(index), "vi", ["tasks"])
    assert ans is not None
    return ans.text


def test_a_summary_leaves_out_the_item_that_restates_the_subject() -> None:
    text = _tasks("Tóm tắt giúp các nhiệm vụ năm 2024 của thị xã")
    # MIN_LEFT items are left beside it, just enough to leave it out
    assert TOWN.count("\n2.") + TOWN.count("\n3.") + TOWN.count("\n4.") == MIN_LEFT
    assert "Tiếp tục triển khai thực hiện" not in text
    for task in ("hồ sơ hộ tịch", "truyền thanh cơ sở", "kỹ năng giao tiếp"):
        assert task in text


def test_a_section_asked_as_such_lists_every_item() -> None:
    text = _tasks("Thị xã đề ra những nhiệm vụ gì cho năm 2024?")
    assert "Tiếp tục triển khai thực hiện" in text
    assert "hồ sơ hộ tịch" in text


def test_an_item_naming_an_area_of_its_own_is_kept() -> None:
    assert restates_subject("Tiếp tục thực hiện kế hoạch cải cách hành chính năm 2024.", TITLE)
    assert not restates_subject("Tiếp tục thực hiện kế hoạch số hóa hồ sơ năm 2024.", TITLE)


def test_an_item_naming_a_step_of_its_own_is_kept() -> None:
    # issuing or finishing the plan is a step, though its words are the title's
    assert not restates_subject("Ban hành Kế hoạch cải cách hành chính năm 2024.", TITLE)
    assert not restates_subject("Hoàn thành các nhiệm vụ cải cách hành chính năm 2024.", TITLE)
    issued = TOWN.replace("3. Nâng cấp", "3. Ban hành Kế hoạch cải cách hành chính năm 2024.\n\n5. Nâng cấp")
    text = _tasks("Tóm tắt giúp các nhiệm vụ năm 2024 của thị xã", issued)
    assert "Ban hành Kế hoạch cải cách hành chính năm 2024" in text
    assert "Tiếp tục triển khai thực hiện" not in text


def test_a_part_of_few_items_is_told_whole() -> None:
    # fewer than MIN_LEFT items would be left beside it: the general one is kept
    short = TOWN.split("\n\n4.")[0] + "\n"
    assert short.count("\n2.") + short.count("\n3.") == MIN_LEFT - 1
    text = _tasks("Tóm tắt giúp các nhiệm vụ năm 2024 của thị xã", short)
    assert "Tiếp tục triển khai thực hiện" in text
    assert "truyền thanh cơ sở" in text
