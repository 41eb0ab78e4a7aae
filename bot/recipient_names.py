"""A recipient of a report ("Nơi nhận" list) read with its body's official name where OCR
damaged one vowel of it ("Sở Nai vụ (tổng hợp)" → "Sở Nội vụ (tổng hợp)"): the list is short
words the restorer has no sentence around, and a staff member asks who the report went to by
the body's name."""

from __future__ import annotations

from core.text import fold
from index.restore_lm import AGENCIES

_VOWELS = frozenset("aeiouy")


def _names() -> dict[tuple[str, ...], str]:
    """The official bodies by their folded words."""
    return {tuple(fold(n, repair=False).split()): n for n in AGENCIES}


_NAMES = _names()


def _one_vowel_apart(said: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Whether two word sequences of the same length differ in one vowel of one word, not the
    first word (the kind of body: "Sở", "Bộ", "Ban" are different bodies, never OCR's)."""
    if len(said) != len(name) or said[0] != name[0]:
        return False
    diffs = [(a, b) for a, b in zip(said, name, strict=True) if a != b]
    if len(diffs) != 1 or len(diffs[0][0]) != len(diffs[0][1]):
        return False
    a, b = diffs[0]
    chars = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(chars) == 1 and chars[0][0] in _VOWELS and chars[0][1] in _VOWELS


def official_recipient(item: str) -> str:
    """`item` with its leading body name spelled as the official one it folds to, else as the
    one it is one OCR-damaged vowel away from when exactly one is; else `item`."""
    head, sep, rest = item.partition("(")
    words = tuple(fold(head, repair=False).split())
    # the name may be followed by the province's words ("Sở Nội vụ tỉnh …"): its first words
    exact = [name for name in _NAMES if words[: len(name)] == name]
    near = [
        name for name in _NAMES
        if len(name) <= len(words) and _one_vowel_apart(words[: len(name)], name)
    ]  # fmt: skip
    fits = exact or near
    if len(fits) != 1:
        return item
    n = len(fits[0])
    fixed = " ".join([_NAMES[fits[0]], *head.split()[n:]])
    return f"{fixed} {sep}{rest}" if sep else fixed
