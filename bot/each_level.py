"""Each of two or more service levels asked ("mức độ 3 và mức độ 4, mỗi mức bao nhiêu", "how many
level 3 and level 4 services, each?") is not answered by one figure that counts them together
("Tổng số dịch vụ công … mức độ 3 và 4 là: 2.164") or names no level at all (the total of every
level, "tổng số hồ sơ tiếp nhận … : 41.208"): that answer is "not found", citing it as the
nearest figure. A figure of exactly one asked level stands (the answer names that level's own
figure); a table of the levels side by side is built elsewhere (bot/compare_parts_answer.py)."""

from __future__ import annotations

import re

from bot.extractive.levels import LEVEL_RUN, asked_levels
from bot.figure_clause import BRACKET_OPENS, clause_before, figure_at
from bot.nearest import nearest_not_found, stated
from core.query import ParsedQuery
from core.result import Answer

# Each part asked its own figure: "lần lượt", "mỗi mức / loại / cấp …", "từng mức", "each",
# "respectively", "separately", "apiece".
EACH_ASKED = re.compile(
    r"\b(?:lan luot|moi (?:muc|loai|cap|nhom|ben|phan|hinh thuc)|tung (?:muc|loai|cap)|"
    r"respectively|each|separately|apiece)\b"
)
# The level right after a figure, before any other figure, bracket, comma or semicolon (a
# comma opens the next item: "mức độ 3 là 30.000 hồ sơ, mức độ 4 là …"); a run of levels is
# read as the question's are (bot/extractive/levels.py).
_AFTER = re.compile(rf"^[^\d(;,]*?{LEVEL_RUN}")
# The level right before a figure in its clause, with no other figure between them.
_BEFORE = re.compile(rf"{LEVEL_RUN}[^\d;]*$")


def figure_levels(quote: str, figure: str) -> frozenset[int]:
    """The service levels a figure's own words give it: the level run right after it, else the
    one closing the words before it in its clause (opened by a semicolon, a bracket or a full
    stop); empty when neither says one."""
    found = figure_at(quote, figure)
    if found is None:
        return frozenset()
    folded, at = found
    after = _AFTER.match(folded[at.end() :]) or _BEFORE.search(
        clause_before(folded, at.start(), BRACKET_OPENS)
    )
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
