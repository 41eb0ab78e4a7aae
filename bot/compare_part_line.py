"""Two parts of one report compared, each part's figure held to the line that names the parts
("nhận trong tháng: 5.120 (gửi trực tuyến: 1.870, gửi tại trụ sở tiếp dân:
3.250)", "đang cung cấp 812 DVC trực tuyến, trong đó có 305 … mức độ 4", "Các sở, ban,
ngành … 130 DVC mức độ 3, 415 DVC mức độ 4"):

- a part that names a service level takes the figure at that level that its stated figure's
  clause lists as its part, never the whole beside it (`part_not_whole`);
- a scope the question names for every part ("cấp sở, ban, ngành", "district level") is
  honoured on every part: the parts' figures come from a line that says it and gives each part
  its own figure; when no such line is among those read, a part's figure from a line that does
  not say the scope is only a figure it may be, never bold (`scope_honoured`);
- a part whose stated figure is one labelled part of a breakdown line that gives every part
  its own figure: the other parts take theirs from that line, not a headline of another line
  (`breakdown_named`).

A line's figure for each part is read by the parts' service levels from the fact table when
each part names one level, else by the parts' own words before each figure
(`bot/compare_lines.py`), "qua mạng"/"online" read as the reports' "trực tuyến"."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from bot.compare_facts import comparable
from bot.compare_kind import levels_of
from bot.compare_lines import share_out, translated
from bot.compare_part_scope import tier_part
from bot.compare_parts import Part
from bot.compare_subject import elsewhere
from bot.compare_table import Cell
from core.result import Answer, Citation
from core.text import fold
from index.facts import Fact

FactsOf = Callable[[str], list[Fact]]  # a chunk's facts by the chunk's id

# A part naming one service level: "mức độ 4", "mức 3", "level 4", "lvl 3", hyphened
# ("level-4 services", "mức-3").
_LEVEL = re.compile(r"\b(?:muc do|muc|cap do|level|lvl|lv)[\s-]*([1-4])\b")
# The reports' word for a channel the question names otherwise ("qua mạng", "online").
_CHANNEL = re.compile(r"\b(?:qua mang|online|qua internet|tren mang)\b")
# A scope named for every part: (how a question names it, how a report's line says it). The
# provincial departments ("sở, ban, ngành", "department-level"; OCR "s0"), districts, communes.
_SCOPES = (
    (re.compile(r"\b(?:so,? ban,? nganh|cap so|departments and agencies)\b"
                r"|\b(?:dept|department|agency)[-/ ](?:agency[- ])?level\b"),
     re.compile(r"\bs[o0],? ban,? nganh\b|\bcap so\b|\bcac so\b")),
    (re.compile(r"\b(?:cap huyen|district(?:s|-level)?)\b"), re.compile(r"\bhuyen\b")),
    (re.compile(r"\b(?:cap xa|communes?(?:-level)?)\b"), re.compile(r"\bxa\b(?! hoi)")),
)  # fmt: skip
_SHARE = re.compile(r"\b(ty le|phan tram|percent\w*|share|rate)\b|%")
# How far (in words, on average) before or after its figure a part's own words may be said
# for a line to give that part its figure over one stated elsewhere: a label beside the figure
# ("trực tuyến: 1.870"), not words scattered over a long sentence before it.
NEAR_WORDS = 8


def part_level(label: str) -> str | None:
    """The one service level a part's label names ("lvl 4" → "4"); None for none or several."""
    folded = fold(label)
    m = _LEVEL.search(folded)
    if m is None or len(re.findall(r"\d+", folded)) != 1:
        return None
    return m.group(1)


def _channel_said(label: str) -> str:
    """A label with the channel said in the reports' word ("qua mạng" → "trực tuyến"); an
    English label as it is, its words read in the reports' (`bot/compare_lines.py`): with
    "trực tuyến" in it, "dossiers received" would lose its English words' reading."""
    return label if translated(label) else _CHANNEL.sub("truc tuyen", fold(label))


def _line_facts(facts_of: FactsOf, cit: Citation) -> list[Fact]:
    """The fact table's figures of a cited line: of its chunk, at its lines, said in it."""
    quote = fold(cit.quote)
    return [
        f for f in facts_of(cit.chunk_id)
        if f.line_start <= cit.line_end and f.line_end >= cit.line_start
        and fold(f.value) in quote
    ]  # fmt: skip


def line_figures(
    labels: Sequence[str], cit: Citation, facts_of: FactsOf, share: bool
) -> list[str] | None:
    """Each part's own figure in one cited line, or None unless every part gets one of its
    own: by level when every part names one level of its own (the line's one figure at exactly
    that level), else by the parts' own words (`share_out`)."""
    levels = [part_level(label) for label in labels]
    if all(levels) and len(set(levels)) == len(levels):
        found = _line_facts(facts_of, cit)
        out = []
        for level in levels:
            values = {f.value for f in found if levels_of(f.level) == {level}
                      and (f.kind == "percent") == share}  # fmt: skip
            if len(values) != 1:
                return None
            out.append(values.pop())
        return out if len(set(out)) == len(out) else None
    labels = [_channel_said(label) for label in labels]
    return share_out(labels, cit.quote, share, NEAR_WORDS)


