"""Several measures asked of every side, each asked as its own comparison.

"X và Y: tổng số hồ sơ tiếp nhận và số hồ sơ đã giải quyết?" asks two figures of each side; the
table of one figure per side states one of them and drops the other (or puts one measure's
figure in the other's row). The question's parts (`bot/compare_parts.py` `parts_of`, weak: a
head said again, "mức 3 và mức 4", splits too; each part's question keeps the sides' words)
are each asked as a comparison of the same sides, and the rows come back side by side:
"X — hồ sơ tiếp nhận", "X — hồ sơ đã giải quyết", each with its own figure, citation, "not
sure" or "not found". A part whose question no longer names the sides gets the question's side
words back; one that still names other sides than the question is not split, nor one whose
parts name a period or a province (those are sides or a side's qualifier), nor one whose
labels a comparison sets apart ("A của X so với B của Y"), nor one whose parts are clauses each
naming its own side, nor one whose parts are all service levels. One figure of one line (or
computed from the same lines) answering two measures of a side, two measures a quoted line
writes as one name, or a side that does not state a measure surely, sends the question back to
the table of one figure a side."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import pairwise

from bot.answer import Answer
from bot.compare_measure_label import plain_labels
from bot.compare_own_words import own_words_said
from bot.compare_parts import Part, parts_of
from bot.compare_sides import Side, sides_of
from bot.compare_table import Cell, chart_of
from bot.compare_total_part import total_parts
from bot.compare_trailing import trailing_parts
from core.query import ParsedQuery, parse_query
from core.result import Citation
from core.text import fold
from index.generations import LoadedIndex

MAX_MEASURES = 4  # more parts than this is a list, not a few measures of each side
_YEAR = re.compile(r"(?<!\d)(?:19[89]\d|20[0-4]\d)(?!\d)")
# A period a part's label names ("Q1", "quý I/2019", "6 tháng đầu", "first half", "mid-2022"):
# the part is a side; a level's number ("mức 3") is not a period.
_PERIOD_LABEL = re.compile(
    r"(?<!\d)(?:19[89]\d|20[0-4]\d)(?!\d)|\d/\d|"
    r"\b(?:q[1-4]|h[12]|quarters?|half|quy|thang|nam|years?|months?|mid|jan(?:uary)?|feb(?:ruary)?|"
    r"march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|"
    r"dec(?:ember)?)\b"
)

# A comparison between two measures' labels: they are sides' clauses, not measures of every side
_COMPARED = re.compile(r"\b(?:vs|versus|so voi|compared|than|hon|doi chieu)\b")
# A part that is a service level only ("mức độ 3", "level 4"): levels asked together are the
# table's per-level rows under their computed sum, built by the one-figure-a-side table.
_LEVEL_ONLY = re.compile(r"(?:dvc |dich vu cong )?(?:muc(?: do)?|level) ?[1-4]")


def _side_words(q: ParsedQuery, sides: Sequence[Side]) -> str:
    """The stretch of the question that names its sides, first to last ("Tuyên Quang và
    Đồng Tháp", "quý I/2019 và 6 tháng đầu 2022"), folded; "" when not found."""
    folded = q.folded
    spans = [
        (m.start(), m.end()) for p in q.provinces for m in re.finditer(re.escape(fold(p)), folded)
    ]
    if not q.provinces or len({s.provinces for s in sides}) == 1:
        spans += [(m.start(), m.end()) for m in _YEAR.finditer(folded)]
    if not spans:
        return ""
    start = min(s for s, _ in spans)
    # a period's words before its year ("quý I/2019", "6 tháng đầu 2022"): back to the clause
    start = max(folded.rfind(c, 0, start) for c in ":,;?") + 1
    return folded[start : max(e for _, e in spans)].strip()


def measure_parts(
    q: ParsedQuery, sides: Sequence[Side], index: LoadedIndex, en: bool
) -> list[Part]:
    """The measures asked of every side, each with its question naming the same sides; []
    when the question asks one measure (or its parts are not asked of the same sides)."""
    # "tổng số A của X và Y, kèm số B của mỗi tỉnh": the joined clause, before the splitter
    # (which reads "cùng với" there as a contrast between the two parts)
    # "tổng số A và số A cấp huyện": the total and its part (`bot/compare_total_part.py`)
    parts = trailing_parts(q) or total_parts(q) or parts_of(q, en=en, weak=True)
    parts = plain_labels(q, parts)  # a dealt-out unit or a hedge is no word of the measure
    if not 2 <= len(parts) <= MAX_MEASURES:
        return []
    if any(names_a_side(q, p.label) for p in parts):
        return []  # "Q2 2021 versus late 2023", "X (with an account) vs Y's communes": the sides
    if _compared_between(q, parts):
        return []  # "X's total by May vs the number Y issued": the sides' own clauses
    if all(_LEVEL_ONLY.fullmatch(fold(p.label).strip()) for p in parts):
        return []  # "mức 3 và mức 4": the levels' own rows and their sum (`bot/compare_kind.py`)
    if any(asks_one_side(q, p.query) for p in parts):
        return []  # "X có bao nhiêu A, còn Y có bao nhiêu B": each clause asks its own side
    want = [s.label for s in sides]
    said = _side_words(q, sides)
    kept = []
    for part in parts:
        pq = part.query
        if [s.label for s in sides_of(pq, index)] != want and said:
            pq = parse_query(f"{pq.text.rstrip(' ?.')} ({said})?")
        if [s.label for s in sides_of(pq, index)] != want:
            return []
        kept.append(Part(part.label, pq))
    return kept


def names_a_side(q: ParsedQuery, label: str) -> bool:
    """Whether a part's label names a period or one of the question's provinces: a side (or a
    side's own qualifier), not a measure asked of every side."""
    folded = fold(label)
    return bool(_PERIOD_LABEL.search(folded)) or any(fold(p) in folded for p in q.provinces)


def _compared_between(q: ParsedQuery, parts: Sequence[Part]) -> bool:
    """Whether the question compares between two consecutive parts' labels ("… by May vs the
    number …", "… A so với B …"): parts set apart by the comparison are sides, not measures."""
    at = 0
    for a, b in pairwise(parts):
        start = q.folded.find(fold(a.label), at)
        end = q.folded.find(fold(b.label), start + 1) if start >= 0 else -1
        if start < 0 or end < 0:
            return False
        if _COMPARED.search(q.folded, start + len(fold(a.label)), end):
            return True
        at = end
    return False


def asks_one_side(q: ParsedQuery, part: ParsedQuery) -> bool:
    """Whether a part's own question names some but not all of the question's provinces (or,
    with no province, of its years): a clause asking one side, not a measure of every side."""
    for asked, named in ((q.provinces, part.provinces), (q.years, part.years)):
        if len(set(asked)) >= 2:
            return 0 < len(set(named) & set(asked)) < len(set(asked))
    return False


def _where(cell: Cell) -> tuple[object, ...]:
    """Where a cell's figure comes from: its line, or the lines it was computed from."""
    lines = [cell.citation] if cell.citation is not None else list(cell.computed_from)
    return tuple((c.chunk_id, c.line_start) for c in lines)


def _same_answer(a: Cell, b: Cell) -> bool:
    """Whether two measures' cells of one side state one figure from one line (or compute one
    figure from the same lines)."""
    return bool(_where(a)) and a.figure == b.figure and _where(a) == _where(b)


def _one_name(parts: Sequence[Part], cells: Sequence[Cell]) -> bool:
    """Whether a line the measures' cells quote writes two consecutive measures as one name,
    joined as the question joins them ("báo chí Trung ương và địa phương": one source the report
    names, not two measures), folded."""
    quotes = [fold(c.quote) for cell in cells for c in _citations(cell)]
    for a, b in pairwise(parts):
        tail, head = fold(a.label).split()[-2:], fold(b.label).split()[:2]
        joined = " ".join([*tail, "va", *head])
        if tail and head and any(joined in q for q in quotes):
            return True
    return False


def _citations(cell: Cell) -> list[Citation]:
    """Every line a cell quotes: its own, those it was computed from, those it may be."""
    own = [cell.citation] if cell.citation is not None else []
    return [*own, *cell.computed_from, *(c for _, c in cell.doubted)]


def _sure(cell: Cell) -> bool:
    """Whether a cell states its figure as reported (bold): a cited line, not computed."""
    return cell.citation is not None and bool(cell.figure) and not cell.computed_from


def _found(cell: Cell) -> bool:
    """Whether a cell states or may state a figure."""
    return cell.citation is not None or bool(cell.computed_from or cell.doubted)


def measure_cells(
    sides: Sequence[Side], parts: Sequence[Part],
    ask: Callable[[ParsedQuery], list[Cell]], vocabulary: frozenset[str] = frozenset(),
) -> list[Cell] | None:  # fmt: skip
    """Every side's rows, measure by measure ("X — A", "X — B", "Y — A", …). None when the
    measures do not tell figures apart: nothing found for any, one figure of one line
    answering two measures of a side (the parts were one thing said two ways, "thư và tin",
    or a side's one figure: the table of one figure a side answers it), or a measure no side
    states surely once each measure's figure is held to its own words (`vocabulary`: the
    reports' folded words, `bot/compare_own_words.py`). Every side must state every measure
    surely: one unsure or missing cell may mean the split misread what is asked (a label in
    English the reports' words cannot hold a figure to), and the table of one figure a side,
    which hedges, is the safer answer."""
    each = [ask(p.query) for p in parts]
    if _one_name(parts, [c for cells in each for c in cells]):
        return None
    rows: list[Cell] = []
    for side in sides:
        mine = [[c for c in cells if c.side.label == side.label] for cells in each]
        every = [(i, c) for i, m in enumerate(mine) for c in m]
        if any(_same_answer(a, b) for i, a in every for j, b in every if i < j):
            return None
        # each measure's figure held to that measure's own words (`bot/compare_own_words.py`)
        held = own_words_said(parts, [m[0] if m else Cell(side) for m in mine], vocabulary)
        for part, cells, first in zip(parts, mine, held, strict=True):
            for cell in [first, *cells[1:]]:
                label = part.label + (f" — {cell.part}" if cell.part else "")
                rows.append(replace(cell, side=side, part=label))
    by_measure = [[c for c in rows if c.part.split(" — ")[0] == p.label] for p in parts]
    if not all(_sure(c) for cells in by_measure for c in cells):
        return None  # a side unsure of a measure: the split may have misread what is asked
    return rows if any(_found(c) for c in rows) else None


def agrees(rows: Sequence[Cell], whole: Sequence[Cell]) -> bool:
    """Whether the side-by-measure rows keep what the table of one figure a side states surely
    for each side: its figure is one of that side's measures' figures. A side whose measures
    all differ from it read some measure on another line (a narrower count that names the
    measure's words) than the whole question finds, so neither is sure."""
    for cell in whole:
        if cell.citation is None or not cell.figure or cell.doubted:
            continue
        mine = [c.figure for c in rows if c.side.label == cell.side.label and c.figure]
        if mine and cell.figure not in mine:
            return False
    return True


def measure_table(table: Answer, rows: Sequence[Cell], parts: Sequence[Part]) -> Answer:
    """The side-by-measure table with the chart of its first measure that two sides state
    (one bar a side): a table of sides, not one figure in bold that the checks of a single
    figure (`bot/near_miss.py`) would read against every measure asked. No such measure: no
    figure stands for the table either."""
    for part in parts:
        bars = chart_of([replace(c, part="") for c in rows if c.part == part.label])
        if bars:
            return replace(table, chart=bars)
    return replace(table, figure="")
