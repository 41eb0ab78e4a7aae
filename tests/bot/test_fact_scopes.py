"""The level a question names, with or without "cấp" (bot/fact_features.py `view`)."""

from __future__ import annotations

import pytest

from bot.fact_features import view
from core.query import parse_query


@pytest.mark.parametrize(
    ("question", "scopes"),
    [
        ("Tỷ lệ UBND xã có trang thông tin điện tử là bao nhiêu?", {"xa"}),
        ("Bao nhieu can bo xa duoc tap huan?", {"xa"}),
        ("Số cán bộ cấp xã và cấp huyện được tập huấn?", {"xa", "huyen"}),
        # "xã hội" is no commune
        ("Các tổ chức xã hội được giao bao nhiêu nhiệm vụ?", set()),
        ("Bảo hiểm xã hội thu bao nhiêu?", set()),
    ],
)
def test_scope_of_question(question: str, scopes: set[str]) -> None:
    assert set(view(parse_query(question)).scopes) == scopes
