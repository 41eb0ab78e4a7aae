"""The difference of two reported figures, worked out and said as computed: under a comparison
table (`bot/compare_larger.py`) and under the two figures one sentence gives as assigned and
actual ("chỉ tiêu giao 640 suất; thực tế đã bố trí 602 suất", `bot/assigned_actual.py`) when the
question asks how far apart they are ("by how many did it fall behind?", "hụt mấy suất?")."""

from __future__ import annotations

import re

from bot.compare_only import DIFFERENCE_ASKED
from core.text import parse_number

# How far an actual figure falls short of (or goes past) the assigned one, asked: "short by
# how many", "how far below", "shortfall", "thiếu mấy suất", "vượt mấy người"; any
# difference asked ("chênh lệch", "how many more") asks it too (`DIFFERENCE_ASKED`).
SHORT_ASKED = re.compile(
    r"\b(how (?:many|much) (?:short|under|over|vacant|unfilled|missing)|short by|shortfall|"
    r"how far (?:short|below|above|over|under)|"
    r"shortage|(?:thieu|vuot|hut) (?:bao nhieu|may)|con thieu)\b"
)


def gap_asked(folded: str) -> bool:
    """Whether a folded question asks how far apart two figures are."""
    return bool(DIFFERENCE_ASKED.search(folded) or SHORT_ASKED.search(folded))


def pair_gap(folded: str, figures: tuple[str, str], en: bool) -> str:
    """The line saying the difference of two figures of one sentence and one unit (assigned
    and actual), when the question asks it and both are plain counts as reported; "" otherwise
    (a share, a fraction, a figure not read as a number)."""
    if not gap_asked(folded) or any(f.endswith("%") or "/" in f for f in figures):
        return ""
    x, y = (parse_number(f) for f in figures)
    if x is None or y is None:
        return ""
    return difference_line(abs(x - y), figures, en)


def _decimals(figure: str) -> int:
    """How many decimals a reported figure says, written the reports' way ("63,8%" 1, "2.047"
    0, "1.234,56" 2)."""
    _, comma, decimals = figure.rstrip("%").rpartition(",")
    return len(decimals) if comma else 0


def difference_line(gap: float, figures: tuple[str, str], en: bool) -> str:
    """The difference of two cited figures, written as the reports write theirs (thousands
    "1.234", decimal comma, as many decimals as the figures say: the same style as the two
    figures beside it, in either language) and marked as computed from them; shares differ in
    percentage points."""
    whole = f"{gap:,.{max(map(_decimals, figures))}f}"  # "1,234.5"
    said = whole.replace(",", " ").replace(".", ",").replace(" ", ".")
    if figures[0].endswith("%"):
        said += " percentage points" if en else " điểm phần trăm"
    return (f"Difference (computed from the two figures above): {said}." if en
            else f"Chênh lệch (tính từ hai số trên): {said}.")  # fmt: skip
