"""A report asked by a figure no report states ("báo cáo nào nêu N …, thuộc kỳ nào?", "which
report gives N …?"): the answer is that no report states it, not a list of every report's
period as if one of them did. Said only when the figure is nowhere: no fact-table figure of any
report fits it, of whatever kind (each reading of it, `named_figures`), and no number any
report's text writes has its value ("1022", "1.022" and "1,022" are one; "99,8" is "99.8"). A
figure some report states, in any words, is left to the other answerers."""

from __future__ import annotations

import re

from bot.held_date_ask import Named, figure_values, named_figures, number_readings
from core.query import ParsedQuery
from core.result import Answer
from core.text import figures as numbers_in
from index.generations import LoadedIndex

# A figure as the question writes it: digits with their group or decimal marks ("91.234"), and
# the "%" or "percent" of a share, kept to say it back as asked.
_WRITTEN = re.compile(
    r"((?<![\w.,/])\d[\d.,]*\d(?![\w/])|(?<![\w.,/])\d(?![\w.,/]))"
    r"(\s?%|\s+(?:percent|per cent|phần trăm)\b)?",
    re.IGNORECASE,
)


def _written_anywhere(index: LoadedIndex, named: list[Named]) -> bool:
    """Whether some report's text writes a number of a named figure's value, however it is
    written (`numbers_in` reads each number of a chunk by value; its dates are no figures)."""
    for c in index.chunks:
        values = [float(x) for x in numbers_in(c.text) if "/" not in x]
        if any(n.fits(v) for n in named for v in values):
            return True
    return False


def stated_nowhere(index: LoadedIndex, q: ParsedQuery) -> list[str]:
    """The figures the question names as it writes them, when none of them is stated in any
    report (see the module doc); [] when it names none or a report states one."""
    named = named_figures(q)
    if not named:
        return []
    if any(n.fits(v) for f in index.facts() for n in named for v in figure_values(f.norm)):
        return []
    written = [
        m[1] + (m[2] or "")
        for m in _WRITTEN.finditer(q.text)
        if any(n.fits(v) for n in named for v, _ in number_readings(m[1]))
    ]
    if not written or _written_anywhere(index, named):
        return []
    return list(dict.fromkeys(written))


def no_report_states(q: ParsedQuery, figures: list[str], language: str) -> Answer:
    """The "not found" answer: no report states these figures (each as the question writes
    it, its "%" kept)."""
    said = ", ".join(figures)
    text = (
        f"Not found: no report states the figure {said}, so no report or period can be named."
        if language == "en"
        else f"Không tìm thấy: không báo cáo nào nêu con số {said}, nên không có báo cáo hay kỳ "
        "báo cáo nào để trả lời."
    )
    return Answer(q.text, text, True, (), language=language)
