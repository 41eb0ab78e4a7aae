"""A part of two the figure answerer finds nothing sure for, while its sibling is found in one
report: the one statement of that report whose words before its figure say the part's label
word for word ("cấp phép không qua thẩm định" of "Cấp phép các trường hợp đặc biệt không qua
thẩm định hồ sơ 12 giấy phép (…)"), every adjacent pair of the label's words and each
negation of them. One such statement in the report: its first figure is the part's (of the
asked unit); none or several leave the part as it was (not sure, or not found)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.compare_done import statement_lead
from bot.compare_facts import fact_citation
from bot.compare_kind import value_at
from bot.compare_parts import Part
from bot.compare_table import Cell
from bot.compare_units import asked_units, other_unit
from bot.extractive.words import _YEARLIKE
from bot.intents_types import WANTS_PERCENT
from bot.part_words import NEGATION
from core.text import fold
from index.facts import Fact
from index.generations import LoadedIndex
from index.lexical import tokenize

FactsOf = Callable[[str], list[Fact]]  # a report's id → its facts
MIN_WORDS = 3  # distinct words a label says, at least, to be looked for word for word


def _label_pairs(label: str) -> tuple[set[tuple[str, str]], set[str]] | None:
    """A label's adjacent word pairs (none into a negation: "cấp phép … không qua thẩm định"
    says the negation with the words after it) and its negations; None for a label too short."""
    words = [t for t in tokenize(fold(label)) if not t.isdigit()]
    if len(set(words)) < MIN_WORDS:
        return None
    pairs = {(a, b) for a, b in zip(words, words[1:], strict=False) if b not in NEGATION}
    return (pairs, {w for w in words if w in NEGATION}) if len(pairs) >= 2 else None


def _says_label(f: Fact, pairs: set[tuple[str, str]], negations: set[str]) -> bool:
    """Whether the words of a figure's statement before it say every pair and negation."""
    at = value_at(f)
    if at < 0:
        return False
    toks = tokenize(fold(statement_lead(f.clause, at)))
    said = set(zip(toks, toks[1:], strict=False))
    return pairs <= said and negations <= set(toks)


def label_line(
    parts: Sequence[Part], cells: list[Cell], facts_of: FactsOf, index: LoadedIndex,
    vocabulary: frozenset[str],
) -> list[Cell]:  # fmt: skip
    """The cells, a part with no stated figure given the figure of the one statement of its
    sibling's report that says its label word for word (see the module)."""
    if len(cells) != len(parts):
        return cells
    reports = {c.citation.report_id for c in cells if c.citation is not None}
    if len(reports) != 1:
        return cells
    facts = facts_of(next(iter(reports)))
    taken = {c.figure for c in cells if c.citation is not None}
    holds = next(c.holds for c in cells if c.citation is not None)  # the sibling's date
    out = []
    for part, cell in zip(parts, cells, strict=True):
        found = None if cell.citation is not None else _named(part, facts, vocabulary)
        if found is None or found.value in taken:
            out.append(cell)
            continue
        cit = fact_citation(index, found)
        out.append(Cell(cell.side, found.value, cit.quote, holds or found.period, cit,
                        kind=fold(found.unit)))  # fmt: skip
    return out


def _named(part: Part, facts: Sequence[Fact], vocabulary: frozenset[str]) -> Fact | None:
    """The first figure of the asked kind and unit of the one statement saying the part's
    label before it; None when no statement, or more than one, does."""
    read = _label_pairs(part.label)
    if read is None:
        return None
    share = bool(WANTS_PERCENT.search(part.query.folded))
    units = asked_units(part.query, vocabulary)
    firsts: dict[str, Fact] = {}
    for f in facts:
        if f.parent or (f.kind == "percent") != share or _YEARLIKE.fullmatch(f.value):
            continue
        if other_unit(f, units) or not _says_label(f, *read):
            continue
        key = f"{f.chunk_id}|{f.clause}"
        if key not in firsts or (f.line_start, f.span_start) < (
            firsts[key].line_start,
            firsts[key].span_start,
        ):
            firsts[key] = f
    return next(iter(firsts.values())) if len(firsts) == 1 else None
