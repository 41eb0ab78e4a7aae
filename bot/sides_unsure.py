"""An answer to a question asking several sides (provinces side by side, or a comparison's
sides) that tells only some of them is no answer to it: the figures of its quoted lines are
offered as "not sure" candidates, never stated. A reader gets the lines found, and nothing reads
as the comparison's answer (a figure of one side, stated, is taken for the answer asked).

Used by `bot/one_province_told.py` (a typed answer quoting some of the provinces asked) and
`bot/extractive/answerer.py` (a comparison with sides not found)."""

from __future__ import annotations

from collections.abc import Sequence

from core.result import Citation, FigureCandidate

# The most candidates offered: a hedge is read figure by figure, and the extractive hedge of one
# side offers three; two sides' lines, three figures each.
MAX_OPTIONS = 6


def line_options(citations: Sequence[Citation]) -> tuple[FigureCandidate, ...]:
    """Each figure of each quoted line (`figures_of`: no year, level name or date piece), what
    it counts being its line, in the order cited; at most `MAX_OPTIONS`."""
    # read here: bot/compare_lines.py imports, through the comparison's answerers, the
    # extractive answerer that calls this
    from bot.compare_lines import figures_of

    out: list[FigureCandidate] = []
    seen: set[tuple[str, str]] = set()
    for cit in citations:
        for figure, *_ in figures_of(cit.quote):
            if (figure, cit.quote) in seen:
                continue
            seen.add((figure, cit.quote))
            holds = ", ".join(x for x in (cit.province, cit.period) if x)
            out.append(FigureCandidate(figure, cit.quote, holds, cit))
    return tuple(out[:MAX_OPTIONS])
