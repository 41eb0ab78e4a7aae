"""Near misses of what a question asks a figure to be, answered "not found" citing the nearest
figure: another measure than the one asked (bot/measure_asked.py: a count for a score, a count
for an amount of money, a unit's running costs for the budget's revenue), a reporting unit's own
allotment for the whole province's figure, a share of another thing than the one asked ("tỷ lệ
văn bản …" for "tỷ lệ hồ sơ …"), and a passage with no date for a "when"."""

from __future__ import annotations

import re

from bot import measure_asked
from bot.extractive import parts_said
from bot.extractive.shares import share_asked, share_of
from bot.nearest import nearest_not_found, stated
from bot.rank_for_count import rank_for_count
from core.query import ParsedQuery
from core.result import Answer
from core.text import fold
from index.lexical import tokenize


def other_measure(q: ParsedQuery, ans: Answer, language: str) -> Answer | None:
    """ "Not found" in place of a figure (or of candidates) whose own words make it another
    measure than the one asked ("02-05 lượt/tuần" for a score, a count of things for an amount
    of money, a place in a ranking for a count of things: bot/rank_for_count.py), or whose
    passage says nothing of the budget side asked (a unit's allotted running costs for the
    province's budget revenue); None when the answer stands."""
    if (rank := rank_for_count(q, ans, language)) is not None:
        return rank  # a place in a ranking for a count of things asked
    pairs = stated(ans)
    if not pairs:
        return None
    en = language == "en"
    theirs = [measure_asked.mismatch(q.folded, c.quote, f) for f, c in pairs]
    side = measure_asked.budget_asked(q.expanded)
    if not all(theirs) and side:
        unsaid = [
            measure_asked.budget_unsaid(
                side,
                f"{parts_said.lead_of(c.quote, c.context)} {c.quote} {c.section}",
                share=f.endswith("%"),
            )
            for f, c in pairs
        ]
        theirs = ["other" if u else "" for u in unsaid]
        asked = measure_asked.measure_words(side, en)
    else:
        asked = measure_asked.measure_words(measure_asked.asked_measure(q.folded), en)
    if not all(theirs):
        return None
    fig, cit = pairs[0]
    noun = measure_asked.counted_noun(cit.quote, fig) if theirs[0] == "count" else ""
    if theirs[0] == "other":
        what = f"is not said of {asked}" if en else f"không nói về {asked}"
    elif noun:
        what = f"counts “{noun}”" if en else f"là số “{noun}”"
    else:
        what = ("is " if en else "là ") + measure_asked.measure_words(theirs[0], en)
    text = (
        f"Not found: the reports give no figure for {asked}; the nearest figure, {fig}, {what} [1]."
        if en
        else f"Không tìm thấy: các báo cáo không nêu {asked}; số liệu gần nhất, {fig}, {what} [1]."
    )
    return nearest_not_found(q, text, cit, language)


# The whole province asked ("toàn tỉnh", "the province's total", "province-wide", "the whole of
# Dong Thap province": at most `_NAME_WORDS` words of its name between).
_NAME_WORDS = 3
_WHOLE = re.compile(
    r"\b(?:toan tinh|ca tinh|province[- ]wide|whole province|entire province|"
    rf"(?:whole|entirety|all) of (?:the )?(?:\w+ ){{0,{_NAME_WORDS}}}province|"
    r"province'?s? total|total\b[^?]{0,40}\bof the province)\b"
)
# A figure allotted to the reporting unit: "được giao" with no giver named between ("nhiệm vụ
# được Chính phủ giao" names one: the province's), or "do UBND tỉnh giao" (the province gives
# it to the unit); not where the clause speaks for the whole province ("toàn tỉnh", "Tỉnh có").
_ALLOTTED = re.compile(r"\bduoc giao\b|\bdo (?:ubnd|uy ban nhan dan) (?:tinh )?giao\b")
_SPEAKS_WHOLE = re.compile(
    r"\b(?:toan tinh|ca tinh|tren dia ban(?: tinh)?|tinh co|tinh duoc giao|cua tinh|cac cap)\b"
)
# The sections of a report where a department or office reports on its own staff, apparatus and
# budget (the province's are the Home Affairs and Finance departments' to report): civil service,
# organisation, public finance (an OCR mark may stand between the words: "Chế độ$ công vụ").
_OWN_AFFAIRS = re.compile(r"\b(?:che do\W*cong vu|to chuc bo may|tai chinh cong)\b")
# The province's own People's Committee, whose report speaks for the whole province.
_PROVINCE_ITSELF = re.compile(r"^(?:ubnd|uy ban nhan dan) tinh\b")


