"""An answer to a question asking several sides (provinces side by side, or a comparison's
sides) that tells only some of them is no answer to it: the figures of its quoted lines are
offered as "not sure" candidates, never stated. A reader gets the lines found, and nothing reads
as the comparison's answer (a figure of one side, stated, is taken for the answer asked).

The figures the answer had chosen come first, so the cap never leaves them out; only the
citations the candidates use are listed with them (`cited_by`).

Used by `bot/one_province_told.py` (a typed answer quoting some of the provinces asked) and
`bot/extractive/answerer.py` (a comparison with sides not found)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.line_figures import figures_of
from core.result import Citation, FigureCandidate

# The most candidates offered: a hedge is read figure by figure, and the extractive hedge of one
# side offers three; two sides' lines, three figures each.
MAX_OPTIONS = 6


def line_options(
    citations: Sequence[Citation], chosen: Sequence[str] = ()
) -> tuple[FigureCandidate, ...]:
    """Each figure of each quoted line (`figures_of`: no year, level name or date piece), what
    it counts being its line, in the order cited, the figures of `chosen` (those the answer had
    picked) first; at most `MAX_OPTIONS`."""
    out: list[FigureCandidate] = []
    seen: set[tuple[str, str]] = set()
    for cit in citations:
        for figure, *_ in figures_of(cit.quote):
            if (figure, cit.quote) in seen:
                continue
            seen.add((figure, cit.quote))
            holds = ", ".join(x for x in (cit.province, cit.period) if x)
            out.append(FigureCandidate(figure, cit.quote, holds, cit))
    picked = {_key(f) for f in chosen if f}
    out.sort(key=lambda o: _key(o.figure) not in picked)  # stable: the order cited kept
    return tuple(out[:MAX_OPTIONS])


def cited_by(
    options: Sequence[FigureCandidate], citations: Sequence[Citation]
) -> tuple[Citation, ...]:
    """The citations of `citations` that some candidate of `options` quotes, in their order."""
    used = {o.citation.n for o in options}
    return tuple(c for c in citations if c.n in used)


def _key(figure: str) -> str:
    """A figure's digits and share sign: "1.044", "1,044" and "1044" are one figure."""
    return re.sub(r"[^\d%]", "", figure)
