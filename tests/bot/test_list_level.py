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
    commune = _answer(
        index, "Who are the members of the public service inspection team at commune level?"
    )
    assert "Địa chính" in commune, commune
    assert "Nội vụ" not in commune, commune
    district = _answer(
        index, "Who are the members of the public service inspection team at district level?"
    )
    assert "Nội vụ" in district, district
    assert "Địa chính" not in district, district


def test_without_the_level_weight_the_first_list_answers(
    index: LoadedIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the level is what tells the two lists apart: weighed at nothing, the commune question
    # gets the district list
    monkeypatch.setattr(list_level, "LEVEL_WEIGHT", 0.0)
    commune = _answer(
        index, "Who are the members of the public service inspection team at commune level?"
    )
    assert "Nội vụ" in commune, commune


def test_a_service_level_is_a_level_of_its_own_kind() -> None:
    asked = levels_asked(
        parse_query("Give the level-3 procedure counts per administrative tier.").folded
    )
    assert asked == {"muc3"}
    # the clause leading into the list names another service level: it loses
    assert level_fit(["số dịch vụ mức độ 4 là: 80 (trong đó:"], asked) == -LEVEL_WEIGHT
    # the clauses before its last ";" tell other matters: the level-3 list's clause is not read
    lead = "mức độ 3 là: 50 (trong đó: 20 cấp tỉnh; 30 cấp xã); mức độ 4 là: 80 (trong đó:"
    assert level_fit([lead], asked) == -LEVEL_WEIGHT
    assert level_fit(["mức độ 2 là: 9; mức độ 3 là: 50 (trong đó:"], asked) == 0.0
    assert level_fit(["số dịch vụ (trong đó:"], asked) == 0.0  # no level named
    # a government level named beside a service level asked decides nothing of that kind
    both = levels_asked(parse_query("Which level-3 services does the commune level offer?").folded)
    assert both == {"muc3", "xa"}
    assert level_fit(["mức độ 3 cấp huyện gồm:"], both) == -LEVEL_WEIGHT
    assert level_fit(["mức độ 3 cấp xã gồm:"], both) == 0.0


SERVICES = """BÁO CÁO
Kết quả chuyển đổi số năm 2023

I. KẾT QUẢ THỰC HIỆN

1. Thủ tục trực tuyến

Trong năm, toàn tỉnh đưa lên mạng 900 thủ tục, số dịch vụ công mức độ 3 là: 300 (trong đó: 110 dịch vụ công cấp tỉnh; 120 dịch vụ công cấp huyện; 70 dịch vụ công cấp xã); số dịch vụ công mức độ 4 là: 600 (trong đó: 500 dịch vụ công cấp tỉnh; 60 dịch vụ công cấp huyện; 40 dịch vụ công cấp xã).

II. PHƯƠNG HƯỚNG

Tiếp tục đưa thêm thủ tục lên mạng trong năm 2024.
"""


def test_the_tiers_of_the_service_level_asked() -> None:
    services = mini_index(SERVICES)
    level3 = _answer(services, "Give the level-3 procedure counts per administrative tier.")
    assert "110" in level3, level3
    assert "500" not in level3, level3
    level4 = _answer(services, "Give the level-4 procedure counts per administrative tier.")
    assert "500" in level4, level4
    assert "110" not in level4, level4


def test_without_the_level_weight_the_first_service_level_answers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the service level is what tells the two lists apart: weighed at nothing, the level-4
    # question gets the level-3 list, the first
    monkeypatch.setattr(list_level, "LEVEL_WEIGHT", 0.0)
    level4 = _answer(
        mini_index(SERVICES), "Give the level-4 procedure counts per administrative tier."
    )
    assert "110" in level4, level4
