"""Scores and ranks of the national composite indexes (PAR INDEX, SIPAS, PAPI, PCI, DTI, ICT
Index): a figure stated for one index is no answer to a question about another, nor to the same
index in another year.

The reports name several indexes in one sentence ("công bố Chỉ số hài lòng … (SIPAS 2021) và
Chỉ số Cải cách hành chính (PAR INDEX) năm 2021, tỉnh Hải Dương đạt 87.38/100 điểm"): the
figure belongs to the index named nearest to it, and holds for the year written with that
index's name. A question naming an index (and a year) that the figure's index (or year) is
not gets "not found", never the other index's score in bold."""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.text import fold

# Each index and how the reports and questions name it (folded).
INDEXES: dict[str, str] = {
    "PAR INDEX": r"par[\s-]*index|chi so (?:cai cach hanh chinh|cchc)|administrative reform index",
    "SIPAS": r"sipas|chi so hai long|satisfaction index|satisfaction (?:score|rate|level)",
    "PAPI": r"papi|chi so hieu qua quan tri|governance and public administration performance",
    "PCI": r"pci|nang luc canh tranh|competitiveness index",
    "DTI": r"dti|chi so chuyen doi so|digital transformation index",
    "ICT INDEX": r"ict[\s-]*index|san sang (?:cho )?phat trien va ung dung",
}
_NAMES = re.compile("|".join(rf"(?P<i{n}>\b(?:{p})\b)" for n, p in enumerate(INDEXES.values())))
_KEYS = list(INDEXES)
# A year written with an index's name: "SIPAS 2021", "(PAR INDEX) năm 2021".
_YEAR_AFTER = re.compile(r"^\W{0,3}(?:nam|year|of)?\W{0,2}((?:19|20)\d\d)\b")
_YEAR_BEFORE = re.compile(r"\b((?:19|20)\d\d)\W{0,3}$")


@dataclass(frozen=True)
class Named:
    """One index named in a text: which, where, and the year written with it (0: none)."""

    index: str
    start: int
    end: int
    year: int


def named(folded: str) -> list[Named]:
    """The indexes a folded text names, in order, each with the year written with it."""
    out: list[Named] = []
    for m in _NAMES.finditer(folded):
        key = _KEYS[int(next(k for k, v in m.groupdict().items() if v)[1:])]
        after = _YEAR_AFTER.match(folded[m.end() : m.end() + 12])
        before = _YEAR_BEFORE.search(folded[max(0, m.start() - 6) : m.start()])
        year = int(after.group(1)) if after else int(before.group(1)) if before else 0
        out.append(Named(key, m.start(), m.end(), year))
    return out


def asked(folded_question: str) -> set[str]:
    """The indexes a (folded) question names."""
    return {n.index for n in named(folded_question)}


def figure_index(sentence: str, figure: str) -> Named | None:
    """The index a figure in a sentence belongs to: the one named nearest to it (before or
    after, by characters between); None when the sentence names no index or lacks the
    figure."""
    folded = fold(sentence)
    m = re.search(rf"(?<![\d.,]){re.escape(fold(figure))}(?![\d])", folded) if figure else None
    if m is None:
        return None
    at, end = m.start(), m.end()
    names = named(folded)
    if not names:
        return None

    def distance(n: Named) -> int:
        return at - n.end if n.end <= at else max(0, n.start - end)

    return min(names, key=distance)


def mismatch(
    folded_question: str, years: tuple[int, ...], sentence: str, figure: str, en: bool = True
) -> str:
    """Why a figure is not the asked index's ("" when it may be): the question names an index
    and the figure belongs to another, or to the same index in a year the question does not
    ask about, or is its rank where the score is asked (or its score where the rank is). The
    reason is the figure's own index and year ("PAR INDEX 2021"), and its measure when that
    is what differs."""
    wanted = asked(folded_question)
    if not wanted:
        return ""
    own = figure_index(sentence, figure)
    if own is None:
        return ""
    label = f"{own.index} {own.year}" if own.year else own.index
    if own.index not in wanted:
        return label
    if years and own.year and own.year not in years:
        return label
    measure, theirs = asked_measure(folded_question), figure_measure(sentence, figure)
    if measure and theirs and measure != theirs:
        return f"{label} ({measure_words(theirs, en)})"
    return ""


