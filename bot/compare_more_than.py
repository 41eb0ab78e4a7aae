"""A difference asked between two parts named on either side of a comparative: "A nhiều hơn B
bao nhiêu", "A thấp hơn B mấy điểm", "how many more A than B", "how much lower was A than B".
The comparative splits the question as "so với" does (`bot/compare_parts.py`), so each side is
asked its own figure; the comparison table then says the difference, worked out from the two
cited figures and marked so (`bot/compare_larger.py`)."""

from __future__ import annotations

import re

from bot.compare_sides import TIMES_VI
from bot.compare_table import Cell
from bot.part_words import bare_word
from core.text import fold

# Vietnamese comparatives said before "hơn" ("nhiều hơn", "thấp hơn").
_VI_MORE = frozenset(["nhieu", "it", "cao", "thap", "lon", "nho"])
# English comparatives a "than" closes ("more … than", "lower … than").
_EN_MORE = frozenset(
    ["more", "fewer", "less", "higher", "lower", "larger", "greater", "bigger", "smaller"]
)
# "by how much" asked after the comparative ("… mức 4 bao nhiêu", "… mấy điểm").
_VI_BY = re.compile(r"\b(bao nhieu|may)\b")
_EN_HOW = re.compile(r"\bhow (many|much)\b")
# A ratio asked between the sides or parts: "A gấp mấy lần B", "gấp khoảng bao nhiêu lần",
# "how many times larger"; a hedge word ("khoảng", "chừng", "xấp xỉ", "có") may stand before
# the number asked (`bot/compare_apart.py` says the ratio, `more_than_at` splits at it).
TIMES_ASKED = re.compile(
    rf"\b{TIMES_VI}\b|"
    r"\bhow many times (?:as|more|larger|bigger|higher|greater)\b"
)
_EITHER = frozenset(["hay", "hoac", "or"])  # "cao hơn hay thấp hơn": no second part after it
# Words read from "gấp" for a ratio asked: "gấp xấp xỉ bao nhiêu lần", the longest
# `TIMES_ASKED` says in Vietnamese (a hedge of two words, "bao nhiêu" of two).
TIMES_WORDS = 6
# How far before "than" its comparative may be ("how many more level 3 online services than").
MORE_REACH = 8
def more_than_at(words: list[str], i: int) -> int:
    """How many words at `i` set the part before against the part after in a question that asks
    by how much ("nhiều hơn" in "A nhiều hơn B bao nhiêu", "than" in "how many more A than
    B"); 0 if none."""
    if i == 0 or i + 2 >= len(words):
        return 0
    w, nxt = bare_word(words[i]), bare_word(words[i + 1])
    if w == "gap" and (m := TIMES_ASKED.match(" ".join(bare_word(x) for x in words[i : i + TIMES_WORDS]))):
        n = len(m.group(0).split())  # "A gấp khoảng mấy lần B": a ratio, the parts either side
        return n if i + n < len(words) else 0
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


# Other words that set two parts apart ("A nhiều hơn hay B nhiều hơn", "so với", "versus"):
# the parts they split are answered as any comparison's, not only from one line.
_OTHER_SPLIT = re.compile(r"\b(hay|hoac|or|so voi|versus|vs|compared)\b")


def split_by_comparative(folded: str) -> bool:
    """Whether only a comparative splits the question into its two parts (`more_than_at`)."""
    words = folded.split()
    if _OTHER_SPLIT.search(folded):
        return False
    return any(more_than_at(words, i) for i in range(len(words)))


def one_line_apart(cells: list[Cell]) -> bool:
    """Whether two parts split at a comparative are stated, each its own figure, from one line
    (a breakdown: "tiếp nhận 120 hồ sơ, đã giải quyết 95"). Parts of two lines may be figures
    of two breakdowns (an average beside a total, a desk count beside a tier's): the figure
    answerer then answers the whole question, as for any question no split reads."""
    if len(cells) != 2 or any(c.citation is None or c.doubted for c in cells):
        return False
    a, b = (c.citation for c in cells)
    if a is None or b is None or cells[0].figure == cells[1].figure:
        return False
    return (a.chunk_id, a.line_start) == (b.chunk_id, b.line_start)


# Where a question's sentences part: after "?", "." or ";" and a space.
_SENTENCE_END = re.compile(r"(?<=[?.;])\s+")


def ratio_sentence_out(text: str) -> str:
    """The question without a closing sentence of its own that asks a ratio of the parts
    before it ("… cấp huyện bao nhiêu, cấp xã bao nhiêu? Cấp huyện gấp chừng mấy lần?"): the parts are
    read from the sentences before; the text as it is when it has one sentence only."""
    sentences = _SENTENCE_END.split(text.strip())
    if len(sentences) > 1 and TIMES_ASKED.search(fold(sentences[-1])):
        return " ".join(sentences[:-1])
    return text
