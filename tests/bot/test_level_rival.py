"""A part of one level's breakdown asked with no level is doubted when another level's
breakdown has a part of the same label (bot/extractive/level_rival.py)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from bot.extractive.level_rival import RIVALS_READ, item_level, level_rival
from core.query import parse_query

LINE = (
    "Số dịch vụ công mức độ 3 là: 300 (trong đó: 80 dịch vụ công cấp tỉnh; 150 dịch vụ công "
    "cấp huyện); số dịch vụ công mức độ 4 là: 900 (trong đó: 850 dịch vụ công cấp tỉnh; 50 "
    "dịch vụ công cấp huyện)."
)


def _cand(figure: str, text: str = LINE) -> Any:
    chunk = SimpleNamespace(readable=lambda span: text)
    return SimpleNamespace(hit=SimpleNamespace(chunk=chunk), span=None, figure=figure)


def test_an_item_inside_a_levels_bracket_reads_that_level_and_its_label() -> None:
    assert item_level(LINE, "80") == (frozenset({3}), "dich vu cong cap tinh")
    assert item_level(LINE, "850") == (frozenset({4}), "dich vu cong cap tinh")


def test_a_whole_or_a_bracket_of_no_level_is_no_item() -> None:
    assert item_level(LINE, "300") is None  # the whole itself
    assert item_level("Tổng 40 hồ sơ (trong đó: 30 hồ sơ trực tuyến).", "30") is None


def test_same_label_of_another_level_is_doubted_when_no_level_asked() -> None:
    q = parse_query("Tỉnh có bao nhiêu dịch vụ công cấp tỉnh?")
    assert level_rival(q, [_cand("80"), _cand("850")])
    assert level_rival(
        parse_query("how many provincial-level online services?"), [_cand("850"), _cand("80")]
    )


def test_a_level_asked_or_another_label_is_no_doubt() -> None:
    assert not level_rival(
        parse_query("bao nhiêu dịch vụ công mức độ 4 cấp tỉnh"), [_cand("850"), _cand("80")]
    )
    q = parse_query("Tỉnh có bao nhiêu dịch vụ công cấp tỉnh?")
    assert not level_rival(q, [_cand("80"), _cand("50")])  # the rival is a district-level part


def test_only_the_shown_runners_up_are_read() -> None:
    q = parse_query("Tỉnh có bao nhiêu dịch vụ công cấp tỉnh?")
    filler = [_cand("150")] * RIVALS_READ
    assert not level_rival(q, [_cand("80"), *filler, _cand("850")])


def test_a_candidate_of_one_levels_breakdown_is_told_by_its_level() -> None:
    from bot.extractive.level_rival import level_told

    assert level_told(LINE, "850", "trong đó: 850 dịch vụ công cấp tỉnh").startswith("[mức độ 4] ")
    assert level_told(LINE, "300", "mức độ 3 là: 300") == "mức độ 3 là: 300"


def test_labels_alike_but_for_an_ocr_vowel_are_one_label() -> None:
    from bot.extractive.level_rival import same_label

    assert same_label("ho so cap xa", "ho so cp xa")
    assert not same_label("ho so cap xa", "ho so cap huyen")
