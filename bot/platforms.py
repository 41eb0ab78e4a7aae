"""The system a count of services or dossiers is said of: the national public service portal
("Cổng Dịch vụ công quốc gia") or the province's own system ("Hệ thống thông tin giải quyết
TTHC của tỉnh", "hệ thống một cửa điện tử", "Cổng DVC tỉnh"). A province's report states both
("đang cung cấp 1.200 DVC trực tuyến trên hệ thống của tỉnh …; tích hợp 400 DVC lên Cổng DVC
quốc gia"), and the two counts share every other word; a question that names one system asks
that system's count. A figure whose own item (its sentence, cut at ";") names only the other
system counts something else; an item that names neither, or both, is not judged."""

from __future__ import annotations

import re

from bot.figure_clause import figure_at

# The systems as a (folded) question names them, in Vietnamese or English.
_ASKED: dict[str, re.Pattern[str]] = {
    "national": re.compile(
        r"\b(?:cong|portal)\b(?: [a-z0-9]+){0,4}? (?:quoc gia|national)\b"
        r"|\b(?:quoc gia|national)\b(?: [a-z0-9]+){0,3}? (?:cong|portal)\b"
    ),
    "province": re.compile(
        r"\bhe thong (?:[a-z0-9]+ ){0,6}?(?:cua )?tinh\b"
        r"|\bhe thong (?:thong tin giai quyet|mot cua)\b"
        r"|\bcong (?:dich vu cong|dvc) (?:cua )?tinh\b"
        r"|\b(?:provincial|province s|own) (?:[a-z]+ ){0,3}?system\b"
    ),
}
# The systems as a report's (folded, OCR-read) item names them: "Céng dich vu cong Qudc gia".
_SAID: dict[str, re.Pattern[str]] = {
    "national": re.compile(r"\bc\w{1,2}ng (?:dich v\w{1,2} c\w{1,2}ng|dvc) q\w{1,2}c gia\b"),
    "province": re.compile(
        r"\bh\w{1,2} th\w{1,2}ng (?:th\w{1,2}ng tin )?gi\w{1,2}i quy\w{1,2}t\b"
        r"|\bh\w{1,2} th\w{1,2}ng m\w{1,2}t c\w{1,2}a\b"
        r"|\bc\w{1,2}ng (?:dich v\w{1,2} c\w{1,2}ng|dvc) (?:c\w{1,2}a )?t\w{1,2}nh\b"
    ),
}
# What ends a figure's item: a semicolon or a full stop (not a decimal point: "1.845").
_ITEM_BREAK = re.compile(r";|\.(?=\s|$)")


def asked_platforms(folded: str) -> frozenset[str]:
    """The systems a folded question names."""
    return frozenset(name for name, p in _ASKED.items() if p.search(folded))


def item_platforms(folded: str, start: int, end: int) -> frozenset[str]:
    """The systems a figure's own item names (the figure at `start:end` of a folded text; the
    item runs from the last break before it to the next break after it)."""
    item = item_at(folded, start, end)
    return frozenset(name for name, p in _SAID.items() if p.search(item))


def item_at(folded: str, start: int, end: int) -> str:
    """The item of a folded text that holds `start:end`: from the last break before it to the
    next break after it."""
    cuts = [m.end() for m in _ITEM_BREAK.finditer(folded, 0, start)]
    after = _ITEM_BREAK.search(folded, end)
    return folded[cuts[-1] if cuts else 0 : after.start() if after else len(folded)]


def only_other_platform(asked: frozenset[str], said: frozenset[str]) -> bool:
    """Whether the question names one system and the figure's item names only the other."""
    return len(asked) == 1 and bool(said) and not said & asked


def other_platform(asked_folded: str, quote: str, figure: str) -> bool:
    """Whether the question names one system and the figure's item in the quote names only
    the other (`only_other_platform`)."""
    found = figure_at(quote, figure)
    if found is None:
        return False
    folded, at = found
    said = item_platforms(folded, at.start(), at.end())
    return only_other_platform(asked_platforms(asked_folded), said)

