"""A whole's share stated where the question names a part its sentence breaks out (made-up
line): "Tổng chi đạt 120% dự toán, trong đó: chi thường xuyên bằng 95% dự toán" asked "what
share of the estimate did recurrent spending reach?" is not answered by the whole's 120%.
When the words the question shares with the line are the part's own (a two-word run of the
part's label that the whole's label lacks) and none of the whole's own, the answer is not
sure: the part's share first, then the whole's, none in bold."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.figure_clause import figure_at
from bot.nearest import as_written, stated
from bot.render import hedge_text
from core.query import ParsedQuery
from core.result import Answer, FigureCandidate
from core.text import fold

# What opens the breakdown of a whole: "trong đó", "trong số".
_BREAK = re.compile(r"\btrong (?:do|so)\b:?")
# Where a clause or sentence ends: the part's label ends at one; the whole's label starts after
# a sentence's end only (its own words may stand before a semicolon: "Tổng thu …; đạt 130%").
_END = re.compile(r";|[.!?](?=\s|$)")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_SHARE = re.compile(r"(?<![\d.,])(\d[\d.,]*)\s*%")
_WORD = re.compile(r"[a-z]+")


def _pairs(text: str) -> set[str]:
    """The two-word runs of a folded text's words (numbers and marks dropped)."""
    words = _WORD.findall(text)
    return {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}


def part_share(expanded: str, quote: str, figure: str) -> tuple[str, str] | None:
    """The part's share (as written) and its label (folded), when `figure` is a whole's share
    whose sentence breaks out a part ("trong đó") with a share of its own, and the (expanded,
    folded) question names the part's own words and none of the whole's; None otherwise."""
    found = figure_at(quote, figure)
    if found is None or not figure.rstrip().endswith("%"):
        return None
    folded, at = found
    starts = [m.end() for m in _SENTENCE_END.finditer(folded, 0, at.start())]
    whole = folded[starts[-1] if starts else 0 : at.start()]
    opened = _BREAK.search(folded, at.end())
    if opened is None or _END.search(folded, at.end(), opened.start()):
        return None
    end = _END.search(folded, opened.end())
    part = folded[opened.end() : end.start() if end else len(folded)]
    share = _SHARE.search(part)
    if share is None:
        return None
    label = part[: share.start()]
    asked = _pairs(expanded)
    own, theirs = _pairs(label) - _pairs(whole), _pairs(whole) - _pairs(label)
    if not own & asked or theirs & asked:
        return None
    return next((s for s in re.findall(r"\d[\d.,]*\s*%", quote) if fold(s) == share.group(0)),
                share.group(0)), label.strip(" :,")  # fmt: skip


def share_of_part(q: ParsedQuery, ans: Answer, language: str) -> Answer | None:
    """Not sure, in place of a bold whole's share where the question names the part its
    sentence breaks out (`part_share`): the part's share, then the whole's; None when the
    answer stands."""
    pairs = stated(ans)
    if not ans.figure or not pairs:
        return None
    fig, cit = pairs[0]
    found = part_share(q.expanded, cit.quote, fig)
    if found is None:
        return None
    share, label = found
    label = re.split(r"\d", label)[0].strip(" :,")  # its words, up to the part's own count
    one = replace(cit, n=1)
    options = (
        FigureCandidate(share, as_written(cit.quote, label), ans.holds_for, one),
        FigureCandidate(fig, ans.counts, ans.holds_for, one),
    )
    text = hedge_text(options, (one,), language == "en")
    return replace(ans, text=text, figure="", citations=(one,), candidates=options)
