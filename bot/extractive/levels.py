"""Service levels ("mức độ 3, 4", "toàn trình"): the ones a question asks, the ones a figure
is said of."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.extractive.tuning import LEVEL_MISSING, LEVEL_PARTIAL, LEVEL_WRONG
from bot.extractive.words import _Word

if TYPE_CHECKING:
    from bot.extractive.sites import _Site

# A number right after "muc do" / "level", or after "muc do 3," (the 4 of "muc do 3, 4"), is a
# service level, not a figure.
# "độ" alone is a level word ("mức độ 4", "độ 3"), not in "trong đó 10 …" (of which 10).
_LEVEL_WORD = re.compile(r"\b(muc|(?<!trong )do|level|mirc|mic|murc)\s*$")
_LEVEL_LIST = re.compile(
    r"\b(muc|(?<!trong )do|level|mirc|mic|murc)\s*(?:[1-4]\s*(?:,|va|-|/)\s*)+$"
)


# A word for a service level, as written and as OCR misreads it ("mirc do 4").
LEVEL_NAMED = r"(?:muc do|muc|level|mirc do|mic do|murc do)"
# A run of service levels, the levels in its group: "muc do 3, 4", "level 3-4" (read "level 3
# 4"), "mức 3/4", "level 3 or 4", "mức độ 3 và mức độ 4"; a level's digit may be glued to the
# next word by OCR ("mức độ 3 va4la: 2.164"), never to a digit, and a figure after the level
# is no second level ("4 1.044"). The one reader of level runs: of the question
# (`asked_levels`) and of a figure's clause (bot/each_level.py).
LEVEL_RUN = (
    rf"{LEVEL_NAMED}\s*([1-4](?:(?:\s*(?:,|va|and|&|-|/|or|hoac)\s*|\s+)(?:{LEVEL_NAMED}\s*)?"
    r"[1-4](?![\d]|[.,]\d))*)(?!\d)"
)
_ASKED_LEVEL = re.compile(rf"\b{LEVEL_RUN}")
_LEVEL_TOKENS = frozenset({"muc", "do", "level", "mic", "mirc", "murc"})
_LEVEL_JOINERS = _LEVEL_TOKENS | {"va", "and"}
_LEVELS = frozenset({"1", "2", "3", "4"})
# Service levels named in words since 2022: "toàn trình" (full online, level 4), "một phần"
# (partly online, level 3).
_LEVEL_NAMES = {("toan", "trinh"): 4, ("mot", "phan"): 3}


def asked_levels(expanded: str) -> frozenset[int]:
    """Service levels the question names: "muc do 4" → {4}; "muc do 3 va 4" → {3, 4}."""
    return frozenset(
        int(d) for m in _ASKED_LEVEL.finditer(expanded) for d in re.findall(r"[1-4]", m.group(1))
    )


def _level_run(tokens: list[str], i: int) -> frozenset[int]:
    """The levels of a "muc do 3, 4" / "muc do 2, muc 3 va muc 4" run starting at tokens[i]."""
    out: set[int] = set()
    for t in tokens[i:]:
        if t in _LEVELS:
            out.add(int(t))
        elif t not in _LEVEL_JOINERS:
            break
    return frozenset(out)


def _level_of(
    words: list[tuple[int, int, list[str]]], bounds: list[int], idx: int
) -> frozenset[int]:
    """The service level(s) a figure is qualified by: the "muc do K" right after it (before the
    next number or item), else the nearest one before it. Empty when none."""
    flat_after: list[str] = []
    item_of: list[int] = []
    for j in range(idx + 1, min(len(words), idx + 12)):
        flat_after += words[j][2]
        item_of += [bounds[j]] * len(words[j][2])
    for i, t in enumerate(flat_after):
        if t.replace(".", "").isdigit() and (i == 0 or flat_after[i - 1] not in _LEVEL_TOKENS):
            break  # the next figure begins: what follows qualifies it, not ours
        if item_of[i] != bounds[idx] and t in _LEVEL_TOKENS:
            break  # "muc do 2 la 10.185 ho so, ... muc do 3": the next item's level
        if t in _LEVEL_TOKENS and i + 1 < len(flat_after) and flat_after[i + 1] in _LEVELS:
            return _level_run(flat_after, i + 1)
    flat_before: list[str] = [t for w in words[max(0, idx - 12) : idx] for t in w[2]]
    for i in range(len(flat_before) - 1, 0, -1):
        if flat_before[i] in _LEVELS and flat_before[i - 1] in _LEVEL_TOKENS:
            j = i
            while j > 0 and (flat_before[j - 1] in _LEVELS or flat_before[j - 1] in _LEVEL_JOINERS):
                j -= 1
            return _level_run(flat_before, j)
    return frozenset()


def _figure_levels(
    words: list[_Word], bounds: list[int], idx: int, headline: int | None, item_heads: list[int]
) -> frozenset[int]:
    """The service levels named with the figure, else its headline's, else its item head's."""
    levels = _level_of(words, bounds, idx)
    if not levels and headline is not None:  # an item has its headline's level
        levels = _level_of(words, bounds, headline)
    if not levels and bounds[idx] > 0:  # an item inherits its head's level
        head_toks = [t for j in item_heads for t in words[j][2]]
        levels = next(
            (_level_run(head_toks, i + 1) for i, t in enumerate(head_toks[:-1])
             if t in _LEVEL_TOKENS and head_toks[i + 1] in _LEVELS),
            frozenset(),
        )  # fmt: skip
    return levels


def other_level(
    asked: frozenset[int], own: frozenset[int], is_percent: bool, clause: list[frozenset[int]]
) -> bool:
    """Whether a figure that names no level (`own` empty) is of other levels than the `asked`
    ones, by the levels its clause's figures name (`clause`): a count beside one naming exactly
    the asked level is the total of all levels ("1.870 …, mức độ 2 là: 598"); a share is of
    the levels its clause names ("584 DVC mức độ 3, 4 …, đạt tỷ lệ 46%": of levels 3 and 4
    together, not level 4)."""
    if not asked or own:
        return False
    if is_percent:
        said = frozenset().union(*clause)
        return bool(said) and said != asked
    return any(levels == asked for levels in clause)


# A question asking a total ("tổng", "in total", "altogether") and no average; a figure its own
# words call an average or a figure per unit ("trung bình mỗi huyện có 123 DVC"): another
# measure of the same thing, not the total.
_TOTAL_ASKED = re.compile(r"\b(?:tong|in total|total|altogether|overall|in all)\b")
_AVERAGE_ASKED = re.compile(r"\b(?:trung binh|binh quan|average|mean|on average|per|moi)\b")
_AVERAGE_SAID = (("trung", "binh"), ("binh", "quan"))


def average_for_total(f: _Site, folded_question: str) -> bool:
    """Whether the question asks a total, no average, and the figure's label calls it an
    average ("trung bình", "bình quân")."""
    if not _TOTAL_ASKED.search(folded_question) or _AVERAGE_ASKED.search(folded_question):
        return False
    words = f.label
    return any(words[i : i + 2] == pair for pair in _AVERAGE_SAID for i in range(len(words) - 1))


def level_and_total(
    f: _Site, asked: frozenset[int], total_asked: bool, folded_question: str = ""
) -> float:
    """A figure's score change for the service level asked, for a total it follows, and for
    an average offered for a total asked (as wrong as another level: `LEVEL_WRONG`)."""
    change = -LEVEL_WRONG if average_for_total(f, folded_question) else 0.0
    if asked and not f.levels:
        change -= LEVEL_MISSING  # a level was asked; this figure names none
    elif asked and f.levels != asked:
        # "251 DVC ... muc do 3" when level 4 was asked; "584 ... muc do 3, 4" when level 3
        # alone was asked (a combined count is not the asked one).
        change -= LEVEL_PARTIAL if asked & f.levels else LEVEL_WRONG
    if f.after_total and not total_asked:
        change -= 0.15  # "50 trong tong so 55": the total is the denominator, not the count
    return change
