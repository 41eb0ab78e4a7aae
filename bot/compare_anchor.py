"""One side of a comparison stated in bold, another side of another report unsure among a few
figures or not found: the side's figure is the one its report gives in the anchor's own measure
words. A report repeats its wording period after period and province reports share a
vocabulary: "… 93% CBCC cấp xã được trang bị máy tính" in one report, "… 95% CBCC cấp xã được
trang bị máy tính" in the next. Vietnamese says what a figure counts right after it ("5.606
chứng thư số cho …", "trên 90 tin, bài …"), so the words that follow each figure up to its
clause's end are compared as word pairs, folded (no diacritics, OCR
repaired): the candidate whose following words say most of the anchor's, with the same first
word, the same form of figure (a share, a ratio, a count) and no rival close behind, is stated;
otherwise the side stays as it was (a wrong bold figure is worse than "not sure"). An unsure
side's candidates are its own; a side not found has every figure of its one report as one."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from bot.compare_anchor_line import line_pick, pairs
from bot.compare_facts import fact_citation, holds_for
from bot.compare_sides import Side
from bot.compare_table import Cell
from core.result import Citation
from core.text import fold
from index.generations import LoadedIndex

Figures = Sequence[tuple[str, Citation]]  # figures a side may be: (figure, where said)

# Words after a figure read as what it counts, at most: a measure's noun and its qualifiers
# ("CBCC cấp xã được trang bị máy tính", "dịch vụ công … trên Cổng Dịch vụ công Quốc gia"),
# not a long clause's tail.
MEASURE_WORDS = 12
# Measure words the bold figure's clause must give, at least: a unit noun alone (one or two
# syllables: "tin", "hồ sơ") says nothing of which of a report's many counts of it is meant.
MIN_MEASURE_WORDS = 3
# Share of the anchor's measure word pairs the candidate's own must say, at least: more than
# half, so a shared unit noun alone ("dịch vụ công", "hồ sơ") with other qualifiers never
# matches.
MEASURE_MATCH = 0.6
# How far the next other figure's share falls below the best, at least: two figures whose
# words read about as alike (two levels, two scopes of one line) leave the side unsure.
MEASURE_GAP = 0.2
_NUMBER = re.compile(r"\d[\d.,/]*%?")
# a clause's end: the words after it ("; chứng thư số của tổ chức là …") count another figure
_CLAUSE_END = re.compile(r"[;:()\[\].]\s|[;:()\[\]]|\.$")


def _measure_words(quote: str, figure: str) -> tuple[str, ...] | None:
    """The folded words after the figure's one place in the quote, up to its clause's end
    (`MEASURE_WORDS` at most, figures aside: "mức độ 3, 4 trên Cổng …" reads on); None when the
    figure is not there exactly once."""
    found = [m for m in _NUMBER.finditer(quote) if m.group(0).rstrip(".,") == figure]
    if len(found) != 1:
        return None
    rest = _CLAUSE_END.split(quote[found[0].end() :].lstrip("%"), maxsplit=1)[0]
    return tuple(re.findall(r"[^\W\d_]+", fold(rest)))[:MEASURE_WORDS]


def _form(figure: str) -> tuple[bool, bool]:
    """What form of figure it is: a share ("95%"), a ratio ("221/262"), or a count."""
    return figure.endswith("%"), "/" in figure


def _match(anchor: tuple[str, ...], other: tuple[str, ...]) -> float:
    """Share of the anchor's measure word pairs the other says; 0 when their first words
    differ (the counted thing itself: "CBCC" against "cơ quan")."""
    mine = pairs(anchor)
    if not mine or not other or anchor[0] != other[0]:
        return 0.0
    return len(mine & pairs(other)) / len(mine)


def _pick(anchor: Cell, doubted: Sequence[tuple[str, Citation]]) -> tuple[str, Citation] | None:
    """The one candidate of another report the anchor's measure words settle (right after the
    figure, or else its whole line repeated: `line_pick`), or None."""
    return _word_pick(anchor, doubted) or line_pick(anchor, doubted)


def _word_pick(anchor: Cell, doubted: Figures) -> tuple[str, Citation] | None:
    """The one candidate whose own words after it say the anchor's, or None."""
    assert anchor.citation is not None
    mine = _measure_words(anchor.citation.quote, anchor.figure)
    if mine is None or len(set(mine)) < MIN_MEASURE_WORDS:
        return None
    scored: list[tuple[float, str, Citation]] = []
    for figure, cit in doubted:
        if cit.report_id == anchor.citation.report_id or _form(figure) != _form(anchor.figure):
            continue
        words = _measure_words(cit.quote, figure)
        scored.append((_match(mine, words or ()), figure, cit))
    scored.sort(key=lambda s: -s[0])
    if not scored or scored[0][0] < MEASURE_MATCH:
        return None
    best, figure, cit = scored[0]
    if any(s >= best - MEASURE_GAP and f != figure for s, f, _ in scored[1:]):
        return None
    return figure, cit


def report_figures(index: LoadedIndex, side: Side) -> list[tuple[str, Citation]]:
    """Every figure the side's one report states, its clause cited; [] for a side of several
    reports or none (which report's figure it is would not be known)."""
    reports = list(side.reports) or [
        r.id for r in index.reports.values()
        if (not side.provinces or r.province in side.provinces)
        and (not side.years or r.year in side.years)
    ]  # fmt: skip
    if len(reports) != 1:
        return []
    return [(f.value, fact_citation(index, f)) for f in index.facts() if f.report_id == reports[0]]


def fact_holds(index: LoadedIndex, figure: str, cit: Citation, en: bool) -> str:
    """The date or period the fact behind a settled figure holds for (`holds_for`), "" when
    no fact of its report and lines states it."""
    for f in index.facts():
        if (f.report_id, f.value) == (cit.report_id, figure) and (
            f.line_start <= cit.line_start <= f.line_end or cit.line_start <= f.line_start <= cit.line_end
        ):
            return holds_for(f, en)
    return ""


def anchored(
    cells: Sequence[Cell], stated: Callable[[Side], Figures] | None = None,
    holds: Callable[[str, Citation], str] | None = None,
) -> list[Cell]:  # fmt: skip
    """The cells, each unsure or missing whole side settled by the figures stated in bold on
    other reports' sides (as above) when every such figure that settles it picks the same
    one: an unsure side among its own candidates, a missing one among every figure its report
    states (`stated`); as they are otherwise (a table with parts, a side no anchor settles).
    `holds`: the date a settled figure holds for (its row's date column)."""
    out = list(cells)
    if any(c.part for c in out):
        return out
    anchors = [c for c in out if c.citation is not None and c.figure and not c.computed_from]
    for i, cell in enumerate(out):
        if cell.citation is not None or cell.computed_from:
            continue
        others = [a for a in anchors if a.side != cell.side]
        if not others:
            continue
        doubted = cell.doubted or (stated(cell.side) if stated is not None else ())
        picks = {p for a in others if (p := _pick(a, doubted)) is not None}
        if len({(f, c.quote) for f, c in picks}) != 1:
            continue
        figure, cit = picks.pop()
        when = holds(figure, cit) if holds is not None else cell.holds
        out[i] = replace(cell, figure=figure, counts=cit.quote, citation=cit, doubted=(), holds=when)
    return out
