"""A typed answer (section, summary, list, …; no comparison table) to a question that asks two
or more provinces side by side ("A và B", "A and B", "A, B", "A so với B") and quotes only some
of them: it answers one side and says nothing of the others. Only provinces the corpus has
reports for count as asked (`Retrieval.provinces`), and only names joined as sides of one
question (`sides_asked`): a name read off a context ("the A - B exchange", "B's model") or a
common word asks nothing of its own.

The answer is kept under a lead line saying it is not found for the untold provinces (no figure
is given for them) and quotes only the told ones' reports; it is marked abstained, the question
as asked not being answered whole. When a quoted passage itself names an untold province, the
answer's figures could be taken for that province's: only the lead and the passages, as the
nearest, are said then (no figure stated). A comparison table, an abstention, or an answer that
quotes every province asked is left as it is."""

from __future__ import annotations

import re

from bot.render import passage_line, with_sources
from core.places import province_mentions, province_spans
from core.query import ParsedQuery
from core.result import Answer
from core.text import fold
from index.retrieve import Retrieval

# The rule under a Markdown table's head: a comparison table, its missing sides said in rows.
_TABLE_RULE = "\n|---"
# What stands between two province names asked as sides of one question (folded, "-" read as a
# space): "và", "and", ",", "so với", "vs", "versus", each maybe with the next name's "tỉnh" /
# "province"; nothing else (a hyphen, "of", "about" join a name to a context, not a side).
_SIDES_JOIN = re.compile(
    r"^(?:provinces?\s*)?(?:,\s*(?:and|va)?|and|va|so voi|vs\.?|versus)"
    r"(?:\s*\b(?:tinh|thanh pho|tp|province))?$"
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
    """The typed answer, or it under a not-found lead when it quotes some but not all of the
    provinces asked as sides (see the module's notes)."""
    if ans is None or ans.abstained or _TABLE_RULE in ans.text:
        return ans
    asked = sides_asked(q, retrieval.provinces)
    told = told_provinces(ans)
    untold = [p for p in asked if p not in told]
    if len(asked) < 2 or not told or not untold or not set(told) <= set(asked):
        return ans
    en = language == "en"
    if en:
        head = (f"Not found for {', '.join(untold)} (no figure for it); the passages found "
                f"quote the report of {', '.join(told)} only")  # fmt: skip
    else:
        head = (f"Không tìm thấy cho {', '.join(untold)} (không có số liệu); các đoạn tìm được "
                f"chỉ trích báo cáo của {', '.join(told)}")  # fmt: skip
    if _names_untold(ans, untold):
        lines = [f"[{c.n}] {passage_line(c, en)}" for c in ans.citations]
        near = "the nearest passages" if en else "các đoạn gần nhất"
        text = with_sources("\n".join([f"{head}; {near}:", *lines]), ans.citations, en)
    else:
        text = f"{head}:\n\n{ans.text}"
    return Answer(q.text, text, True, ans.citations, language=language,
                  intent=ans.intent, not_found_why="one province of several")  # fmt: skip


def _names_untold(ans: Answer, untold: list[str]) -> bool:
    """Whether a quoted passage names an untold province (its figures may be taken for it)."""
    return any(set(province_mentions(fold(c.quote))) & set(untold) for c in ans.citations)
