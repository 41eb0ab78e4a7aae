"""A list asked at one level of government (tỉnh / huyện / xã): not the list a report leads in
at another level when one is led in at the level asked. A level is asked as a level ("cấp xã",
"commune level"), not by a place name ("huyện Kỳ Anh"), as a lead-in names one.
Real parts: a small real index (tests/helpers/mini_index.py) of a report text written here."""

from __future__ import annotations

import pytest

from bot import list_level
from bot.list_answer import ListAnswerer
from bot.list_level import LEVEL_WEIGHT, lead_levels, level_fit, levels_asked
from bot.section_answer import SectionAnswerer
from core.query import parse_query
from index.generations import LoadedIndex
from tests.helpers.mini_index import everything, mini_index

# Two lists of one kind of team: the district one first and its lead-in fuller (it fits an
# asked "public service inspection team" better), so only the level tells them apart.
TEXT = """BÁO CÁO
Kết quả kiểm tra công vụ năm 2023

I. KẾT QUẢ THỰC HIỆN

1. Công tác kiểm tra

Tổ kiểm tra công vụ cấp huyện gồm có các thành viên sau:

- Trưởng phòng Nội vụ làm tổ trưởng.

- Chánh Thanh tra huyện làm tổ phó.

- Chuyên viên Văn phòng Hội đồng nhân dân và Ủy ban nhân dân.

Tổ kiểm tra cấp xã gồm:

- Chủ tịch Ủy ban nhân dân làm tổ trưởng.

- Công chức Địa chính - Xây dựng làm tổ phó.

- Công chức Văn hóa - Xã hội làm thành viên.

II. PHƯƠNG HƯỚNG

Tiếp tục kiểm tra công vụ định kỳ và đột xuất trong năm 2024.
"""


@pytest.fixture(scope="module")
def index() -> LoadedIndex:
    """The small report's index."""
    return mini_index(TEXT)


def _answer(index: LoadedIndex, question: str) -> str:
    ans = ListAnswerer(index, SectionAnswerer(index)).answer(
        parse_query(question), everything(index), "vi"
    )
    assert ans is not None, question
    return ans.text


def test_the_levels_a_lead_in_names_with_cap() -> None:
    assert lead_levels(["Tổ công tác cấp tỉnh gồm:"]) == {"tinh"}
    assert lead_levels(["", "Đoàn kiểm tra cấp huyện và cấp xã gồm có:"]) == {"huyen", "xa"}
    # a place named "huyện Kỳ Anh" names no level
    assert lead_levels(["Các đơn vị của huyện Kỳ Anh gồm:"]) == frozenset()


def test_a_level_is_asked_as_a_level_not_by_a_place_name() -> None:
    def asked(question: str) -> frozenset[str]:
        return levels_asked(parse_query(question).folded)

    assert asked("Tổ công tác cấp xã gồm những ai?") == {"xa"}
    assert asked("Which teams work at ward and commune level?") == {"xa"}
    assert asked("Which bodies were set up at district level?") == {"huyen"}
    assert asked("Các đơn vị của huyện Kỳ Anh gồm những đơn vị nào?") == frozenset()
    assert asked("Which units did Ky Anh district set up?") == frozenset()


def test_only_a_lead_in_at_other_levels_loses() -> None:
    asked = levels_asked(parse_query("Which teams work at ward and commune level?").folded)
    assert level_fit(["Tổ giúp việc cấp huyện gồm:"], asked) == -LEVEL_WEIGHT
    assert level_fit(["Tổ giúp việc cấp huyện và cấp xã gồm:"], asked) == 0.0
    assert level_fit(["Tổ giúp việc gồm:"], asked) == 0.0  # no level named
    assert level_fit(["Tổ giúp việc cấp huyện gồm:"], frozenset()) == 0.0  # none asked


def test_the_list_led_in_at_the_asked_level(index: LoadedIndex) -> None:
    commune = _answer(index, "Who are the members of the public service inspection team at commune level?")
    assert "Địa chính" in commune, commune
    assert "Nội vụ" not in commune, commune
    district = _answer(index, "Who are the members of the public service inspection team at district level?")
    assert "Nội vụ" in district, district
    assert "Địa chính" not in district, district


def test_without_the_level_weight_the_first_list_answers(
    index: LoadedIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the level is what tells the two lists apart: weighed at nothing, the commune question
    # gets the district list
    monkeypatch.setattr(list_level, "LEVEL_WEIGHT", 0.0)
    commune = _answer(index, "Who are the members of the public service inspection team at commune level?")
    assert "Nội vụ" in commune, commune