def unit_own(q: ParsedQuery, ans: Answer, language: str) -> Answer | None:
    """ "Not found" in place of a figure (or of candidates) asked of the whole province, in a
    report not of the province's People's Committee (a department's or an office's), whose
    line, the lead of its breakdown and its section heading never speak for the whole province
    (`_SPEAKS_WHOLE`: "toàn tỉnh", "trên địa bàn tỉnh", "của Tỉnh", "các cấp") and which is the
    reporting unit's own: allotted to it ("do UBND tỉnh giao", "được giao"), or in a section
    where it reports its own staff or budget (`_OWN_AFFAIRS`: its recruits, its project's
    disbursement); None when the answer stands."""
    pairs = stated(ans)
    if not pairs or not _WHOLE.search(q.folded):
        return None
    for _, c in pairs:
        said = fold(f"{parts_said.lead_of(c.quote, c.context)} {c.quote} {c.section}")
        own = _ALLOTTED.search(said) or _OWN_AFFAIRS.search(fold(c.section))
        if _PROVINCE_ITSELF.match(fold(c.agency)) or _SPEAKS_WHOLE.search(said) or not own:
            return None
    fig, cit = pairs[0]
    allotted = _ALLOTTED.search(fold(f"{parts_said.lead_of(cit.quote, cit.context)} {cit.quote}"))
    en = language == "en"
    what = (
        ("what was allotted to the reporting unit" if allotted else "the reporting unit's own")
        if en
        else (
            "số được giao cho chính đơn vị báo cáo" if allotted else "số của riêng đơn vị báo cáo"
        )
    )
    text = (
        f"Not found: the reports give no figure for the whole province; the nearest figure, "
        f"{fig}, is {what} ({cit.agency}) [1]."
        if en
        else f"Không tìm thấy: các báo cáo không nêu số liệu toàn tỉnh; số liệu gần nhất, {fig}, "
        f"là {what} ({cit.agency}) [1]."
    )
    return nearest_not_found(q, text, cit, language)


# A date asked ("when", "khi nào", "ngày nào") and a date said: a day, a month, a quarter or a
# year written in the quoted line or what its sentence says before it.
_WHEN = re.compile(
    r"\b(?:when|what date|which date|since when|khi nao|bao gio|ngay nao|thoi diem nao|"
    r"thang nao|nam nao|luc nao)\b"
)
_DATE = re.compile(
    r"\d{1,2}/\d{1,2}(?:/\d{2,4})?|\b(?:19|20)\d\d\b|\b(?:thang|quy|ngay)\s+(?:\d|[ivx]+\b)"
)


def undated(q: ParsedQuery, ans: Answer, language: str) -> Answer | None:
    """ "Not found" in place of a passage cited for a "when" question whose quoted lines (with
    what their sentences say before them) write no day, month, quarter or year; None when the
    answer stands or states a figure (a date found elsewhere is judged by its own checks)."""
    if ans.abstained or ans.figure or ans.candidates or not ans.citations:
        return None
    if not _WHEN.search(q.folded):
        return None
    if any(_DATE.search(fold(f"{parts_said.lead_of(c.quote, c.context)} {c.quote}"))
           for c in ans.citations):  # fmt: skip
        return None
    text = (
        "Not found: the nearest passage the reports give says no date for this [1]."
        if language == "en"
        else "Không tìm thấy: đoạn gần nhất trong báo cáo không nêu thời điểm này [1]."
    )
    return nearest_not_found(q, text, ans.citations[0], language)


# Civil servants ("công chức") and public employees ("viên chức") are two kinds of staff the
# reports count apart; a question in Vietnamese names the kind it asks, a clause the kind it
# counts ("cán bộ", "CBCC" name both or the whole staff).
_CIVIL = re.compile(r"\bcong chuc\b")
_PUBLIC = re.compile(r"\bvien chuc\b")
_BOTH = re.compile(r"\b(?:can bo|cbcc|nhan su|nguoi lao dong)\b")


