"""A question asking two counts at once ("bao nhiêu công chức của bao nhiêu sở, ngành?", "how
many classes and how many participants?") gets both when the stated figure's own sentence gives
the second: "29 công chức của 16 Sở, ban, ngành" answers 29 and 16. The second figure is the one
of that sentence whose count noun (bot/counted.py) is the second noun asked; it gets its own
figure line, citing the same source, so every front end shows it as the first one."""

from __future__ import annotations

import re
from dataclasses import replace

from bot import counted
from core.query import ParsedQuery
from core.result import Answer

# A figure as the reports write it: "16", "1.204", "2,5", "87%"; not part of a date or a ratio.
_FIGURE = re.compile(r"(?<![\d.,/])\d+(?:[.,]\d+)*(?:\s?%)?(?![\d/])")
# A sentence: up to its full stop (not a decimal point or thousands dot) or the end.
_SENTENCE = re.compile(r".+?(?:[.!?](?=\s|$)|$)", re.S)


def second_count(q: ParsedQuery, ans: Answer) -> Answer | None:
    """The answer with the second count the question asks added from the stated figure's
    sentence, or None when the question asks one count, the answer states none, or the sentence
    gives no single figure of the second noun asked."""
    nouns = counted.asked_nouns(q.folded)
    if len(nouns) < 2 or nouns[1] == nouns[0] or ans.abstained or not ans.figure:
        return None
    if not ans.citations:
        return None
    cit = ans.citations[0]
    if counted.figure_nouns(cit.quote, ans.figure)[:1] not in ([], [nouns[0]]):
        return None  # the stated figure counts another thing than the first asked
    lines = ans.text.split("\n")
    second = _one_of(cit.quote, nouns[1], ans.figure)
    if second:
        line = f"**{second}** {_noun_after(cit.quote, second)} [{cit.n}]"
        lines.insert(1, line.replace("  ", " "))
        return replace(ans, text="\n".join(lines))
    # the sentence right after the quoted one in its paragraph ("… có 494 doanh nghiệp … .
    # Trong quý I, đã cập nhật 120 tin tức …"), quoted under the added line
    nxt = _next_sentence(cit.quote, cit.context)
    second = _one_of(nxt, nouns[1], ans.figure)
    if not second or len(lines) < 2 or not lines[1].startswith(">"):
        return None
    line = f"**{second}** {_noun_after(nxt, second)} [{cit.n}]".replace("  ", " ")
    lines[2:2] = [line, f"> {nxt}"]
    return replace(ans, text="\n".join(lines))


def _one_of(text: str, noun: str, stated: str) -> str:
    """The one figure of `text` (other than the stated one) whose count noun is `noun`; ""
    when none or several."""
    found = {
        m.group(0).strip() for m in _FIGURE.finditer(text)
        if m.group(0).strip() != stated and counted.figure_nouns(text, m.group(0).strip())[:1] == [noun]
    }  # fmt: skip
    return found.pop() if len(found) == 1 else ""


def _next_sentence(quote: str, context: str) -> str:
    """The sentence after `quote` in its paragraph `context`; "" when there is none."""
    at = context.find(quote) if quote else -1
    if at < 0:
        return ""
    rest = context[at + len(quote) :].lstrip(" .;")
    m = _SENTENCE.match(rest)
    return m.group(0).strip() if m else ""


def _noun_after(quote: str, figure: str) -> str:
    """The count noun right after a figure as the report writes it ("sở, ban, ngành"): as many
    of the words after it as the noun has."""
    at = quote.find(figure)
    nouns = counted.figure_nouns(quote, figure)
    if at < 0 or not nouns:
        return ""
    words = quote[at + len(figure) :].split()
    folded = counted.noun_words(quote, figure)
    return " ".join(words[: len(folded.split())]).rstrip(",.;")
