"""Parts of one line asked clause by clause: every clause asks its own number ("tuyển bao
nhiêu X, và bao nhiêu Y?", "tổng X là bao nhiêu, trong đó Y chiếm bao nhiêu?", "how many A and
how many B?", "giao bao nhiêu nhiệm vụ, bao nhiêu xong, bao nhiêu chưa tới hạn?"). Each asked
clause is one part: its label is what the clause counts (the words after its asking words, else
the words before them, without "trong đó" or "chiếm"), its question the words before the first
clause (place, period, a total the question states) and the clause itself. Used where the split
of `bot/compare_parts.py` reads only a "trong đó" part, or when three clauses or more each ask a
number (that split reads two); a clause asking a difference ("chênh nhau bao nhiêu") is none."""

from __future__ import annotations

import re

from bot.compare_clauses import ends_clause
from bot.compare_only import DIFFERENCE_ASKED
from bot.compare_parts import Part, part_question
from bot.part_words import bare_word, part_label, words_said
from core.query import ParsedQuery
from core.text import fold

# The words that ask a clause's own number (folded, bare).
_COUNT_ASKS = (("bao", "nhieu"), ("how", "many"), ("how", "much"))
# "what share/percentage/proportion …" asks a clause's own share as "how many" asks its count,
# when every clause asks a share, or two clauses or more ask counts already: a share asked
# beside one count alone ("what share was resolved, out of how many received?") asks one share
# and its base, not two parts.
_SHARE_ASKS = (("what", "share"), ("what", "percentage"), ("what", "proportion"))
_ASKS = _COUNT_ASKS + _SHARE_ASKS
# Words joining a clause to the one before it ("…, và bao nhiêu …", "and how many …").
_JOINS = frozenset(("va", "and", "con", "while", "whereas"))
# Words opening an asked clause that only say it is a part of the whole before it, or closing
# its label with the verb it is asked by ("trong đó … chiếm", "là", "có").
_OPENING = frozenset(("trong", "do", "so", "co", "of", "which", "among", "them", "tong", "total",
                      "were", "was", "are", "is", "tai", "at", "in"))  # fmt: skip
_CLOSING = frozenset(("chiem", "la", "co", "duoc", "da", "were", "was", "are", "is", "did",
                      "do", "does", "trong", "so", "of", "them"))  # fmt: skip
MIN_ASKED = 2  # clauses, each asking its own number
# Clauses asked at once from which a later clause without its own counted words is read as
# counting the first clause's ("giao bao nhiêu nhiệm vụ, bao nhiêu xong, bao nhiêu chưa"); of
# two, the second may count another thing ("how many were leaders and how many held none").
LEND_FROM = 3
# Words of one clause's label, at most: a part's name runs a few words ("công chức không giữ
# chức danh lãnh đạo" is 8); words past that are the clause's period or place, which the part's
# question keeps anyway, and a longer label no item of the line says whole.
MAX_LABEL = 10
_NUMBER = re.compile(r"\d[\d.,]*")


def _ask_at(words: list[str], i: int, asks: tuple[tuple[str, str], ...] = _ASKS) -> bool:
    return any(tuple(bare_word(w) for w in words[i : i + len(a)]) == a for a in asks)


def _asks(words: list[str]) -> list[int]:
    """Where each clause's asking words stand: every count asked, and every share asked when
    no count is, or two counts or more are (see `_SHARE_ASKS`)."""
    counts = [i for i in range(len(words)) if _ask_at(words, i, _COUNT_ASKS)]
    if len(counts) == 1:
        return counts
    return [i for i in range(len(words)) if _ask_at(words, i)]


def _list_comma(words: list[str], i: int) -> bool:
    """A comma inside a list of numbers ("mức 3, 4"), no clause's end."""
    return bool(
        _NUMBER.fullmatch(bare_word(words[i]))
        and i + 1 < len(words)
        and _NUMBER.fullmatch(bare_word(words[i + 1]))
    )


def _clauses(words: list[str]) -> list[tuple[int, int, int]]:
    """(start, ask, end) of each clause that asks its own number, in order."""
    asks = _asks(words)
    out: list[tuple[int, int, int]] = []
    floor = 0
    for ask in asks:
        start = ask
        while start > floor and not (
            ends_clause(words[start - 1]) and not _list_comma(words, start - 1)
        ):
            if bare_word(words[start - 1]) in _JOINS and start == ask:
                break
            start -= 1
        out.append((start, ask, len(words)))
        floor = ask + 2
    if not out:
        return []
    ends = [(s - 1 if s > 0 and bare_word(words[s - 1]) in _JOINS else s) for s, _, _ in out[1:]]
    return [(s, a, e) for (s, a, _), e in zip(out, [*ends, len(words)], strict=True)]


def _trimmed(words: list[str], start: int, end: int) -> tuple[int, int]:
    """The span without the words opening or closing it that name no part."""
    while start < end and bare_word(words[start]) in _OPENING:
        start += 1
    while end > start and bare_word(words[end - 1]) in _CLOSING:
        end -= 1
    return start, end


def _label_span(words: list[str], start: int, ask: int, end: int) -> tuple[int, int]:
    """What the clause counts: after its asking words, else before them."""
    after = _trimmed(words, ask + 2, end)
    if after[1] > after[0]:
        return after[0], min(after[1], after[0] + MAX_LABEL)
    before = _trimmed(words, start, ask)
    return max(before[0], before[1] - MAX_LABEL), before[1]


def asked_clauses(q: ParsedQuery, least: int = MIN_ASKED) -> list[Part]:
    """The parts of a question of `least` clauses or more each asking its own number; []
    otherwise, or when a clause's label is empty."""
    words = q.folded.split()
    # a clause asking how far apart the others are ("chênh nhau bao nhiêu") counts no part
    clauses = [
        c for c in _clauses(words) if not DIFFERENCE_ASKED.search(" ".join(words[c[0] : c[2]]))
    ]
    if len(clauses) < least:
        return []
    (s0, a0, e0) = clauses[0]
    first_counts = _trimmed(words, a0 + 2, e0)
    # the words before the first clause, and the first clause's own before its asking words
    # when its label is what it counts after them ("Tỉnh A tiếp nhận bao nhiêu X, …")
    context: list[tuple[int, int] | str] = [(0, s0)]
    if first_counts[1] > first_counts[0]:
        context.append((s0, a0))
    parts = []
    for k, (start, ask, end) in enumerate(clauses):
        span = _label_span(words, start, ask, end)
        label = part_label(words_said(q, words, [span]))
        if span[0] >= span[1] or not label:
            return []
        spans: list[tuple[int, int] | str] = [(0, end)] if k == 0 else [*context, (start, end)]
        lend = k > 0 and len(clauses) >= LEND_FROM and first_counts[1] > first_counts[0]
        if (
            lend
            and span[0] > ask
            and not set(words[slice(*first_counts)]) & set(words[slice(*span)])
        ):
            spans = [*context, (a0, a0 + 2), first_counts, span]
        parts.append(Part(label, part_question(words_said(q, words, spans))))
    return parts


def clause_shaped(q: ParsedQuery, parts: list[Part]) -> bool:
    """Whether parts another reader read each keep a clause's asking words in their label
    ("what share of A …", "what share B"): the question asks clause by clause, and its parts
    are its asked clauses, labelled by what each counts, not by those labels."""
    if len(parts) < MIN_ASKED or len(asked_clauses(q)) < MIN_ASKED:
        return False
    return all(
        any(_ask_at(words, i) for i in range(len(words)))
        for words in (fold(p.label, repair=False).split() for p in parts)
    )
