"""The figures of one line of a report: counts ("32.554", "1599") and shares ("96,1%"), with
where each stands and whether it is a share; no year, no level's name ("mức độ 3"), no piece of
a date, a fraction or a document number.

Its own module so that the comparison's line readers (`bot/compare_lines.py` and those after it)
and the hedge of a partly told answer (`bot/sides_unsure.py`, called by the extractive answerer
that the comparison's answerers import) read figures alike without an import cycle."""

from __future__ import annotations

import re

from core.text import fold

# A figure of the line: a count ("32.554", "1599", "75") or a share ("96,1%"); never a piece
# of a date, a fraction or a document number ("3/4/2021", "218/305", "61/2018/NĐ-CP").
_FIGURE = re.compile(r"(?<![\w/.,])(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)(\s*%)?(?![\w/]|[.,]\d)")
_YEAR = re.compile(r"(19[89]\d|20[0-3]\d)")
# A number that names a level or kind, not a figure: "mức độ 3 là 73.188", "level 4: 79.091".
_NAMED_BY = re.compile(r"\b(?:muc do|muc|cap do|level|loai|nhom|giai doan|phase|type|group)\s*$")


def figures_of(line: str) -> list[tuple[str, int, int, bool]]:
    """(figure as written, start, end, a share) for each figure of a line, in order: no year,
    no level's name ("mức độ 3"), no piece of a date or a fraction."""
    out = []
    for m in _FIGURE.finditer(line):
        if not m.group(2) and _YEAR.fullmatch(m.group(1)):
            continue  # "năm 2022"
        if not m.group(2) and re.match(r"\s+\d", line[m.end() :]):
            continue  # "đã giải quyết 51 27.876": an OCR-misread "là" before the figure
        if not m.group(2) and _NAMED_BY.search(fold(line[max(0, m.start() - 12) : m.start()])):
            continue  # "mức độ 3": the level's name, which the figure after it leads with
        out.append((m.group(1) + ("%" if m.group(2) else ""), m.start(), m.end(), bool(m.group(2))))
    return out
