"""A question that asks two numbers clause by clause ("kiểm tra bao nhiêu X, sai phạm ở bao
nhiêu?", "được giao bao nhiêu A, bao nhiêu B?", "how many X and how many Y?") and that no other
reader of `bot/compare_line_parts.py` splits: its asked clauses (`bot/compare_asked_clauses.py`)
are read as the parts of the comparison table, in the weak reading of
`bot/compare_parts_answer.py` (the one a plain "và" gets), so each asked figure is stated,
not the first figure of one line alone in bold as if it answered both.

The table stands only when every clause got a figure of its own stated surely: none missing,
none "not sure", no two the same figure, and the whole question asked of the figure answerer
states surely one of those figures from that figure's own line (the table adds the other asked
figure to the one-figure answer, never replaces it with another line's); else the question is
answered as one figure, as before (a clause the figure answerer reads no figure for must not
turn a right answer into a table with a "not found" row).

A second clause often says no counted thing of its own ("…, phát hiện sai phạm ở bao nhiêu?",
"riêng mỗi phường được mấy?"), so the figure answerer is not sure of it; when the other clause's
figure is stated surely from one line and exactly one of this clause's candidates is another
figure of that same line, that figure is the clause's (`one_line_pair`): the line says both
asked figures, one each."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from bot.compare_answered import stated
from bot.compare_asked_clauses import asked_clauses
from bot.compare_beside import asks_average_too
from bot.compare_parts import Part
from bot.compare_table import Cell
from core.query import ParsedQuery
from core.result import Answer, Citation


def asked_pair(q: ParsedQuery) -> list[Part]:
    """The question's clauses each asking its own number, as parts; [] when fewer than two, or
    when a clause asks an average ("…, bình quân mỗi đơn vị bao nhiêu": the parts a "và" joins
    are asked, each with its average, by the readers before)."""
    return [] if asks_average_too(q.folded) else asked_clauses(q)


def clauses_read(q: ParsedQuery, parts: Sequence[Part]) -> bool:
    """Whether the parts are the question's asked clauses (`asked_pair`): then only
    `each_asked_stated` lets their table stand."""
    clauses = [p.label for p in asked_clauses(q)]
    return len(clauses) >= 2 and [p.label for p in parts] == clauses


def each_asked_stated(
    q: ParsedQuery, parts: Sequence[Part], cells: Sequence[Cell], ask: Callable[[ParsedQuery], Answer],
    read: ParsedQuery | None = None,
) -> bool:
    """Whether the parts are the question's asked clauses and each got its own figure, stated
    surely, one of them the whole question's own answer from its line (see the module); `read`:
    the question the parts were read from (`without_ratio`), when not `q` itself."""
    if not clauses_read(read or q, parts) or len(cells) != len(parts):
        return False
    if any(c.citation is None or c.doubted or not c.figure for c in cells):
        return False
    if len({c.figure for c in cells}) != len(cells):
        return False
    whole = ask(q)
    if not stated(whole) or not whole.citations:
        return False
    line = whole.citations[0]
    return any(
        c.figure == whole.figure and c.citation is not None and _same_line(c.citation, line)
        for c in cells
    )


def _same_line(a: Citation, b: Citation) -> bool:
    return (a.chunk_id, a.line_start) == (b.chunk_id, b.line_start)


def one_line_pair(q: ParsedQuery, parts: Sequence[Part], cells: list[Cell]) -> list[Cell]:
    """The cells, a clause's doubted cell given the one figure of the other clause's line
    among its candidates (see the module); the cells as they are otherwise."""
    clauses = [p.label for p in asked_clauses(q)]
    if len(clauses) != 2 or [p.label for p in parts] != clauses or len(cells) != 2:
        return cells
    sure = [c for c in cells if c.citation is not None and not c.doubted]
    unsure = [c for c in cells if c.citation is None and c.doubted]
    if len(sure) != 1 or len(unsure) != 1 or sure[0].citation is None:
        return cells
    line = sure[0].citation
    own = {f: c for f, c in unsure[0].doubted if _same_line(c, line) and f != sure[0].figure}
    if len(own) != 1:
        return cells
    figure, cit = next(iter(own.items()))
    got = replace(unsure[0], figure=figure, citation=cit, counts=cit.quote, holds=sure[0].holds,
                  doubted=())  # fmt: skip
    return [got if c is unsure[0] else c for c in cells]
