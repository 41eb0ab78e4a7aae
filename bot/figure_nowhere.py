"""A report asked by a figure no report states ("báo cáo nào nêu N …, thuộc kỳ nào?", "which
report gives N …?"): the answer is that no report states it, not a list of every report's
period as if one of them did. Said only when the figure is nowhere: no fact-table figure of any
report fits it (each reading of it, `named_figures`), and no report's text writes it as the
question does. A figure some report states, in any words, is left to the other answerers."""

from __future__ import annotations

import re

from bot.held_date_ask import figure_values, named_figures
from core.query import ParsedQuery
from core.result import Answer
from index.generations import LoadedIndex

# A figure as the question writes it: digits with their group or decimal marks ("91.234").
_WRITTEN = re.compile(r"(?<![\w.,/])\d[\d.,]*\d(?![\w/])|(?<![\w.,/])\d(?![\w.,/])")


def stated_nowhere(index: LoadedIndex, q: ParsedQuery) -> list[str]:
    """The figures the question names as it writes them, when none of them is stated in any
    report (see the module doc); [] when it names none or a report states one."""
    named = named_figures(q)
    if not named:
        return []
    for f in index.facts():
        share = f.kind == "percent"
        if any(n.fits(v) and n.percent == share for n in named for v in figure_values(f.norm)):
            return []
    written = [w.rstrip(".,") for w in _WRITTEN.findall(q.text)]
    written = [w for w in written if any(n.fits(v) for n in named for v in figure_values(w))]
    if not written or any(w in c.text for c in index.chunks for w in written):
        return []
    return list(dict.fromkeys(written))


def no_report_states(q: ParsedQuery, figures: list[str], language: str) -> Answer:
    """The "not found" answer: no report states these figures."""
    said = ", ".join(figures)
    text = (
        f"Not found: no report states the figure {said}, so no report or period can be named."
        if language == "en"
        else f"Không tìm thấy: không báo cáo nào nêu con số {said}, nên không có báo cáo hay kỳ "
        "báo cáo nào để trả lời."
    )
    return Answer(q.text, text, True, (), language=language)
