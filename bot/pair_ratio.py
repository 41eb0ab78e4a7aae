"""One share asked of a pair: "X so với Y đạt tỷ lệ bao nhiêu", "X so với Y bằng bao nhiêu %",
"X compared to Y, what percentage", "X as a share of Y", "ratio of X to Y". The question asks
one percentage (X over Y), which the report states or not, never two sides side by side: the
parts answerer leaves it to the figure answerer (`bot/compare_parts_answer.py`)."""

from __future__ import annotations

import re

from bot.stopwords import FIGURE_STOP
from core.result import Answer
from core.text import fold

# The pair's contrast, after which the share is asked.
_AGAINST = re.compile(r"\b(so voi|compared (?:with|to)|relative to|against)\b")
# A share asked of the pair, said after the contrast ("… đạt tỷ lệ bao nhiêu", "bằng bao nhiêu
# %", "what percentage").
_SHARE_ASKED = re.compile(r"\b(?:ty le|ti le|phan tram|percent\w*|proportion|share|ratio)\b|%")
# The share said of the pair itself, with no contrast word: "X as a share of Y", "ratio of X to Y".
_SHARE_OF = re.compile(
    r"\bas an? (?:share|percentage|proportion|fraction|percent) of\b|"
    r"\b(?:ratio|ty so|ti so) (?:of|giua)\b.+\b(?:to|va|so voi)\b"
)
# Words that ask the sides apart (which is larger, by how much, each one's figure): a comparison.
_SIDES_ASKED = re.compile(
    r"\b(so sanh|compare|comparing|chenh\w*|khac nhau|\w+ hon|more|fewer|less|higher|lower|"
    r"bigger|smaller|larger|greater|differen\w*|moi (?:ben|loai|phan)|each|respectively|"
    r"lan luot|gap (?:bao nhieu|may) lan|how many times)\b"
)
SIDE_SHARE_WORDS = (
    2  # a share word this close after the contrast heads the second side ("so với tỷ lệ …")
)


def asks_pair_ratio(folded: str) -> bool:
    """Whether a question asks one share of a pair (X over Y), not the two sides."""
    if _SIDES_ASKED.search(folded):
        return False
    if _SHARE_OF.search(folded):
        return True
    against = _AGAINST.search(folded)
    if against is None or _SHARE_ASKED.search(folded[: against.start()]):
        return False  # "tỷ lệ A so với tỷ lệ B": two shares side by side
    after = folded[against.end() :].split()
    head = " ".join(after[:SIDE_SHARE_WORDS])
    return not _SHARE_ASKED.search(head) and bool(_SHARE_ASKED.search(" ".join(after)))


def pair_share_said(ans: Answer, first: str) -> bool:
    """Whether the figure answerer's answer to the whole question states, in bold, a share
    whose cited line says every word of the pair's first thing ("kinh phí đã sử dụng"): the
    share of that thing. Else the pair is read as today (its parts' table, which shows a part
    not found or doubted as such): a share of something else is never given in bold."""
    if ans.abstained or not ans.figure or not ans.citations:
        return False
    if "%" not in ans.figure:
        return False
    said = set(fold(ans.citations[0].quote).split())
    own = [w for w in fold(first).split() if w not in FIGURE_STOP]
    return bool(own) and all(w in said for w in own)
