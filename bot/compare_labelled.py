"""An unsure or missing part settled by the labelled figures of a line the table already
quotes: "giải quyết 5.120 (đúng hạn: 1.310, quá hạn do phải xác minh tại cơ sở: 3.810)"
holds three figures, each with its own label. One splitter reads a line into labelled figures:
the words between two figures go, up to the first bracket, colon, semicolon or comma, to the
figure before (its tail: "120 hồ sơ tại Trung tâm …"), the rest to the figure after (its
lead: "…, quá hạn: 37"); with no such mark between them, to both. A part not stated (its
figure answerer abstained or was not sure) takes the one figure of the asked kind, on a line
one of the table's rows quotes, whose label says every word of the part's label (an English
label in the reports' words through the glossary: "online" as "trực tuyến"), its own words
among them (those the other parts do not say; a word both say too: "thu" of "tổng thu" beside
"thu nội địa"), each as written; never when another figure's label says as many, when the
label names another part as well (a whole of both), or when another part states that figure
from that line. Anything less clear keeps "not found" / "not sure": a wrong figure in bold is
worse than none."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.compare_lines import clause_lead, label_words, own_words, said_of, tokens
from bot.compare_parts import Part
from bot.compare_table import Cell
from bot.line_figures import figures_of
from core.result import Citation
from core.text import fold

# A share asked ("tỷ lệ", "percent", "%"): the parts' figures are shares, else counts.
SHARE_ASKED = re.compile(r"\b(ty le|phan tram|percent\w*|share|rate)\b|%")
# What ends a figure's tail and opens the next figure's lead.
_MARK = re.compile(r"[(;:),]")


def labelled_figures(line: str) -> list[tuple[str, list[str], bool]]:
    """Each figure of a line (`figures_of`) with its label's folded words (lead, then tail) and
    whether it is a share."""
    found = figures_of(line)
    out = []
    for i, (fig, start, end, share) in enumerate(found):
        before = line[found[i - 1][2] if i else 0 : start]
        if i:
            mark = _MARK.search(before)
            lead = clause_lead(before[mark.end() :] if mark else before)
        else:
            lead = clause_lead(before)
        after = line[end : found[i + 1][1] if i + 1 < len(found) else len(line)]
        mark = _MARK.search(after)
        out.append((fig, tokens(lead) + tokens(after[: mark.start()] if mark else after), share))
    return out


def _needed(own: frozenset[str]) -> int:
    """How many of a part's own words a label says to name the part: every one of them (half
    would let the line's own context, "giải quyết trước hạn", name "giải quyết nhưng trễ
    hạn")."""
    return len(own)


def _lines(cells: Sequence[Cell]) -> dict[tuple[str, int, str], Citation]:
    """Every line the rows quote (stated or doubted), once each."""
    out: dict[tuple[str, int, str], Citation] = {}
    for c in cells:
        for cit in ([c.citation] if c.citation else []) + [d for _, d in c.doubted]:
            out.setdefault((cit.chunk_id, cit.line_start, cit.quote), cit)
    return out


def _clear(
    words: list[frozenset[str]], owns: list[frozenset[str]], k: int, lines: dict[tuple[str, int, str], Citation],
    share: bool, taken: set[tuple[str, str]],
) -> tuple[str, Citation] | None:  # fmt: skip
    """The one figure of the quoted lines whose label names part k clearly, or None."""
    best: list[tuple[int, str, Citation]] = []
    for cit in lines.values():
        for fig, label, is_share in labelled_figures(cit.quote):
            if is_share != share:
                continue
            n = said_of(words[k], label)
            if n < len(words[k]):  # every word of its label: "thu" of "tổng thu" too
                continue
            if (fig, cit.quote) in taken or any(
                j != k and own and said_of(own, label) >= _needed(own) for j, own in enumerate(owns)
            ):  # another part's figure, or a whole of two parts: it settles nothing
                n = -n
            best.append((n, fig, cit))
    if not best:
        return None
    top = max(n for n, _, _ in best)
    figs = {fig for n, fig, _ in best if abs(n) >= top}
    if top <= 0 or len(figs) != 1:
        return None
    return next((fig, cit) for n, fig, cit in best if n == top)


def labelled_cells(
    labels: Sequence[str], cells: list[Cell], share: bool | Sequence[bool]
) -> list[Cell]:
    """The rows with each part not stated settled by the labelled figures of the lines the
    rows quote, where one figure's label clearly names it (see the module's docstring);
    `share`: whether the parts ask shares, all alike or each its own."""
    shares = [share] * len(labels) if isinstance(share, bool) else list(share)
    if len(labels) != len(cells) or all(c.citation is not None for c in cells):
        return cells
    owns, words, lines = own_words(labels), label_words(labels), _lines(cells)
    taken = {(c.figure, c.citation.quote) for c in cells if c.citation is not None}
    out = list(cells)
    for k, cell in enumerate(cells):
        if cell.citation is not None or cell.computed_from or not owns[k]:
            continue
        got = _clear(words, owns, k, lines, shares[k], taken)
        if got is None:
            continue
        fig, cit = got
        holds = next(
            (c.holds for c in cells if c.citation is not None and c.citation.quote == cit.quote), ""
        )
        out[k] = Cell(cell.side, fig, cit.quote, holds, cit)
        taken.add((fig, cit.quote))
    return out


def labelled(folded: str, parts: Sequence[Part], cells: list[Cell]) -> list[Cell]:
    """`labelled_cells` of two parts of one report (`bot/compare_parts_answer.py`): a share
    asked reads the lines' shares, else their counts."""
    return labelled_cells([p.label for p in parts], cells, bool(SHARE_ASKED.search(folded)))


def labelled_sides(folded: str, rows: list[Cell]) -> list[Cell]:
    """Clause rows (`bot/compare_side_clauses.py`: a side's measures, each its own row, the
    measure in `part`) with each side's measures not stated settled from the lines that
    side's rows quote (never another side's), a side of two measures or more: each measure's
    label reads shares when it asks one ("%", "tỷ lệ"), else counts; in a question asking a
    share (`folded`), a measure whose label asks none is left as it is (which kind it asks is
    not known)."""
    out = list(rows)
    for name in dict.fromkeys(c.side.label for c in rows):
        at = [i for i, c in enumerate(rows) if c.side.label == name]
        labels = [rows[i].part for i in at]
        if len(at) < 2 or not all(labels):
            continue
        shares = [bool(SHARE_ASKED.search(fold(label))) for label in labels]
        got = labelled_cells(labels, [rows[i] for i in at], shares)
        for i, cell, share in zip(at, got, shares, strict=True):
            if share or not SHARE_ASKED.search(folded):
                out[i] = cell if cell is rows[i] else replace(cell, part=rows[i].part)
    return out
