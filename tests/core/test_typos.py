"""Typing slips read as the word meant (core/typos.py)."""

from __future__ import annotations

import pytest

from core.query import parse_query
from core.typos import (
    PLACE_MIN_LETTERS,
    STEM_MIN_LENGTH,
    TYPO_MIN_LENGTH,
    english_words,
    known_words,
    lexicon_words,
    meant_word,
    misread,
    one_edit,
    retyped,
    same_stem,
)


def test_one_edit() -> None:
    assert one_edit("certifid", "certified")  # a letter dropped
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
        ("how many compnies signed up", "how many companies signed up"),
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
        ("dvc muc 4 quang ninhh", "dvc muc 4 quang ninh"),
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
    q = parse_query("Bao nhieu doanh nghiep o Tuyen Quangg?")
    assert q.provinces == ("Tuyên Quang",)
    q = parse_query("How many enterprses registred in Dong Thap?")
    assert "doanh nghiep" in q.expanded
    assert "dang ky" in q.expanded


@pytest.mark.parametrize(
    "typed",
    [
        "summarise",  # British spellings: no slip for "summaries", "priorities"
        "prioritise",
        "organisational",
        "colours",
        "adaption",  # inflections of known words ("adapt", "accent"): no "adoption", "accepted"
        "accented",
        "digitised",
    ],
)
def test_real_words_missing_from_the_vocabulary_stay(typed: str) -> None:
    assert meant_word(typed) == typed


def test_a_word_is_never_read_as_another_form_of_its_stem() -> None:
    assert STEM_MIN_LENGTH == 4
    assert same_stem("summarise", "summaries")
    assert same_stem("prioritise", "priorities")
    assert not same_stem("certifid", "certified")  # a dropped letter is no ending
    assert not same_stem("series", "served")  # "ser" is under STEM_MIN_LENGTH


def test_misread_keeps_the_length_and_first_letter() -> None:
    assert misread("sd", "so")  # OCR: one letter read wrong
    assert misread("so", "so")
    assert misread("cdo", "cao")
    assert not misread("do", "so")  # the first letter holds
    assert not misread("cap", "ca")  # no letter added or dropped


def test_known_words_join_both_vocabularies_once() -> None:
    assert known_words() == lexicon_words() | english_words()
    assert known_words() is known_words()  # joined once, not for every word checked
