"""A figure stated in bold whose own label in its quoted line names little of what is asked,
while another figure of the same line is labelled with the question's words ("Tổng chi … ước
đạt X, trong đó: Chi đầu tư phát triển ước đạt Y" for "chi đầu tư phát triển bao nhiêu?"),
becomes "not sure" with both: the line's figures belong to two measures, and the stated one is
the other measure's."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.render import hedge_text
from bot.stopwords import STOP
from core.query import ParsedQuery
from core.result import Answer, FigureCandidate
from core.text import fold

# The other figure's label must hold at least this share of the question's topic words: it
# names the asked measure, not one word of it.
LABEL_ASKED = 0.75
# The stated figure's label holds less than this share: it names another measure ("tổng chi
# ngân sách" against "chi đầu tư phát triển" shares "chi" alone).
LABEL_STATED = 0.5
# The stated figure's label must have at least this many content words to be read as naming
# another measure: a short one ("… mức độ 4 là: 1.044") was cut at its own colon or figure.
LABEL_MIN_WORDS = 3
# A label is the words since the figure before it or a clause mark, at most this many.
LABEL_SPAN = 10

_FIGURE = re.compile(r"(?<![\w.,])\d[\d.,]*\d(?![\d])|(?<![\w.,])\d(?![\d.,]*\d)")
_MARK = re.compile(r"[:;(]")
_YEAR = re.compile(r"(?:19|20)\d\d")
_WORD = re.compile(r"[a-z]+")


def _labels(line: str) -> list[tuple[str, list[str]]]:
    """Each figure of a folded line with the words of its label; a year ("năm 2021") is part
    of a label, neither a figure nor where a label starts."""
    figures = [m for m in _FIGURE.finditer(line) if not _YEAR.fullmatch(m.group(0))]
    found = []
    for m in figures:
        before = line[: m.start()]
        marks = [b.end() for b in _MARK.finditer(before)]
        cut = max(marks + [f.end() for f in figures if f.end() <= m.start()], default=0)
        words = [w for w in _WORD.findall(before[cut:])][-LABEL_SPAN:]
        found.append((m.group(0), words))
    return found


def _share(asked: set[str], words: list[str]) -> float:
    """The share of the asked words a label holds."""
    return len(asked & set(words)) / len(asked) if asked else 0.0


def labelled_other(q: ParsedQuery, ans: Answer) -> Answer | None:
    """ "Not sure" with both figures when the stated figure's label names another measure and
    another figure of its line is labelled with the question's words; None otherwise."""
    if ans.abstained or not ans.figure or not ans.citations:
        return None
    cit = ans.citations[0]
    places = set(_WORD.findall(fold(" ".join(q.provinces))))
    asked = {w for w in _WORD.findall(q.expanded) if w not in STOP and w not in places}
    if len(asked) < 2:
        return None
    labels = _labels(fold(cit.quote))
    stated = [words for fig, words in labels if fold(fig) == fold(ans.figure)]
    own = [w for w in stated[0] if w not in STOP] if stated else []
    if len(own) < LABEL_MIN_WORDS or _share(asked, stated[0]) >= LABEL_STATED:
        return None
    other = next((fig for fig, words in labels
                  if fold(fig) != fold(ans.figure) and _share(asked, words) >= LABEL_ASKED), "")  # fmt: skip
    if not other:
        return None
    en = ans.language == "en"
    mine = next((t for t in _FIGURE.findall(cit.quote) if fold(t) == fold(other)), other)
    options = (
        FigureCandidate(mine, cit.quote, cit.period, cit),
        FigureCandidate(ans.figure, cit.quote, cit.period, cit),
    )
    return replace(ans, text=hedge_text(options, (cit,), en), figure="", candidates=options)
