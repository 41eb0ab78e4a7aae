"""A headline stated where the question counts one of its items: "bao nhiêu viên chức" (or "how
many public employees") answered with the 103 of "tinh giản biên chế là 103 người trong đó có
90 viên chức và 13 cán bộ công chức". The figure counts something else than the asked noun
(bot/counted.py), and the breakdown right after it names an item counted as that noun: the
answer is not sure, and says both figures as written, none in bold."""

from __future__ import annotations

import re

from bot import counted
from bot.nearest import nearest_not_found, stated
from core.query import ParsedQuery
from core.result import Answer
from core.text import fold

# What opens a breakdown right after a figure: "trong đó (có)", "gồm", "bao gồm", "(".
_OPENS = re.compile(r"\s*(?:\(|\btrong (?:do|so)\b:?|\b(?:bao )?gom\b:?)")
# How far after the figure its breakdown may open (its own noun, a few words between).
_OPEN_WITHIN = 40
# An item of the breakdown: a number and the words after it, up to the breakdown's end.
_ITEM = re.compile(r"(?<![\d.,])(\d[\d.,]*)\s")
_BREAKDOWN_END = re.compile(r"[;)]|\.\s")


def asked_item(folded_question: str, quote: str, figure: str) -> str:
    """The figure of the item, in the breakdown right after `figure`, that counts what the
    question asks to count, when `figure` itself does not count it; "" otherwise."""
    wanted = counted.asked_noun(folded_question)
    if not wanted or figure.rstrip().endswith("%"):
        return ""  # a share is no headline of counts
    # the headline's own count noun, written after it or opening its label: another than the
    # asked one ("103 người"); a headline of the asked noun ("Tổng số TTHC …: 1.845") is asked
    own = counted.figure_nouns(quote, figure) or [counted.label_noun(quote, figure)]
    if not own[0] or wanted in own:
        return ""
    folded = fold(quote)
    at = re.search(rf"(?<![\d.,]){re.escape(fold(figure))}(?![\d])", folded)
    if at is None:
        return ""
    opener = None
    for m in _OPENS.finditer(folded, at.end(), at.end() + _OPEN_WITHIN):
        opener = m
        break
    if opener is None or re.search(r"\d", folded[at.end() : opener.start()]):
        return ""
    end = _BREAKDOWN_END.search(folded, opener.end())
    inside = folded[opener.end() : end.start() if end else len(folded)]
    for m in _ITEM.finditer(inside):
        if wanted in counted.figure_nouns(inside, m.group(1))[:1]:
            return _as_written(quote, m.group(1))
    return ""


def _as_written(quote: str, folded_figure: str) -> str:
    """A figure as the quote writes it ("1.409"), found by its digits."""
    digits = re.sub(r"\D", "", folded_figure)
    return next(
        (n for n in re.findall(r"\d[\d.,]*\d|\d", quote) if re.sub(r"\D", "", n) == digits),
        folded_figure,
    )


def whole_for_part(q: ParsedQuery, ans: Answer, language: str) -> Answer | None:
    """Not sure, in place of a bold headline whose breakdown names the asked item (`asked_item`):
    both figures said, none in bold; None when the answer stands."""
    if ans.abstained or not ans.figure:
        return None
    pairs = stated(ans)
    if not pairs:
        return None
    fig, cit = pairs[0]
    item = asked_item(q.folded, cit.quote, fig)
    if not item:
        return None
    text = (
        f"Not sure: the nearest figure, {fig}, is a total; its passage gives {item} as one of "
        f"its items, which may be what the question counts [1]."
        if language == "en"
        else f"Chưa chắc chắn: số liệu gần nhất, {fig}, là số tổng; đoạn trích nêu {item} là một "
        f"phần của số đó, có thể là điều câu hỏi cần [1]."
    )
    return nearest_not_found(q, text, cit, language)
