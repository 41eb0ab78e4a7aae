"""Two last checks on a comparison table's breakdown rows (`bot/compare_table.render_table`),
each turning a stated part "not sure" (its figure a candidate, never bold):

- `bare_part`: a part whose label holds no word, only a number ("Side — 2"): the label does
  not say what the figure is a part of, so no reader can tell it answers the question's part.
  A number the question itself names as a service level ("mức 2 và 3", "cấp độ 3, 4",
  "level 2"), a year or a quarter is a label it asked for and stands.
- `tier_twice`: a side two of whose stated parts name one tier of government and differ in
  nothing else ("commune level" and "cấp xã") yet give two figures: a side has one figure a
  tier, so one of them is not the one asked. Doubted is the line that names the tier twice
  itself, else the line giving fewer of the side's parts (a stray part beside a line that
  gives each tier once); a line whose parts are all different tiers, giving more of them,
  stands. Two lines giving as many parts each are both doubted.
- `unsaid_label`: a part labelled in the question's English (no Vietnamese letter) with two or
  more of its words the glossary gives the reports' terms for ("commune radio":
  "truyền thanh cơ sở", "xã", "phát thanh"), whose quote, with its paragraph's words before it, says none of those terms:
  its line is about another thing (the provincial newspaper for "commune radio"). One mapped
  word alone decides nothing: the reports may word one thing otherwise ("Trung ương" for
  "national"), or OCR misread it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.compare_kind_doubt import other_kind
from bot.compare_subject import doubt, stated
from bot.coverage import whole_words
from bot.extractive.levels import asked_levels
from bot.stopwords import TIER_FILLER
from core.query import ABBREVIATIONS, PERIOD_TERM, ParsedQuery, expansions
from core.text import fold

if TYPE_CHECKING:
    from bot.compare_table import Cell
    from core.result import Citation

# What a part's label says beside its tier that still names only the tier: a filler word
# (`TIER_FILLER`, "level") or a mark ("-level"), dropped before two labels of one tier are
# compared.
_TIER_FILLER = re.compile(r"\b(?:" + "|".join(sorted(TIER_FILLER)) + r")\b|[^\w\s]")
# "cấp độ 3, 4" names service levels as "mức độ 3, 4" does (folded).
_CAP_DO = re.compile(r"\bcap do\b")
_NUMBER = re.compile(r"\d+")
# A month before its year ("6/2022"): read as the year alone, a period the question may name.
_MONTH_OF_YEAR = re.compile(r"\b(?:0?[1-9]|1[0-2])/(\d{4})\b")

Line = tuple[object, ...]

# The label's words the glossary maps to the reports' terms, at least, for a quote saying none
# of those terms to be doubted (see the module's notes): two things named and neither said.
MIN_MAPPED_WORDS = 2
# Any letter beyond ASCII: a Vietnamese label, held to its line by `bot/compare_own_words.py`.
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def _stated_part(cell: Cell) -> bool:
    """Whether the cell is a breakdown row stating a quoted figure (`stated`, with a part)."""
    return bool(cell.part) and stated(cell)


def _named_numbers(q: ParsedQuery) -> set[str]:
    """The numbers a question names as a service level, a year or a quarter."""
    levels = asked_levels(_CAP_DO.sub("muc do", q.expanded))
    named = {str(n) for n in levels} | {str(y) for y in q.years}
    return named | ({str(q.quarter)} if q.quarter else set())


def bare_part(q: ParsedQuery, cell: Cell) -> bool:
    """Whether a stated part's label names no part: a number and no letter ("3", "6/2022"; a
    bare "%" still says the share asked), not every number of it one the question names as a
    level, year or quarter (`_named_numbers`; a month before a year is read as the year)."""
    part = cell.part
    if not _stated_part(cell) or any(ch.isalpha() for ch in part):
        return False
    numbers = _NUMBER.findall(_MONTH_OF_YEAR.sub(r"\1", part))
    return bool(numbers) and not set(numbers) <= _named_numbers(q)


def _line(cell: Cell) -> Line:
    assert cell.citation is not None
    return (cell.side, cell.citation.chunk_id, cell.citation.line_start)


def _tier_key(cell: Cell) -> tuple[str, str] | None:
    """The tier a stated part's label names (`asked_tier`), with what else the label says
    (folded, the tier's own words and `_TIER_FILLER` dropped); None when it names no one tier."""
    # read here: bot/compare_clash.py imports the table this check runs in
    from bot.compare_clash import asked_tier
    from bot.compare_part_scope import TIER_WORDS

    tier = asked_tier(cell.part)
    if tier is None:
        return None
    rest = fold(cell.part)
    for _, words in TIER_WORDS:
        rest = words.sub(" ", rest)
    return tier, " ".join(_TIER_FILLER.sub(" ", rest).split())


def tier_twice(cells: list[Cell]) -> set[int]:
    """The positions of a side's stated parts read off a line that names a tier another part of
    the side names alike (`_tier_key`) with another figure: the line naming it twice itself,
    else the one of the two giving fewer of the side's parts (see the module's notes)."""
    keyed = [(i, c, _tier_key(c)) for i, c in enumerate(cells) if _stated_part(c)]
    parts: dict[Line, int] = {}
    for _, c, _ in keyed:
        parts[_line(c)] = parts.get(_line(c), 0) + 1
    first: dict[tuple[object, ...], Cell] = {}
    doubted: set[Line] = set()
    for _, cell, key in keyed:
        if key is None:
            continue
        seen = first.setdefault((cell.side, *key), cell)
        if seen.figure == cell.figure:
            continue
        a, b = _line(seen), _line(cell)
        if a == b or parts[a] == parts[b]:
            doubted |= {a, b}
        else:
            doubted.add(min(a, b, key=lambda line: parts[line]))
    return {i for i, c, _ in keyed if _line(c) in doubted}


def _plain(text: str) -> str:
    return whole_words(fold(text))


def _read(cit: Citation) -> str:
    """What a stated part's line says: its quote, with the words of its paragraph before it
    (a label's terms said in the sentence before the figure's, of one paragraph, are said of
    it); the quote alone when the paragraph is not known or does not hold it."""
    at = cit.context.find(cit.quote) if cit.quote else -1
    return f"{cit.context[:at]} {cit.quote}" if at >= 0 else cit.quote


def _terms(words: str) -> set[str]:
    """The reports' terms (`expansions`) folded words name, a period's left out: it dates the
    part, it is no thing the line must say."""
    return {_plain(t) for t in expansions(words) if not PERIOD_TERM.match(t)}


def unsaid_label(cell: Cell) -> bool:
    """Whether a stated part's English label names `MIN_MAPPED_WORDS` or more words the
    glossary maps to report terms, and its quote with its paragraph before it (`_read`;
    abbreviations spelled out) says none of the terms of the label or of its words."""
    if not _stated_part(cell) or _NOT_ASCII.search(cell.part):
        return False
    words = [w for w in _plain(cell.part).split() if not w.isdigit()]
    mapped = [_terms(w) for w in words]
    if sum(1 for t in mapped if t) < MIN_MAPPED_WORDS:
        return False
    assert cell.citation is not None
    quote = _plain(_read(cell.citation))
    quote += " ".join(ABBREVIATIONS[w][0] for w in quote.split() if w in ABBREVIATIONS) + " "
    said = _terms(" ".join(words)).union(*mapped)
    return not any(t in quote for t in said)


def rows_doubted(q: ParsedQuery, cells: list[Cell]) -> list[Cell]:
    """The cells, each stated part with a bare label (`bare_part`), read off a line whose
    parts name one tier twice (`tier_twice`) or saying none of its English label's terms
    (`unsaid_label`), or quoting a line about another kind of money than asked (`other_kind`)
    made "not sure", its figure a candidate."""
    twice = tier_twice(cells)
    return [
        doubt(c) if i in twice or bare_part(q, c) or unsaid_label(c) or other_kind(q, c) else c
        for i, c in enumerate(cells)
    ]
