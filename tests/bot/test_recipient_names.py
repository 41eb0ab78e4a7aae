"""A recipient's body read by its official name where OCR damaged one vowel
(bot/recipient_names.py). Made-up recipient lines."""

from __future__ import annotations

import pytest

from bot.recipient_names import official_recipient


@pytest.mark.parametrize(
    ("item", "read"),
    [
        ("Sở Nai vụ (tổng hợp)", "Sở Nội vụ (tổng hợp)"),
        ("Sở Tài chinh", "Sở Tài chính"),
        ("Sở Y tá tỉnh Lào Cai (để biết)", "Sở Y tế tỉnh Lào Cai (để biết)"),
    ],
)
def test_one_damaged_vowel_reads_as_the_body(item: str, read: str) -> None:
    assert official_recipient(item) == read


@pytest.mark.parametrize(
    "item",
    [
        "Sở Nội vụ (để biết)",  # as written
        "Bộ Nội vụ",  # another body, not a damaged "Sở"
        "Bộ Tài chính",  # the kind of body differs: never snapped to "Sở Tài chính"
        "Ban Giám đốc Sở",
        "UBND tỉnh (để biết)",
        "Sở Nam vụ",  # a consonant, not a vowel, differs too
    ],
)
def test_other_recipients_are_kept(item: str) -> None:
    assert official_recipient(item) == item
