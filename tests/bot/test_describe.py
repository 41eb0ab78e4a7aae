"""What a figure counts, read from its sentence (bot.extractive.citing._describe)."""

from __future__ import annotations

from bot.extractive.citing import _describe


def test_a_percentage_is_said_once() -> None:
    # Before: "12,19% %" — the sign was read again as the first word after the figure.
    assert _describe("đạt tỷ lệ 12,19% số hồ sơ", "12,19%") == "đạt tỷ lệ 12,19% số hồ sơ"
    assert _describe("đạt tỷ lệ 12,19 % số hồ sơ", "12,19%") == "đạt tỷ lệ 12,19 % số hồ sơ"


def test_a_count_keeps_its_unit_and_lead_in() -> None:
    assert _describe("Số DVC mức độ 4 là: 1.044, đạt 55,82%", "1.044") == "Số DVC mức độ 4 là: 1.044"
