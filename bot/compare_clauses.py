"""Where the clauses of a question asking two numbers start and end ("…, còn …", "nhận bao nhiêu
đơn và đã xử lý bao nhiêu đơn?"): bot/compare_parts.py asks each clause as its own part."""

from __future__ import annotations

import re

from bot.extractive.question import PART_FAMILIES
from bot.part_words import bare_word as _bare
from bot.part_words import past_dates, shared_lead
from bot.stopwords import STOP
from core.query import terms_named

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


def past_years(words: list[str], xs: int, xe: int) -> int:
    """Where a part runs from past the years opening it ("năm 2024 tiêm và xét nghiệm": the year
    dates both parts, no part's own word)."""
    while xs < xe and re.fullmatch(r"\d{4}", _bare(words[xs])):
        xs += 1
    return xs


def each_clause(
    words: list[str], x: tuple[int, int], y: tuple[int, int], at: int, places: frozenset[int]
) -> tuple[list[tuple[int, int] | str], list[tuple[int, int] | str], int, int, int]:
    """Each clause's question, where the first starts, and the first part's label span, for
    a comma before a clause asking its own number ("có bao nhiêu nhiệm vụ, đã xong bao nhiêu?":
    each clause keeps its own words; the thing the first counts is not lent to the second, which
    led the figure answerer to another line's count where the second named its own thing)."""
    (xs, xe), (ys, ye) = x, y
    xs = k = clause_start(words, xs, places)  # each clause asks its own number
    a: list[tuple[int, int] | str] = [(0, at)]
    b: list[tuple[int, int] | str] = [(0, k), (own_clause(words, at), len(words))]
    xs = past_dates(words, xs, at)  # the clause's period dates both parts
    if (lead := shared_lead(words, xs, xe, ys, ye)) > xs:  # the words leading both
        b, xs = [(0, k), (xs, lead), (ys, len(words))], lead
    return a, b, k, xs, xe


# A shared lead:
# The words that lead both parts when the part before ends on a part of a breakdown and the
# part after names only its siblings: "permits renewed online vs by post",
# "số hồ sơ trả kết quả trực tuyến so với trực tiếp". The parts are the channels (levels, states,
# who applied: `PART_FAMILIES`); what both count ("permits renewed") is said once, before the
# first, and is lent to the second part's own question, which otherwise asked for "by post" of
# nothing and found no figure.
# How many words a breakdown's part is said in, at most ("qua dịch vụ bưu chính", "in person").
MAX_PART_WORDS = 4


def _named_parts(words: list[str]) -> dict[tuple[str, ...], int]:
    """The parts of a breakdown the words name, each with its family (index in
    `PART_FAMILIES`), in the reports' words or, English, as the glossary reads them."""
    bare = [_bare(w) for w in words]
    said = " " + " ".join(bare) + " "
    said += " ".join(terms_named(" ".join(bare))) + " "  # "by post": "buu chinh"
    return {p: i for i, family in enumerate(PART_FAMILIES) for p in family
            if f" {' '.join(p)} " in said}  # fmt: skip


def family_lead(words: list[str], xs: int, xe: int, ys: int, ye: int) -> int:
    """Where the part before's own words start: at the part of a breakdown it ends on, when
    the words before that name no part of its family (and some word not a stop word) and the
    part after names other parts of that family only (a shared lead); `xs` when the parts are
    not so ("among firms vs among household firms" name one part: no siblings)."""
    if ys >= ye or ye - ys > 2 * MAX_PART_WORDS:
        return xs
    after = _named_parts(words[ys:ye])
    if len(set(after.values())) != 1:
        return xs
    family = next(iter(after.values()))
    for j in range(xe - 1, max(xs, xe - MAX_PART_WORDS - 1), -1):  # the shortest end first
        own = _named_parts(words[j:xe])
        if family not in own.values():
            continue
        lead = [_bare(w) for w in words[xs:j]]
        if (family in _named_parts(words[xs:j]).values() or set(own) & set(after)
                or all(w in STOP or not w.isalpha() for w in lead)):  # fmt: skip
            return xs
        return j
    return xs


def insert_after(spans: list[tuple[int, int] | str], key: tuple[int, int], span: tuple[int, int]) -> None:
    """Put `span` right after `key` in a part's list of spans, or at its end where a clause
    reading rebuilt the list without `key`: the words are kept either way (a part question
    that lost its place or shared head could be answered of another place or thing)."""
    spans.insert(spans.index(key) + 1 if key in spans else len(spans), span)
