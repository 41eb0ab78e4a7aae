"""Two parts' cells (`bot/compare_parts_answer.py`) held against the lines they cite: a line
read for the parts together (`bot/compare_lines.py` shares its figures out), one figure of one
line read for two parts, two parts a plain "và" joins each stated from a line of its own, and an
unsure part's possible figures without another part's figure of the same line."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.compare_beside import asks_average_too
from bot.compare_labelled import SHARE_ASKED as _SHARE
from bot.compare_lines import own_words, share_out, wholes
from bot.compare_parts import Part
from bot.compare_table import Cell
from core.query import ParsedQuery
from core.result import Citation
from core.text import fold


def _not_the_others(cells: list[Cell]) -> list[Cell]:
    """An unsure part's possible figures without the figure another part states from the same
    line (the figure answerer's doubt between "trước hạn: 80.502" and "quá hạn: 1380" for
    the overdue part, when 80.502 is the part before it)."""
    taken = {(c.figure, c.citation.chunk_id, c.citation.line_start) for c in cells if c.citation}
    return [
        replace(c, doubted=tuple(
            d for d in c.doubted if (d[0], d[1].chunk_id, d[1].line_start) not in taken
        ))
        if c.doubted else c
        for c in cells
    ]  # fmt: skip


def _on_line(cell: Cell, line: Citation) -> bool:
    """Whether a cell's citation is of the same chunk and line as `line`."""
    cit = cell.citation
    return cit is not None and (cit.chunk_id, cit.line_start) == (line.chunk_id, line.line_start)


def _shared_out(q: ParsedQuery, parts: Sequence[Part], cells: list[Cell]) -> list[Cell] | None:
    """The parts' figures read from one line (`bot/compare_lines.py`) that the figure answerer
    read for every part it states (one part, or both on that line), when the line's reading
    bears out a figure it stated, or what it stated is one figure for both or the parts' whole
    ("HĐND và UBND … 31 văn bản" for UBND's "19"); None else (what it stated stays)."""
    found = [c for c in cells if c.citation is not None]
    if not found:
        return None
    first = found[0].citation
    assert first is not None
    if any(not _on_line(c, first) for c in found):
        return None
    labels, share = [p.label for p in parts], bool(_SHARE.search(q.folded))
    got = share_out(labels, first.quote, share)
    if got is None:
        return None
    stated = [(c.figure, f) for c, f in zip(cells, got, strict=True) if c.citation is not None]
    wrong = {said for said, f in stated if said != f}
    one_for_both = len(stated) == 2 and stated[0][0] == stated[1][0]
    every_wrong = bool(wrong) and not one_for_both and len(wrong) == len(stated)
    if every_wrong and not wrong <= wholes(labels, first.quote, share):
        return None  # the line's words lead every stated part elsewhere: not sure
    # (what is said beside a figure is that figure's: a part whose figure changes says none)
    return [c if _on_line(c, first) and c.figure == f
            else replace(found[0], side=c.side, figure=f, beside="")
            for c, f in zip(cells, got, strict=True)]  # fmt: skip


def _one_statement_once(parts: Sequence[Part], cells: list[Cell]) -> list[Cell]:
    """One figure of one line read for two parts or more: it stays only with the one part whose
    own words (those the others read there do not say) its line says; else all are missing."""
    if len(cells) != len(parts):
        return cells
    words = [set(fold(p.label).split()) for p in parts]
    out = list(cells)
    for i, a in enumerate(cells):
        same = [j for j, b in enumerate(cells) if _one_line(a, b)]
        if len(same) < 2 or same[0] != i or a.citation is None:
            continue
        line = set(fold(a.citation.quote).split())
        own = {j: words[j] - set().union(*(words[k] for k in same if k != j)) for j in same}
        said = [j for j in same if own[j] and own[j] <= line]
        for j in same:
            out[j] = cells[j] if said == [j] else Cell(cells[j].side)
    return out


def _each_its_own(q: ParsedQuery, parts: Sequence[Part], cells: list[Cell]) -> bool:
    """Whether two parts a plain "và" joins are each stated from one line that gives each its
    own figure ("… có 780 DVC trực tuyến mức độ 3, 589 DVC trực tuyến mức độ 4"): then the
    question asked both, not one figure of both (`bot/compare_lines.py` reads the line). A
    line that gives the parts' whole too ("HĐND và UBND … 31 văn bản (HĐND 12 …; UBND 19 …)",
    "1.250 hồ sơ mức 3 và mức 4 (…)") may be asked that whole: no."""
    if len(cells) != 2 or any(c.citation is None for c in cells):
        return False
    if cells[0].figure == cells[1].figure:
        return False
    a, b = (c.citation for c in cells)
    if a is None or b is None or (a.chunk_id, a.line_start) != (b.chunk_id, b.line_start):
        return False
    labels, share = [p.label for p in parts], bool(_SHARE.search(q.folded))
    got = share_out(labels, a.quote, share)
    return got == [c.figure for c in cells] and not wholes(labels, a.quote, share, after=True)


def _each_its_average(q: ParsedQuery, parts: Sequence[Part], cells: list[Cell]) -> bool:
    """Whether two parts a plain "và" joins in a question asking an average besides ("… cấp
    sở và cấp huyện, trung bình mỗi nơi bao nhiêu") each got a total and its average from a
    line of their own that says the part's own words and not the other's: an average is of
    each part's own units, never of both summed."""
    return asks_average_too(q.folded) and _each_own_line(parts, cells, beside=True)


def _each_own_line(parts: Sequence[Part], cells: list[Cell], beside: bool = False) -> bool:
    """Whether two parts a plain "và" joins ("thu và chi ngân sách") are each stated from a
    line of their own that says the part's own words, not all the other's ("thu" beside "chi
    ngân sách": "tổng thu ngân sách" shares a word): each its figure, never one of both.
    `beside`: each with its other figure stated too (a total, its average), no other word."""
    if len(cells) != 2:
        return False
    owns, lines = own_words([p.label for p in parts]), set[tuple[str, int]]()
    for k, cell in enumerate(cells):
        if cell.citation is None or (beside and not cell.beside) or not owns[k]:
            return False
        said = set(re.findall(r"\w+", fold(cell.citation.quote)))
        other = bool(owns[1 - k] & said) if beside else owns[1 - k] <= said  # (a word shared)
        if not owns[k] <= said or other:
            return False
        lines.add((cell.citation.chunk_id, cell.citation.line_start))
    return len(lines) == 2


def _one_line(a: Cell, b: Cell) -> bool:
    """Whether two cells state one figure from one line."""
    if a.citation is None or b.citation is None or a.figure != b.figure:
        return False
    x, y = a.citation, b.citation
    return (x.chunk_id, x.line_start) == (y.chunk_id, y.line_start)
