"""A question asking which of two things of one report is larger and by how much ("A nhiều
hơn B bao nhiêu?", "was A larger than B, and by how much?") that no parts table answered (the
two are said on lines apart) reaches the figure answerer, which states one figure. A figure
whose quote states no difference ("hơn", "tăng", "chênh", "more", …) is what one thing counts
(A, B or a third), not the difference asked: in bold it would read as the answer. It becomes
"not sure", listed first among the figure answerer's candidates, none bold. A difference the
report states ("nhiều hơn 16 hồ sơ") is kept."""

from __future__ import annotations

import re

from bot.compare_only import DIFFERENCE_ASKED
from bot.each_part import stated_unsure
from core.query import ParsedQuery
from core.result import Answer
from core.text import fold

# Characters between a comparative and its "than" ("more is the total cost than"): one
# clause's subject, a few words.
_APART = 60
# Two things set against each other by a comparative in the question ("A nhiều hơn B", "A
# larger than B", "A hay B"): the difference asked is between them.
_COMPARATIVE = re.compile(
    r"\b(?:nhieu|it|cao|thap|lon|nho) hon\b|\bhay\b|\bor\b|"
    r"\b(?:more|fewer|less|larger|greater|bigger|smaller|higher|lower) than\b|"
    # the comparative and "than" apart ("how much more is A than B")
    rf"\b(?:more|fewer|less|larger|greater|bigger|smaller|higher|lower)\b.{{0,{_APART}}}\bthan\b"
)
# Words by which a quote states a difference or a change, not one thing's figure ("so với"
# alone sets a share against its plan: "đạt 130% so với dự toán" states no difference).
_COMPARES = re.compile(
    r"\b(?:hon|tang|giam|chenh|gap|more|less|fewer|increase[sd]?|decrease[sd]?)\b"
)


def difference_unstated(q: ParsedQuery, ans: Answer) -> Answer | None:
    """The answer as "not sure" when it states one figure of a quote that compares nothing
    for a question asking the difference of two things; None when it stands."""
    if ans.abstained or not ans.figure or not ans.citations:
        return None
    if not (DIFFERENCE_ASKED.search(q.folded) and _COMPARATIVE.search(q.folded)):
        return None
    if not ans.text.startswith(f"**{ans.figure}**") or ans.text.count("**") != 2:
        return None  # a table, a list, or more figures given (each part's, a breakdown's)
    if _COMPARES.search(fold(ans.citations[0].quote)):
        return None
    return stated_unsure(ans)
