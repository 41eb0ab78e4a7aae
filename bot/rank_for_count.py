"""A place in a ranking, or the places moved in it, is no count of things: "how many kiosks
does the province have" / "có bao nhiêu ki-ốt" is not answered by the 5 of "tăng 5 bậc, xếp thứ
5 cả nước" (its own words, bot/measure_asked.py, make it a rank). A count question that asks no
ranking (no rank, index or movement word at all) and whose stated figures are each a rank by
their own words becomes "not found", citing the nearest figure and saying it is a rank."""

from __future__ import annotations

import re

from bot import measure_asked
from bot.nearest import nearest_not_found, stated
from core.query import ParsedQuery
from core.result import Answer
from core.text import fold

# A count asked: "how many", "number of", "bao nhiêu", "số lượng", "tổng số"; and "mấy", read
# only in a question not in English (folded it is "may", also the English month).
_COUNT_ASKED = re.compile(r"\b(?:how many|number of|bao nhieu|so luong|tong so)\b")
_COUNT_ASKED_VI = re.compile(r"\bmay\b")
# A movement in a ranking asked ("how many notches did it climb", "tăng mấy bậc"): the places
# moved are then what is asked, and nothing is judged.
_MOVEMENT_WORDS = re.compile(
    r"\b(?:climb(?:s|ed|ing)?|rise|rises|rising|rose|risen|mov(?:e|es|ed|ing)|jump(?:s|ed|ing)?|"
    r"fall|falls|fell|fallen|drop(?:s|ped|ping)?|notch(?:es)?|steps?|gain(?:s|ed|ing)?|"
    r"slip(?:s|ped)?|tang|giam|len|xuong|tut)\b"
)
# What bot/measure_asked.py's figure_measure reads before a figure ("xếp thứ "): the sentence
# is cut that far before each place, so that place is the one it finds, with its words before.
_LOOK_BACK = 16
# Any word of a ranking or of a composite index in the question: then a rank may be what is
# asked ("bao nhiêu bậc", "how many places", "xếp thứ mấy", "PAR Index"), and nothing is judged.
_RANKING_WORDS = re.compile(
    r"\b(?:bac|hang|xep|thu may|vi tri|places?|positions?|spots?|ranks?|ranked|ranking|"
    r"index|chi so|par|sipas|papi|pci|ict|dti|nationally|ca nuoc)\b"
)


def rank_for_count(q: ParsedQuery, ans: Answer, language: str) -> Answer | None:
    """ "Not found" in place of a figure (or of candidates) answering a count question that asks
    no ranking, when each stated figure is a rank or the places moved in one by its own words
    ("xếp thứ 8", "tăng 8 bậc", "19/63"); None when the answer stands."""
    if not _count_asked(q.folded, language) or _RANKING_WORDS.search(q.folded):
        return None
    if _MOVEMENT_WORDS.search(q.folded):
        return None
    pairs = stated(ans)
    if not pairs or not all(_only_rank(c.quote, f) for f, c in pairs):
        return None
    fig, cit = pairs[0]
    text = (
        f"Not found: the reports give no such count; the nearest figure, {fig}, is a place in a "
        f"ranking [1]."
        if language == "en"
        else f"Không tìm thấy: các báo cáo không nêu số lượng này; số liệu gần nhất, {fig}, là "
        f"thứ hạng [1]."
    )
    return nearest_not_found(q, text, cit, language)


def _count_asked(folded: str, language: str) -> bool:
    """Whether a count is asked ("mấy" only in a question not in English)."""
    return bool(_COUNT_ASKED.search(folded) or (language != "en" and _COUNT_ASKED_VI.search(folded)))


def _only_rank(sentence: str, figure: str) -> bool:
    """Whether every place a figure is written in a sentence makes it a rank by its own words
    ("tăng 8 bậc, xếp thứ 8": both); False when it is not found or any place is not a rank."""
    folded = fold(sentence)
    at = list(re.finditer(rf"(?<![\d.,]){re.escape(fold(figure))}(?![\d])", folded)) if figure else []
    return bool(at) and all(
        measure_asked.figure_measure(folded[max(0, m.start() - _LOOK_BACK) :], figure) == "rank"
        for m in at
    )
