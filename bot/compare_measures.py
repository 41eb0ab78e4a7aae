"""The several figures a comparison asks of each side, and those a side's own clause gives.

A question may ask each side more than one measure: a count and its share ("số DVC mức 3 và
mức 4, mỗi loại chiếm bao nhiêu %?"), a total and its average ("tổng số và bình quân mỗi đơn
vị"), an amount and its rate ("how much was spent, in VND and %"), a count and the part of it
done ("how many tasks and how many on time"). `asked_measures` reads which measures a question
asks; `companions` finds, in the clause a side's figure is quoted from, the figure of each other
asked measure that the clause states of the same thing (the count right before its share
"315, đạt tỷ lệ 14,2%", the average beside its total "2.480 … (trung bình mỗi phòng có 310)",
the whole a part is of "48 dự án …, trong đó có 41 …"). Only the figure's own item counts:
another item of the clause (after a ";"), a breakdown aside ("(trong đó: 71 …; 114 …)") and
every other side's clause are never read, and a measure the question does not ask is never
added."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from bot.extractive.share_count import count_behind
from bot.line_figures import figures_of
from core.text import fold

COUNT, RATE, AVERAGE, AMOUNT, DONE = "count", "rate", "average", "amount", "done"
RANK, GAIN = "rank", "gain"  # a place in a ranking ("xếp thứ 19/63"), places moved ("tăng 11 bậc")
REMAIN = "remain"  # what is still left of a whole ("còn 8 giấy phép chờ duyệt")

# A share asked: "tỷ lệ", "bao nhiêu %", "chiếm", "percent", "rate", "share"; "%" written.
_RATE_ASKED = re.compile(r"\b(?:ty le|ti le|phan tram|chiem|percent\w*|rates?|shares?)\b|%")
# An average asked: "trung bình", "bình quân", "average", "per unit".
_AVERAGE_ASKED = re.compile(r"\b(?:trung binh|binh quan|averages?|per[- ]unit|on average)\b")
# An amount of money asked: "in VND", "bao nhiêu tiền", "số tiền", "kinh phí … bao nhiêu".
_AMOUNT_ASKED = re.compile(
    r"\b(?:vnd|bao nhieu tien|so tien|how much money|(?:amount|sum)s? of money|in dong)\b"
)
# The words that ask a measure's figure together with it ("bao nhiêu %", "what percent"),
# taken out before a count is looked for.
_MEASURE_WORDS = re.compile(
    r"\b(?:bao nhieu|what|how much)\s+(?:%|phan tram|percent\w*|ty le|rate|share)|"
    r"\b(?:trung binh|binh quan)(?:\s+\w+){0,3}\s+bao nhieu\b"
)
# A count asked: "bao nhiêu", "how many", "số lượng", "tổng số", "totals", "number of", and
# "số <thing>" opening a clause ("…: số DVC mức 3 …").
_COUNT_ASKED = re.compile(
    r"\b(?:bao nhieu|how many|so luong|tong so|totals?|number of|counts?)\b|"
    r"(?:^|[:;,]\s*)so (?!sanh\b|voi\b|lieu\b|hoa\b)[a-z]"
)
# "số <thing>" right after the words that ask for a comparison ("so sánh số DVC …", "đối
# chiếu số hồ sơ …"), as "compare the number of" asks it: read on the question's own marks
# (folded, "Sở" reads "so" too), and not of money ("số tiền", "số vốn", "số thu").
_COMPARE_COUNT = re.compile(
    r"\b(?:so sánh|đối chiếu)\s+số\s+(?!(?:liệu|tiền|vốn|kinh phí|thu|chi|hóa|hoá)\b)\w"
)
# The part of a count done asked ("how many were on time", "hoàn thành bao nhiêu", "làm
# được bao nhiêu"), the count and the part then both shown.
_DONE_WORDS = (
    r"(?:dung han|truoc han|hoan thanh|xong|lam duoc|giai quyet|on time|completed?|done|"
    r"finished|resolved)"
)
# "mấy" (how many) folds to "may", as "máy" (machines) does: not before a machine's own word.
_MAY = r"may\b(?! (?:tinh|vi tinh|chu|moc|in|scan|quet|photo)\b)"
_DONE_ASKED = re.compile(
    rf"\b(?:bao nhieu|how many)\b[^,?;]{{0,40}}\b{_DONE_WORDS}\b|"
    rf"\b{_DONE_WORDS}\b[^,?;]{{0,20}}\b(?:bao nhieu\b|{_MAY})"
)


_DONE_SAID = re.compile(rf"\b{_DONE_WORDS}\b")
# The whole asked with the part done, one verb of getting joined to one of doing ("how many
# did X get and settle on time", "được giao và hoàn thành bao nhiêu", "received and resolved"):
# the count got is asked besides the part of it done, and shown beside it in a table of places.
_GOT_AND_DONE = re.compile(
    r"\b(?:get|got|gets|receive[ds]?|assigned|given|duoc giao|tiep nhan|nhan duoc|nhan)\s+"
    rf"(?:and|va)\s+(?:\w+\s+){{0,2}}?{_DONE_WORDS}\b"
)


# A rank asked: "xếp thứ mấy", "thứ hạng", "xếp cao hơn", "ranked", "rank"; places moved asked:
# "tăng mấy bậc", "tăng/giảm bao nhiêu bậc", "how many places", "places gained".
_RANK_ASKED = re.compile(
    r"\b(?:xep (?:thu|hang|cao|thap)|thu hang|dung thu|rank(?:ed|ing|s)?)\b|"
    r"\bwhere (?:did|do|does|would) (?:\w+ ){1,3}(?:end up|finish|stand|place)\b"
)
# What is left asked: "còn bao nhiêu", "còn lại", "still pending", "remaining" (not
# "outstanding": "outstanding officials" are excellent ones); "còn Lai Châu" is a place.
_REMAIN_ASKED = re.compile(
    rf"\bcon (?:lai\b(?! chau)|bao nhieu\b|{_MAY})|\bstill (?:pending|open|outstanding|in progress|"
    r"being|to be|unfinished|not)\b|\b(?:remaining|remain)\b"
)
# … unless negated right before it: "not the remaining ones", "không tính còn lại".
_REMAIN_NEGATED = re.compile(r"\b(?:not|no|without|except|khong|chua tinh|tru)\s+(?:\w+\s+)?$")
# … said of a figure: right after "còn" ("còn 8 giấy phép"), "still", "remaining".
_REMAIN_BEFORE = re.compile(r"\b(?:con|con lai|still|remaining)\s*$")
_GAIN_ASKED = re.compile(
    r"\b(?:tang|giam|len|xuong|tut) (?:may|bao nhieu) (?:bac|hang)\b|"
    r"\bhow many (?:places|positions|spots|ranks)\b|\b(?:places?|positions?) (?:gained|climbed|up)\b"
)
# … said of a figure: a rank right after "xếp thứ", "đứng thứ", "ranked"; places moved right
# after "tăng", "giảm", "up", with "bậc", "hạng", "places" right after it.
_RANK_BEFORE = re.compile(r"\b(?:(?:xep|dung) (?:thu|hang)|thu hang|rank(?:ed)?)\s*(?:thu\s*)?$")
_GAIN_BEFORE = re.compile(r"\b(?:tang|giam|len|xuong|tut|up|down|climbed|rose|fell)\s*$")
_GAIN_AFTER = re.compile(r"\s*(?:bac|hang|places?|positions?)\b")


def got_and_done(folded: str) -> bool:
    """Whether a (folded) question asks the count got with the part of it done."""
    return bool(_GOT_AND_DONE.search(folded))


def asked_measures(folded: str, text: str = "") -> frozenset[str]:
    """The measures a (folded) question asks of each side; a companion is shown only when
    two or more are asked (one measure: the side's figure alone answers it). `text`: the
    question as written, where a count named after the compare words is read."""
    found = set()
    if _RATE_ASKED.search(folded):
        found.add(RATE)
    if _AVERAGE_ASKED.search(folded):
        found.add(AVERAGE)
    if _AMOUNT_ASKED.search(folded):
        found.add(AMOUNT)
    if _RANK_ASKED.search(folded):
        found.add(RANK)
    if _GAIN_ASKED.search(folded):
        found.add(GAIN)
    if _DONE_ASKED.search(folded):
        found.add(DONE)
    if any(not _REMAIN_NEGATED.search(folded[: m.start()]) for m in _REMAIN_ASKED.finditer(folded)):
        found.add(REMAIN)
    # the count asked besides: its own words, not those that ask the share, average or part
    # done ("làm được bao nhiêu nhiệm vụ" asks the part done alone)
    rest = _DONE_ASKED.sub(" ", _MEASURE_WORDS.sub(" ", folded))
    written = unicodedata.normalize("NFC", text.lower())
    if _COUNT_ASKED.search(rest) or _COMPARE_COUNT.search(written):
        found.add(COUNT)
    return frozenset(found)


# A sentence about the answer's form: only words that name measures or join them ("Cho biết
# số lượng và tỷ lệ.", "Show totals and shares."), no subject of its own (a place, a noun).
_FORM_WORDS = frozenset(
    re.findall(
        r"\w+",
        "give show list state provide please just only both each the their its with and plus as "
        "well in figures numbers counts count totals total rates rate shares share percentages "
        "percentage ranks rank averages average cho biet neu xin va kem voi ca hai moi ben so "
        "luong ty le ti phan tram tong trung binh quan thu hang",
    )
)
FORM_MAX_WORDS = 8  # words of a sentence about the answer's form, at most: a short request


def _form_sentences(text: str) -> list[str]:
    """The sentences of a question (folded) made only of measure words and connectives."""
    out = []
    for sentence in re.split(r"[.?!;:]", fold(text, repair=False)):
        words = re.findall(r"[a-z]+", sentence)
        if 0 < len(words) <= FORM_MAX_WORDS and all(w in _FORM_WORDS for w in words):
            out.append(sentence)
    return out


def question_measures(folded: str, text: str) -> frozenset[str]:
    """The measures a question asks of each side: those its asked words say (`folded`, the
    parsed question), and those a sentence about the answer's form names ("… compare with
    the clinics? Show totals and shares.": the parsed question leaves that sentence out as
    asking nothing, yet it says which figures each side is to show), read from the question
    as typed (`text`); a sentence naming anything else is never re-read."""
    found = asked_measures(folded, text)
    for sentence in _form_sentences(text):
        found |= asked_measures(sentence)
    return found


# A breakdown aside: "(trong đó: …)", "(including …)": other things' figures, never a
# companion of the figure before it.
_ASIDE = re.compile(r"\(\s*(?:trong do|including|of which|gom|bao gom)\b[^)]*\)?")
# The words between a count (or amount) and its share: what it counts at most ("hộ", "đồng"),
# then "đạt tỷ lệ", "chiếm", "bằng"; no other figure, no aside or next item between them.
_SHARE_SAID = re.compile(r"\b(?:dat|bang|chiem|ty le|ti le)\s*$")
MAX_GAP = 30  # characters between a count and the share of it, at most
AVERAGE_GAP = 40  # characters from "trung bình" to its figure, at most
# characters from a total to the average said after it ("2.480 hồ sơ lưu trữ điện tử (trung
# bình mỗi phòng có 310"): the total's own words and the average's lead
AVERAGE_REACH = 70
# "trung bình", "bình quân" (folded) before an average's figure
_AVERAGE_SAID = re.compile(r"\b(?:trung binh|binh quan)\b")
# a part's whole said before it in its item: "48 dự án …, trong đó có 41 …"
_OF_WHICH = re.compile(r"\btrong do\b")
_MONEY = re.compile(r"^\s*(?:ty |trieu |nghin )?dong\b")


def _plain(text: str) -> str:
    """Lowercase without diacritics, one character for each ("Đồng" → "dong"): offsets in it
    are offsets in the text (`fold` rewrites numbers and OCR, and so moves them)."""
    out = []
    for ch in text.lower():
        base = unicodedata.normalize("NFD", ch)[0] if ch != "đ" else "d"
        out.append(base)
    return "".join(out)


def _item(quote: str, at: int) -> tuple[str, int]:
    """The item of a quote a figure at `at` stands in: between the ";" around it, breakdown
    asides blanked out (unless the figure is in one); (its text, `at` within it)."""
    blanked = quote
    for m in _ASIDE.finditer(_plain(quote)):
        if not m.start() <= at < m.end():
            blanked = blanked[: m.start()] + " " * (m.end() - m.start()) + blanked[m.end() :]
    start = max(blanked.rfind(";", 0, at), blanked.rfind(". ", 0, at)) + 1
    ends = [e for e in (blanked.find(";", at), blanked.find(". ", at)) if e >= 0]
    end = min(ends) if ends else len(blanked)
    return blanked[start:end], at - start


def _measure(text: str, fig: tuple[str, int, int, bool]) -> str:
    """What a figure of an item measures: a share, a done-of-total ratio, an amount, an
    average (after "trung bình"), else a count."""
    value, start, end, share = fig
    if share:
        return RATE
    plain = _plain(text)
    if _RANK_BEFORE.search(plain[:start]):
        return RANK
    if _GAIN_BEFORE.search(plain[:start]) and _GAIN_AFTER.match(plain[end:]):
        return GAIN
    if "/" in value:
        return DONE
    if _MONEY.match(_plain(text[end:])):
        return AMOUNT
    if any(start - m.end() <= AVERAGE_GAP for m in _AVERAGE_SAID.finditer(_plain(text[:start]))):
        return AVERAGE
    return COUNT


# "22/25", "3.118/3.400": a done-of-total ratio, one figure (never a piece of a date or of a
# document's number: "30/9/2022", "61/2018/NĐ-CP")
_RATIO = re.compile(
    r"(?<![\w/.,])(\d{1,3}(?:\.\d{3})+|\d+)\s*/\s*(\d{1,3}(?:\.\d{3})+|\d+)(?![\w/]|[.,]\d)"
)


# words a date or a school year follows ("ngày 15/8", "đến 31/3", "năm học 2023/2024")
_DATE_SAID = re.compile(r"\b(?:ngay|den|tinh den|nam hoc|nien khoa)\s*$")


def _is_ratio(text: str, m: re.Match[str]) -> bool:
    """Whether "a/b" is a done-of-total ratio: a part no bigger than its whole, neither a
    date ("đến 31/3") nor a span of years ("2023/2024")."""
    done, total = (int(g.replace(".", "")) for g in m.groups())
    years = all(len(g) == 4 and g.isdigit() for g in m.groups())
    return done <= total and not years and not _DATE_SAID.search(_plain(text[: m.start()]))


def done_of_total(figure: str) -> bool:
    """Whether a cell's figure is a done-of-total ratio on its own ("144/147", "50/55")."""
    m = _RATIO.fullmatch(figure.strip())
    return m is not None and _is_ratio(figure.strip(), m)


