"""Chat shorthand read as the reports' words (core/chat_words.py, through parse_query)."""

from __future__ import annotations

import pytest

from core.chat_words import chat_words, counting_bn
from core.query import parse_query


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("so cong chuc tai tt pvhcc tinh bn", "so cong chuc tai trung tam phuc vu hanh chinh cong tinh bao nhieu"),
        ("cap huyen bn tt", "cap huyen bao nhieu thu tuc"),
        ("cap xa bao nhieu tt?", "cap xa bao nhieu thu tuc?"),
        ("bpmc cap xa nhan bn hs", "bo phan mot cua cap xa nhan bao nhieu hs"),
        ("da xu ly xong bao nhieu ho so", "da giai quyet xong bao nhieu ho so"),
        ("5t dau 2022 ko dc bao nhieu", "5 thang dau 2022 khong duoc bao nhieu"),
        ("sl cb cc cap xa", "so luong can bo cong chuc cap xa"),
    ],
)  # fmt: skip
def test_chat_words(typed: str, read: str) -> None:
    assert chat_words(typed) == read


def test_a_counting_bn_is_no_province() -> None:
    # "bn" closing the question, or before what is counted, asks how many
    for typed in ("Ha Tinh DVC muc 4 cap tinh bn", "Dong Thap cap xa bn tt (quy 3/2022)",
                  "TQ so CB CC lam tai TT PVHCC tinh bn?"):  # fmt: skip
        q = parse_query(typed)
        assert "Bắc Ninh" not in q.provinces
        assert "bao nhieu" in q.folded


def test_bn_as_a_place_name_stays() -> None:
    # after "tỉnh" with the question asked by other words, "bn" is the province's name
    assert parse_query("tinh bn co bao nhieu DVC muc 4").provinces == ("Bắc Ninh",)


def test_may_tt_counts_procedures() -> None:
    assert "bao nhieu thu tuc" in parse_query("Hai Duong cap huyen may TT").folded


def test_counting_bn_as_typed() -> None:
    # the typed text (marks kept) reads the question word too: readers of the raw question
    assert counting_bn("Hồ sơ nhận bn và trả bn?") == "Hồ sơ nhận bao nhieu và trả bao nhieu?"
    assert counting_bn("tỉnh BN có bao nhiêu DVC") == "tỉnh BN có bao nhiêu DVC"

