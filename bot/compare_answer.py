"""Comparisons and timelines as tables: one figure across provinces or periods → a Markdown table
(side, figure, what it counts, date, citation), every cell cited, missing cells said to be
missing. Each cell comes from a `CellSource`; today the figure answerer asked once per side,
later a fact-table lookup (same interface)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Protocol

from bot.answer import Answer, Answerer, Citation
from bot.extractive import source_line
from bot.structure import clip
from index.build import LoadedIndex
from index.normalize import fold, parse_number
from index.places import strip_provinces
from index.query import ParsedQuery, expand
from index.retrieve import Filters, HybridRetriever

_YEAR_WORD = re.compile(r"(?<!\d)(19[89]\d|20[0-4]\d)(?!\d)")
_HOLDS = re.compile(r"^(?:\*\*[^*]+\*\* )?\(([^()]*)\) \[\d+\]", re.MULTILINE)
_ASKS_NUMBER = re.compile(r"\b(bao nhieu|how many|how much|ty le|percent\w*|share|rate)\b")
# The words that only say "compare": noise for retrieving one side.
_COMPARE_WORDS = re.compile(
    r"\b(so sanh|doi chieu|compare[sd]?|comparison|between|versus|vs|thay doi the nao|"
    r"change[sd]?|so voi)\b"
)


@dataclass(frozen=True)
class Side:
    """One column of a comparison: a province, or one province (or all) at one year."""

    label: str
    provinces: tuple[str, ...]
    years: tuple[int, ...]


@dataclass(frozen=True)
class Cell:
    """One side's figure: what it counts, the date it holds for, and its citation."""

    side: Side
    figure: str = ""
    counts: str = ""
    holds: str = ""
    citation: Citation | None = None
    computed_from: tuple[int, ...] = ()  # citation numbers of a figure computed from others


class CellSource(Protocol):
    """Where a comparison's cells come from (the figure answerer now, a fact table later)."""

    def cell(self, q: ParsedQuery, side: Side, language: str) -> Cell:
        """The side's figure for what the question asks, or an empty Cell."""
        ...


def sides_of(q: ParsedQuery, index: LoadedIndex) -> list[Side]:
    """The sides a question compares: its provinces (two or more), else its years (two or
    more, each with a report in scope). Fewer than two sides: no comparison."""
    reports = list(index.reports.values())
    have = {r.province for r in reports}
    if len(q.provinces) >= 2:
        return [Side(p, (p,), q.years if len(q.years) == 1 else ()) for p in q.provinces]
    scope = [r for r in reports if not q.provinces or r.province in q.provinces]
    if len(q.years) >= 2 and (not q.provinces or q.provinces[0] in have):
        sides = []
        for y in q.years:
            periods = sorted({r.period for r in scope if r.year == y and r.period})
            if periods:
                sides.append(Side(" / ".join(periods), q.provinces, (y,)))
        return sides if len(sides) >= 2 else []
    return []


def side_query(q: ParsedQuery, side: Side) -> ParsedQuery:
    """The question as asked of one side: the other sides' names and years taken out."""
    folded = strip_provinces(q.folded)
    folded = _COMPARE_WORDS.sub(" ", folded)
    if side.years:
        folded = _YEAR_WORD.sub(
            lambda m: m.group(0) if int(m.group(0)) in side.years else " ", folded
        )
    folded = re.sub(r"\s+", " ", folded).strip()
    if not _ASKS_NUMBER.search(folded):
        # "So sánh số DVC mức độ 4 …" asks for a number without saying "bao nhiêu": say it, so
        # the figure answerer looks for one.
        folded += " bao nhieu"
    return replace(
        q, folded=folded, expanded=expand(folded), provinces=side.provinces,
        years=side.years or (q.years if len(q.years) == 1 else ()),
    )  # fmt: skip


class FigureCells:
    """Cells from the figure answerer, asked once per side with retrieval narrowed to it."""

    def __init__(self, retriever: HybridRetriever, figure: Answerer) -> None:
        self.retriever = retriever
        self.figure = figure

    def cell(self, q: ParsedQuery, side: Side, language: str) -> Cell:
        """Ask the side's question; an abstention, or an answer unsure of its figure (candidates
        without a bold figure), is an empty cell: a quote beside no figure says nothing."""
        sq = side_query(q, side)
        retrieval = self.retriever.retrieve(sq, Filters(side.provinces, side.years))
        ans = self.figure.answer(sq, retrieval, language)
        if ans.abstained or not ans.citations or not ans.figure:
            return Cell(side)
        c = ans.citations[0]
        m = _HOLDS.search(ans.text)
        holds = m.group(1) if m else c.period
        # "Hà Tĩnh, tính đến 14/6/2022": the side's name is already the row's label.
        holds = holds.split(", ", 1)[1] if holds.startswith(f"{c.province}, ") else holds
        return Cell(side, ans.figure, c.quote, holds, c)


class CompareAnswerer:
    """A figure across provinces or periods, as a table with a chart's data."""

    def __init__(self, index: LoadedIndex, cells: CellSource) -> None:
        self.index = index
        self.cells = cells

    def answer(self, q: ParsedQuery, language: str) -> Answer | None:
        """The table, or None when the question has fewer than two sides."""
        sides = sides_of(q, self.index)
        if len(sides) < 2:
            return None
        filled = [self.cells.cell(q, s, language) for s in sides]
        if not any(c.citation for c in filled):
            return None
        return render_table(q, filled, language)


def _md(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(text.replace("|", "/").split())


def render_table(q: ParsedQuery, cells: list[Cell], language: str) -> Answer:
    """The comparison table (Markdown), its sources, and its chart data."""
    en = language == "en"
    cits: list[Citation] = []
    rows: list[str] = []
    chart: list[tuple[str, float]] = []
    for cell in cells:
        if cell.citation is None:
            missing = "not found in the reports" if en else "không tìm thấy trong báo cáo"
            rows.append(f"| {_md(cell.side.label)} | — | {missing} | — | — |")
            continue
        n = len(cits) + 1
        cits.append(replace(cell.citation, n=n))
        figure = f"**{cell.figure}** [{n}]"
        if cell.computed_from:
            src = ", ".join(f"[{i}]" for i in cell.computed_from)
            figure += f" ({'computed from' if en else 'tính toán từ'} {src})"
        rows.append(
            f"| {_md(cell.side.label)} | {figure} | {_md(clip(cell.counts, 420))} | "
            f"{_md(cell.holds) or '—'} | [{n}] |"
        )
        value = parse_number(cell.figure) if cell.figure else None
        if value is not None:
            chart.append((cell.side.label, value))
    head = (
        "| Side | Figure | What it counts (report's words) | Date | Source |"
        if en
        else "| Tỉnh / kỳ | Số liệu | Nội dung (lời báo cáo) | Thời điểm | Nguồn |"
    )
    title = "**Comparison**" if en else "**So sánh**"
    note = ""
    if len({fold(c.side.label) for c in cells}) and any(c.citation is None for c in cells):
        note = (
            "\nA missing row: the reports do not state that figure for that side."
            if en
            else "\nDòng thiếu: báo cáo không nêu số liệu này cho bên đó."
        )
    label = "Sources" if en else "Nguồn"
    text = (
        f"{title}:\n\n{head}\n|---|---|---|---|---|\n" + "\n".join(rows) + note
        + f"\n\n{label}:\n" + "\n".join(source_line(c, en) for c in cits)
    )  # fmt: skip
    return Answer(
        q.text, text, False, tuple(cits), figure=cells[0].figure if cells else "",
        confidence=1.0, language=language, chart=tuple(chart),
    )  # fmt: skip