def _figures(text: str) -> list[tuple[str, int, int, bool]]:
    """(figure as written, start, end, a share) of each figure of an item, in order: its
    ratios ("22/25") and its counts and shares (`figures_of`: no year, no level's name)."""
    ratios = [(m.group(0), m.start(), m.end(), False) for m in _RATIO.finditer(text)
              if _is_ratio(text, m)]  # fmt: skip
    rest = [f for f in figures_of(text) if not any(r[1] <= f[1] < r[2] for r in ratios)]
    return sorted(ratios + rest, key=lambda f: f[1])


def _gap_ok(gap: str) -> bool:
    """Whether the words between a figure and the share of it say nothing else."""
    plain = _plain(gap)
    return (
        len(gap) <= MAX_GAP
        and not re.search(r"[\d;()]", gap)
        and bool(_SHARE_SAID.search(plain.strip(" ,:-")))
    )


def _located(quote: str, figure: str) -> int:
    """Where a figure stands in a quote (a share also as "47,3 %"); -1 when it is not there
    once only (two places: which one is the side's is not known)."""
    body = re.escape(figure[:-1]) + r"\s*%" if figure.endswith("%") else re.escape(figure)
    found = list(re.finditer(rf"(?<![\d.,/]){body}(?![\d/]|[.,]\d)", quote))
    return found[0].start() if len(found) == 1 else -1


