"""Two parts of one report side by side: "mức độ 3 và mức độ 4, loại nào nhiều hơn?",
"tiếp nhận bao nhiêu hồ sơ và đã giải quyết bao nhiêu?", "businesses or households?",
"resolved versus still being processed". The question names one place and period but two things
to count; each part becomes its own one-figure question ("… mức độ 4 …"), which the figure
answerer answers with its own confidence, and the two answers are set side by side in the
comparison table (bot/compare_table.py). A part the figure answerer is not sure of, or finds no
figure for, reads "not found" for that part: never a figure it doubts, in bold.

The parts are found by the shape of the question, not by a list of topics: a contrast word
("hay", "or", "versus", "so với", "compare … with") or a second thing asked ("… và bao nhiêu …",
"số … và số …", a head word said again: "kinh phí tự chủ và kinh phí không tự chủ") splits it;
the part after the split runs to the next stop ("là", "ở", "?", …) or, a head said again, for as
many words as the part before it; the part before it starts at that head word, or runs back to
the place name, the word that asks the number, or a comma. A plain "và" splits a thing from its
negation ("tự chủ và không tự chủ"), and weakly (`parts_of(weak=True)`: kept when one line gives
each part its own figure) a head from that head said again ("mức 3 và mức 4")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.compare_clauses import OPENERS as _OPENERS
from bot.compare_clauses import WEAK_END as _WEAK_END
from bot.compare_clauses import clause_end, each_clause, family_lead, insert_after, past_years
from bot.compare_clauses import clause_start as _clause_start
from bot.compare_clauses import each_asks as _each_asks
from bot.compare_clauses import ends_clause as _ends_clause
from bot.compare_more_than import more_than_at
from bot.compare_only import COMPARE_ONLY, compare_words
from bot.compare_scope import scope_first
from bot.compare_stands import stands_for
from bot.extractive.whole_asked import COMPARED, EACH, SUMMED, sums_parts
from bot.part_asks import ASKS, COUNT_ASKED, SAID_ASK, STRONG_ASK, ask_at
from bot.part_own_head import asks_own, lent_lead
from bot.part_qualifier import own_qualifiers, with_rival
from bot.part_words import NEGATION as _NEGATION
from bot.part_words import (
    alike_cut,
    dated_aside,
    differs_at,
    distributive,
    more_noun,
    owned_end,
    parallel_end,
    qualified,
    shared_head,
    words_said,
)
from bot.part_words import bare_word as _bare
from bot.part_words import negated as _negated
from bot.part_words import part_label as _label
from bot.part_words import said_again as _said_again
from bot.part_words import shared_after as _shared_after
from bot.stopwords import PART_STOP as _STOP
from bot.stopwords import measured_against
from core.places import place_words
from core.query import ParsedQuery, parse_query, terms_named
from core.text import fold

# Words that split a question into two things compared, whatever else it says.
_CONTRAST = ("versus", "vs", "vs.", "so voi", "compared with", "compared to", "gap bao nhieu lan",
             "gap may lan")  # fmt: skip
# "hay", "or": a contrast in a question that compares ("… nhiều hơn hay …", "which … more, A or
# B"), else one thing of either name ("cổng hoặc trang thông tin điện tử", "in person or by post")
_EITHER = ("hay", "hoac", "or", "hay la")
_COMPARE_WITH = re.compile(r"\b(so sanh|compare[sd]?)\b")  # "compare A with B", "so sánh A với B"
# "A cao hơn hay thấp hơn B", "is A higher or lower than B": the two comparatives are one
# contrast between the parts (not "hay" splitting "A cao hơn" from "thấp hơn B").
_VI_MORE = r"(?:cao|thap|nhieu|it|lon|nho) hon"
_EN_MORE = r"(?:high|low|fewer|less|more|larg|small)\w*"
_EITHER_WAY = re.compile(rf"{_VI_MORE} (?:hay|hoac) {_VI_MORE}|{_EN_MORE} or {_EN_MORE} than")
_AND = ("va", "and")
# A comparison, or each of two things asked its own figure ("lần lượt", "respectively"): "và"
# between two parts then sets them apart.
_APART = re.compile(COMPARED.pattern + r"|\b(lan luot|respectively|moi (?:ben|phan))\b")
MAX_PART = 6  # words of one part
# Words on from a comma within which a second "bao nhiêu" asks its own clause's number: a label
# of MAX_PART words and the "thì là" before the ask ("…, còn số hồ sơ đã trả thì là bao nhiêu").
ASK_REACH = MAX_PART + 2
STRAY = 3  # … but a part it cuts this few words before its clause's end takes them ("bưu | chính")
CLOSING = 4  # words closing the question that may name a term of the part before them
# Words that name a period ("in the first quarter", "quý I", "năm 2024"): no part's own term.
_PERIOD = re.compile(r"\d|\b(quarter|month|year|half|quy|thang|nam|dau nam|cuoi nam)\b")
HEAD_WINDOW = 16  # how far back before the split a part's head word said again is looked for


@dataclass(frozen=True)
class Part:
    """One thing compared: its words as the question says them, and the question of it alone."""

    label: str
    query: ParsedQuery


def _split_at(words: list[str], compares: bool) -> list[tuple[int, int, bool]]:
    """Where the question may split: (start, length, a contrast word) of each splitting word,
    in order; a comma splits only before a second "bao nhiêu"/"how many"."""
    out = []
    for i, w in enumerate(words):
        for n in (5, 4):  # "cao hơn hay thấp hơn", "more or fewer than"
            if i > 0 and _EITHER_WAY.fullmatch(" ".join(_bare(x) for x in words[i : i + n])):
                out.append((i, n, True))
        for c in (*_CONTRAST, *_EITHER):
            n = len(c.split())
            against = c in _CONTRAST and measured_against(words[i + n : i + n + 3], words[i - 1])
            if tuple(words[i : i + n]) == tuple(c.split()) and i > 0 and not against:
                out.append((i, n, c in _CONTRAST or compares))
        if w in _AND and i > 0:
            out.append((i, 1, False))
        if i > 0 and (n := differs_at(words, i) or more_than_at(words, i)):
            out.append((i, n, True))  # "khác với", "A nhiều hơn B bao nhiêu"
        with_ = w in ("with", "voi") and not measured_against(words[i + 1 : i + 4])
        if with_ and i > 0 and _COMPARE_WITH.search(" ".join(words[:i])):
            out.append((i, 1, True))
        # "bao nhiêu DVC mức 3, bao nhiêu mức 4": a second number asked after a comma (one
        # asked only after it is the question's one: "trong quý III, how many …")
        if i > 0 and _ends_clause(words[i - 1]) and _second_ask(words, i):
            out.append((i, 0, False))
    return out


def _second_ask(words: list[str], i: int) -> bool:
    """Whether the clause after a comma at `i` asks a second number: "bao nhiêu DVC mức 3, bao
    nhiêu mức 4" (one asked only after it is the question's one: "trong quý III, how many …"),
    or "dự toán bao nhiêu, giải ngân bao nhiêu" (each clause asks its own at its end)."""
    if ask_at(words, i) >= 2:
        return any(ask_at(words, k) >= 2 for k in range(i - 1))
    # "…, còn tiếp nhận … bao nhiêu", "…, while …": the word that opens the contrast is no
    # word of the part after it
    opener = int(_bare(words[i]) in _OPENERS)
    end = min(len(words), i + opener + ASK_REACH + 1)
    # the clause before asks its own ("tiếp nhận bao nhiêu hồ sơ qua bưu điện, đã giải quyết
    # bao nhiêu"): "bao nhiêu" at most a part's words before the comma, in that clause
    start = max(0, i - 1 - MAX_PART)
    before = [k for k in range(start, i - 1) if not any(map(_ends_clause, words[k : i - 1]))]
    return (
        i > 1
        and any(ask_at(words, k) >= 2 for k in before)
        and any(ask_at(words, k) >= 2 for k in range(i + 1, end))
    )


def _after(
    words: list[str], at: int, limit: int | None, places: frozenset[int] = frozenset()
) -> tuple[int, int, int]:
    """The part after the split: (start, end) of its words in `words` (the ask words before
    it left out, a place named after it not its own), and how many of them negate ("không tự
    chủ")."""
    start = at + stands_for(words, at)
    while start < len(words) and (n := ask_at(words, start)):
        start += n
    if (end := owned_end(words, at, start, MAX_PART)) is not None:  # "and its … exceeded"
        return start, end, sum(_bare(w) in _NEGATION for w in words[start:end])
    end = start
    while end < len(words) and end - start < (limit or MAX_PART):
        w = _bare(words[end])
        if end > start and (w in _STOP or end in places or ask_at(words, end) >= 2 or _ends_clause(w) or EACH.match(" ".join(words[end : end + 4]))):  # fmt: skip
            break
        if end > start and dated_aside(words, end):
            break  # "… level 4 services (Dec 2021 - Jun 2022)": an aside dates both parts
        end += 1
        if _ends_clause(words[end - 1]) and not _listed_on(words, end):
            break
    if limit is None and end - start == MAX_PART:
        end = _clause_rest(words, end, places)
    while end > start + 1 and _bare(words[end - 1]) in _WEAK_END:
        end -= 1
    negations = sum(_bare(w) in _NEGATION for w in words[start:end])
    return start, end, negations


def _clause_rest(words: list[str], end: int, places: frozenset[int]) -> int:
    """Where a part the word limit ends at `end` ends: at its clause's end, or at the number its
    clause asks ("… sở ngành địa | phương đăng bao nhiêu tin"), when that is at most `STRAY`
    plain words on (no stop word, place or year), else at `end`."""
    k = end
    while k < len(words) and k - end < STRAY:
        w = _bare(words[k])
        if k > end and ask_at(words, k) >= 2:
            return k
        if w in _STOP or k in places or ask_at(words, k) or re.fullmatch(r"\d+", w):
            return end
        k += 1
        if _ends_clause(words[k - 1]):
            return k
    return k if k == len(words) else end


def _listed_on(words: list[str], at: int) -> bool:
    """Whether a comma before `at` lists on to the question's end ("xã nộp trực tuyến so với
    phường, thị trấn nộp giấy?"): a few words, none a stop word, a comparison or a number asked."""
    rest = words[at:]
    if not words[at - 1].endswith(",") or not 0 < len(rest) <= MAX_PART:
        return False
    tail = " ".join(rest)
    if any(_bare(w) in _STOP or ask_at(rest, i) for i, w in enumerate(rest)):
        return False
    return not (COMPARED.search(tail) or COMPARE_ONLY.search(tail))


_MORE_WORDS = ("nhieu", "hon", "more", "it", "cao", "thap")  # no part before the split ends on


def _before(words: list[str], at: int, places: frozenset[int], size: int) -> tuple[int, int]:
    """The part before the split when no head word is said again: (start, end) running back
    from the split (a comparison word before it dropped) to a place name, a word that asks the
    number, a stop word or a comma, at most `size` words."""
    end = at
    while end > 0 and (_bare(words[end - 1]) in _MORE_WORDS
                       or re.fullmatch(r"\d{4}", _bare(words[end - 1]))):  # fmt: skip
        end -= 1  # "… revenue in 2022 with …": the year dates both parts
        if end > 0 and _bare(words[end - 1]) in ("in", "nam", "trong"):
            end -= 1
    start = end
    while start > 0 and end - start < size:
        w = words[start - 1]
        # ("…, or early, and how many …": the comma before a split that asks again ends no part)
        if _ends_clause(w) and (start < at or ask_at(words, at + 1) < 2) or start - 1 in places:
            break
        if _bare(w) in _STOP and start < end:
            break
        if ask_at(words, start - 1) or (start >= 2 and ask_at(words, start - 2) >= 2):
            break
        start -= 1
    return start, end


def part_question(text: str) -> ParsedQuery:
    """One part's question, a number asked for."""
    said = re.sub(r"\s+", " ", text).strip(" ,;")
    if not SAID_ASK.search(fold(said, repair=False)):  # "Số văn bản …": asked, not in words
        said = said.rstrip("?.") + " là bao nhiêu"
    return parse_query(said)


def _but_as_comma(words: list[str]) -> list[str]:
    """The question's words, a "mà" (but) right after a number asked and before a second one
    read as a comma ("được giao bao nhiêu mà có mặt bao nhiêu": each clause asks its own)."""
    asks = [i for i in range(len(words)) if ask_at(words, i) >= 2]
    at = next((i for i in range(2, len(words)) if words[i] == "ma" and i - 2 in asks), 0)
    return (
        [*words[: at - 1], f"{words[at - 1]},", *words[at + 1 :]] if at and asks[-1] > at else words
    )


def parts_of(q: ParsedQuery, en: bool = False, weak: bool = False) -> list[Part]:
    """The two parts a question sets side by side, each with its own question; [] when it asks
    of one thing (or of two places or periods: `bot/compare_sides.py`). `en`: English (a number
    asked in its words). `weak`: a plain "và"/"and" before a head said again splits too ("số
    DVC mức 3 và mức 4 là bao nhiêu": kept only when one line gives each part its own)."""
    words = _but_as_comma(q.folded.split())
    places = place_words(words, q.provinces)
    for at, n, contrast in scope_first(words, _split_at(words, bool(COMPARED.search(q.folded)))):
        spans = _spans(q, words, at, n, contrast, places, weak)
        if spans is None:
            continue
        (xs, xe), (ys, ye), tail = spans
        if (xs > 0 and ys + 1 < ye and _bare(words[ys]) == _bare(words[xs - 1]) in _STOP
                and not _opens_term(words, ys)):  # fmt: skip
            ys += 1  # "for businesses vs for households": the word before both said once
        drop = compare_words(words)
        xe, ye, tail = qualified(words, (xs, xe), (ys, ye), tail, drop)  # "A có máy chủ vs B"
        # no number asked but by the comparison ("… loại nào nhiều hơn?"): the count of the thing
        # named before the parts, said before it ("bao nhiêu DVC mức 3", not "DVC mức 3 bao nhiêu")
        kept = " ".join(w for i, w in enumerate(words) if i not in drop)
        k = more_noun(words, xs) if en else _clause_start(words, xs, places)
        ask: list[tuple[int, int] | str] = [] if ASKS.search(kept) else [COUNT_ASKED[en]]
        a = [(0, k), *ask, (k, at), (tail, len(words))]
        xs0, xs = xs, family_lead(words, xs, xe, ys, ye)  # "dossiers online vs by post": both count it
        lent = lent_lead(words, k, (xs, xe), (ys, ye))  # a part after with its own head: no lead
        b = [(0, k), *ask, (k, lent), (ys, ye), (xe, at), (tail, len(words))]
        if n == 0 and ask_at(words, at) < 2:  # "dự toán bao nhiêu, giải ngân bao nhiêu?"
            a, b, k, xs, xe = each_clause(words, (xs, xe), (ys, ye), at, places)
        elif n and _ends_clause(words[at - 1]) and ask_at(words, at + n) >= 2:
            # "…, how many were done on time, and how many were not yet due?": each clause whole
            xs = k = _clause_start(words, xs, places)
            a, b = [(0, at)], [(0, k), (at + n, len(words))]
            while xs < at and (asked := ask_at(words, xs)):
                xs += asked  # the label: what is counted, not "how many"
        elif _bare(words[at]) in _AND and _asks_after(words, at, ye) and _both_name(words, xe, ye):
            a, b, k, xs = _each_asks(words, xs, at, places)
        head = None if asks_own(words, at, ys) else shared_head(words, xs, xe, ys, ye)
        if shared := _shared_after(words, xs, xe, ys, ye) or head:
            insert_after(a, (k, at), (shared, ye))  # "autonomous [budgets] and non-…", "individual [certs] vs …"
            xe_label: list[tuple[int, int] | str] = [(xs, xe), (shared, ye)]
        else:
            xe_label = [(xs, xe)]
        inside = [i for i in range(xs, xe) if i in places]  # "số hồ sơ Hà Tĩnh tiếp nhận …"
        if inside:  # the place named inside the part before names both parts' place
            insert_after(b, (ys, ye), (inside[0], inside[-1] + 1))
        xe_label = [_unasked(words, *xe_label[0]), *xe_label[1:]]
        x_label = words_said(q, words, xe_label, drop | frozenset(inside))  # ("compare" left out)
        # "… ở cấp huyện và … ở cấp xã": a trailing qualifier of the second part's alone
        x_only, y_only = own_qualifiers(words, (xs, xe), at, (ys, ye))
        y_said: list[tuple[int, int] | str] = [_unasked(words, ys, ye)]
        y_said += [(min(y_only), max(y_only) + 1)] if y_only else []
        b, swapped = with_rival(words, b, (xs0, xe), (ys, ye), y_only)  # "tổng cấp xã": of what
        y_label = words_said(q, words, swapped or y_said, drop)
        return [
            Part(_label(x_label), part_question(words_said(q, words, a, drop | y_only))),
            Part(_label(y_label), part_question(words_said(q, words, b, drop | x_only))),
        ]
    return []


def _both_name(words: list[str], xe: int, ye: int) -> bool:
    """Whether both clauses name what they count after their asking words ("… bao nhiêu đơn
    và … bao nhiêu đơn"): said whole in each part; one said once is lent to the other."""
    while ye < len(words) and _bare(words[ye]) in _WEAK_END:
        ye += 1  # "… đã xử lý được bao nhiêu"
    return ask_at(words, xe) >= 2 and ye + ask_at(words, ye) < len(words)


def _unasked(words: list[str], start: int, end: int) -> tuple[int, int]:
    """A part's label span cut before a number asked inside it ("cấp tỉnh bao nhiêu dịch vụ"
    labels "cấp tỉnh": the asking words and the unit after them are what both parts ask, not
    what sets this one apart); after it when a clause ends before it ("…: bao nhiêu công chức
    lãnh đạo" labels "công chức lãnh đạo"); the span as it is when the asking opens it."""
    cut = next((i for i in range(start + 1, end) if ask_at(words, i) >= 2), end)
    if cut < end and any(_ends_clause(w) for w in words[start:cut]):
        return min(cut + ask_at(words, cut), end), end
    return start, cut


def _opens_term(words: list[str], i: int) -> bool:
    """Whether the word at `i` opens a term with the word after it ("in person" names "trực
    tiếp", "by post" "bưu chính", which "person" and "post" alone do not): no mere preposition
    before the part, then, but a word of it."""
    pair = " ".join(_bare(w) for w in words[i : i + 2])
    return bool(terms_named(pair) - terms_named(_bare(words[i + 1])))


def _spans(
    q: ParsedQuery, words: list[str], at: int, n: int, contrast: bool, places: frozenset[int],
    weak: bool = False,
) -> tuple[tuple[int, int], tuple[int, int], int] | None:  # fmt: skip
    """(the part before, the part after, where the rest of the question starts) for a split
    at `at`, or None when the words there do not set two things apart (`weak`: a plain "và"
    between a head and that head said again may: "mức 3 và mức 4")."""
    right = at + n
    ys, ye, negations = _after(words, right, None, places)
    if ys >= ye or any(i in places or re.fullmatch(r"\d{4}", _bare(words[i]))
                       for i in range(ys, ye)):  # fmt: skip
        return None
    opens_asking = ys > right and ask_at(words, right) >= 2
    asked_again = (ys > right and _bare(words[right]) in STRONG_ASK) or _asks_after(words, at, ye)
    asked_again = asked_again or (n == 0 and _clause_asks(words, at))
    found, head_sums, said_again = _head_before(q, words, at, ys), False, 0
    if found is not None:
        xs, xe = found
        if opens_asking:  # "how many X were assigned and how many X were present?": all of it
            ye = clause_end(words, ys, 2 * MAX_PART)
        elif xe - xs > MAX_PART:  # the head said far before: the words both parts say
            xe, ye = alike_cut(words, (xs, xe), (ys, ye))
        elif owned_end(words, right, ys, MAX_PART) is None:  # (one read to its verb stays)
            ys, ye, negations = _after(words, right, xe - xs + 1, places)
            # a word more than the part before is the rest's, unless it is the noun the part
            # before ends on ("among businesses and among household businesses")
            # ("… đã giải quyết của <tỉnh>": a part that ends where a stop word or the place
            # follows is whole)
            whole = ye == len(words) or _bare(words[ye]) in _STOP or ye in places
            if (ye - ys > xe - xs and not negations and not whole
                    and _bare(words[ye - 1]) != _bare(words[xe - 1])):  # fmt: skip
                ye -= 1
        premodified = q.text.isascii()  # English (or typed without marks): "level 2 clinics"
        xe = parallel_end(words, (xs, xe), (ys, ye), places, MAX_PART, premodified)
        said_again = _said_again(words, xs, ys)
        strong = contrast or asked_again or said_again >= 2 or bool(_APART.search(q.folded))
        # "tổng thu và tổng chi": the summing word said again opens each part, summing neither
        head_sums = bool(SUMMED.fullmatch(_bare(words[ys])))
        strong = strong or head_sums
    else:
        xs, xe = _tail_before(words, at, ys, ye, negations, places) or _before_ask(
            words, at, n, ye, places
        )
        strong = contrast or asked_again or bool(_APART.search(q.folded))
    # "tự chủ và không tự chủ": a thing and its negation are two parts, never one figure
    strong = strong or _negated(words, xs, xe, ys, ye)
    # "tổng thu bao nhiêu, còn chi … bao nhiêu": a number asked in each clause asks no sum
    summed = sums_parts(q.folded, contrast, head_sums) and not asked_again
    # weak: "mức 3 và mức 4" (a head said again), "tiêm và xét nghiệm" (`_joined_from`)
    xs, joined = _joined_from(words, at, (xs, xe), (ys, ye)) if weak and found is None else (xs, False)
    if xs >= xe or not (strong or weak and (said_again >= 1 or joined)) or summed:
        return None
    # a place in the part before: two places are the sides, not parts; one place named inside
    # a part ("số hồ sơ Hà Tĩnh tiếp nhận qua BCCI và số hồ sơ trả qua BCCI") both parts' place
    inside = [i for i in range(xs, xe) if i in places]
    if inside and (xs in places or len(q.provinces) != 1 or xe - xs - len(inside) > MAX_PART):
        return None
    if contrast:
        ye = _closing_term(words, ye, places)
    return (xs, xe), (ys, ye), ye


def _joined_from(words: list[str], at: int, x: tuple[int, int], y: tuple[int, int]) -> tuple[int, bool]:
    """Where the part before starts, and whether a plain "và" joins two short things ("tiêm
    và xét nghiệm", kept only when each has a line of its own), past the years opening it
    ("năm 2024 | tiêm và xét nghiệm": the year dates both)."""
    if _bare(words[at]) != "va" or y[1] - y[0] > MAX_PART + STRAY or words[x[0] - 1].endswith(","):
        return x[0], False  # English "and", or the last two of a list ("A, B và C"): no split
    return past_years(words, *x), True


def _clause_asks(words: list[str], at: int) -> bool:
    """Whether the clause a comma at `at` opens asks its own number after one asked before it
    ("…, đã xong bao nhiêu?"; not "mức 3, 4 …", a list of levels)."""
    asks = [ask_at(words, i) >= 2 for i in range(clause_end(words, at, len(words)))]
    return not re.fullmatch(r"\d+", _bare(words[at])) and any(asks[:at]) and any(asks[at:])


def _closing_term(words: list[str], ye: int, places: frozenset[int]) -> int:
    """Where the part after a contrast word ends when the few words closing the question
    after it, opening on a stop word, name a term of their own ("entirely versus only in
    part?": "in part" says "một phần"): at the question's end; else at `ye`. Those words are
    that part's, not the rest both parts share."""
    rest = [_bare(w) for w in words[ye:]]
    if not 1 <= len(rest) <= CLOSING or rest[0] not in _STOP:
        return ye
    said = " ".join(rest)
    if any(i in places for i in range(ye, len(words))) or _PERIOD.search(said):
        return ye  # a place or a period closing the question dates or places both parts
    if SAID_ASK.search(said) or COMPARED.search(said) or not terms_named(said):
        return ye
    return len(words)


def _asks_after(words: list[str], at: int, ye: int) -> bool:
    """Whether the part after the split asks a second number ("tiếp nhận bao nhiêu hồ sơ và
    đã giải quyết được bao nhiêu"; one asked only after it is the question's one)."""
    k = ye
    while k < len(words) and _bare(words[k]) in _WEAK_END:
        k += 1
    again = k < len(words) and ask_at(words, k) >= 2
    return again and any(ask_at(words, i) >= 2 for i in range(at))


def _head_before(q: ParsedQuery, words: list[str], at: int, ys: int) -> tuple[int, int] | None:
    """The part before the split when the part after opens with a word said before it ("mức độ
    3 và mức độ 4"): from that word to the split, comparison words at its end dropped. A stop
    word ("trong số … và trong số …") counts only with the word after it said again too."""
    head = _bare(words[ys])
    if len(head) < 2:
        return None
    for j in range(at - 1, max(-1, at - 1 - HEAD_WINDOW), -1):
        said_on = ys + 1 < len(words) and words[j + 1] == words[ys + 1]
        if head in _STOP and not distributive(q, words, ys) and not said_on:
            continue
        if _bare(words[j]) == head:
            end = at
            while end > j + 1 and _bare(words[end - 1]) in ("nhieu", "hon", "more", "it"):
                end -= 1
            return j, end
    return None


def _tail_before(
    words: list[str], at: int, ys: int, ye: int, negations: int, places: frozenset[int]
) -> tuple[int, int] | None:
    """The part before when both end on one word: "tự chủ và không tự chủ" (the part after,
    its negation left out), "the total budget revenue or the domestic revenue" (read back to
    the article, the place or the comma)."""
    end = at
    while end > 0 and _bare(words[end - 1]) in ("nhieu", "hon", "more"):
        end -= 1
    if end == 0 or ye - ys < 2 or _bare(words[end - 1]) != _bare(words[ye - 1]):
        return None
    if negations:
        return max(0, end - (ye - ys - negations)), end
    return _before(words, end, places, ye - ys + 1)


def _before_ask(
    words: list[str], at: int, n: int, ye: int, places: frozenset[int]
) -> tuple[int, int]:
    """The part before, read back from the split; when the part after asks its own number
    ("… và đã giải quyết được bao nhiêu"), it is what comes before the first one asked
    ("tiếp nhận bao nhiêu hồ sơ")."""
    size = max(1, min(ye - at - min(n, 1), 4))
    if (n == 0 and _clause_asks(words, at)) or _asks_after(words, at, ye):
        first = next((i for i in range(at) if ask_at(words, i) >= 2), None)
        if first is not None:
            return _before(words, first, places, size)
    return _before(words, at, places, size)
