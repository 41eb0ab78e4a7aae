"""A typed answer (section, summary, list, …; no comparison table) to a question that asks two
or more provinces side by side ("A và B", "A and B", "A, B", "A so với B") and quotes only some
of them: it answers one side and says nothing of the others. Only provinces the corpus has
reports for count as asked (`Retrieval.provinces`), and only names joined as sides of one
question (`sides_asked`): a name read off a context ("the A - B exchange", "B's model") or a
common word asks nothing of its own.

The answer is not abstained: a lead line says it covers the told provinces only and to ask
about the others on their own (`bot.render.covers_only`): the passages found quote one side,
which says nothing of whether the others' reports tell it. When a quoted passage itself names
an untold province, only the lead and the passages, as the nearest, are said (its words and
figures could be taken for that province's). Else, when the answer states a figure, the
question asks for one, or the question asks the quoted lines themselves (`Intent.PASSAGE`:
"how do X and Y stand on …", its lines' figures read as stated), one side's figures are no answer
to the side-by-side question: the lead and the figures of the quoted lines as "not sure"
candidates are said (`bot/sides_unsure.py`). Any other answer (a section, summary or list) is
kept whole under the lead. A comparison (intent `Intent.COMPARISON`), an abstention, or an
answer that quotes every province asked is left as it is."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.intents import Intent, read_intent
from bot.intents_types import wants_number
from bot.render import covers_only, hedge_text, passage_line, with_sources
from bot.sides_unsure import cited_by, line_options
from bot.stopwords import LIST_JOIN, SIDE_NAME_HEAD, SIDES_JOIN
from core.places import province_mentions, province_spans
from core.query import ParsedQuery
from core.result import Answer
from core.text import fold
from index.retrieve import Retrieval

# What stands between two province names asked as sides of one question (folded, "-" read as a
# space): a list's join (`LIST_JOIN`), a comma maybe before it, or another side join
# (`SIDES_JOIN`), each maybe with the next name's head word (`SIDE_NAME_HEAD`); nothing else.
_ALT = "|".join(re.escape(w) for w in LIST_JOIN)
_SIDES_JOIN = re.compile(
    rf"^(?:provinces?\s*)?(?:,\s*(?:{_ALT})?|{_ALT}|"
    + "|".join(re.escape(w) for w in SIDES_JOIN if w != ",")
    + r")(?:\s*\b(?:"
    + "|".join(re.escape(w) for w in SIDE_NAME_HEAD)
    + r"))?$"
)


def told_provinces(ans: Answer) -> tuple[str, ...]:
    """The provinces an answer's citations quote, in order of first citation."""
    return tuple(dict.fromkeys(c.province for c in ans.citations if c.province))


def sides_asked(q: ParsedQuery, present: tuple[str, ...]) -> tuple[str, ...]:
    """The provinces of `present` (those the corpus has reports for) that the question names as
    sides of one question: two mentions in a row with only a join (`_SIDES_JOIN`) between."""
    folded = q.folded.replace("-", " ")
    spans = [s for s in province_spans(q.folded) if s[2] in present]
    sides: list[str] = []
    for (_, end, a), (start, _, b) in zip(spans, spans[1:], strict=False):
        if a != b and _SIDES_JOIN.match(folded[end:start].strip()):
            sides += [p for p in (a, b) if p not in sides]
    return tuple(sides)


def one_province_told(
    q: ParsedQuery, ans: Answer | None, retrieval: Retrieval, language: str
) -> Answer | None:
    """The typed answer, or it under a lead saying it covers only the provinces it quotes when
    it quotes some but not all of the provinces asked as sides (see the module's notes)."""
    if ans is None or ans.abstained or ans.intent == Intent.COMPARISON:
        return ans
    asked = sides_asked(q, retrieval.provinces)
    told = told_provinces(ans)
    untold = [p for p in asked if p not in told]
    if len(asked) < 2 or not told or not untold or not set(told) <= set(asked):
        return ans
    en = language == "en"
    head = covers_only(told, untold, en)
    if _names_untold(ans, untold):  # its figures could be taken for the untold province's
        lines = [f"[{c.n}] {passage_line(c, en)}" for c in ans.citations]
        near = "The nearest passages" if en else "Các đoạn gần nhất"
        text = with_sources("\n".join([head, f"{near}:", *lines]), ans.citations, en)
        return replace(ans, text=text, figure="")
    if ans.figure or wants_number(q.folded) or read_intent(q).intent == Intent.PASSAGE:
        options = line_options(ans.citations, (ans.figure,))
        if options:
            cits = cited_by(options, ans.citations)
            text = f"{head}\n\n{hedge_text(options, cits, en)}"
            return replace(ans, text=text, figure="", citations=cits, candidates=options,
                           confidence=0.0)  # fmt: skip
    return replace(ans, text=f"{head}\n\n{ans.text}")


def _names_untold(ans: Answer, untold: list[str]) -> bool:
    """Whether a quoted passage names an untold province (its figures may be taken for it)."""
    return any(set(province_mentions(fold(c.quote))) & set(untold) for c in ans.citations)