def companions(quote: str, figure: str, asked: Iterable[str], en: bool) -> list[str]:
    """The figures of the other asked measures the item a side's figure is quoted from states
    of the same thing, as the cell shows them beside its figure ("315", "trung bình 310",
    "trên tổng số 48"); [] when fewer than two measures are asked or the item gives none."""
    asked = frozenset(asked)
    at = _located(quote, figure) if len(asked) >= 2 else -1
    if at < 0:
        return []
    text, at = _item(quote, at)
    figs = _figures(text)
    mine = next((f for f in figs if f[1] <= at < f[2]), None)
    if mine is None:
        return []
    own = _measure(text, mine)
    k = figs.index(mine)
    out: list[str] = []
    for want in sorted(asked - {own}):
        left = want == REMAIN or (want == DONE and _left(text, mine))
        got = (
            _done_and_left(text, figs, k, want, en)
            if left
            else _companion(text, figs, k, own, want, en)
        )
        if got and got not in out:
            out.append(got)
    return out


def _companion(
    text: str, figs: list[tuple[str, int, int, bool]], k: int, own: str, want: str, en: bool
) -> str:
    """The figure of measure `want` the item gives with its figure `k` (of measure `own`)."""
    value, _, end, _ = figs[k]
    if want in (RANK, GAIN):  # the one figure of its item said as a rank, or as places moved
        hits = [f for i, f in enumerate(figs) if i != k and _measure(text, f) == want]
        said = {RANK: ("rank", "xếp thứ"), GAIN: ("moved", "tăng/giảm")}[want][0 if en else 1]
        return f"{said} {hits[0][0]}" if len(hits) == 1 else ""
    before = figs[k - 1] if k > 0 else None
    after = figs[k + 1] if k + 1 < len(figs) else None
    if want == RATE and own in (COUNT, AMOUNT, DONE) and after and after[3]:
        fraction_share = own == DONE and count_behind(text, after[0]).split()[:1] == [value]
        if fraction_share or _gap_ok(_between(text, end, after[1])):
            return after[0]
    # "88% các dự án (22/25 dự án)": the share before the ratio it is of
    if (
        want == RATE
        and own == DONE
        and before
        and before[3]
        and (count_behind(text, before[0]).split()[:1] == [value])
    ):
        return before[0]
    if own == RATE and before and want in (COUNT, AMOUNT, DONE):
        kind = _measure(text, before)
        fits = kind == want or (want == COUNT and kind == DONE)
        if fits and _gap_ok(_between(text, before[2], figs[k][1])):
            return before[0] + (" đồng" if kind == AMOUNT and not en else "")
    if own == RATE and want in (COUNT, DONE):
        behind = count_behind(text, value)  # "266/350 hộ …, đạt tỷ lệ 76%"
        if behind:
            return behind.split()[0]
    if (
        want == AVERAGE
        and own == COUNT
        and after
        and _measure(text, after) == AVERAGE
        and _averages(text, figs[k], after)
    ):
        return f"{'average' if en else 'trung bình'} {after[0]}"
    if (
        own == AVERAGE
        and want == COUNT
        and before
        and _measure(text, before) == COUNT
        and _averages(text, before, figs[k])
    ):
        return f"{'total' if en else 'tổng'} {before[0]}"
    whole = after if after and _whole_after(text, figs[k], after) else None
    if own == COUNT and want in (COUNT, DONE) and whole:  # "83 nhiệm vụ trong tổng số 88"
        return f"{'of' if en else 'trên tổng số'} {whole[0]}"
    if own == COUNT and want in (COUNT, DONE):
        return _whole_or_part(text, figs, k, en)
    if own == COUNT and want == RATE and whole and k + 2 < len(figs) and figs[k + 2][3]:
        share = figs[k + 2]  # "… trong tổng số 88 nhiệm vụ, đạt 94,32%": the part's share
        if _gap_ok(_between(text, whole[2], share[1])):
            return share[0]
    return ""


