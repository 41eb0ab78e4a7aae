"""Last check on every comparison table (`bot/compare_table.render_table`) before any figure
is bold: a side's stated figure must be said of the system or outlet the question names.

- `elsewhere` (bot/compare_guard.py used it on one report's parts only): a figure
  whose own clause says another outlet published it, or whose item names only the other
  system than the one asked, is not the side's figure.
- `unplaced`: when the question names one system (the national public service portal, or the
  province's own) and a stated figure of one province is said on that system, a figure of
  another province whose item names no system at all (nor, for the national portal, its verb
  "tích hợp") may be any of the counts its report gives ("đang cung cấp 1.044 DVC mức độ 4" beside "tích hợp
  584 DVC lên Cổng DVC quốc gia"): it is not clearly that side's. Parts of one province are
  not judged so (its report says where it lists them), nor a row wording its own measure.
- `not_new` (bot/compare_new.py): new things asked, a figure its line says is kept on, or
  beside another figure its line says is new.
- `other_noun` (bot/compare_noun.py): a figure whose noun is of a kind the question names not.
- `other_place` (bot/compare_place_count.py): places of one tier counted ("how many
  communes"), a figure written before another tier's places or things of a kind.

Such a row becomes "not sure" with its figure as a candidate, never a bold figure."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.compare_new import not_new
from bot.compare_noun import other_noun
from bot.compare_place_count import other_place
from bot.figure_clause import figure_at
from bot.outlets import other_outlet
from bot.platforms import asked_platforms, item_at, item_platforms, other_platform
from core.query import ParsedQuery

if TYPE_CHECKING:
    from bot.compare_table import Cell

# A row label that words its own measure after the side ("Tuyên Quang — total online services
# offered by the province") answers that measure, not the whole question: four words or more
# say a measure of their own, where "level 3" or "cấp xã" only narrow the question's.
OWN_MEASURE_WORDS = 4
# What a report says of a count put onto the national portal without always naming the portal
# in the same item: "được tích hợp", "tích hợp, kết nối" (folded; read in the figure's own
# item only, and never "thích hợp", suitable).
_INTEGRATED = re.compile(r"\btich hop\b")


def elsewhere(query: ParsedQuery, quote: str, figure: str) -> bool:
    """Whether a figure's own clause in its quote says another outlet or system holds it than
    the one a question names (`other_outlet`, `other_platform`)."""
    asked = f"{query.folded} {query.expanded}"
    return other_outlet(asked, quote, figure) or other_platform(query.folded, quote, figure)


def stated(cell: Cell) -> bool:
    """Whether a cell states a figure its report gives (cited, not worked out)."""
    return cell.citation is not None and not cell.computed_from and bool(cell.figure)


def _systems(cell: Cell) -> frozenset[str] | None:
    """The systems a stated cell's figure's item names (None: the figure is not in its quote)."""
    assert cell.citation is not None
    found = figure_at(cell.citation.quote, cell.figure)
    if found is None:
        return None
    folded, at = found
    said = item_platforms(folded, at.start(), at.end())
    if not said and _INTEGRATED.search(item_at(folded, at.start(), at.end())):
        said = frozenset({"national"})  # "được tích hợp": put onto the national portal
    return said


def own_measure(cell: Cell) -> bool:
    """Whether the cell's row label (after its side, or its part) words a measure of its own
    (`OWN_MEASURE_WORDS`)."""
    _, _, measure = cell.side.label.partition(" — ")
    return any(len(m.split()) >= OWN_MEASURE_WORDS for m in (measure, cell.part))


def _judged(cell: Cell) -> bool:
    return stated(cell) and not own_measure(cell)


def unplaced(q: ParsedQuery, cells: list[Cell]) -> set[int]:
    """The positions of stated cells whose item names no system when the question names one
    and a stated cell of another province names it (see the module's notes)."""
    asked = asked_platforms(q.folded)
    if len(asked) != 1:
        return set()
    said = {i: _systems(c) for i, c in enumerate(cells) if _judged(c)}
    placed = {_province(cells[i]) for i, s in said.items() if s and s & asked}
    return {i for i, s in said.items()
            if s is not None and not s and placed - {_province(cells[i])}}  # fmt: skip


def _province(cell: Cell) -> tuple[str, ...]:
    """The province a cell's row is of: its side's one province, else (a side of several
    measures carries every province) the side its label names first."""
    provinces = cell.side.provinces
    return provinces if len(provinces) == 1 else (cell.side.label.partition(" — ")[0],)


def doubt(cell: Cell) -> Cell:
    """The cell made "not sure": its figure kept only as a candidate, nothing stated."""
    assert cell.citation is not None
    doubted = ((cell.figure, cell.citation),)
    return replace(cell, figure="", citation=None, beside="", doubted=doubted)


def subject_checked(q: ParsedQuery, cells: list[Cell]) -> list[Cell]:
    """The cells, each stated figure of another outlet or system than the question names
    (`elsewhere`), said on no system when another side's is said on the asked one
    (`unplaced`), not said as new when new things are asked (`not_new`), or counting
    another kind of thing (`other_noun`) or other places than counted (`other_place`), made
    "not sure" with the figure as its candidate."""
    loose = unplaced(q, cells)
    out = []
    for i, c in enumerate(cells):
        if stated(c) and c.citation is not None and (
            i in loose or (not own_measure(c) and elsewhere(q, c.citation.quote, c.figure))
            or not_new(q.text, c.citation.quote, c.figure)
            or other_noun(q, c.citation.quote, c.figure)
            or other_place(q, c.citation.quote, c.figure)
        ):
            out.append(doubt(c))
            continue
        out.append(c)
    return out
