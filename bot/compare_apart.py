"""How far apart two sides of a comparison table are, when the question asks it: "How many
more … does A list than B?", "A và B chênh nhau bao nhiêu?", "A gấp mấy lần B?". The table of
two places (or of two periods of different places) then says which side is larger and the
difference or ratio, computed from the two cited figures and marked so
(`bot/compare_larger.py`, the line the two-part tables of one report already say). Two
periods of one place are left to the table's own change line ("Thay đổi, 2021 → 2022"). A
side that is missing, unsure or computed states nothing more: the line is only ever worked
out from two figures both shown as reported."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.compare_larger import with_larger
from bot.compare_more_than import TIMES_ASKED
from bot.compare_only import DIFFERENCE_ASKED
from bot.compare_subject import subject_checked
from bot.compare_table import Cell
from core.query import ParsedQuery
from core.result import Answer


def with_gap(q: ParsedQuery, answer: Answer, cells: Sequence[Cell], en: bool) -> Answer:
    """The table's answer with the line saying which side is larger and by how much (or how
    many times), when the question asks it and the table has exactly two sides, one whole
    reported figure each; the answer as it is otherwise. The cells are read as the table
    shows them (`subject_checked`, as `render_table` runs it): a side the table says "not
    sure" of states nothing to work out from."""
    cells = subject_checked(q, list(cells))
    times = bool(TIMES_ASKED.search(q.folded))
    apart = bool(DIFFERENCE_ASKED.search(q.folded))
    if not (times or apart) or len(cells) != 2:
        return answer
    a, b = cells
    if a.side == b.side or a.part or b.part or a.computed_from or b.computed_from:
        return answer
    if a.side.provinces == b.side.provinces and a.side.years != b.side.years:
        return answer  # two periods of one place: the change line says how it moved
    kind = one_kind(a.kind, b.kind)
    if kind is None:
        return answer
    same = [replace(a, kind=kind), replace(b, kind=kind)]
    return replace(answer, text=with_larger(answer.text, same, en, times, apart))


def one_kind(a: str, b: str) -> str | None:
    """The kind two cells share ("kind|level|scope|unit", `compare_cells`): the same kind,
    level and scope, the unit the same or said on one side only ("550 thủ tục" beside "…
    thủ tục …: 120", its unit not beside the figure); None when they differ otherwise."""
    if a == b:
        return a
    x, y = a.split("|"), b.split("|")
    if len(x) != len(y) or x[:-1] != y[:-1] or not x[0]:
        return None
    if x[-1] and y[-1] and x[-1] != y[-1]:
        return None
    return a if x[-1] else b