def _left(text: str, fig: tuple[str, int, int, bool]) -> bool:
    """Whether a figure is said as what is still left ("còn 8 giấy phép"): a count, right
    after "còn" / "still" / "remaining"."""
    return not fig[3] and "/" not in fig[0] and bool(_REMAIN_BEFORE.search(_plain(text[: fig[1]])))


def _done_and_left(
    text: str, figs: list[tuple[str, int, int, bool]], k: int, want: str, en: bool
) -> str:
    """What is left beside a part done of its whole ("xong 52/60 hồ sơ, còn 8 hồ sơ …"), or
    the part done beside what is left: the one ratio and the one figure said as left of the
    item, the figure left after the ratio and equal to its whole less its part ("xong 52/60,
    còn 3 hồ sơ trễ hạn": 3 is some other thing); "" otherwise."""
    ratios = [i for i, f in enumerate(figs) if "/" in f[0] and _measure(text, f) == DONE]
    left = [i for i, f in enumerate(figs) if _left(text, f)]
    if len(ratios) != 1 or len(left) != 1 or ratios[0] > left[0]:
        return ""
    done, total = (int(g.replace(".", "")) for g in figs[ratios[0]][0].split("/"))
    if not figs[left[0]][0].replace(".", "").isdigit() or (
        int(figs[left[0]][0].replace(".", "")) != total - done
    ):
        return ""
    if want == REMAIN and k == ratios[0]:
        return f"{'still' if en else 'còn'} {figs[left[0]][0]}"
    if want == DONE and k == left[0]:
        return figs[ratios[0]][0]
    return ""