def part_not_whole(parts: Sequence[Part], cells: list[Cell], facts_of: FactsOf) -> list[Cell]:
    """The cells, a part that names one service level given, for a whole its stated figure's
    clause lists parts of, the part at that level ("812 DVC …, trong đó có 305 … mức độ 4"
    for "mức độ 4": 305)."""
    out = []
    for part, cell in zip(parts, cells, strict=True):
        level, cit = part_level(part.label), cell.citation
        if level is None or cit is None:
            out.append(cell)
            continue
        chunk = facts_of(cit.chunk_id)
        value = comparable(cell.figure)
        said = [f for f in _line_facts(facts_of, cit) if comparable(f.value) == value]
        whole = said[0] if len(said) == 1 and levels_of(said[0].level) != {level} else None
        kids = {g.value for g in chunk if whole is not None and g.parent == whole.id
                and g.kind == whole.kind and levels_of(g.level) == {level}}  # fmt: skip
        out.append(replace(cell, figure=kids.pop()) if len(kids) == 1 else cell)
    return out


def _asked_scope(q_folded: str, labels: Sequence[str]) -> re.Pattern[str] | None:
    """How a line says the one scope the question names for every part (none of the parts'
    labels names it: then the scopes are the parts); None when it names none, or several."""
    said = [line for asked, line in _SCOPES if asked.search(q_folded)]
    if len(said) != 1 or any(asked.search(fold(label)) for asked, _ in _SCOPES for label in labels):
        return None
    return said[0]


def scope_honoured(
    q_folded: str, parts: Sequence[Part], answers: Sequence[Answer], cells: list[Cell],
    facts_of: FactsOf,
) -> list[Cell]:  # fmt: skip
    """The cells with the scope the question names for every part honoured (see the module):
    the parts' figures from a line read for the parts that says the scope and gives each part
    its own; else each stated figure from a line that does not say it made unsure."""
    labels = [p.label for p in parts]
    scope = _asked_scope(q_folded, labels)
    if scope is None or len(cells) != len(parts):
        return cells
    if all(c.citation is None or scope.search(fold(c.citation.quote)) for c in cells):
        return cells
    share = bool(_SHARE.search(q_folded))
    read = [c.citation for c in cells if c.citation is not None]
    read += [cit for c in cells for _, cit in c.doubted]
    read += [c.citation for a in answers for c in a.candidates]
    for cit in read:
        if not scope.search(fold(cit.quote)):
            continue
        got = line_figures(labels, cit, facts_of, share)
        if got is not None:
            return [Cell(c.side, f, cit.quote, c.holds, cit, kind=c.kind)
                    for c, f in zip(cells, got, strict=True)]  # fmt: skip
    return [
        Cell(c.side, doubted=((c.figure, c.citation), *c.doubted))
        if c.citation is not None and not scope.search(fold(c.citation.quote)) else c
        for c in cells
    ]  # fmt: skip


def breakdown_named(
    q_folded: str, parts: Sequence[Part], cells: list[Cell], facts_of: FactsOf
) -> list[Cell]:
    """The cells, when a figure a part states (or may be, beside a part that states one) is
    its own in a line that gives every part its own figure: every part's figure from that line
    (two readers agree on the line), unless a part states a figure from another line that gives
    every part one too. With no part stated, a figure a part only may be vouches for no line:
    any line giving each part one figure would match it."""
    labels = [p.label for p in parts]
    share = bool(_SHARE.search(q_folded))
    stated = any(c.citation is not None for c in cells)
    for k, cell in enumerate(cells):
        told = [(cell.figure, cell.citation)] if cell.citation is not None else []
        for fig, cit in [*told, *(cell.doubted if stated else ())]:
            got = line_figures(labels, cit, facts_of, share)
            if got is None or got[k] != fig or _another_line(labels, cells, cit, facts_of, share):
                continue
            if any(elsewhere(p.query, cit.quote, f) for p, f in zip(parts, got, strict=True)):
                continue  # a part's figure there is another outlet's or system's: not its line
            holds = next((c.holds for c in cells if c.citation is not None and c.holds
                          and c.citation.report_id == cit.report_id), "")  # fmt: skip
            return [c if c.citation is not None and _same_line(c.citation, cit) and c.figure == f
                    else Cell(c.side, f, cit.quote, holds, cit, kind=cell.kind)
                    for c, f in zip(cells, got, strict=True)]  # fmt: skip
    return cells


def _another_line(
    labels: Sequence[str], cells: list[Cell], cit: Citation, facts_of: FactsOf, share: bool
) -> bool:
    """Whether a part states its figure from another line that gives every part one too."""
    return any(
        c.citation is not None and not _same_line(c.citation, cit)
        and line_figures(labels, c.citation, facts_of, share) is not None
        for c in cells
    )  # fmt: skip


def _same_line(a: Citation | None, b: Citation) -> bool:
    """Whether two citations quote one line (a chunk's lines cite alike: the quote tells)."""
    return a is not None and (a.chunk_id, a.quote) == (b.chunk_id, b.quote)


def settled(
    q_folded: str, parts: Sequence[Part], answers: Sequence[Answer], cells: list[Cell],
    facts_of: FactsOf,
) -> list[Cell]:  # fmt: skip
    """The parts' cells held to the line that names the parts (see the module)."""
    if len(cells) != len(parts):
        return cells
    cells = tier_part(parts, part_not_whole(parts, cells, facts_of), facts_of)
    cells = scope_honoured(q_folded, parts, answers, cells, facts_of)
    return breakdown_named(q_folded, parts, cells, facts_of)
