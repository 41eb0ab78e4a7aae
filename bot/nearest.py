"""The figures an answer states, and the "not found" that cites the nearest of them: what every
near-miss check (bot/near_miss.py, bot/near_miss_asked.py) reads and answers with."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.render import source_line
from core.query import ParsedQuery
from core.result import Answer, Citation
from core.text import fold


def stated(ans: Answer) -> list[tuple[str, Citation]]:
    """The figure an answer states with its citation, or (no figure stated) each of its
    candidates' figures with theirs; none for an abstention."""
    if ans.abstained:
        return []
    if ans.figure and ans.citations:
        # the citation whose line holds the figure: a comparison's one bold figure may be
        # its second side's ([2]), the first side's line ([1]) never says it
        said = (c for c in ans.citations if _holds(c, ans.figure))
        return [(ans.figure, next(said, ans.citations[0]))]
    return [(c.figure, c.citation) for c in ans.candidates]


def _holds(cit: Citation, figure: str) -> bool:
    """Whether a citation's quoted line (or its original wording) writes the figure."""
    at = re.compile(rf"(?<![\d.,]){re.escape(figure)}(?![\d])")
    return any(at.search(t) for t in (cit.quote, cit.quote_original) if t)


def nearest_not_found(q: ParsedQuery, text: str, cited: Citation, language: str) -> Answer:
    """A "not found" that cites, as [1], the line of the nearest figure it names."""
    one = replace(cited, n=1)
    label = "Sources" if language == "en" else "Nguồn"
    sources = source_line(one, language == "en")
    return Answer(q.text, f"{text}\n\n{label}:\n{sources}", True, (one,), language=language,
                  not_found_why="near miss")  # fmt: skip


_WORDS = re.compile(r"\w+")


def as_written(quote: str, folded: str) -> str:
    """A folded phrase ("he thong") as the quote writes it ("hệ thống"), so that what is shown
    is proper Vietnamese; the folded phrase itself when the quote does not say it word for word."""
    want = folded.split()
    words = list(_WORDS.finditer(quote))
    plain = [fold(w.group(0), repair=False) for w in words]
    for i in range(len(words) - len(want) + 1):
        if plain[i : i + len(want)] == want:
            return quote[words[i].start() : words[i + len(want) - 1].end()]
    return folded
