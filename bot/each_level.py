"""Each of two or more service levels asked ("mức độ 3 và mức độ 4, mỗi mức bao nhiêu", "how many
level 3 and level 4 services, each?") is not answered by one figure that counts them together
("Tổng số dịch vụ công … mức độ 3 và 4 là: 1.272") or names no level at all (the total of every
level, "tổng số hồ sơ tiếp nhận … : 75.639"): that answer is "not found", citing it as the
nearest figure. A figure of exactly one asked level stands (the answer names that level's own
figure); a table of the levels side by side is built elsewhere (bot/compare_parts_answer.py)."""

from __future__ import annotations

import re

from bot.extractive.levels import asked_levels
from bot.nearest import nearest_not_found, stated
from core.query import ParsedQuery
from core.result import Answer
from core.text import fold

# Each part asked its own figure: "lần lượt", "mỗi mức / loại / cấp …", "từng mức", "each",
# "respectively", "separately", "apiece".
EACH_ASKED = re.compile(
    r"\b(?:lan luot|moi (?:muc|loai|cap|nhom|ben|phan|hinh thuc)|tung (?:muc|loai|cap)|"
    r"respectively|each|separately|apiece)\b"
)
# A run of service levels: "mức độ 3, 4", "mức độ 3 và 4", "level 3 and level 4"; a level's
# digit may be glued to the next word by OCR ("mức độ 3 va4la: 1.272"), never to a digit.
_LEVEL = r"(?:muc do|muc|level|mirc do|mic do|murc do)"
_RUN = rf"{_LEVEL}\s*([1-4](?:\s*(?:,|va|and|&|-|/|hoac|or)\s*(?:{_LEVEL}\s*)?[1-4](?!\d))*)(?!\d)"
# The level right after a figure, before any other figure, bracket, comma or semicolon (a
# comma opens the next item: "mức độ 3 là 30.000 hồ sơ, mức độ 4 là …").
_AFTER = re.compile(rf"^[^\d(;,]*?{_RUN}")
# The level right before a figure in its clause, with no other figure between them.
_BEFORE = re.compile(rf"{_RUN}[^\d;]*$")
# Where a figure's clause opens: a semicolon, a bracket, a full stop.
_CLAUSE_OPEN = re.compile(r"[;(]|\.(?=\s)")


def figure_levels(quote: str, figure: str) -> frozenset[int]:
    """The service levels a figure's own words give it: the level run right after it, else the
    one closing the words before it in its clause; empty when neither says one."""
    folded = fold(quote)
    at = re.search(rf"(?<![\d.,]){re.escape(fold(figure))}(?![\d])", folded) if figure else None
    if at is None:
        return frozenset()
    after = _AFTER.match(folded[at.end() :])
    if after is None:
        before = folded[: at.start()]
        opens = list(_CLAUSE_OPEN.finditer(before))
        after = _BEFORE.search(before[opens[-1].end() :] if opens else before)
    return frozenset(int(d) for d in re.findall(r"[1-4]", after.group(1))) if after else frozenset()


def joined_for_each(folded_question: str, expanded: str, quote: str, figure: str) -> bool:
    """Whether the question asks each of two or more levels and the figure is not one asked
    level's own (it counts levels together, or names none)."""
    asked = asked_levels(expanded)
    if len(asked) < 2 or not EACH_ASKED.search(folded_question):
        return False
    own = figure_levels(quote, figure)
    return not (len(own) == 1 and own <= asked)


def levels_together(q: ParsedQuery, ans: Answer, language: str) -> Answer | None:
    """ "Not found" in place of one figure stated for each of several levels asked that is no
    single asked level's own (`joined_for_each`); None when the answer stands."""
    pairs = stated(ans)
    if not pairs or not all(joined_for_each(q.folded, q.expanded, c.quote, f) for f, c in pairs):
        return None
    fig, cit = pairs[0]
    text = (
        f"Not found: the reports give no figure of each level asked on its own; the nearest "
        f"figure, {fig}, is not one level's own figure [1]."
        if language == "en"
        else f"Không tìm thấy: các báo cáo không nêu riêng số liệu từng mức độ được hỏi; số liệu "
        f"gần nhất, {fig}, không phải số liệu của riêng một mức độ [1]."
    )
    return nearest_not_found(q, text, cit, language)
