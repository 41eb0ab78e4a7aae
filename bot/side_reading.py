"""How a comparison's question reads for each side: the side a quarter named in it belongs to
("… theo báo cáo của Bình Phước và theo báo cáo quý II/2023 của Yên Bái" dates Yên Bái's side
only, so Bình Phước's side is asked of its own report, not of a quarter that report does not
cover), and an opening sentence that only tells what the asker is doing ("Em đang làm bảng so
sánh giữa các tỉnh."), which names no topic of either side."""

from __future__ import annotations

import functools
import re

from bot.counted import count_nouns_in
from core.lexicon import read_lexicon, to_vietnamese, vietnamese_terms
from core.places import province_mentions
from core.query import ParsedQuery
from core.text import fold

# A quarter written in the question (folded): "quý III/2022", "quy 3", "Q2", "third quarter".
_QUARTER = re.compile(
    r"\b(?:quy\s+(?:iv|iii|ii|i|[1-4])|q[1-4]|quarter\s+(?:iv|iii|ii|i|[1-4])|"
    r"(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter)\b"
)
# What joins the second side on: the quarter after it is that side's, before it the first's.
_JOIN = re.compile(r"(?:\b(?:va|and|so voi|con|versus|vs|compared (?:with|to))\b|[,;])")


def quarter_owner(q: ParsedQuery) -> str | None:
    """The one province of two whose own clause names the question's one quarter ("X quý I và
    Y", "X và quý I của Y"); None when the question names another number of provinces or of
    quarters, or the quarter stands before or after both names (it dates every side)."""
    if len(q.provinces) != 2 or not q.quarter:
        return None
    found = list(_QUARTER.finditer(q.folded))
    starts = [q.folded.find(fold(p)) for p in q.provinces]
    if len(found) != 1 or min(starts) < 0:
        return None
    (first, a), (second, b) = sorted(zip(starts, q.provinces, strict=True))
    at = found[0].start()
    between_start = first + len(fold(a))
    if not between_start <= at < second:
        return None
    joins = [m.start() for m in _JOIN.finditer(q.folded, between_start, second)]
    if not joins:
        return None
    return a if at < joins[-1] else b


# A period longer than a quarter a question names ("6 tháng đầu năm", "H1", "first half",
# "9 tháng"): a figure of that period is asked too, no near miss of a quarter asked beside it.
LONGER_PERIOD = re.compile(
    r"\b(?:(?:6|sau|9|chin) thang|h[12]|(?:first|second|last) half|(?:six|6|nine|9) months)\b"
)


def side_quarter(q: ParsedQuery, provinces: tuple[str, ...]) -> int:
    """The quarter a side of the given provinces is asked of: the question's, unless another
    side's own clause names it (`quarter_owner`); 0 then (no quarter)."""
    owner = quarter_owner(q)
    return q.quarter if owner is None or owner in provinces else 0


# A sentence's end: its stop, then the next sentence ("… các tỉnh. Tổng số …"), not a figure's
# thousands point ("1.044").
_SENTENCE_END = re.compile(r"(?<=[a-z)])[.!]\s+")
# What makes a sentence more than context: it asks, or names a number, date or year.
_ASKS = re.compile(r"\?|\d|\b(?:bao nhieu|may|how many|how much|what|which|ty le|so luong)\b")
# Context is said of the asker: the sentence opens on "em / mình / tôi / I / we …".
_ASKER = re.compile(r"^(?:em|minh|toi|chung (?:toi|em|minh)|to|i|we|i'm|im)\b")


def without_context(folded: str) -> str:
    """The folded question without the sentences opening it that say what the asker does and
    ask nothing, name no province, number or date ("em dang lam bang so sanh giua cac
    tinh."); as it is when no sentence after them is left."""
    rest = folded
    while (m := _SENTENCE_END.search(rest)) is not None:
        opening = rest[: m.start()]
        if not _ASKER.match(opening) or _ASKS.search(opening) or province_mentions(opening):
            break
        if not rest[m.end() :].strip():
            break
        rest = rest[m.end() :]
    return rest


# The words of a side's clause that name nothing of its own: asking, periods, joins, weak verbs.
_NOT_OWN_WORDS = (
    "bao nhieu how many much co duoc da la con va and nam quy thang dau cuoi trong of in the "
    "is are was were did does do has have "
    # the comparison asked at the end ("— bên nào / nơi nào nhiều hơn?", "which is higher"):
    # it asks of both sides, it names nothing a side counts
    "thi ben noi nao dau nhieu hon nhat cao lon it thap which more most higher larger bigger"
)
_NOT_OWN = frozenset(_NOT_OWN_WORDS.split())
_ASK_IN = re.compile(r"\b(?:bao nhieu|how many|how much)\b")


