"""A figure in its quote, and the words of its own clause before it: where the figure stands in
the folded quote (not inside a longer number: "60" is not in "1.605"), and the words from the
clause's last opening before it up to the figure. Callers say what opens a clause for them: a
semicolon or a full stop always; a colon (bot/outlets.py) or a bracket (bot/each_level.py)
besides. (bot/several_figures.py cuts its figures' clauses the same way and can use this.)"""

from __future__ import annotations

import re

from core.text import fold

# What opens a figure's clause: a semicolon or a full stop (not a decimal point: "1.845").
STOPS = r";|\.(?=\s)"
# … or a colon ("Báo chí Trung ương: 140 tin"): the outlets a figure's clause names.
COLON_OPENS = re.compile(rf"{STOPS}|:")
# … or a bracket ("(mức độ 4: 205 hồ sơ)"): the service levels a figure's clause names.
BRACKET_OPENS = re.compile(rf"{STOPS}|\(")
# … or neither: a sentence's clause.
SENTENCE_OPENS = re.compile(STOPS)
# What ends a figure's own clause on either side (bot/state_asked.py, bot/flow_asked.py): a
# sentence or list break, a colon, a comma, a bracket, or a breakdown opening ("trong đó",
# "gồm"), whose items are clauses of their own.
OWN_BREAKS = re.compile(r"[.;:!?](?=\s|$)|,|\(|\)|\btrong (?:do|so)\b|\bgom\b")


def figure_at(quote: str, figure: str) -> tuple[str, re.Match[str]] | None:
    """The folded quote and where the figure stands in it, not inside a longer number; None
    when the figure is empty or not in the quote."""
    if not figure:
        return None
    folded = fold(quote)
    at = re.search(rf"(?<![\d.,]){re.escape(fold(figure))}(?![\d])", folded)
    return (folded, at) if at else None


def in_open_bracket(quote: str, figure: str) -> tuple[str, re.Match[str], int] | None:
    """`figure_at`, and where the bracket opens that is still open before the figure; None
    when the figure is not in the quote or stands in no open bracket."""
    found = figure_at(quote, figure)
    if found is None:
        return None
    folded, at = found
    before = folded[: at.start()]
    opened = before.rfind("(")
    if opened < 0 or ")" in before[opened:]:
        return None
    return folded, at, opened


def clause_before(folded: str, start: int, opens: re.Pattern[str]) -> str:
    """The words of a (folded) text before `start`, back to the last clause opening."""
    before = folded[:start]
    cuts = list(opens.finditer(before))
    return before[cuts[-1].end() :] if cuts else before


def clause_at(folded: str, at: re.Match[str]) -> tuple[str, str]:
    """A figure's own clause in a folded quote (`OWN_BREAKS` on either side): the words before
    the figure, and the whole clause."""
    end = OWN_BREAKS.search(folded, at.end())
    before = clause_before(folded, at.start(), OWN_BREAKS)
    return before, before + folded[at.start() : end.start() if end else len(folded)]


def own_clause(quote: str, figure: str) -> str:
    """The folded own clause (`clause_at`) of a figure in its quote; "" when not found."""
    found = figure_at(quote, figure)
    return clause_at(*found)[1] if found else ""
