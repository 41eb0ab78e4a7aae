"""Chat shorthand read as the reports' words (core/chat_words.py, through parse_query)."""

from __future__ import annotations

import pytest

from core.chat_words import chat_words, counting_bn
from core.query import parse_query


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("vien chuc o bpmc cap huyen bn", "vien chuc o bo phan mot cua cap huyen bao nhieu"),
        ("cap tinh co bn tt", "cap tinh co bao nhieu thu tuc"),
        ("cap huyen co may tt?", "cap huyen co may thu tuc?"),
        ("bp 1 cua cap xa tra bn hs", "bo phan mot cua cap xa tra bao nhieu hs"),
        ("co bao nhieu ho so xu ly tre han", "co bao nhieu ho so giai quyet tre han"),
        ("6t cuoi 2021 hok dc bao nhieu", "6 thang cuoi 2021 khong duoc bao nhieu"),
        ("sl cb cc vc cap tinh", "so luong can bo cong chuc vien chuc cap tinh"),
    ],
)  # fmt: skip
def test_chat_words(typed: str, read: str) -> None:
    assert chat_words(typed) == read


@pytest.mark.parametrize(
    "typed",
    ["Tuyen Quang chung thu so cap cho can bo bn", "HT cap xa co bn dvc muc 3 (nam 2021)",
     "vien chuc lam o tt hcc tinh bn?"],
)  # fmt: skip
def test_a_counting_bn_is_no_province(typed: str) -> None:
    # "bn" closing the question, or before what is counted, asks how many
    q = parse_query(typed)
    assert "Bắc Ninh" not in q.provinces
    assert "bao nhieu" in q.folded


@pytest.mark.parametrize(
    "typed",
    ["tinh bn co may tthc cap huyen", "ty le ho so dung han cua Dong Thap va BN",
     "so tthc cap xa cua bn?", "BN: so diem cau truyen hinh", "Tuyen Quang so voi bn, ben nao nhieu DVC hon",
     "so sanh bn va tq ve so hoi nghi truc tuyen"],
)  # fmt: skip
def test_bn_as_a_place_name_stays(typed: str) -> None:
    # capitals, a word joining sides, or another question word: "bn" is the province
    q = parse_query(typed)
    assert "Bắc Ninh" in q.provinces


@pytest.mark.parametrize(
    "typed", ["bn oi, Dong Thap co bao nhieu xa", "cam on bn nhe", "chao bn, so can bo cua Ha Tinh"]
)
def test_bn_spoken_to_is_no_question_word(typed: str) -> None:
    q = parse_query(typed)
    assert "Bắc Ninh" not in q.provinces
    assert q.folded.count("bao nhieu") == typed.count("bao nhieu")


def test_may_tt_counts_procedures() -> None:
    assert "bao nhieu thu tuc" in parse_query("Tuyen Quang cap xa co may TT").folded


def test_counting_bn_as_typed() -> None:
    # the typed text (marks kept) reads the question word too: readers of the raw question
    assert counting_bn("Cấp tỉnh giải quyết bn, cấp huyện bn?") == (
        "Cấp tỉnh giải quyết bao nhieu, cấp huyện bao nhieu?"
    )
    assert counting_bn("Tỉnh BN có mấy xã") == "Tỉnh bac ninh có mấy xã"
