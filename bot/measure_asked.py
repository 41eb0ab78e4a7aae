"""What a question asks a figure to measure (a score, a rank, an amount of money; the budget's
revenue or its spending) against what the figure's own words make it: "02-05 lượt/tuần" is no
score, "12 hồ sơ" no amount of money, "xếp thứ 8" no score, "Kinh phí … được giao:
19.961.000.000 đồng" (a unit's allotted running costs) no budget revenue.

A figure's measure is read from the words written right after it (its unit: "điểm", "/100",
"đồng", "tỷ đồng", "%", "bậc", a count noun of bot/counted.py, a span of time) and, for a rank,
from the words before it ("xếp thứ"); a range's first figure ("02-05 lượt") is read with the
unit after the range. A figure with no unit is not judged: "đạt 87,38" may be a score. The
budget's revenue or spending asked is judged on the clause, what its sentence says before it
and its section: none of them saying revenue (spending) means the figure is of something
else."""

from __future__ import annotations

import re

from bot import counted, named_index
from bot.intents_types import WANTS_PERCENT
from core.text import fold

# A score asked: of a composite index (bot/named_index.py reads "điểm", "score"), or in words
# no other "điểm" has ("bao nhiêu điểm?", "điểm số"; not "bao nhiêu điểm cầu / tiếp nhận").
_SCORE_WORDS = re.compile(
    r"\b(?:scor(?:e|ed|es|ing)|out of 100|diem so|so diem|tong diem)\b"
    r"|\b(?:bao nhieu|may) diem\b(?!\s+[a-z])"
)
# A rank asked: "xếp thứ mấy", "thứ hạng", "rank", "what place", "where did it place" (active:
# "where were the desks placed" asks a location); not "vị trí việc làm", nor an event that
# "took place" somewhere.
_RANK_WORDS = re.compile(
    r"\b(?:xep (?:thu|hang)|thu hang|hang may|thu may|rank(?:ed|ing|s)?|what place|which place)\b"
    r"|\bwhere (?:did|does|do)\b[^?,;]{0,40}?\b(?<!take )(?<!took )(?<!takes )(?<!taken )"
    r"(?<!taking )placed?\b"
)
SCORE_WORDS, RANK_WORDS = _SCORE_WORDS, _RANK_WORDS  # for bot/quantities_asked.py
# Money asked by its noun right after "bao nhiêu" / "how much", or an amount's noun in an
# English "what was the … revenue / spending / budget / funding".
_MONEY_WORDS = (
    r"tien|kinh phi|ngan sach|von(?! ban)|tong thu|tong chi|thu ngan sach|chi ngan sach|"
    r"ty dong|trieu dong|dong(?! thap)|vnd"  # ("Đồng Tháp" names a province, no money)
)
_MONEY_ASKED = re.compile(
    rf"\b(?:bao nhieu|how much)\s+(?:(?:la|the)\s+)?(?:{_MONEY_WORDS}|money|funding|funds?|"
    r"revenue|spending|budget|capital)\b"
    rf"|\b(?:{_MONEY_WORDS})\b[^?]*\b(?:la|dat|duoc|uoc dat|con)?\s*bao nhieu\s*(?:\?|$)"
    r"|\b(?:what|how much)\b[^?]*\b(?:revenue|spending|expenditure|budget|funding|funds)\b"
)
# The budget's revenue and its spending, asked or said ("tổng thu", "thu nội địa", "revenue"
# reads as "thu ngân sách" once expanded; "thu" alone is also "thủ", "thư", "thứ"). A unit's
# "own revenue" (what it covers its costs from: "tự bảo đảm") is no budget revenue.
_REVENUE = re.compile(
    r"\b(?:thu ngan sach|thu nsnn|tong thu|nguon thu|thu noi dia|thu phi|thu le phi|"
    r"(?<!\bown )revenues?)\b"
)
_SPENDING = re.compile(
    r"\b(?:chi ngan sach|tong chi|chi thuong xuyen|chi dau tu|chi nsnn|spending|expenditures?)\b"
)
_SPENT_SAID = re.compile(r"\b(?:chi|kinh phi|giai ngan|su dung|cap|dau tu|von)\b")
# What a share of spending is a share of, named in its clause ("1% tổng chi ngân sách", "30%
# kinh phí", "vốn đầu tư"): a share is of its base, and the loose spending words ("cấp" is also a
# level, "cấp xã"; "sử dụng" any use) name none ("100% các xã … không có cán bộ …").
_SPENDING_BASE = re.compile(r"\b(?:ngan sach|nsnn|kinh phi|von|chi phi)\b")
# A figure's unit, folded, right after it (a range's second figure skipped: "02-05 lượt").
_RANGE = re.compile(r"^\s*(?:-|–|den|toi)\s*\d[\d.,]*")
_MONEY_UNIT = re.compile(r"^\s*(?:(?:ty|trieu|nghin|ngan)\s+)?(?:dong|vnd|d)\b|^\s*ty\b")
_SCORE_UNIT = re.compile(r"^\s*(?:/\s*100\b|diem\b|points?\b)")
_RANK_UNIT = re.compile(r"^\s*(?:/\s*63\b|bac\b|places?\b)")
_RANK_BEFORE = re.compile(r"\b(?:xep thu|xep hang|thu hang|hang thu|dung thu|ranked)\W*$")
_TIME_UNIT = re.compile(r"^\s*(?:ngay|thang|gio|phut|tuan|days?|months?|hours?|weeks?)\b")
# Measures that cannot be what is asked (a share may be a score: "Chỉ số hài lòng … 85%").
_NOT_ASKED = {
    "score": frozenset({"money", "count", "time", "rank"}),
    "rank": frozenset({"money", "count", "time", "score", "percent"}),
    "money": frozenset({"count", "time", "score", "rank"}),
}
_WORDS = {
    "score": ("a score", "điểm số"), "rank": ("a rank", "thứ hạng"),
    "money": ("an amount of money", "số tiền"), "percent": ("a percentage", "tỷ lệ phần trăm"),
    "time": ("a span of time", "khoảng thời gian"),
    "revenue": ("budget revenue", "thu ngân sách"), "spending": ("budget spending", "chi ngân sách"),
}  # fmt: skip


