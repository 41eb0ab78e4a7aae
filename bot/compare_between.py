"""Two parts named as "giữa A và B" / "between A and B" in a question that compares ("tỷ lệ …
giữa doanh nghiệp, tổ chức và hộ, cá nhân kinh doanh chênh nhau thế nào?", "how did the rate
differ between businesses and households?", "what's the gap between A and B?"). The word
"giữa"/"between" opens the first part and "và"/"and" closes it, however many commas it holds;
the second part runs on from "và" to the comparison, a stop word, a number asked or the
question's end. Each part's question is the question with the other part and the comparison
words left out, the part said where "giữa" stood ("… của doanh nghiệp, tổ chức", "… for
businesses").

Two places or two years between them are the comparison's sides (`bot/compare_sides.py`,
`bot/compare_years.py`), not parts; a "giữa" in a question that does not compare says who
exchanges with whom ("văn bản trao đổi giữa cơ quan nhà nước và doanh nghiệp"), not parts."""

from __future__ import annotations

import re

from bot.compare_only import GAP_ASKED
from bot.compare_parts import (
    COMPARED,
    MAX_PART,
    Part,
    compare_words,
    part_question,
    words_said,
)
from bot.stopwords import PART_STOP
from core.places import place_words
from core.query import ParsedQuery

_BETWEEN = ("giua", "between")
_AND = ("va", "and")
_ASKED = re.compile(r"^(?:bao nhieu|how many|how much)$")
# A gap asked ("what's the gap between A and B"): the question compares A and B.
_GAP = re.compile(rf"\b{GAP_ASKED}\b")
# Words that close the second part: a stop word, or a word that only compares
# ("chênh nhau", "khác nhau", "differ", "compare").
_CLOSES = re.compile(r"^(?:chenh\w*|khac|differ\w*|compare\w*|so|vs|versus|than)$")


def bare(token: str) -> str:
    """A folded word without the punctuation typed around it."""
    return token.strip(",.;:?!()\"'")


def between_parts(q: ParsedQuery, en: bool = False) -> list[Part]:
    """The two parts "giữa A và B" / "between A and B" names in a comparing question, each
    with its own question; [] when the question names none that way."""
    if not (COMPARED.search(q.folded) or _GAP.search(q.folded)):
        return []
    words = q.folded.split()
    places = place_words(words, q.provinces)
    for g, w in enumerate(words):
        if bare(w) not in _BETWEEN or w != bare(w):
            continue
        found = _spans(words, g, places)
        if found is None:
            continue
        (xs, xe), (ys, ye) = found
        drop = compare_words(words)
        # the part said where "giữa" stood, after a preposition when words come before it
        said = ("for" if en else "của") if set(range(g)) - drop else ""
        a = words_said(q, words, [(0, g), said, (xs, xe), (ye, len(words))], drop)
        b = words_said(q, words, [(0, g), said, (ys, ye), (ye, len(words))], drop)
        return [
            Part(words_said(q, words, [(xs, xe)]).strip(",.;:?!()"), part_question(a)),
            Part(words_said(q, words, [(ys, ye)]).strip(",.;:?!()"), part_question(b)),
        ]
    return []


def _listed_on(words: list[str], at: int, places: frozenset[int]) -> bool:
    """Whether the comma before `at` lists on inside the second part ("hộ, cá nhân kinh doanh
    chênh nhau"): a stop or comparison word closes it within a few words, no place before it
    ("level 4 services, which does Bình Phước offer more of?" ends the part at the comma)."""
    for i in range(at, min(len(words), at + MAX_PART - 1)):
        w = bare(words[i])
        if i in places:
            return False
        if i > at and (w in PART_STOP or _CLOSES.match(w)):
            return True
        if words[i][-1:] in ",.;:?!":
            return False
    return False


def _spans(
    words: list[str], g: int, places: frozenset[int]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(the part after "giữa", the part after "và") for a "giữa" at `g`, or None when no "và"
    closes a first part of at most `MAX_PART` words, or a part names a place or a year."""
    xs = g + 1
    xe = next(
        (i for i in range(xs + 1, min(len(words), xs + MAX_PART + 1)) if words[i] in _AND),
        None,
    )
    if xe is None or words[xe - 1].endswith((".", "?", ";", ":")):
        return None
    ys = ye = xe + 1
    while ye < len(words) and ye - ys < MAX_PART:
        w = bare(words[ye])
        if ye > ys and (w in PART_STOP or _CLOSES.match(w) or w in _AND):
            break
        if ye > ys and _ASKED.match(" ".join(bare(x) for x in words[ye : ye + 2])):
            break
        ye += 1
        if words[ye - 1].endswith(("?", ".", ";", ":")) or (
            words[ye - 1].endswith(",") and not _listed_on(words, ye, places)
        ):
            break
    if ye == ys or any(i in places for i in (*range(xs, xe), *range(ys, ye))):
        return None
    if any(re.fullmatch(r"\d{4}|\d+/\d{4}", bare(x)) for x in words[xs:xe] + words[ys:ye]):
        return None
    return (xs, xe), (ys, ye)
