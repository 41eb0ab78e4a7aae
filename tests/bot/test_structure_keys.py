"""OCR-tolerant word keys of the structure answerers (bot/structure.py `edit_keys`)."""

from __future__ import annotations

from bot.structure import edit_keys, has_word


def test_edit_keys_blank_one_later_letter_from_four_letters() -> None:
    assert edit_keys("cap") == frozenset({"cap"})  # short words only as they are
    assert edit_keys("muc") == frozenset({"muc"})
    assert edit_keys("tinh") == frozenset({"tinh", "t\0nh", "ti\0h", "tin\0"})
    assert has_word("tjnh", edit_keys("tinh"))  # one misread letter apart
    assert not has_word("jinh", edit_keys("tinh"))  # the first letter is never blanked


def test_edit_keys_cached_and_bounded() -> None:
    first = edit_keys("huyen")
    assert edit_keys("huyen") is first
    assert edit_keys.cache_info().maxsize is not None
