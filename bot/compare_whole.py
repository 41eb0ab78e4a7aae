"""The whole the compared parts are of, stated under the table: when every side's figure is
stated (bold) by one and the same quoted line, and that line states, before the first of them,
a figure that is their whole, a line "Tổng (báo cáo nêu): N [k]" / "Total (as the report
states): N [k]" follows the table, citing that line. Staff check the parts against the whole
("tiếp nhận N hồ sơ (trong đó: a …; b …)", "N người, trong đó a … và b …").

A figure of the line is the whole when it is written before the first part's figure, is none
of the parts' figures, and either the parts' figures add up to it exactly (`SUM_SLACK` for the
rounding of decimals) or the question itself states it ("Trong N người …, … mỗi bên bao
nhiêu?", "of the N files …") and it exceeds every part. The whole is not bold: it is not the
asked figure, only what the asked ones are parts of. Shares and fractions are no parts so added."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.query import ParsedQuery
from core.result import Citation
from core.text import NUMBER, figures, fold, parse_number

if TYPE_CHECKING:
    from bot.compare_table import Cell

# Parts "add up" to a whole within this much (decimals a report rounds: "4.207,615").
SUM_SLACK = 1e-6
MIN_PARTS = 2  # a whole is of two parts or more
# A date ("14/6/2022", "9/2022") or a year ("2022", "năm 2021"): when, never a whole.
_DATE = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?|\b(?:19|20)\d\d\b")


def _plain(figure: str) -> float | None:
    """A part's figure as a count: none for a share or a fraction."""
    if not figure or "%" in figure or "/" in figure:
        return None
    return parse_number(figure)


def _numbers(quote: str) -> list[tuple[int, str, float]]:
    """The line's numbers in order (position, as written, value), dates left out."""
    text = _DATE.sub(lambda m: " " * len(m.group(0)), quote)
    out = []
    for m in NUMBER.finditer(text):
        value = parse_number(m.group(0))
        after, before = text[m.end() : m.end() + 1], text[m.start() - 1 : m.start()] if m.start() else ""
        if value is not None and after not in ("%", "/") and before != "/":  # no fraction's part
            out.append((m.start(), m.group(0), value))
    return out


# What joins a whole to its parts in one clause ("N hồ sơ (trong đó: a …", "N người, gồm a …",
# "N files, of which a …"); a ";" between ends the whole's clause.
_JOIN = re.compile(r"\btrong do\b|\bgom\b|[(:]|\bof which\b|\bincluding\b")


def _joined(between: str) -> bool:
    """Whether the words between a whole and the first part join them in one clause."""
    return ";" not in between and bool(_JOIN.search(fold(between)))


def _same_line(a: Citation, b: Citation) -> bool:
    return (a.chunk_id, a.line_start, a.quote) == (b.chunk_id, b.line_start, b.quote)


def whole_of(q: ParsedQuery, cells: Sequence[Cell]) -> tuple[str, Citation] | None:
    """The whole the cells' figures are parts of, as the line writes it, and that line; None
    when the sides are not parts of one line's stated whole (see the module)."""
    if len(cells) < MIN_PARTS or any(c.citation is None or c.computed_from for c in cells):
        return None
    line = cells[0].citation
    assert line is not None
    if any(c.citation is None or not _same_line(c.citation, line) for c in cells):
        return None
    values = [_plain(c.figure) for c in cells]
    if any(v is None for v in values):
        return None
    parts = [v for v in values if v is not None]
    numbers = _numbers(line.quote)
    at = [pos for pos, said, v in numbers if v in parts]
    if len({v for _, _, v in numbers if v in parts}) < len(set(parts)):
        return None  # a part's figure the line does not write as a count
    asked = figures(q.text)
    for pos, said, value in numbers:
        if pos >= min(at) or value in parts:
            continue
        joined = _joined(line.quote[pos + len(said) : min(at)])  # a sum alone may be anything's
        if joined and abs(value - sum(parts)) <= SUM_SLACK * max(value, 1.0):
            return said, line
        if value > max(parts) and figures(said) <= asked:
            return said, line
    return None


def whole_line(q: ParsedQuery, cells: Sequence[Cell], cits: Sequence[Citation], en: bool) -> str:
    """The line under the table stating the parts' whole, citing its line; "" when none."""
    found = whole_of(q, cells)
    if found is None:
        return ""
    said, line = found
    n = next((c.n for c in cits if _same_line(c, line)), None)
    if n is None:
        return ""
    label = "Total (as the report states)" if en else "Tổng (báo cáo nêu)"
    return f"\n{label}: {said} [{n}]"
