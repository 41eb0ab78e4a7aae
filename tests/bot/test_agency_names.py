"""A report's agency named in English (with its province) says whose report, not what is
counted (bot/extractive/agency_names.py), and a standard's name is no figure (sites)."""

from __future__ import annotations

from bot.extractive.agency_names import english_agency_names
from bot.extractive.concepts import ConceptMatcher
from bot.extractive.sites import _figures_of
from core.query import parse_query


def test_english_names_of_an_agency_carry_its_province() -> None:
    names = english_agency_names("Văn phòng UBND tỉnh Đồng Tháp")
    assert {"dong thap ppc office", "dong thap's provincial people's committee office",
            "office of the provincial people's committee of dong thap"} <= names  # fmt: skip
    assert "ha tinh's department of information and communications" in english_agency_names(
        "Sở Thông tin và Truyền thông Hà Tĩnh"
    )
    assert english_agency_names("Bộ Nội vụ") == set()  # no province: no report's agency


def test_an_agency_typed_in_english_is_no_concept() -> None:
    matcher = ConceptMatcher({}, 5.0, ("Văn phòng UBND tỉnh Đồng Tháp",))
    words = {t for c in matcher.concepts(parse_query(
        "Which roads did the Dong Thap PPC Office list for repair?")) for a in c.alternatives
        for t in a}  # fmt: skip
    assert "ppc" not in words
    assert "office" not in words
    assert "roads" in words  # what is asked stays


def test_a_standards_number_is_no_figure() -> None:
    line = "Duy trì hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2015 tại 12 phòng."
    assert [f.figure for f in _figures_of(line, [])] == ["12"]
