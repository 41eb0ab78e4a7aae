"""A part after a split that names its own head does not borrow the words leading the part
before (`bot/part_own_head.py`); one that names none still does. Made-up questions."""

from __future__ import annotations

from bot.compare_parts import parts_of
from bot.part_own_head import lead_noun, own_head
from core.query import parse_query


def _questions(text: str) -> list[str]:
    return [p.query.text for p in parts_of(parse_query(text), weak=True)]


def test_own_head_keeps_the_lead_to_the_part_before() -> None:
    first, second = _questions("Hà Tĩnh cấp bao nhiêu sim ký số cá nhân và chứng thư số tổ chức?")
    assert "sim ký số cá nhân" in first
    assert "sim" not in second
    assert "chứng thư số tổ chức" in second


def test_a_counted_part_after_borrows_no_lead_noun() -> None:
    first, second = _questions("Tổng số chứng thư số đã cấp và số chữ ký số cá nhân của Hà Tĩnh?")
    assert "chứng thư số đã cấp" in first
    assert "chứng thư" not in second
    assert "chữ ký số cá nhân" in second


def test_a_part_after_without_a_head_still_borrows_the_lead() -> None:
    _, second = _questions("Hà Tĩnh tiếp nhận bao nhiêu hồ sơ trực tuyến và bao nhiêu đã giải quyết?")
    assert "hồ sơ đã giải quyết" in second


def test_own_head_words() -> None:
    words = ["a", "cap", "bao", "nhieu", "the", "tu", "cho", "xa", "va", "bao", "nhieu", "pki", "cho", "phuong"]
    assert lead_noun(words, 0, 6) == 4  # past "bao nhieu"
    assert own_head(words, (4, 6), (6, 8), (11, 14))  # "pki cho phuong" says "cho"
    assert not own_head(words, (4, 6), (6, 8), (12, 13))  # one word: no head of its own


def test_a_part_after_asking_its_own_number_shares_no_head() -> None:
    first, second = _questions("Hà Tĩnh có bao nhiêu đề án và bao nhiêu hoàn thành đúng hạn?")
    assert "đúng hạn" not in first
    assert "đúng hạn" in second


def test_a_negation_names_no_head_of_its_own() -> None:
    _, second = _questions("So sánh tỷ lệ giải ngân vốn tự chủ và không tự chủ của Hà Tĩnh?")
    assert "vốn không tự chủ" in second
