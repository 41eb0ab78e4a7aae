"""A count noun written with commas between its words ("sở, ban, ngành") is still the thing a
question counts (bot/counted.py `asked_noun`): a figure of services or dossiers is no count of
the departments."""

from __future__ import annotations

import pytest

from bot.counted import asked_noun, other_thing
from core.text import fold

LINE = (
    "Đến hết quý II, Cổng thông tin điện tử tỉnh có 2.105 tin, bài; hiện có 18 sở, ban, ngành "
    "kết nối, trong đó 64 dịch vụ công cấp tỉnh được tích hợp."
)


@pytest.mark.parametrize(
    "question",
    [
        "Tỉnh có bao nhiêu sở, ban, ngành kết nối cổng dịch vụ công?",
        "co bao nhieu so, ban, nganh ket noi",
        "How many departments are connected to the portal?",
        "bao nhiêu sở, ngành đã tích hợp dịch vụ công",
    ],
)
def test_departments_asked_with_commas(question: str) -> None:
    assert asked_noun(fold(question)) == "co quan"
    assert other_thing(fold(question), LINE, "64") == "dich vu"  # services, not departments
    assert other_thing(fold(question), LINE, "18") == ""  # the departments themselves


def test_services_asked_not_departments() -> None:
    q = fold("bao nhiêu dịch vụ công cấp tỉnh được tích hợp")
    assert other_thing(q, LINE, "64") == ""


ORGS = "Năm nay tỉnh thành lập thêm 15 tổ chức hội thuộc các sở, ban, ngành và 40 câu lạc bộ."


@pytest.mark.parametrize(
    "question",
    [
        "how many sở, ban, ngành does the province have?",
        "number of so ban nganh in the province?",
        "tỉnh có bao nhiêu sở, ban, ngành?",
    ],
)
def test_organisations_inside_departments_are_no_count_of_departments(question: str) -> None:
    # an English question naming the reports' own noun asks that noun
    assert asked_noun(fold(question)) == "co quan"
    assert other_thing(fold(question), ORGS, "15") == "to chuc"


def test_organisations_asked_are_counted_by_organisations() -> None:
    for q in ("how many organisations were newly set up?", "thành lập thêm bao nhiêu tổ chức hội"):
        assert asked_noun(fold(q)) == "to chuc"
        assert other_thing(fold(q), ORGS, "15") == ""
