"""A difference asked between two parts named on either side of a comparative: "A nhiều hơn B
bao nhiêu", "A thấp hơn B mấy điểm", "how many more A than B", "how much lower was A than B".
The comparative splits the question as "so với" does (`bot/compare_parts.py`), so each side is
asked its own figure; the comparison table then says the difference, worked out from the two
cited figures and marked so (`bot/compare_larger.py`)."""

from __future__ import annotations

import re

from bot.part_words import bare_word

# Vietnamese comparatives said before "hơn" ("nhiều hơn", "thấp hơn").
_VI_MORE = frozenset(["nhieu", "it", "cao", "thap", "lon", "nho"])
# English comparatives a "than" closes ("more … than", "lower … than").
_EN_MORE = frozenset(
    ["more", "fewer", "less", "higher", "lower", "larger", "greater", "bigger", "smaller"]
)
# "by how much" asked after the comparative ("… mức 4 bao nhiêu", "… mấy điểm").
_VI_BY = re.compile(r"\b(bao nhieu|may)\b")
_EN_HOW = re.compile(r"\bhow (many|much)\b")
_EITHER = frozenset(["hay", "hoac", "or"])  # "cao hơn hay thấp hơn": no second part after it
# How far before "than" its comparative may be ("how many more level 3 online services than").
MORE_REACH = 8
# A difference asked, whatever splits the parts: "chênh lệch", "difference", "how many more",
# "A nhiều hơn B bao nhiêu" (the comparative before the number asked).
DIFFERENCE_ASKED = re.compile(
    r"\b(chenh (?:lech|nhau)|difference|differ by|by how (?:many|much)|"
    r"how (?:many|much) (?:more|fewer|less|higher|lower|larger|greater|bigger|smaller)|"
    r"(?:nhieu|it|cao|thap|lon|nho) hon\b.*\b(?:bao nhieu|may)(?! lan))\b"
)


def more_than_at(words: list[str], i: int) -> int:
    """How many words at `i` set the part before against the part after in a question that asks
    by how much ("nhiều hơn" in "A nhiều hơn B bao nhiêu", "than" in "how many more A than
    B"); 0 if none."""
    if i == 0 or i + 2 >= len(words):
        return 0
    w, nxt = bare_word(words[i]), bare_word(words[i + 1])
    if w in _VI_MORE and nxt == "hon":
        after = " ".join(bare_word(x) for x in words[i + 3 :])
        if bare_word(words[i + 2]) in _EITHER or _VI_BY.match(bare_word(words[i + 2])):
            return 0  # "cao hơn hay …", "nhiều hơn bao nhiêu" (no part after the comparative)
        return 2 if _VI_BY.search(after) else 0
    if w == "than" and nxt not in _EITHER:
        before = [bare_word(x) for x in words[max(0, i - MORE_REACH) : i]]
        if any(b in _EN_MORE for b in before) and _EN_HOW.search(" ".join(words[:i])):
            return 1
    return 0
