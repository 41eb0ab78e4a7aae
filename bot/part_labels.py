"""Part labels: the label a question names a part of a report by ("phần II", "mục B.I",
"part C.II") and a heading's own label ("I1. ĐÁNH GIÁ CHUNG" → "II"), in one spelling."""

from __future__ import annotations

import re

# A part's label in the question: after a word for a part ("phần II", "part B.I", "mục
# A.I"), or on its own when dotted ("A.I"). Dotted labels in any case; a bare roman numeral
# in capitals, or in small letters when it is no Vietnamese syllable ("phần ii", not "mục vi
# trí"); a bare letter in capitals ("phần B").
_PART_WORD = r"(?i:ph[aầ]n|m[uụ]c|part|section|chapter)"
_DOTTED = r"(?i:[A-E]\s?\.\s?[IVX]{1,4}(?:\s?\.\s?\d{1,2})?)"
_ROMAN = r"(?:[IVX]{1,4}|ii|iii|iv|vii|viii|ix)(?:\s?\.\s?\d{1,2})?"
# A number after a word for a part ("section 2", "mục 3", "phần 2.1"); not a figure ("phần
# 1/3", "mục 1.845"), nor a year.
_NUMBER = r"\d{1,2}(?:\.\d{1,2})?(?!\w|[.,/]\d)"
LABEL = re.compile(
    rf"\b{_PART_WORD}\s+\(?(?:({_DOTTED}|{_ROMAN}|[A-E])(?![\w.])|({_NUMBER}))|"
    rf"(?<![\w.])([A-E]\.[IVX]{{1,4}}(?:\.\d{{1,2}})?)(?![\w.])"
)
# A heading's own label: a letter, a roman numeral (OCR writes "II" as "I1", "III" as "I1I")
# or a number, before its dot; a number's dot before a digit is a figure ("1.845 hồ sơ", "12,5%").
MARK = re.compile(r"^\s*([A-E]|[IVX1l]{1,4}|\d{1,2})\s?[.,](?!(?<=\d[.,])\d)\s*\S")


def _normal(mark: str) -> str:
    """A label as one spelling: capitals, OCR's "1"/"l" in a roman numeral read as "I",
    numbers without leading zeros."""
    mark = mark.strip()
    if mark.isdigit():
        return str(int(mark))
    mark = mark.upper()
    return mark.replace("1", "I").replace("L", "I") if set(mark) & set("IVX") else mark


# Without its diacritics "muc" is "mục" (a part) or "mức" (a service level): "muc 3, 4", "muc
# 3 va muc 4", or a level of a question about online services ("dvc muc 4") is a level.
_PLAIN_MUC = re.compile(r"(?i:muc)\s")
_LEVEL_JOINED = re.compile(r"\s*(?:,|/|-|&|va|and|hoac|or)\s*(?:muc\s*)?[1-4]\b", re.IGNORECASE)
_JOINED_BEFORE = re.compile(r"\b[1-4]\s*(?:,|/|-|&|va|and|hoac|or)\s*$", re.IGNORECASE)
_SERVICES = re.compile(
    r"\b(?:dvc|dvctt|h[oồ] s[oơ]|d[iị]ch v[uụ]|tr[uự]c tuy[eế]n|to[aà]n tr[iì]nh|online|services?)\b",
    re.IGNORECASE,
)


def _maybe_level(text: str, m: re.Match[str]) -> bool:
    """Whether a number after "muc" written without diacritics may be a service level."""
    if not _PLAIN_MUC.match(m.group(0)) or int(m.group(2).split(".")[0]) > 4:
        return False
    joined = _LEVEL_JOINED.match(text, m.end()) or _JOINED_BEFORE.search(text[: m.start()])
    return bool(joined or _SERVICES.search(text))


def part_labels(text: str) -> list[tuple[str, ...]]:
    """The part labels a question names, each as its heading labels outermost first:
    "Phần B.I" → ("B", "I"), "phần II" → ("II",); none when it names none."""
    out: list[tuple[str, ...]] = []
    for m in LABEL.finditer(text):
        raw = m.group(1) or m.group(2) or m.group(3)
        if m.group(2) and _maybe_level(text, m):
            continue
        label = tuple(_normal(p) for p in re.split(r"\s?\.\s?", raw) if p.strip())
        if label and label not in out:
            out.append(label)
    return out


def heading_mark(heading: str) -> str | None:
    """A heading's own label, normalised ("I1. ĐÁNH GIÁ CHUNG" → "II"); None without one."""
    m = MARK.match(heading)
    if not m:
        return None
    mark = m.group(1)
    if not mark.isdigit() and not set(mark) & set("IVX") and not re.fullmatch(r"[A-E]", mark):
        return None  # "1l." is no label
    return _normal(mark)


def ends_in(path: tuple[str, ...], label: tuple[str, ...]) -> bool:
    """Whether a heading path ends in a part label ("B. … > I. …" is "B.I"; "I." of any part
    is "I")."""
    marks = tuple(heading_mark(h) for h in path)
    return len(marks) >= len(label) and marks[len(marks) - len(label) :] == label
