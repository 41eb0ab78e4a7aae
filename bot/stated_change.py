"""A change asked ("tăng bao nhiêu so với quý IV/2018", "how much did … increase") that the
report states beside the figure it answers with ("… 1.636 hồ sơ …, tăng 505 hồ sơ so với Quý
IV/2018"): the stated change gets its own figure line under the answer's, citing the same
source, in the report's words. Only a change the quoted sentence says once, as a figure right
after "tăng"/"giảm" ("tăng thêm"); never one worked out (a change between two reports' figures
is the comparison table's, marked as computed)."""

from __future__ import annotations

import re
from dataclasses import replace

from core.query import ParsedQuery
from core.result import Answer
from core.text import fold

# How much a figure changed, asked: "tăng bao nhiêu", "giảm mấy", "how much did … grow",
# "increase by how many", "how many more".
_ASKED = re.compile(
    r"\b(?:tang|giam)(?: them)? (?:bao nhieu|may)\b|\bhow (?:much|many) (?:more|fewer|less)\b|"
    r"\bby how (?:much|many)\b|\bhow much did\b.*\b(?:increase|grow|rise|fall|decrease|drop)\b|"
    r"\bhow (?:much|many)\b.*\b(?:increase|rise|growth|decrease|drop)\b"
)
# A figure as the reports write it: "505", "1.204", "2,5", "11%"; not part of a date or ratio.
_FIGURE = re.compile(r"(?<![\d.,/])\d+(?:[.,]\d+)*(?:\s?%)?(?![\d/])")
_CHANGE_WORDS = (("tang",), ("giam",), ("tang", "them"), ("giam", "them"))
_CLAUSE_END = re.compile(r"[,;.()](?!\d)")


def _changes(quote: str) -> list[tuple[str, int, int]]:
    """(figure, start of its change word, end of its clause) for each figure right after
    "tăng"/"giảm" in the quote."""
    out = []
    for m in _FIGURE.finditer(quote):
        before = quote[max(0, m.start() - 16) : m.start()].split()
        folded = [fold(w, repair=False) for w in before]
        for words in _CHANGE_WORDS:
            if tuple(folded[-len(words) :]) == words:
                start = m.start() - len(" ".join(before[-len(words) :])) - 1
                end = _CLAUSE_END.search(quote, m.end())
                out.append((m.group(0).strip(), max(0, start), end.start() if end else len(quote)))
                break
    return out


def stated_change(q: ParsedQuery, ans: Answer) -> Answer | None:
    """The answer with the change it was asked for added from its quoted sentence, or None when
    no change is asked, the answer states no figure, or the sentence states no single change."""
    if not _ASKED.search(q.folded) or ans.abstained or not ans.figure or not ans.citations:
        return None
    lines = ans.text.split("\n")
    if not lines[0].startswith(f"**{ans.figure}**"):
        return None  # a table or a list, not one figure's answer
    cit = ans.citations[0]
    found = [c for c in _changes(cit.quote) if c[0] != ans.figure]
    if len(found) != 1:
        return None
    figure, start, end = found[0]
    said = " ".join(cit.quote[start:end].split())
    head = "The report states the change:" if ans.language == "en" else "Báo cáo nêu mức thay đổi:"
    lines.insert(1, f"{head} **{figure}** ({said}) [{cit.n}]")
    return replace(ans, text="\n".join(lines))
