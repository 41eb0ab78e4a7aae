"""Comparisons and timelines as tables: one figure across provinces or periods → a Markdown table
(side, figure, what it counts, date, citation), every cell cited, missing cells said to be
missing, a share computed from two reported figures marked as computed.

Cells come from the fact table (index/facts.py). The question is read once for the kind of
figure it asks (a share or a count, the unit, the service level, the scope, the topic words);
each side's facts are ranked by the fitted figure model (bot/fact_answer.py) and by how much of
what each fact counts the question names; the sides are then chosen together, so they count
the same thing; a side whose best fact is not of the asked kind is said to be missing. Each
side is also asked as its own single-province question of the extractive answerer: the fact its
confident answer states counts for more, and a sure answer that the fact ranking cannot take
leaves only the facts plainly of the asked kind (see `FactCells.vouched`).

The parts: `bot/compare_sides.py` (the sides and each side's question), `compare_kind.py`
(the kind of figure asked), `compare_facts.py` (what one fact says on its own),
`compare_picks.py` (each side's facts ranked, sides chosen together), `compare_rules.py` (what
rules a fact out or in against the asked kind), `compare_cells.py` (the
rows of the chosen facts; a share computed from counts, `compare_share_cells.py`), `compare_parallel.py` (two unsure sides settled by one sentence their
reports repeat), `compare_anchor.py` (an unsure side settled by a bold side's measure words),
`compare_table.py` (the table, its notes and its chart)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from bot.answer import Answer
from bot.compare_anchor import anchored, fact_holds, report_figures
from bot.compare_apart import with_gap
from bot.compare_average import average_cells
from bot.compare_headline import headline_of_parts
from bot.compare_labelled import labelled_sides
from bot.compare_levels_whole import levels_joined_beside_each, one_level_of_many
from bot.compare_other_year import other_year_unsure
from bot.compare_parallel import parallel
from bot.compare_per_measure import agrees, measure_cells, measure_parts, measure_table
from bot.compare_side_clauses import agreed, clause_rows, confirmed
from bot.compare_sides import Side, sides_of
from bot.compare_table import Cell, render_table
from bot.compare_tier_item import tier_item_of_whole
from bot.compare_tiers_joined import one_tier_of_joined
from bot.compare_trailing import trailing_parts
from core.query import ParsedQuery
from core.result import Citation
from core.text import fold
from index.generations import LoadedIndex

# words of a comparison's frame, not its topic ("so sánh … của … và … năm"; "tỷ lệ", a share)
_FRAME = frozenset(
    ("so", "sanh", "cua", "va", "nam", "ty", "le", "bao", "nhieu", "trong", "giua", "voi")
)


def _topic_words(q: ParsedQuery) -> frozenset[str]:
    """The question's folded words (its glossary's report wordings too), the frame and the
    provinces' names aside: what a side not found must say of the asked figure."""
    names = {w for p in q.provinces for w in fold(p).split()}
    return frozenset(q.expanded.split()) - _FRAME - names


class CellSource(Protocol):
    """Where a comparison's cells come from: the rows of every side, sides in order."""

    def cells(self, q: ParsedQuery, sides: Sequence[Side], language: str) -> list[Cell]:
        """Each side's rows (a missing side: one Cell without a citation)."""
        ...


@runtime_checkable
class OwnAnswerSource(CellSource, Protocol):
    """A cell source that can also answer one side asked alone, as its own figure question."""

    def own_answer(self, q: ParsedQuery, side: Side, language: str) -> Answer:
        """The side asked alone, retrieved for itself."""
        ...


class CompareAnswerer:
    """A figure across provinces or periods, as a table with a chart's data."""

    def __init__(self, index: LoadedIndex, cells: CellSource) -> None:
        self.index = index
        self.cells = cells

    def answer(self, q: ParsedQuery, language: str) -> Answer | None:
        """The table (every side missing: an abstention that says so), or None when the
        question has fewer than two sides."""
        sides = sides_of(q, self.index)
        if len(sides) < 2:
            return None
        measures = measure_parts(q, sides, self.index, language == "en")
        if measures:  # several measures asked of every side: each its own rows

            def when(figure: str, cit: Citation) -> str:
                return fact_holds(self.index, figure, cit, language == "en")

            def ask(m: ParsedQuery) -> list[Cell]:
                return anchored(parallel(self.cells.cells(m, sides, language), m.folded), holds=when)

            rows = measure_cells(sides, measures, ask, self.index.vocabulary())
            rows = None if rows is None else other_year_unsure(q, tier_item_of_whole(q, rows))
            # a joined clause's measure (`trailing_parts`, read from words only): each side's
            # rows hold the figure the whole question finds for it, if sure
            joined = bool(trailing_parts(q))
            if rows is not None and (
                not joined or agrees(rows, self.cells.cells(q, sides, language))
            ):
                return measure_table(render_table(q, rows, language), rows, measures)
        # clauses each asking their own side(s) and measures: each measure asked of its side
        own = clause_rows(q, sides, language == "en", lambda m, s: self._own(m, s, language))
        if own is not None:
            own = tier_item_of_whole(q, confirmed(own, self.cells.cells(q, sides, language)))
            own = labelled_sides(q.folded, own)  # a measure not stated, named by a line its side quotes
            own = other_year_unsure(q, own)
            table = with_gap(q, render_table(q, own, language), own, language == "en")
            return measure_table(table, own, [])
        # two unsure sides whose reports give one of their figures in one sentence: settled
        filled = parallel(self.cells.cells(q, sides, language), q.folded)
        # an unsure or missing side whose report gives a figure in a bold side's measure words
        filled = anchored(
            filled, lambda side: report_figures(self.index, side),
            lambda f, c: fact_holds(self.index, f, c, language == "en"), _topic_words(q),
        )  # fmt: skip
        # an average asked alone: the average a line gives beside its total, never the total
        filled = average_cells(q, filled, language == "en")
        # a side unsure among one line's total and its parts, none of them asked: the total
        filled = headline_of_parts(q, filled)
        # a side's figure of one level where two or more are asked together: not sure
        filled = one_level_of_many(q, filled)
        # a side's figure of the asked levels together beside another's of each: not sure
        filled = levels_joined_beside_each(q, filled)
        # a side's figure of its asked tier counted together with another tier: not sure
        filled = one_tier_of_joined(q, filled)
        # a side's figure that is one tier's item of a bracketed breakdown, no tier asked
        filled = tier_item_of_whole(q, filled)
        # a side's figure counting things of a year neither asked nor its report's
        filled = other_year_unsure(q, filled)
        # a difference or ratio asked of two sides: worked out from their cited figures
        return with_gap(q, render_table(q, filled, language), filled, language == "en")

    def _own(self, q: ParsedQuery, side: Side, language: str) -> list[Cell]:
        """One side's row for a measure asked of it alone: what its own figure answer and the
        one-figure-a-side row agree on (`agreed`), or the row alone when the cell source has
        no answerer of its own."""
        mine = self.cells.cells(q, [side], language)
        if isinstance(self.cells, OwnAnswerSource):
            return [agreed(side, self.cells.own_answer(q, side, language), mine)]
        return mine
