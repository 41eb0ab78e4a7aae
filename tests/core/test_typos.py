"""Typing slips read as the word meant (core/typos.py)."""

from __future__ import annotations

import pytest

from core.query import parse_query
from core.typos import PLACE_MIN_LETTERS, TYPO_MIN_LENGTH, meant_word, one_edit, retyped


def test_one_edit() -> None:
    assert one_edit("registerd", "registered")  # a letter dropped
    assert one_edit("dossiers", "dosiers")
    assert one_edit("procesed", "processed")
    assert one_edit("recieve", "receive")  # two letters swapped
    assert one_edit("budgut", "budget")  # one changed
    assert not one_edit("budget", "budget")
    assert not one_edit("recieve", "reveice")
    assert not one_edit("abcd", "badc")


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("how many bussinesses signed up", "how many businesses signed up"),
        ("dosiers proccessed online", "dossiers processed online"),
        ("adminstrative procedures", "administrative procedures"),
        ("digitalised recods in 2022", "digitalised records in 2022"),
        ("complted on time", "completed on time"),
    ],
)
def test_english_slips(typed: str, meant: str) -> None:
    assert retyped(typed) == meant


@pytest.mark.parametrize(
    "typed",
    [
        "quote the quota",  # an English word one edit from a lexicon word stays
        "so ho so giai quyet dung han",  # Vietnamese syllables are words
        "how many staf",  # shorter than TYPO_MIN_LENGTH
        "online public servces",  # "services" or "serves": two meanings, left as typed
    ],
)
def test_words_left_as_typed(typed: str) -> None:
    assert retyped(typed) == typed


def test_min_length() -> None:
    assert TYPO_MIN_LENGTH == 5
    assert meant_word("staf") == "staf"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("dvc muc 4 tuyen quag", "dvc muc 4 tuyen quang"),
        ("so ho so o dong thapp nam 2022", "so ho so o dong thap nam 2022"),
        ("level 4 services in hai duongg", "level 4 services in hai duong"),
    ],
)
def test_province_slips(typed: str, meant: str) -> None:
    assert retyped(typed) == meant


@pytest.mark.parametrize(
    "typed",
    [
        "hai dong tien",  # syllables: "hai đồng" is no slip for Hải Dương
        "ha tin",  # "hatinh" is under PLACE_MIN_LETTERS: matched exactly only
        "tuyen quang",
    ],
)
def test_places_left_as_typed(typed: str) -> None:
    assert retyped(typed) == typed
    assert len("hatinh") < PLACE_MIN_LETTERS


def test_parse_query_reads_slips() -> None:
    q = parse_query("Bao nhieu doanh nghiep o Tuyen Quag?")
    assert q.provinces == ("Tuyên Quang",)
    q = parse_query("How many bussinesses registerd in Dong Thap?")
    assert "doanh nghiep" in q.expanded
    assert "dang ky" in q.expanded
