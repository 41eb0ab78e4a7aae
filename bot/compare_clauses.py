"""Where the clauses of a question asking two numbers start and end ("…, còn …", "nhận bao nhiêu
đơn và đã xử lý bao nhiêu đơn?"): bot/compare_parts.py asks each clause as its own part."""

from __future__ import annotations

from bot.part_words import bare_word as _bare
from bot.part_words import past_dates

# Words that open a clause set against the one before ("…, còn …", "while …").
OPENERS = frozenset(("con", "while", "whereas"))


def ends_clause(token: str) -> bool:
    return token[-1:] in ",.;:?!—–" or token in ("-", "--") if token else False  # dash too


def clause_start(words: list[str], xs: int, places: frozenset[int]) -> int:
    """Where the clause of the part before the split starts: after the comma or the place name
    before it, else at the question's start."""
    k = xs
    while k > 0 and not ends_clause(words[k - 1]) and k - 1 not in places:
        k -= 1
    return k


def own_clause(words: list[str], at: int) -> int:
    """Where the clause asked after a split at `at` starts for its own question: past a word
    that sets it against the one before ("còn"), its asking words kept ("tỷ lệ xử lý")."""
    return at + int(at < len(words) and _bare(words[at]) in OPENERS)


def each_asks(
    words: list[str], xs: int, at: int, places: frozenset[int]
) -> tuple[list[tuple[int, int] | str], list[tuple[int, int] | str], int, int]:
    """Each part's question, where its clause starts and where the label before starts, for
    "nhận bao nhiêu đơn và đã xử lý bao nhiêu đơn ở tỉnh A?" (each clause asks its own after
    its label): a period opening the first clause and a place closing the second are both's."""
    k = clause_start(words, xs, places)
    dated = past_dates(words, k, at)
    later = [p for p in places if p > at][:1]
    a: list[tuple[int, int] | str] = [(0, k), (k, at), *[(p, len(words)) for p in later]]
    b: list[tuple[int, int] | str] = [(0, k), (k, dated), (own_clause(words, at + 1), len(words))]
    return a, b, k, max(xs, dated)