def asked_measure(folded: str) -> str:
    """What a (folded) question asks a figure to be: "score", "rank" or "money"; "" when none
    of them, or more than one, or a share or a count of things is asked ("bao nhiêu hồ sơ")."""
    if WANTS_PERCENT.search(folded):
        return ""
    noun = counted.asked_noun(folded)
    score = bool(_SCORE_WORDS.search(folded)) or (
        bool(named_index.asked(folded)) and named_index.asked_measure(folded) == "score"
    )
    rank = bool(_RANK_WORDS.search(folded))
    money = noun == "tien" or (not noun and bool(_MONEY_ASKED.search(folded)))
    found = [m for m, on in (("score", score), ("rank", rank), ("money", money)) if on]
    if len(found) != 1 or (noun and noun != "tien" and found[0] != "money"):
        return ""  # "bao nhiêu xã … xếp thứ": a count asked too
    return found[0]


def figure_measure(sentence: str, figure: str) -> str:
    """What a figure is by its own words ("money", "score", "rank", "percent", "time",
    "count"); "" when no unit is written with it or it is not found."""
    if figure.rstrip().endswith("%"):
        return "percent"
    found = _found(sentence, figure)
    if found is None:
        return ""
    folded, start, after = found
    before = folded[max(0, start - 16) : start]
    if after.lstrip().startswith("%"):
        return "percent"
    for measure, unit in (("money", _MONEY_UNIT), ("score", _SCORE_UNIT), ("rank", _RANK_UNIT),
                          ("time", _TIME_UNIT)):  # fmt: skip
        if unit.match(after):
            return measure
    if _RANK_BEFORE.search(before):
        return "rank"
    words = " ".join(re.sub(r"[^a-z0-9 ]+", " ", after).split()[:4])
    return "count" if _count_noun(words) else ""


def _found(sentence: str, figure: str) -> tuple[str, int, str] | None:
    """Where a figure stands in a sentence, folded: (the folded sentence, the figure's start,
    the words after it, a range's second figure skipped: "luot" for "02-05 lượt/tuần"); None
    when the figure is not found in it."""
    folded = fold(sentence)
    m = re.search(rf"(?<![\d.,]){re.escape(fold(figure))}(?![\d])", folded) if figure else None
    if m is None:
        return None
    after = folded[m.end() :]
    after = after[r.end() :] if (r := _RANGE.match(after)) else after
    return folded, m.start(), after


