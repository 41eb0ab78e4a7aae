"""A change asked ("tăng bao nhiêu so với quý IV/2018", "how much did … increase") that the
report states beside the figure it answers with ("… 1.636 hồ sơ …, tăng 505 hồ sơ so với Quý
IV/2018"): the stated change gets its own figure line under the answer's, citing the same
source, in the report's words, and is the answer's figure (the level it changed to is no longer
in bold). Only a change the quoted sentence says once, as a figure right
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
    r"\b(?:tang|giam)(?: them)? (?:bao nhieu|may)\b|"
    # asked at the end, after what it is measured against: "tăng so với quý IV/2018 bao nhiêu"
    r"\b(?:tang|giam)(?: them)?(?! (?:cuong|doc|sat|dinh|thieu|gia))\b[^.?;]{0,60}?\bso voi\b"
    r"[^.?;]{0,40}?\b(?:bao nhieu|may)\b|\bhow (?:much|many) (?:more|fewer|less)\b|"
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
    lines = _figure_lines(ans)
    if lines is None:
        return None
    cit = ans.citations[0]
    found = [c for c in _changes(cit.quote) if c[0] != ans.figure]
    if len(found) != 1:
        return None
    figure, start, end = found[0]
    head = "The report states the change:" if ans.language == "en" else "Báo cáo nêu mức thay đổi:"
    # the change is what is asked: the level it changed to stays, no longer in bold as if it
    # answered
    lines[0] = lines[0].replace(f"**{ans.figure}**", ans.figure, 1)
    lines.insert(1, _stated_line(head, figure, cit.quote[start:end], cit.n))
    return replace(ans, text="\n".join(lines), figure=figure)


# A place in a ranking asked beside how far it moved ("tăng mấy bậc và xếp hạng mấy", "how many
# places did it climb and what rank is it"): the question words come right after the rank words.
_RANK_ASKED = re.compile(
    r"\b(?:(?:xep|dung) (?:thu|hang)(?: thu)?|thu hang|hang) (?:may|bao nhieu)\b|\bthu may\b|"
    r"\bwhat (?:rank|position|place)\b|\b(?:its|the) (?:rank|ranking|position)\b|"
    # the rank named ("thứ hạng PAR Index của …") or compared ("tỉnh nào xếp cao hơn", "ranks
    # higher"), beside a move asked
    r"\bthu hang\b|\bxep (?:cao|thap) hon\b|\brank(?:s|ed)? (?:higher|lower|better|worse)\b"
)
# How far a ranking moved, asked in words `_ASKED` does not hold: "how many places", "mấy bậc".
_MOVED = re.compile(
    r"\bhow many (?:places|positions|ranks|steps|notches|spots)\b|\b(?:bao nhieu|may) (?:bac|hang)\b"
)
# A rank as the reports write it: "xếp thứ 19/63", "đứng thứ 8", "xếp hạng 12".
_RANK = re.compile(r"\b(?:xep|dung)\s+(?:thu|hang)\s+(?:thu\s+)?(\d+(?:/\d+)?)\b")


def stated_rank(q: ParsedQuery, ans: Answer) -> Answer | None:
    """The answer stating how far a ranking moved with the rank its quoted sentence gives
    ("tăng 11 bậc so với năm 2020, xếp thứ 19/63") added when the question asks both; each
    place's figure line of an answer of several places gets its own. None when it asks no rank
    and move together, or no sentence gives a single rank besides its stated move."""
    moved = _ASKED.search(q.folded) or _MOVED.search(q.folded)
    if not (_RANK_ASKED.search(q.folded) and moved):
        return None
    if ans.abstained or not ans.figure or not ans.citations:
        return None
    lines = _figure_lines(ans)
    if lines is None:
        return None
    cites = {c.n: c for c in ans.citations}
    heads = [(i, m) for i, line in enumerate(lines) if (m := _FIGURE_LINE.match(line))]
    if len(heads) > 1 and any(int(m.group(2)) not in cites for _, m in heads):
        return None
    added = False
    for i, m in reversed(heads):  # from the last, so the lines before keep their places
        cit = cites[int(m.group(2))] if len(heads) > 1 else ans.citations[0]
        line = _rank_line(m.group(1), cit.quote, ans.language == "en", cit.n)
        if line:
            lines.insert(i + 1, line)
            added = True
    return replace(ans, text="\n".join(lines)) if added else None


# A figure line of an answer: "**11** (Hải Dương, …) [2]", its figure and its source's number.
_FIGURE_LINE = re.compile(r"^\*\*([^*]+)\*\*.*?\[(\d+)\]\s*$")


def _rank_line(figure: str, quote: str, en: bool, n: int) -> str:
    """The line stating the one rank a quote gives beside the move `figure` it states; "" when
    the figure is no move the quote states, or it gives no single rank."""
    folded = fold(quote, repair=False)
    if len(folded) != len(quote):
        return ""  # positions in the folded quote must be those of the quote
    # (a rank of the move's own number is stated too: "tăng 8 bậc, xếp thứ 8")
    ranks = {m.group(1) for m in _RANK.finditer(folded)}
    if len(ranks) != 1 or figure not in {c[0] for c in _changes(quote)}:
        return ""  # the stated figure is no change the sentence says, or no single rank
    rank = ranks.pop()
    m = next(m for m in _RANK.finditer(folded) if m.group(1) == rank)
    head = "The report states the rank:" if en else "Báo cáo nêu thứ hạng:"
    return _stated_line(head, rank, quote[m.start() : m.end()], n)


def _figure_lines(ans: Answer) -> list[str] | None:
    """The lines of an answer that opens with its figure in bold, to add a stated line under;
    None for a table or a list, not one figure's answer."""
    lines = ans.text.split("\n")
    return lines if lines[0].startswith(f"**{ans.figure}**") else None


def _stated_line(head: str, figure: str, said: str, n: int) -> str:
    """The line stating a figure its source's sentence gives, in the sentence's words (white
    space made single), citing source `n`: "Báo cáo nêu …: **505** (tăng 505 hồ sơ) [1]"."""
    return f"{head} **{figure}** ({' '.join(said.split())}) [{n}]"