def other_named(folded_question: str, years: tuple[int, ...], sentence: str) -> str | None:
    """For a quoted line with no figure stated: None when it names no index; "" when it names
    an index the question asks in a year it asks (or with no year); else the indexes it names
    instead ("SIPAS 2021"), the reason it is no answer."""
    wanted = asked(folded_question)
    names = named(fold(sentence))
    if not wanted or not names:
        return None
    if any(n.index in wanted and (not n.year or not years or n.year in years) for n in names):
        return ""
    # the asked index named in another year first, else the other indexes named
    own = [n for n in names if n.index in wanted] or names
    return ", ".join(dict.fromkeys(f"{n.index} {n.year}" if n.year else n.index for n in own))


# What a question asks of an index: its score ("bao nhiêu điểm", "score") or its rank ("xếp
# thứ mấy", "rank", "how many places"); one asking both is not judged. "điểm" of "thời
# điểm", "địa điểm", "trọng điểm", "điểm mạnh/yếu" is no score.
_ASKS_SCORE = re.compile(
    r"\b(?:scored?|scores|points?)\b|(?<!\bthoi )(?<!\bdia )(?<!\btrong )\bdiem\b"
    r"(?! (?:manh|yeu|moi|nghen|chuan)\b)"
)
_ASKS_RANK = re.compile(
    r"\b(?:rank\w*|xep (?:thu|hang)|thu hang|thu may|vi tri|places?|position|bac)\b"
)
# What a figure is, by the words written with it: a rank ("xếp thứ 8", "19/63", "tăng 11
# bậc") or a score ("87.38/100 điểm", "đạt 87,38 điểm").
_RANK_BEFORE = re.compile(r"\b(?:xep thu|xep hang|thu hang|hang thu|vi tri|thu|rank(?:ed)?)\W*$")
_RANK_AFTER = re.compile(r"^\s*(?:/\s*63\b|bac\b|places?\b)")
# "điểm" after a count is a score, unless it names a place ("150 điểm cầu" of a video
# conference, "điểm bán / giao dịch / phục vụ / tiếp nhận / truy cập": points of service).
_SCORE_AFTER = re.compile(
    r"^\s*(?:/\s*100\b|diem\b(?! (?:cau|ban|giao dich|phuc vu|tiep nhan|truy cap|wifi))|points?\b)"
)
# A figure followed by money or a count of things is no rank ("đã thu 900 tỷ đồng": "thu",
# collected, folds like "thứ").
_NOT_RANK_AFTER = re.compile(r"^\s*(?:ty|trieu|nghin|ngan|dong|vnd|ho so|nguoi|%)\b")
_MEASURE_WORDS = {"rank": ("a rank", "thứ hạng"), "score": ("a score", "điểm số")}


def measure_words(measure: str, en: bool) -> str:
    """How an answer names a measure of an index ("a rank", "thứ hạng")."""
    return _MEASURE_WORDS[measure][0 if en else 1]


def asked_measure(folded_question: str) -> str:
    """"score" or "rank" when a (folded) question asks only that of an index, else ""."""
    score = _ASKS_SCORE.search(folded_question) is not None
    rank = _ASKS_RANK.search(folded_question) is not None
    return "score" if score and not rank else "rank" if rank and not score else ""


def figure_measure(sentence: str, figure: str) -> str:
    """"rank" or "score" by the words written with the figure where it stands in the sentence
    (any of its places: "tăng 8 bậc, xếp thứ 8"), "" when they say neither or both."""
    folded = fold(sentence)
    found = set()
    for m in re.finditer(rf"(?<![\d.,]){re.escape(fold(figure))}(?![\d])", folded):
        before, after = folded[max(0, m.start() - 16) : m.start()], folded[m.end() : m.end() + 12]
        if _SCORE_AFTER.match(after):
            found.add("score")
        elif (_RANK_BEFORE.search(before) and not _NOT_RANK_AFTER.match(after)) or _RANK_AFTER.match(after):
            found.add("rank")
    return found.pop() if len(found) == 1 else ""
