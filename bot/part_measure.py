"""A part of a question that names nothing counted: its label only says how the question's one
measure is asked ("dự kiến đạt", "tương đương", "phần trăm chỉ tiêu") and of which period, so it
is no side of a comparison. A part labelled by a period alone ("năm 2022", "quý 3") is a side:
two periods of one report compared."""

from __future__ import annotations

import re

from core.text import fold

# Words that name a period ("in the first quarter", "quý I", "năm 2024"): no part's own term.
_PERIOD = re.compile(r"\d|\b(quarter|month|year|half|quy|thang|nam|dau nam|cuoi nam)\b")
# Words of how a figure is asked or reached, not of what it counts ("dự kiến đạt", "tương
# đương"). "dat" is the verb "đạt" only: "đất" (land) folds the same and names a thing.
_MEASURE_ONLY = frozenset({"uoc", "du", "kien", "dat", "bang", "tuong", "chiem", "la",
                           "khoang", "duoc", "co", "reach", "reached", "estimated", "about"})  # fmt: skip
# Words of a share; "phan" only as "phần trăm" ("phần" alone is a part of something).
_SHARE_WORDS = frozenset({"tram", "ty", "ti", "le", "percent", "percentage", "share", "rate"})
# The plan a share is of ("… % chỉ tiêu"), only beside a share word; "chỉ" as typed, since
# folded it is also "chi" (spending) of "chi tiêu".
_PLAN = frozenset({"du", "toan", "ke", "hoach", "chỉ", "tieu"})
_TYPED = frozenset({"đất", "chỉ"})  # words kept as typed: their folds are other words


def _words(label: str) -> list[str]:
    """The label's folded words, but a period's, "phan" of "phần trăm" and "duong" of "tương
    đương" (each read with the word before or after), and words kept as typed (`_TYPED`)."""
    typed = label.lower().split()
    folded = [fold(w).lower() for w in typed]
    out = []
    for i, (t, w) in enumerate(zip(typed, folded, strict=True)):
        if _PERIOD.fullmatch(w) or w.isdigit():
            continue
        if w == "phan" and i + 1 < len(folded) and folded[i + 1] == "tram":
            continue  # "tram" after it says the share
        if w == "duong" and i > 0 and folded[i - 1] == "tuong":
            continue  # "tuong" before it says the measure ("đường" alone is a road)
        out.append(t if t in _TYPED else w)
    return out


def measure_only(label: str) -> bool:
    """A part's label that names nothing counted: empty, or words of how its figure is asked and
    of its period, at least one of them a measure or share word ("năm 2023 dự kiến đạt",
    "tương đương", "phần trăm chỉ tiêu"): the question's one measure asked again. A period
    alone ("năm 2022", "tháng 9") is a part: two periods compared."""
    if not label.split():
        return True
    words = set(_words(label))
    if not words & (_MEASURE_ONLY | _SHARE_WORDS):
        return False
    return words <= _MEASURE_ONLY | _SHARE_WORDS | (_PLAN if words & _SHARE_WORDS else set())
