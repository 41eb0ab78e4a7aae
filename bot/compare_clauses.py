"""Where the clauses of a question asking two numbers start and end ("…, còn …", "nhận bao nhiêu
đơn và đã xử lý bao nhiêu đơn?"): bot/compare_parts.py asks each clause as its own part."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.part_words import bare_word as _bare
from bot.part_words import past_dates, shared_lead

# no part ends on these: "… xã có", "mức độ 4 mà …"
WEAK_END = frozenset(["co", "duoc", "da", "la", "ma", "thi", "the", "a", "an"])
# Words that open a clause set against the one before ("…, còn …", "while …").
OPENERS = frozenset(("con", "while", "whereas"))


def ends_clause(token: str) -> bool:
    return token[-1:] in ",.;:?!—–" or token in ("-", "--") if token else False  # dash too


def clause_end(words: list[str], start: int, reach: int) -> int:
    """Where the clause from `start` ends: after its word with a comma or "?", at most `reach`
    words on, or at the end."""
    end = start
    while end < len(words) and end - start < reach:
        end += 1
        if ends_clause(words[end - 1]):
            break
    return end


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


# Whether the thing the first clause counts is lent to a second clause (`lent_noun`). Off since
# the twenty-fifth round's merge: lent to a clause that names its own thing ("tiếp nhận không qua
# thi bao nhiêu" after "… bao nhiêu người,") it led the figure answerer to another line's count.
LEND = False


def lent_noun(
    words: list[str], start: int, at: int, ask_at: Callable[[list[str], int], int]
) -> tuple[int, int] | None:
    """The thing counted that the first clause names after its number asked ("có bao nhiêu
    nhiệm vụ, đã xong bao nhiêu?": "nhiệm vụ"), lent to the clause after `at` when that one
    ends on its own number asked, naming nothing after it; None otherwise."""
    first = next((i for i in range(start, at) if ask_at(words, i) >= 2), None)
    last = next((i for i in range(len(words) - 1, at - 1, -1) if ask_at(words, i) >= 2), None)
    if first is None or last is None or last + ask_at(words, last) != len(words):
        return None
    noun = first + ask_at(words, first)
    named = {_bare(w) for w in words[noun:at]}  # the clause names it itself: nothing lent
    return (noun, at) if noun < at and not named & {_bare(w) for w in words[at:last]} else None


def past_years(words: list[str], xs: int, xe: int) -> int:
    """Where a part runs from past the years opening it ("năm 2024 tiêm và xét nghiệm": the year
    dates both parts, no part's own word)."""
    while xs < xe and re.fullmatch(r"\d{4}", _bare(words[xs])):
        xs += 1
    return xs


def each_clause(
    words: list[str], x: tuple[int, int], y: tuple[int, int], at: int, places: frozenset[int],
    ask_at: Callable[[list[str], int], int],
) -> tuple[list[tuple[int, int] | str], list[tuple[int, int] | str], int, int, int]:
    """Each clause's question, where the first starts, and the first part's label span, for
    a comma before a clause asking its own number ("có bao nhiêu nhiệm vụ, đã xong bao nhiêu?":
    the thing the first counts lent to the second, and its label when it says nothing else)."""
    (xs, xe), (ys, ye) = x, y
    xs = k = clause_start(words, xs, places)  # each clause asks its own number
    a: list[tuple[int, int] | str] = [(0, at)]
    b: list[tuple[int, int] | str] = [(0, k), (own_clause(words, at), len(words))]
    noun = lent_noun(words, k, at, ask_at) if LEND else None
    b += [noun] if noun else []  # "…: nhiệm vụ"
    xs = past_dates(words, xs, at)  # the clause's period dates both parts
    if (lead := shared_lead(words, xs, xe, ys, ye)) > xs:  # the words leading both
        b, xs = [(0, k), (xs, lead), (ys, len(words))], lead
    elif noun and _only_weak(words, xs, noun[0], ask_at):
        xs, xe = noun  # "có bao nhiêu nhiệm vụ": labelled by the thing it counts
    return a, b, k, xs, xe


def _only_weak(words: list[str], start: int, end: int, ask_at: Callable[[list[str], int], int]) -> bool:
    """Whether the words from `start` to the number asked before `end` say nothing of their
    own ("có bao nhiêu": the verb only)."""
    first = next((i for i in range(start, end) if ask_at(words, i) >= 2), start)
    return all(_bare(w) in WEAK_END for w in words[start:first])
