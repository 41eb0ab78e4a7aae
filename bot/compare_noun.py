"""A comparison table's stated figure whose report writes a noun of one kind right after it
("5.683 dịch vụ công …", "575.907 bộ hồ sơ") while the question names countable things of
other kinds only ("nhiệm vụ … giao", "tin, bài"): the figure counts something else than asked,
so its row is "not sure" (bot/compare_subject.py). The kinds are `bot/side_noun.py`'s; a
question naming no kind, or a figure with no noun of a kind after it, is not judged."""

from __future__ import annotations

from bot.figure_clause import figure_at
from bot.side_noun import kinds_named, noun_kind, noun_opening
from core.query import ParsedQuery

# Characters after a figure read for its noun (as `side_noun` reads a fact's clause).
NOUN_TAIL = 60


def other_noun(q: ParsedQuery, quote: str, figure: str) -> bool:
    """Whether the figure's own noun in its quote is of a kind the question does not name,
    while the question names some kind (in its words or its glossary's)."""
    if "%" in figure:
        return False
    asked = kinds_named(f"{q.folded} {q.expanded}")
    if not asked:
        return False
    raw = words_after(quote, figure, NOUN_TAIL)
    if not raw:
        return False
    noun = noun_opening(raw, exact=True)  # a doubt needs the noun as written, not misread
    return bool(noun) and noun_kind(noun) not in asked


def words_after(quote: str, figure: str, tail: int) -> str:
    """The folded `tail` characters the quote writes right after the figure, opening on a space;
    "" when the figure is not in the quote or no word follows it ("78/80", "1.845,")."""
    found = figure_at(quote, figure)
    if found is None:
        return ""
    folded, at = found
    raw = folded[at.end() : at.end() + tail]
    return raw if raw[:1].isspace() else ""
