"""A figure stated in bold whose own label in its quoted line names little of what is asked,
while another figure of the same line is labelled with the asked words ("Tổng số hộ nuôi trồng đạt X hộ, trong đó: hộ nuôi cá nước lạnh đạt Y hộ" for "bao nhiêu hộ
nuôi cá nước lạnh?"), becomes "not sure" with both: the line's figures belong to two measures,
and the stated one is the other measure's."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.render import hedge_text
from bot.stopwords import STOP
from core.query import ParsedQuery, expansions
from core.result import Answer, FigureCandidate
from core.text import NUMBER, figures, fold

# The other figure's label must hold at least this share of the asked words: it names the
# asked measure, not one word of it.
LABEL_ASKED = 0.75
# The stated figure's label holds less than this share of the asked words: it names another
# measure ("tổng số hộ nuôi trồng" against "hộ nuôi cá nước lạnh" shares two words of five).
LABEL_STATED = 0.5
# The stated figure's label must have at least this many content words to be read as naming
# another measure: a short one ("… mức độ 4 là: 1.044") was cut at its own colon or figure.
LABEL_MIN_WORDS = 3
# A label is the words since the figure before it or a clause mark, at most this many.
LABEL_SPAN = 10

# Units a figure is counted in: the question's "bao nhiêu tỷ đồng" names no measure, and a
# line's label keeps its unit after its figure, not before the next one.
_UNITS = frozenset(["ty", "trieu", "nghin", "dong", "vnd", "usd"])
_MARK = re.compile(r"[:;(]")
_YEAR = re.compile(r"(?:19|20)\d\d")
_WORD = re.compile(r"[a-z]+")


def _labels(line: str) -> list[tuple[str, list[str]]]:
    """Each figure of a folded line with the words of its label; a year ("năm 2021") is part
    of a label, neither a figure nor where a label starts."""
    numbers = [m for m in NUMBER.finditer(line) if not _YEAR.fullmatch(m.group(0))]
    found = []
    for m in numbers:
        before = line[: m.start()]
        marks = [b.end() for b in _MARK.finditer(before)]
        cut = max(marks + [f.end() for f in numbers if f.end() <= m.start()], default=0)
        words = [w for w in _WORD.findall(before[cut:])][-LABEL_SPAN:]
        found.append((m.group(0), words))
    return found


def asked_words(q: ParsedQuery, en: bool) -> set[str]:
    """The words naming the asked measure: the question's own and its glossary's report wordings
    (an abbreviation's full words) for a Vietnamese one, only the latter for an English one (its
    English words are in no report line); no asking word, province or unit."""
    places = set(_WORD.findall(fold(" ".join(q.provinces))))
    said = " ".join(expansions(q.folded)) if en else q.expanded
    return {w for w in _WORD.findall(said) if w not in STOP | places | _UNITS}


def _share(asked: set[str], words: list[str]) -> float:
    """The share of the asked words a label holds."""
    return len(asked & set(words)) / len(asked) if asked else 0.0


def labelled_other(q: ParsedQuery, ans: Answer) -> Answer | None:
    """ "Not sure" with both figures when the stated figure's label names another measure and
    another figure of its line is labelled with the asked words; None otherwise."""
    if ans.abstained or not ans.figure or not ans.citations:
        return None
    cit = ans.citations[0]
    en = ans.language == "en"
    labels = _labels(fold(cit.quote))
    mine = figures(ans.figure)
    asked = asked_words(q, en)
    stated = next((words for fig, words in labels if figures(fig) == mine), [])
    own = [w for w in stated if w not in STOP]
    if len(asked) < 2 or len(own) < LABEL_MIN_WORDS or _share(asked, stated) >= LABEL_STATED:
        return None
    other = next((fig for fig, words in labels
                  if figures(fig) != mine and _share(asked, words) >= LABEL_ASKED), "")  # fmt: skip
    if not other:
        return None
    said = next((t for t in NUMBER.findall(cit.quote) if figures(t) == figures(other)), other)
    options = (
        FigureCandidate(said, cit.quote, cit.period, cit),
        FigureCandidate(ans.figure, cit.quote, cit.period, cit),
    )
    return replace(ans, text=hedge_text(options, (cit,), en), figure="", candidates=options)