# A whole said right after its part: "83 nhiệm vụ trong tổng số 88", "trên tổng số", "out of".
_WHOLE_SAID = re.compile(r"\b(?:(?:trong|tren) (?:t[a-z]ng so )?|out of |of a total of )$")
WHOLE_GAP = 30  # characters between a part and "trong tổng số" its whole, at most


def _whole_after(
    text: str, part: tuple[str, int, int, bool], whole: tuple[str, int, int, bool]
) -> bool:
    """Whether the figure after a count is the whole it is a part of, said right after it
    (its own noun between, no other figure, no aside or next item)."""
    gap = _plain(text[part[2] : whole[1]])
    return (
        not whole[3]
        and len(gap) <= WHOLE_GAP
        and not re.search(r"[\d;()]", gap)
        and bool(_WHOLE_SAID.search(gap.strip(" ,:-") + " "))
    )


def _averages(
    text: str, total: tuple[str, int, int, bool], average: tuple[str, int, int, bool]
) -> bool:
    """Whether an average is of the count right before it: said close after it (within
    AVERAGE_REACH), of the same thing ("840 hồ sơ …, trung bình mỗi phòng 70 hồ sơ"), never
    of what the count counts ("840 hồ sơ, 12 phòng, trung bình mỗi phòng 70": 12 is no
    total)."""
    plain = _plain(text)
    noun, per = _noun(plain, total[2]), re.search(r"\bmoi ([a-z]+)", plain[total[2] : average[1]])
    of = _noun(plain, average[2])
    return (
        average[1] - total[2] <= AVERAGE_REACH
        and bool(noun)
        and (per is None or per.group(1) != noun)
        and (not of or of == noun)
    )


