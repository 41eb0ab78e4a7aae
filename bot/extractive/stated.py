"""The figures a question states itself ("Of the 1,234 level-4 services …", "trong 44 nhiệm vụ
…"), canonical (`core.text.figures`): "1,234" and "1.234" are one figure. A figure the question
states is what it knows, never what it asks (the scorer leaves it out); the pair answerer reads
one side of a pair from it (bot/assigned_actual.py)."""

from __future__ import annotations

import re

from bot.extractive.words import _YEARLIKE
from core.query import ParsedQuery
from core.text import figures

# A figure as written: "2.345", "12.678", "10.250,500", "64%"; not part of a date ("30/9/2022"),
# a document number ("850/KH-UBND") or an OCR-misread word ("1a" for "là", "s6" for "số").
FIGURE = re.compile(r"(?<![\d/.,\w])\d+(?:[.,]\d+)*(?![\d/]|[.,]\d|[^\W\d_])(\s?%)?")
# A number right after these words names a level, a period or a rank, no count the question
# knows: "mức độ 3", "level 4", "cấp 2", "quý 3", "tháng 6", "giai đoạn 2", "thứ 3", "lần 2".
_NAMES_NOT_COUNT = re.compile(
    r"(?:\bm(?:ức|uc)(?:\s+(?:độ|do))?|\blevel|\bc(?:ấp|ap)|\bquý|\bth(?:áng|ang)|\bq|"
    r"\bgiai\s+(?:đoạn|doan)|\bthứ|\blần|\bphase|\bstage|\bquarter|\bmonth)[\s\-]*$",
    re.IGNORECASE,
)


def given(q: ParsedQuery) -> frozenset[str]:
    """The figures a question states itself ("allotted 2,345 posts"), canonical; years and
    shares left out, and a level, period or rank the question names ("mức độ 3", "level 4")."""
    text = q.text
    said = {
        m.group(0).strip()
        for m in FIGURE.finditer(text)
        if not m.group(1) and not _NAMES_NOT_COUNT.search(text[max(0, m.start() - 20) : m.start()])
    }
    return frozenset(f for s in said if not _YEARLIKE.fullmatch(s) for f in figures(s))