def _staff_kind(folded: str) -> str:
    """ "cong chuc" or "vien chuc" when a folded text names that kind of staff alone, else ""."""
    civil, public = bool(_CIVIL.search(folded)), bool(_PUBLIC.search(folded))
    if _BOTH.search(folded) or civil == public:
        return ""
    return "cong chuc" if civil else "vien chuc"


def other_staff(q: ParsedQuery, ans: Answer, language: str) -> Answer | None:
    """ "Not found" in place of a figure (or of candidates) whose clause (with what its sentence
    says before it) counts the other kind of staff than the one the question names ("bao
    nhiêu công chức" answered with a count of "viên chức"); None when the answer stands."""
    pairs = stated(ans)
    asked = _staff_kind(q.folded)
    if not pairs or not asked:
        return None
    kinds = [
        _staff_kind(fold(f"{parts_said.lead_of(c.quote, c.context)} {c.quote}")) for _, c in pairs
    ]
    if any(k in ("", asked) for k in kinds):
        return None
    fig, cit = pairs[0]
    words = {
        "cong chuc": ("civil servants", "công chức"),
        "vien chuc": ("public employees", "viên chức"),
    }
    en = language == "en"
    want, theirs = words[asked][0 if en else 1], words[kinds[0]][0 if en else 1]
    text = (
        f"Not found: the reports give no such count of {want}; the nearest figure, {fig}, "
        f"counts {theirs} [1]."
        if en
        else f"Không tìm thấy: các báo cáo không nêu số {want} này; số liệu gần nhất, {fig}, là số "
        f"{theirs} [1]."
    )
    return nearest_not_found(q, text, cit, language)


# The things a share may be of (bot/extractive/shares.py), as an answer names them.
_SHARE_THINGS = {
    "services": ("dịch vụ công", "services"), "procedures": ("thủ tục", "procedures"),
    "dossiers": ("hồ sơ", "dossiers"), "documents": ("văn bản", "documents"),
}  # fmt: skip
# The words that open a share's label in a line ("Tỷ lệ văn bản … đạt 100%").
_SHARE_WORD = re.compile(r"\b(?:ty le|ti le|phan tram|share|percentage|proportion|rate)\b")


def share_thing(quote: str, figure: str) -> str | None:
    """What a percentage is a share of by its own label, the words from the last share word
    before it to it (`share_of`: "Tỷ lệ trao đổi văn bản điện tử … đạt 95%" → documents);
    None for no percentage, no label or no thing named."""
    if not figure.endswith("%"):
        return None
    folded = fold(quote)
    at = folded.find(fold(figure))
    words = list(_SHARE_WORD.finditer(folded, 0, at)) if at >= 0 else []
    return share_of(tokenize(folded[words[-1].end() : at])) if words else None


def other_share(q: ParsedQuery, ans: Answer, language: str) -> Answer | None:
    """ "Not found" in place of a share (or of candidates) whose own label makes it a share of
    another thing than the question asks the share of (`share_asked`: "tỷ lệ hồ sơ … trực
    tuyến" answered by "Tỷ lệ văn bản … trao đổi … điện tử đạt 100%"); None when the answer
    stands, or when any figure's label names no thing or the asked one."""
    asked, pairs = share_asked(q), stated(ans)
    if asked is None or not pairs:
        return None
    things = [share_thing(c.quote, f) for f, c in pairs]
    if not all(things) or asked in things:
        return None
    en = language == "en"
    fig, cit = pairs[0]
    theirs, wanted = _SHARE_THINGS[things[0] or ""][en], _SHARE_THINGS[asked][en]
    text = (
        f"Not found: the reports give no such share of {wanted}; the nearest figure, {fig}, is a "
        f"share of {theirs} [1]."
        if en
        else f"Không tìm thấy: các báo cáo không nêu tỷ lệ {wanted} này; số liệu gần nhất, {fig}, "
        f"là tỷ lệ {theirs} [1]."
    )
    return nearest_not_found(q, text, cit, language)
