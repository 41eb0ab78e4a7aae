"""A list asked at one level of government (tỉnh / huyện / xã): not the list a report leads in
at another level when one is led in at the level asked."""

from __future__ import annotations

import re

from bot.answer import AnswerService
from bot.fact_features import scopes_asked
from bot.list_level import LEVEL_WEIGHT, lead_levels, level_fit
from core.query import parse_query
from core.text import fold
from tests.helpers.typed import assert_items_cited, bullets


def test_the_levels_a_lead_in_names_with_cap() -> None:
    assert lead_levels(["Tổ công tác cấp tỉnh gồm:"]) == {"tinh"}
    assert lead_levels(["", "Đoàn kiểm tra cấp huyện và cấp xã gồm có:"]) == {"huyen", "xa"}
    # a place named "huyện Kỳ Anh" names no level
    assert lead_levels(["Các đơn vị của huyện Kỳ Anh gồm:"]) == frozenset()


def test_only_a_lead_in_at_other_levels_loses() -> None:
    asked = scopes_asked(parse_query("Which teams work at ward and commune level?").expanded)
    assert "xa" in asked
    assert level_fit(["Tổ giúp việc cấp huyện gồm:"], asked) == -LEVEL_WEIGHT
    assert level_fit(["Tổ giúp việc cấp huyện và cấp xã gồm:"], asked) == 0.0
    assert level_fit(["Tổ giúp việc gồm:"], asked) == 0.0  # no level named
    assert level_fit(["Tổ giúp việc cấp huyện gồm:"], frozenset()) == 0.0  # none asked


def test_the_one_stop_desk_at_each_level(service: AnswerService) -> None:
    def listed(question: str) -> list[str]:
        ans = service.answer(question)
        assert_items_cited(ans)
        return [fold(re.sub(r"^- |\s*\[\d+\]$", "", b)) for b in bullets(ans)]

    commune = listed("Which officials does the Hai Duong one-stop desk at the commune level have?")
    assert any("tu phap" in i for i in commune), commune
    assert not any("chien sy" in i for i in commune), commune
    district = listed("Which officials does the Hai Duong one-stop desk at the district level have?")
    assert any("chien sy" in i for i in district), district