def _whole_or_part(text: str, figs: list[tuple[str, int, int, bool]], k: int, en: bool) -> str:
    """A count's whole or its first part across "trong đó" in its item ("48 dự án …,
    trong đó có 41 dự án đúng hạn"): the whole of a part after it, the part of a whole
    before it; "" when the item says no "trong đó" next to the figure."""
    plain = _plain(text)
    _, start, end, _ = figs[k]
    split = list(_OF_WHICH.finditer(plain))
    if len(split) != 1:
        return ""
    cut = split[0].start()
    noun = _noun(plain, end)
    counts = [f for f in figs if not f[3] and "/" not in f[0] and _measure(text, f) == COUNT
              and noun and _noun(plain, f[2]) == noun]  # fmt: skip
    if start > cut:  # a part: the count right before "trong đó" is its whole
        whole = [f for f in counts if f[2] <= cut]
        return f"{'of' if en else 'trên tổng số'} {whole[-1][0]}" if whole else ""
    if end <= cut and not [f for f in counts if end <= f[1] < cut]:
        # the first part after it that names what was done ("41 dự án … đúng hạn")
        for i, f in enumerate(figs):
            stop = figs[i + 1][1] if i + 1 < len(figs) else len(text)
            if f in counts and f[1] > cut and _DONE_SAID.search(plain[f[2] : stop]):
                return f"{'of which' if en else 'trong đó'} {f[0]}"
    return ""


def _noun(plain: str, end: int) -> str:
    """The first word after a figure ("dự" of "48 dự án"): a whole and its part count
    the same thing ("48 dự án …, trong đó có 41 dự án", not "6 nội dung …, trong đó …
    45 dự án")."""
    m = re.match(r"\s*([a-z]+)", plain[end:])
    return m.group(1) if m else ""


def _between(text: str, start: int, end: int) -> str:
    return text[start:end] if start <= end else ""


def names_side(quote: str, label: str, others: Iterable[str] = ()) -> bool:
    """Whether a quote names a side by its label said as one phrase ("khối trường học" in
    "Khối trường học có 4.310 …", not in "các trường … khối văn phòng … học"), diacritics
    aside, and names none of the other sides' labels (then the line is not the side's own)."""

    def said(name: str) -> bool:
        words = _plain(name).split()
        phrase = r"\s+".join(re.escape(w) for w in words)
        return bool(words) and re.search(rf"(?<!\w){phrase}(?!\w)", _plain(quote)) is not None

    return said(label) and not any(said(o) for o in others if _plain(o) != _plain(label))
