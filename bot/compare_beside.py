"""The other figure a side's report states of the asked thing in the same breath as the one
its cell shows: the count a share is of ("trên 87% các nhiệm vụ (20/23 nhiệm vụ)", "41 nhiệm vụ
trong tổng số 46 nhiệm vụ, đạt 89,13 %"), the share the report gives a count ("236, đạt tỷ lệ
13,05%", "…, chiếm 40%"). The cell shows it beside its figure, under the same citation, so the
table states each figure the report gives that side, not only its first."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.compare_kind import family, levels_of, value_at
from bot.extractive.share_count import count_behind
from bot.line_figures import figures_of
from bot.stopwords import FIGURE_STOP
from core.text import fold, parse_number
from index.facts import Fact

# the share right after a count: the first percentage of the words after it
_SHARE = re.compile(r"(\d+(?:[.,]\d+)?)\s*%")
# the words between a count and its share: "tỷ lệ"/"chiếm" said, nothing else counted, no
# aside or next item between them
_SHARE_WORDS = re.compile(r"\b(?:ty le|chiem)\b")
_GAP = 50  # characters between a count and its share, at most


def beside(f: Fact, quote: str = "") -> str:
    """The figure said of the same thing beside a fact's (a share's count "20/23", a count's
    share "13,05%"), as the report writes it; "" when its clause says none. `quote`: the
    clause restored (OCR's "téng s6" read as "tổng số"), when there is one."""
    if f.kind == "percent":
        count = count_behind(quote, f.value) if quote else ""
        count = count or count_behind(f.clause, f.value)
        return count.split()[0] if count else count_before(f.clause, f.value)
    at = value_at(f)
    if at < 0 or "/" in f.value:
        return ""
    return share_after(f.clause, at + len(f.value))


def share_after(text: str, end: int) -> str:
    """The share a text gives right after a figure ending at `end` ("4.120/4.500 hộ, đạt tỷ
    lệ 91,6%", "…, chiếm 40%"), as the report writes it; "" when it gives none there."""
    tail = text[end : end + _GAP + 12]
    m = _SHARE.search(tail)
    if m is None or m.start() > _GAP:
        return ""
    gap = tail[: m.start()]
    said = fold(gap)
    if re.search(r"[;()]", gap) or re.search(r"\d", said) or not _SHARE_WORDS.search(said):
        return ""
    return f"{m.group(1)}%"


# the words between a count and the share it is given, and nothing else: ", đạt tỷ lệ ",
# ": 412, chiếm ", " chiếm tỷ lệ: " (what the share is of stands before the count)
_LINK_ONLY = re.compile(r"\s*[,:]?\s*(?:(?:dat|bang)\s+)?(?:ty le|chiem(?:\s+ty le)?)\s*:?\s*(?:la\s+)?")
# a count as the reports write it ("412", "1.236"), not part of a date, fraction or share
_COUNT_BEFORE = re.compile(r"(?<![\d/.,-])(\d{1,3}(?:\.\d{3})+|\d+)(?![\d/%])")
# words that make the number before a share a period or a level, not a count ("năm 2022, tỷ
# lệ …", "mức độ 2 chiếm …")
_NOT_COUNT = {"nam", "thang", "quy", "ngay", "muc", "do", "cap", "lan", "year", "level"}


def count_before(text: str, figure: str) -> str:
    """The count a text states right before a share `figure` with only linking words between
    ("mức độ 2 là: 412, đạt tỷ lệ 27,5%", "…: 120, chiếm 40%"), as the report writes it; ""
    when the share has no count right before it."""
    share = figure.rstrip("%").strip()
    at = text.find(share) if figure.endswith("%") and share else -1
    if at < 0:
        return ""
    window = text[max(0, at - _GAP) : at]
    counts = list(_COUNT_BEFORE.finditer(window))
    if not counts:
        return ""
    m = counts[-1]
    before = fold(window[: m.start()]).split()
    if not _LINK_ONLY.fullmatch(fold(window[m.end() :])) or (before and before[-1] in _NOT_COUNT):
        return ""
    return m.group(1)


def share_count(text: str, figure: str) -> str:
    """The count beside a share: a count out of its total its clause gives ("21/23"), else the
    count said right before the share (`count_before`); "" when there is neither."""
    behind = count_behind(text, figure).split()
    return behind[0] if behind else count_before(text, figure)


def other_levels(f: Fact, told: list[Fact]) -> list[Fact]:
    """The counts of its other service levels one sentence states with a count of one level
    and no total ("514 DVCTT mức độ 3 và 127 DVCTT mức độ 4 được tích hợp …"), `f` among them,
    in reading order; [] when it states no other level. `told`: its report's facts."""
    one = levels_of(f.level)
    if len(one) != 1 or f.kind != "count" or parse_number(f.norm) is None:
        return []
    same = [
        g for g in told
        if g.clause == f.clause and g.kind == f.kind and family(g.unit) == family(f.unit)
        and len(levels_of(g.level)) == 1 and parse_number(g.norm) is not None
        and not g.parent and not f.parent
    ]  # fmt: skip
    by_level = {next(iter(levels_of(g.level))): g for g in reversed(same)}
    if len(by_level) < 2 or by_level.get(next(iter(one))) is not f:
        return []
    return sorted(by_level.values(), key=lambda g: (g.line_start, g.span_start, value_at(g)))


# an aside that lists a figure's parts: "(trong đó: …", "(including …"
_ASIDE = re.compile(r"^\s*(?:trong do|including|of which|gom|bao gom)\b")
_FIGURE = re.compile(r"\d{1,3}(?:[.,]\d{3})+|\d{2,}")


def aside_less(words: Sequence[str], f: Fact) -> bool:
    """Whether a figure is one of the parts an aside lists right after another figure of its
    clause, and the whole's statement says more of the question's words than the part's own
    ("đã cấp 1.742 chứng thư số cho các cơ quan, tổ chức và cá nhân (trong đó: chứng thư số cá
    nhân là 1.101; …)" asked of "cơ quan, tổ chức, cá nhân"): the whole is asked, not it."""
    at = value_at(f)
    if at <= 0:
        return False
    lead = f.clause[:at]
    opened = lead.rfind("(")
    if opened < 0 or lead.rfind(")") > opened or not _ASIDE.match(fold(lead[opened + 1 :])):
        return False
    figures = list(_FIGURE.finditer(lead[:opened]))
    if not figures:
        return False
    whole = figures[-1]  # the figure right before the aside, not a date before it
    own = re.split(r"[(;:,]", lead[opened + 1 :])[-1]
    said = set(fold(lead[whole.end() : opened]).split())
    told = set(fold(own).split())
    whole_says, part_says = sum(w in said for w in words), sum(w in told for w in words)
    if whole_says != part_says:
        return whole_says > part_says
    # as much of the question said by each: the part is asked only when the question names
    # what sets it apart ("chứng thư số của tổ chức là 427" beside its whole, asked of
    # "chứng thư số" alone: the whole)
    # read as the question's words are (`FIGURE_STOP`): a word they never hold ("của", "là",
    # "tổ" read as English "to") cannot tell whether the question names the part
    own_words = {w for w in re.findall(r"[a-z]+", fold(own)) if w not in FIGURE_STOP}
    return whole_says > 0 and bool(own_words - set(words) - said.intersection(words))


# an amount of money right before the share of its plan it reached: "ước đạt 19.314 tỷ đồng;
# đạt 130% so với dự toán", "… 2.150 triệu đồng, bằng 95% kế hoạch"
_AMOUNT_SHARE = re.compile(
    r"(\d{1,3}(?:\.\d{3})*(?:,\d+)?)\s*((?:tỷ|triệu|nghìn)?\s*đồng)\s*[;,]?\s*"
    r"(?:đạt|bằng)\s*(?:tỷ lệ\s*)?(\d+(?:,\d+)?)\s*%",
    re.IGNORECASE,
)
# a question asking an amount or count besides the share ("ước đạt bao nhiêu, đạt bao nhiêu
# % dự toán"): its number words once the share's are left out
_SHARE_ASKED = re.compile(r"\b(?:bao nhieu (?:%|phan tram)|what (?:percent\w*|share))|%")
_AMOUNT_ASKED = re.compile(r"\b(bao nhieu|how much|how many|amounts?)\b")
# the share asked in a clause of its own after the things named ("income against outlay,
# with each one's % of plan", "…, và đạt bao nhiêu % dự toán", "…, and each measured
# against the target"): those named before are asked as they are (amounts), the share besides
_SHARE_CLAUSE = re.compile(
    r",\s*(?:and|va)\s+(?:\S+\s+){0,3}?(?:%|phan tram|percent\w*|ty le|"
    r"(?:against|so voi) (?:the )?(?:estimate|plan|target|du toan|ke hoach))"
)


# the rate asked of what is named right before it ("compare the loans granted and the loan
# rate", "số hồ sơ và tỷ lệ"): that thing is asked as it is (an amount), its rate besides; not
# when what comes before is a rate itself ("tỷ lệ A và tỷ lệ B": two rates). A word before
# "rate" must repeat one said before the "and" (the thing itself), not name another place
# ("Hanoi and Hue rates").
_AND_RATE = re.compile(
    r"\b(?:and|va)\s+(?:the\s+|its\s+)?(?:([a-z]+)\s+)?(?:rates?|ty le|ti le)\b"
)
_RATE_BEFORE = re.compile(r"\b(?:ty le|ti le|rates?|percent\w*|shares?|phan tram)\b|%")
_WORD = re.compile(r"[a-z]+")


def asks_amount_too(folded: str) -> bool:
    """Whether a question that asks a share asks an amount or count as well."""
    if _AMOUNT_ASKED.search(_SHARE_ASKED.sub(" ", folded)) or _SHARE_CLAUSE.search(folded):
        return True
    rate = _AND_RATE.search(folded)
    if rate is None or _RATE_BEFORE.search(folded[: rate.start()]):
        return False
    said = set(_WORD.findall(folded[: rate.start()]))
    word = rate.group(1)
    return word is None or word in said or word.rstrip("s") in said or f"{word}s" in said


def amount_before(quote: str, share: str) -> str:
    """The amount of money a quote states right before a share (`share`, "130%") of its plan
    ("56.401,923 tỷ đồng"); "" when it states none there."""
    for m in _AMOUNT_SHARE.finditer(quote):
        if f"{m.group(3)}%" == share.replace(" ", ""):
            return f"{m.group(1)} {' '.join(m.group(2).split())}"
    return ""


# An average asked besides a total ("totals and the per-unit averages", "…, bình quân mỗi đơn
# vị bao nhiêu"), and where a line gives one ("1599 DVC … (trung bình mỗi huyện có 123 …)").
_AVERAGE_ASKED = re.compile(r"\b(?:trung binh|binh quan|averages?|per[- ]unit|on average)\b")
_AVERAGE_SAID = re.compile(r"\b(?:trung bình|bình quân|trung binh|binh quan)\b", re.IGNORECASE)
_AVERAGE_GAP = 40  # characters from "trung bình" to its figure, at most


def asks_average_too(folded: str) -> bool:
    """Whether a question asks an average (per unit) besides the figure of each part."""
    return bool(_AVERAGE_ASKED.search(folded))


# An ask of a count or a total ("có bao nhiêu", "totals", "tổng số").
_TOTAL_ASKED = re.compile(r"\b(?:bao nhieu|how many|totals?|tong|number of)\b")


def asks_total_and_average(folded: str) -> bool:
    """Whether a question asks each part's total as well as its average: a count or total
    asked before the average is named ("sở và huyện có bao nhiêu thủ tục, trung bình mỗi nơi
    bao nhiêu", "totals and averages"). An average asked alone ("trung bình mỗi nơi có bao
    nhiêu …") is not: its figure is the average."""
    m = _AVERAGE_ASKED.search(folded)
    return m is not None and bool(_TOTAL_ASKED.search(folded[: m.start()]))


def total_and_average(quote: str, figure: str) -> tuple[str, str] | None:
    """(the total, the average) a line gives together ("1599 DVC … (trung bình mỗi huyện có
    123 DVC)") when `figure` is one of them: the figure right before "trung bình"/"bình quân"
    and the first right after it; None when the line gives no such pair with `figure`."""
    found = [f for f in figures_of(quote) if not f[3]]
    for m in _AVERAGE_SAID.finditer(quote):
        before = [f for f in found if f[2] <= m.start()]
        after = [f for f in found if f[1] >= m.end() and f[1] - m.end() <= _AVERAGE_GAP]
        if before and after and figure in (before[-1][0], after[0][0]):
            return before[-1][0], after[0][0]
    return None
