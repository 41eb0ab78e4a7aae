"""One side of a comparison stated in bold, another side of another report unsure among a few
figures or not found: the side's figure is the one its report gives in the anchor's own measure
words. A report repeats its wording period after period and province reports share a vocabulary:
"… 81% công chức cấp xã được cấp thẻ thư viện số" in one report, "… 86% công chức cấp xã được
cấp thẻ thư viện số" in the next. Vietnamese says what a figure counts right after it ("340 tài
khoản cho …", "trên 25 tin, bài …"), so the words that follow each figure up to its clause's end
are compared as word pairs, folded (no diacritics, OCR repaired), a leading determiner ("các",
"những", "tổng số") aside: the candidate whose following words say most of the anchor's, with
the same first word, what the anchor's counted things have or do (in the anchor's first clause
part longer than a list item, from "đã", "có", "được" … on: "đã có thư viện số" of "các sở, ban,
ngành, UBND cấp xã đã có thư viện số"), the same form of figure (a share, a ratio, a count) and
no rival close behind, is stated; otherwise the side stays as it was (a wrong bold figure is
worse than "not sure"). An unsure side's candidates are its own; a side not found has every
figure of its one report as one, and its candidate's own clause must also say every word of the
question that the anchor's clause says ("mạng nội bộ", "LAN"): among a whole report's figures,
alike lists of bodies are many."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import replace

from bot.compare_anchor_line import line_pick, pairs
from bot.compare_facts import fact_citation, holds_for
from bot.compare_sides import Side
from bot.compare_table import Cell
from bot.figure_tail import figure_tail, form, own_clause, words
from core.result import Citation
from index.generations import LoadedIndex

Figures = Sequence[tuple[str, Citation]]  # figures a side may be: (figure, where said)

# Words after a figure read as what it counts, at most: a measure's noun and its qualifiers
# ("công chức cấp xã được cấp thẻ thư viện số", "hồ sơ … nộp qua dịch vụ bưu chính"),
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
# Words of a list item, at most ("sở", "UBND cấp huyện", "đơn vị sự nghiệp"): the anchor's
# first comma-separated part longer than that holds what its counted things have or do.
LIST_ITEM_WORDS = 4
# words that begin what a list of bodies has or does: "đã", "có", "được", "đang", "chưa", "sẽ"
_PREDICATE_START = frozenset(("da", "co", "duoc", "dang", "chua", "se"))
# leading words that say how many of the counted thing, not which: "các sở" is "sở"
_DETERMINERS = (("cac",), ("nhung",), ("tong", "so"))


def _bare(found: Sequence[str]) -> tuple[str, ...]:
    """The words, a leading determiner aside."""
    for det in _DETERMINERS:
        if tuple(found[: len(det)]) == det and len(found) > len(det):
            return tuple(found[len(det) :])
    return tuple(found)


def _measure_words(quote: str, figure: str) -> tuple[str, ...] | None:
    """The folded words after the figure's one place in the quote, up to its clause's end and
    a leading determiner aside (`MEASURE_WORDS` at most, figures aside: "mức độ 3, 4 trên …"
    reads on); None when the figure is not there exactly once."""
    rest = figure_tail(quote, figure)
    return None if rest is None else _bare(words(rest))[:MEASURE_WORDS]


def _predicate(quote: str, figure: str) -> tuple[str, ...]:
    """What the anchor's counted things have or do: in its first comma-separated part after
    the figure longer than a list item, the words from its first predicate word on (the
    whole part when none), `MEASURE_WORDS` at most; () when every part is a short list item."""
    for part in (figure_tail(quote, figure) or "").split(","):
        found = words(part)
        if len(found) > LIST_ITEM_WORDS:
            start = next((i for i, w in enumerate(found) if w in _PREDICATE_START), 0)
            return tuple(found[start:][:MEASURE_WORDS])
    return ()


def _match(anchor: tuple[str, ...], other: tuple[str, ...]) -> float:
    """Share of the anchor's measure word pairs the other says; 0 when their first words
    differ (the counted thing itself: "công chức" against "cơ quan")."""
    mine = pairs(anchor)
    if not mine or not other or anchor[0] != other[0]:
        return 0.0
    return len(mine & pairs(other)) / len(mine)


def _says(predicate: tuple[str, ...], quote: str, figure: str) -> bool:
    """Whether the candidate's clause after it says most of the anchor's predicate's pairs."""
    want = pairs(predicate)
    if not want:
        return True
    said = pairs(words(figure_tail(quote, figure) or ""))
    return len(want & said) / len(want) >= MEASURE_MATCH


def _pick(anchor: Cell, doubted: Sequence[tuple[str, Citation]]) -> tuple[str, Citation] | None:
    """The one candidate of another report the anchor's measure words settle (right after the
    figure, or else its whole line repeated: `line_pick`), saying what the anchor's counted
    things have or do (`_predicate`), or None."""
    assert anchor.citation is not None
    picked = _word_pick(anchor, doubted) or line_pick(anchor, doubted)
    predicate = _predicate(anchor.citation.quote, anchor.figure)
    return picked if picked is None or _says(predicate, picked[1].quote, picked[0]) else None


def _word_pick(anchor: Cell, doubted: Figures) -> tuple[str, Citation] | None:
    """The one candidate whose own words after it say the anchor's, or None."""
    assert anchor.citation is not None
    mine = _measure_words(anchor.citation.quote, anchor.figure)
    if mine is None or len(set(mine)) < MIN_MEASURE_WORDS:
        return None
    predicate = _predicate(anchor.citation.quote, anchor.figure)  # rivals without it score 0
    scored: list[tuple[float, str, Citation]] = []
    for figure, cit in doubted:
        if cit.report_id == anchor.citation.report_id or form(figure) != form(anchor.figure):
            continue
        theirs = _measure_words(cit.quote, figure)
        said = _match(mine, theirs or ()) if _says(predicate, cit.quote, figure) else 0.0
        scored.append((said, figure, cit))
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
            return holds_for(index, f, en)
    return ""


def _asked_said(asked: Collection[str], anchor: Cell, figure: str, cit: Citation) -> bool:
    """Whether the candidate's own clause says every asked word the anchor's own clause says."""
    assert anchor.citation is not None
    mine = set(own_clause(anchor.citation.quote, anchor.figure) or ())
    theirs = set(own_clause(cit.quote, figure) or ())
    return all(w in theirs for w in asked if w in mine)


def anchored(
    cells: Sequence[Cell], stated: Callable[[Side], Figures] | None = None,
    holds: Callable[[str, Citation], str] | None = None, asked: Collection[str] = (),
) -> list[Cell]:  # fmt: skip
    """The cells, each unsure or missing whole side settled by the figures stated in bold on
    other reports' sides (as above) when every such figure that settles it picks the same
    one: an unsure side among its own candidates, a missing one among every figure its report
    states (`stated`); as they are otherwise (a table with parts, a side no anchor settles).
    `holds`: the date a settled figure holds for (its row's date column); `asked`: the
    question's folded topic words, which a missing side's candidate must say (`_asked_said`)."""
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
        picks = {
            p for a in others if (p := _pick(a, doubted)) is not None
            and (bool(cell.doubted) or _asked_said(asked, a, *p))
        }  # fmt: skip
        if len({(f, c.quote) for f, c in picks}) != 1:
            continue
        figure, cit = picks.pop()
        when = holds(figure, cit) if holds is not None else cell.holds
        out[i] = replace(cell, figure=figure, counts=cit.quote, citation=cit, doubted=(), holds=when)
    return out
