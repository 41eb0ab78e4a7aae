"""Comparison wordings of two parts: an English "more X … via A or B" asks each part how many
X (the noun "more" counts), not how many A; an aside in brackets holding a number after the
second part ("(Jan 2022 - May 2022)") dates both parts and ends the part; an English month
"May" before a year is no "mấy"; a Vietnamese "nhiều X hơn … A hay B" and a ratio "A gấp mấy
lần B" split the parts (the ratio worked out and marked so). Report text and questions made
up for the test."""

from __future__ import annotations

from bot.compare_parts import parts_of
from core.preamble import how_many
from core.query import parse_query
from tests.helpers.mini_index import mini_index
from tests.helpers.parts import parts_body

TEXT = """II. KẾT QUẢ CẢI CÁCH THỦ TỤC HÀNH CHÍNH
1. Dịch vụ công trực tuyến
Tỉnh đang cung cấp 846 dịch vụ công trực tuyến mức độ 3 và mức độ 4.
Từ ngày 01/01/2022 đến ngày 31/5/2022, tổng số hồ sơ tiếp nhận là 41.250 hồ sơ (trong đó: dịch vụ công mức độ 3 là 12.480 hồ sơ, dịch vụ công mức độ 4 là 19.307 hồ sơ).
"""  # noqa: E501

QUESTION = "Binh Phuoc: more dossiers came in via level 3 or level 4 online services (Jan 2022 - May 2022)?"  # noqa: E501


def test_an_english_month_before_a_year_is_no_count() -> None:
    assert "May 2023" in how_many("dossiers from Jan 2023 - May 2023 via level 3 or level 4?")
    assert "May 15, 2023" in how_many("dossiers received by May 15, 2023 at level 4?")
    assert "bao nhieu" in how_many("binh phuoc co may dich vu cong muc do 4")


def test_more_names_the_noun_each_part_counts() -> None:
    parts = parts_of(parse_query(QUESTION), en=True)
    assert [p.label for p in parts] == ["level 3", "level 4"]
    for p in parts:
        assert "how many dossiers came in via level" in p.query.folded, p.query.folded
        assert "how many level" not in p.query.folded


def test_a_bracketed_period_ends_the_part_after_or() -> None:
    q = parse_query(
        "Binh Phuoc: more complaints were settled online or by post (Jan 2023 - Jun 2023)?"
    )
    parts = parts_of(q, en=True)
    assert [p.label for p in parts][1:] == ["by post"]
    assert len(parts) == 2


def test_each_part_states_its_dossiers_not_the_services_count() -> None:
    text = parts_body(mini_index(TEXT), QUESTION, "en")
    assert "**12.480**" in text, text
    assert "**19.307**" in text, text
    assert "**846**" not in text, text


def test_a_vietnamese_comparative_around_its_noun_splits_the_parts() -> None:
    q = parse_query("Bình Phước tiếp nhận nhiều hồ sơ hơn qua mức độ 3 hay mức độ 4?")
    parts = parts_of(q)
    assert [p.label for p in parts] == ["mức độ 3", "mức độ 4"]
    for p in parts:
        assert "ho so" in p.query.folded, p.query.folded  # the noun kept, "nhiều … hơn" not
        assert "nhieu" not in p.query.folded.replace("bao nhieu", "")


def test_a_ratio_asked_splits_and_is_worked_out() -> None:
    q = parse_query("Ở Bình Phước, số hồ sơ mức độ 4 gấp mấy lần mức độ 3?")
    assert len(parts_of(q)) == 2
    text = parts_body(mini_index(TEXT), q)
    assert "**19.307**" in text, text
    assert "**12.480**" in text, text
    assert "Gấp 1,55 lần (tính toán)" in text, text