def _count_noun(words: str) -> str:
    """The count noun (bot/counted.py) that opens the words after a figure, money's left out;
    "" when none."""
    nouns = counted.figure_nouns(f"0 {words}", "0")
    return nouns[0] if nouns and nouns[0] != "tien" else ""


def counted_noun(sentence: str, figure: str) -> str:
    """What a figure counts, as the words written after it (folded, a range's second figure
    skipped: "luot" for "02-05 lượt/tuần"); "" when no count noun follows it."""
    found = _found(sentence, figure)
    if found is None:
        return ""
    first = re.sub(r"[^a-z0-9 ]+", " ", found[2]).split()[:4]
    return counted.noun_words(f"0 {' '.join(first)}", "0")


def budget_asked(expanded: str) -> str:
    """ "revenue" or "spending" when a question (read with its expansions: "revenue" is "thu
    ngân sách") asks one of the budget's two sides and not the other; else ""."""
    if counted.asked_noun(expanded) not in ("", "tien"):
        return ""  # "tổng số hồ sơ": a count of things asked
    revenue, spending = bool(_REVENUE.search(expanded)), bool(_SPENDING.search(expanded))
    return "revenue" if revenue and not spending else "spending" if spending and not revenue else ""


def budget_unsaid(asked: str, text: str, share: bool = False) -> bool:
    """Whether a figure's words (its clause, what its sentence says before it, its section)
    say nothing of the budget side asked: no revenue word for revenue; for spending, no word of
    spending and a revenue word instead; for a `share` of spending, no spending word and either
    a revenue word ("thu ngân sách" says "ngân sách" too) or no budget or funds it is a share of
    (`_SPENDING_BASE`)."""
    folded = fold(text)
    if asked == "revenue":
        return not _REVENUE.search(folded)
    if asked == "spending" and share:
        return not _SPENDING.search(folded) and (
            bool(_REVENUE.search(folded)) or not _SPENDING_BASE.search(folded)
        )
    if asked == "spending":
        return not _SPENDING.search(folded) and (
            bool(_REVENUE.search(folded)) or not _SPENT_SAID.search(folded)
        )
    return False


def mismatch(folded: str, sentence: str, figure: str) -> str:
    """The figure's own measure when it cannot be the one the (folded) question asks ("count"
    for a score asked); "other" for a rank asked and a figure its words make no rank; "" when
    it may be, or either side says none."""
    asked = asked_measure(folded)
    if not asked:
        return ""
    own = figure_measure(sentence, figure)
    if asked == "rank" and not own and not _near_rank_word(sentence, figure):
        # a score may stand bare ("đạt 87,38"), a rank never does: it is written with its
        # rank words ("xếp thứ 8", "27/63", "hạng 3", "tăng 4 bậc"); a bare "214" is no rank
        return "other"
    if asked == "money" and not own and not _MONEY_SAID.search(fold(sentence)):
        # an amount is written with its unit ("3.500.000.000 đồng", "2.468,135 tỷ đồng"): a
        # figure in a clause that writes no amount at all ("trên 2 ấn phẩm") is none
        return "other"
    return own if own in _NOT_ASKED[asked] else ""


# An amount of money written somewhere in a clause: a figure with its money unit after it.
_MONEY_SAID = re.compile(r"\d\s*(?:(?:ty|trieu|nghin|ngan)\s+)?(?:dong|vnd|d)\b|\d\s*ty\b")
# Words a rank is written with, right before it (wider than `_RANK_BEFORE`: only to keep a
# figure that may be a rank, never to make one).
_RANK_NEAR = re.compile(r"\b(?:thu|hang|vi tri|top|xep|dung|rank\w*|place|no)\W*$")


def _near_rank_word(sentence: str, figure: str) -> bool:
    """Whether some place of the figure in the sentence has a rank word right before it."""
    folded = fold(sentence)
    return any(
        _RANK_NEAR.search(folded[max(0, m.start() - 12) : m.start()])
        for m in re.finditer(rf"(?<![\d.,]){re.escape(fold(figure))}(?![\d])", folded)
    ) if figure else False  # fmt: skip


def measure_words(measure: str, en: bool) -> str:
    """How an answer names a measure ("a score", "điểm số"); a count as the thing it counts is
    said by the caller."""
    pair = _WORDS.get(measure)
    if pair is None:
        return "a count of something else" if en else "số đếm của thứ khác"
    return pair[0 if en else 1]
