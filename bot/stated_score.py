"""A score asked beside a figure line's other measures ("… tăng bao nhiêu bậc, xếp thứ mấy? X
được bao nhiêu điểm?", "what score did it get"): each figure line whose quoted sentence gives
exactly one score ("đạt 87,5/100 điểm", "với 80 điểm") gets the score as its own line under it,
citing the same source, in the report's words. A sentence that gives no score, or two, gets
none: a score is never worked out or taken from another sentence."""

from __future__ import annotations

import re
from dataclasses import replace

from core.query import ParsedQuery
from core.result import Answer
from core.text import fold

# A score asked: "bao nhiêu điểm", "mấy điểm", "điểm số", "số điểm", "how many points", "what
# score", "scored". (folded; "thời điểm", "địa điểm" are no score asked: no asking word before)
_SCORE_ASKED = re.compile(
    r"\b(?:bao nhieu|may) diem\b|\b(?:diem so|so diem)\b|\bhow many points\b|"
    r"\b(?:what|its|the) scores?\b|\bscored\b"
)
# A score as the reports write it: "đạt 87.38/100 điểm", "được 80 điểm", "với 75,5 điểm" (a
# figure, maybe out of a maximum, right before "điểm", right after the verb that gives it).
_SCORE = re.compile(
    r"\b(?:dat|duoc|voi|scored|with)\s+(\d+(?:[.,]\d+)?(?:/\d+(?:[.,]\d+)?)?)\s*(?:diem|points)\b"
)
_WRITTEN = re.compile(r"\d+(?:[.,]\d+)?(?:/\d+(?:[.,]\d+)?)?")
# A figure line of an answer: "**11** (Hải Dương, …) [2]", its figure and its source's number.
_FIGURE_LINE = re.compile(r"^\*\*([^*]+)\*\*.*?\[(\d+)\]\s*$")


def stated_score(q: ParsedQuery, ans: Answer) -> Answer | None:
    """The answer with, under each figure line, the one score its quoted sentence gives when
    the question asks a score; None when no score is asked, the answer is no figure lines
    (a table, a list, an abstention), or no line's sentence gives a single score."""
    if not _SCORE_ASKED.search(q.folded) or ans.abstained or not ans.figure or not ans.citations:
        return None
    lines = ans.text.split("\n")
    if not lines[0].startswith(f"**{ans.figure}**"):
        return None  # a table or a list, not figure lines
    cites = {c.n: c for c in ans.citations}
    heads = [(i, m) for i, line in enumerate(lines) if (m := _FIGURE_LINE.match(line))]
    if any(int(m.group(2)) not in cites for _, m in heads):
        return None
    added = False
    for i, m in reversed(heads):  # from the last, so the lines before keep their places
        cit = cites[int(m.group(2))]
        line = _score_line(m.group(1), cit.quote, ans.language == "en", cit.n)
        if line:
            at = i + 1
            while at < len(lines) and lines[at].startswith(("Báo cáo nêu", "The report states")):
                at += 1  # after the lines already stated of this figure (its rank)
            lines.insert(at, line)
            added = True
    return replace(ans, text="\n".join(lines)) if added else None


def _score_line(figure: str, quote: str, en: bool, n: int) -> str:
    """The line stating the one score a quote gives; "" when it gives none or several, or the
    score is the line's own figure."""
    folded = fold(quote, repair=False)
    if len(folded) != len(quote):
        return ""  # positions in the folded quote must be those of the quote
    found = list(_SCORE.finditer(folded))
    if len({m.group(1) for m in found}) != 1:
        return ""
    m = found[0]
    score = quote[m.start(1) : m.end(1)]  # as the report writes it ("83,1", not folded "83.1")
    if score == figure or not _WRITTEN.fullmatch(score):
        return ""
    said = " ".join(quote[m.start() : m.end()].split())
    head = "The report states the score:" if en else "Báo cáo nêu số điểm:"
    return f"{head} **{score}** ({said}) [{n}]"
