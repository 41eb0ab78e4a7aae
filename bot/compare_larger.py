"""The line under a two-part comparison table that says which part is larger."""

from __future__ import annotations

from collections.abc import Sequence

from bot.compare_table import Cell
from bot.figure_gap import difference_line
from core.text import parse_number


def with_larger(
    text: str, cells: Sequence[Cell], en: bool, times: bool = False, apart: bool = False
) -> str:
    """The table's text with a line that says which part is larger, when both are plain
    numbers of one unit (or both shares) as reported; `times`: a ratio asked ("gấp mấy lần",
    "how many times"), the larger over the smaller, worked out and marked so; `apart`: a
    difference asked ("nhiều hơn … bao nhiêu", "how many more"), likewise."""
    if len(cells) != 2:
        return text
    a, b = cells
    if a.citation is None or b.citation is None or a.figure.endswith("%") != b.figure.endswith("%"):
        return text
    if a.kind != b.kind:  # "người" beside "đồng": nothing to say which is larger
        return text
    if "/" in a.figure + b.figure:
        return text
    x, y = parse_number(a.figure.rstrip("%")), parse_number(b.figure.rstrip("%"))
    if x is None or y is None:
        return text
    if x == y:
        line = "Both are the same." if en else "Hai số liệu bằng nhau."
    else:
        big, small = (a, b) if x > y else (b, a)
        line = (
            f"Larger: {big.side.label} ({big.figure} against {small.figure})."
            if en
            else f"Lớn hơn: {big.side.label} ({big.figure} so với {small.figure})."
        )
        small_n = min(x, y)
        if times and small_n > 0:  # "gấp mấy lần": the ratio, worked out and said so
            r = f"{max(x, y) / small_n:.2f}"
            line += (f" {r} times as large (computed)." if en
                     else f" Gấp {r.replace('.', ',')} lần (tính toán).")  # fmt: skip
        elif apart and not (a.computed_from or b.computed_from):
            line += " " + difference_line(abs(x - y), (a.figure, b.figure), en)
    head, sep, tail = text.partition("\n\nSources:" if en else "\n\nNguồn:")
    return f"{head}\n{line}{sep}{tail}" if sep else f"{text}\n{line}"