def own_clauses(q: ParsedQuery, provinces: tuple[str, ...]) -> str | None:
    """The question as asked of one side when each province's clause asks its own figure ("X
    quý I có bao nhiêu nhiệm vụ, còn Y hoàn thành được bao nhiêu?"): what opens the question
    before the first name, then that side's clause; None when a clause asks nothing or names
    nothing of its own ("X có bao nhiêu DVC, Y bao nhiêu?": the topic is said once for both)."""
    if len(q.provinces) != 2:
        return None
    starts = sorted((q.folded.find(fold(p)), p) for p in q.provinces)
    if starts[0][0] < 0:
        return None
    ends = [starts[1][0], len(q.folded)]
    clauses = {
        p: q.folded[at + len(fold(p)) : end] for (at, p), end in zip(starts, ends, strict=True)
    }
    if not all(_ASK_IN.search(c) and _own_words(c) for c in clauses.values()):
        clauses = _contrasted(q.folded, starts) or {}
        if not clauses:
            return None
    mine = [clauses[p] for p in q.provinces if p in provinces]
    if len(mine) != 1:
        return None
    return f"{q.folded[: starts[0][0]]} {mine[0]}"


def _own_words(clause: str) -> list[str]:
    return [w for w in re.findall(r"[a-z]+", _ASK_IN.sub(" ", clause)) if w not in _NOT_OWN]


# A contrast between two sides' clauses that each say what they count: "the permits A granted
# to farms in 2021 versus the licences B revoked from shops?".
_VERSUS = re.compile(r"\b(?:vs|versus|compared (?:with|to)|so voi)\b")
# words of its own each contrasted clause says, at least: what it narrows the count to ("granted
# to farms in 2021"), not an afterthought that points back ("'s 2021 count", "thì sao")
OWN_WORDS = 3
_FILLER_WORDS = (
    "s thi sao the nao ra figure figures count one ones that those which is bigger larger more "
    "higher smaller fewer lower"
)
_FILLER = frozenset(_FILLER_WORDS.split())
# English words that name no thing of their own, only how a figure is had: a lexicon term
# written with one of them ("total", "number", "issued") is a verb or a counter, no topic.
_NO_THING = frozenset(["total", "number", "quantity", "count", "amount", "figure", "level"])


def _thing_term(folded_term: str) -> bool:
    """Whether a lexicon term names a thing: none of its English wordings is a counter
    (`_NO_THING`) or has a participle ("granted", "handing out") in it."""
    english = _english_of().get(folded_term, ())
    return bool(english) and not any(
        e in _NO_THING or re.search(r"[a-z]{2,}(?:ed|ing)\b", e) for e in english
    )


@functools.cache
def _english_of() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for t in read_lexicon():
        key = " ".join(re.sub(r"[^a-z0-9 ]+", " ", t.folded).split())
        out[key] = out.get(key, ()) + t.english
    return out


def names_thing(folded: str) -> bool:
    """Whether a folded text names a thing that can be counted: a count noun of `counted`, or a
    lexicon term of a thing (`_thing_term`), English or Vietnamese ("the post office", "hồ
    sơ"); "total issued by June" names none."""
    if count_nouns_in(folded):
        return True
    terms = [*to_vietnamese(folded), *vietnamese_terms(folded)]
    return any(_thing_term(" ".join(re.sub(r"[^a-z0-9 ]+", " ", t).split())) for t in terms)


def _contrasted(folded: str, starts: list[tuple[int, str]]) -> dict[str, str] | None:
    """Each side's clause when one contrast word stands between the two names and each side
    of it says what that side counts: the first name's clause runs to the contrast, the
    second's from it to the end (the name itself left out); None otherwise. A clause says what
    its side counts when it names a thing (`names_thing`), or, when the question names the
    thing before both names, narrows it by `OWN_WORDS` words of its own; a question that
    names no thing counted anywhere splits nothing."""
    (a_at, a), (b_at, b) = starts
    a_end = a_at + len(fold(a))
    found = list(_VERSUS.finditer(folded, a_end, b_at))
    if len(found) != 1:
        return None
    first = folded[a_end : found[0].start()]
    second = f"{folded[found[0].end() : b_at]} {folded[b_at + len(fold(b)) :]}"
    if any(len(set(_own_words(c)) - _FILLER) < OWN_WORDS for c in (first, second)):
        return None
    said_before = names_thing(folded[:a_at])
    if not all(said_before or names_thing(c) for c in (first, second)):
        return None
    return {a: first, b: second}


_HOW_MANY = re.compile(r"\bbao nhieu\b")


def one_ask(folded: str) -> str:
    """A side's question that asks "bao nhiêu" several times ("nhiệm vụ …: được giao bao nhiêu,
    xong bao nhiêu") asked once, at its end: what is counted is the topic said before the asks,
    not the word after the first one ("xong"), and the asks are the parts of that count. As it
    is when it asks once or not at all."""
    if len(_HOW_MANY.findall(folded)) < 2:
        return folded
    return " ".join(f"{_HOW_MANY.sub(' ', folded)} bao nhieu".split())


def asks_several(q: ParsedQuery, provinces: tuple[str, ...]) -> bool:
    """Whether one side's own clause (`own_clauses`) asks "bao nhiêu" several times ("X được
    giao bao nhiêu, xong bao nhiêu; Y …"): the parts of the side's count are asked too."""
    own = own_clauses(q, provinces)
    return own is not None and len(_HOW_MANY.findall(own)) >= 2
