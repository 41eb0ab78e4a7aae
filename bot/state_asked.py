"""What was done to the things a figure counts, against the one rare action or state a question
asks of them: "bao nhiêu hồ sơ bị từ chối" (rejected) is not answered by "322.962 hồ sơ … được
tiếp nhận" (received), nor "how many officials were disciplined" by "45 cán bộ được đào tạo".

Both sides are read from a closed class. Asked: a rare state a count may be narrowed to
(`ASKED`: rejected, cancelled, abolished, revoked, disciplined, sent back, carried over),
Vietnamese or English. Said: any state of the class, or a common one (`SAID`: received,
resolved, announced, issued, …), in the figure's own clause. The answer becomes "not found" only
when that clause names a state and none of them is the asked one; a clause that names none is
left to the other checks (a missing word alone decides nothing here)."""

from __future__ import annotations

import re

from bot.figure_clause import clause_before, figure_at
from bot.nearest import as_written, nearest_not_found, stated
from core.query import ParsedQuery
from core.result import Answer

# The rare states a question may ask, folded as the reports write them, with how an answer
# names each (English, Vietnamese). "hủy" alone is also "huy động", "phát huy": only with
# "bị"/"đã"/"được" before it ("đã huy động" is not) or "bỏ" after it.
ASKED: dict[str, tuple[str, str]] = {
    "tu choi": ("rejected", "từ chối"),
    "huy": ("cancelled", "hủy"),
    "bai bo": ("abolished", "bãi bỏ"),
    "thu hoi": ("revoked", "thu hồi"),
    "ky luat": ("disciplined", "kỷ luật"),
    "tra lai": ("sent back", "trả lại"),
    "ton": ("carried over", "tồn"),
}
_VI_ASKED = {
    "tu choi": r"tu choi",
    "huy": r"(?:bi|da|duoc) huy(?! dong)|huy bo",
    "bai bo": r"bai bo",
    "thu hoi": r"thu hoi",
    # "kỷ luật, kỷ cương (hành chính)" is a topic (discipline inspections), not "disciplined"
    "ky luat": r"(?<!ky cuong )(?<!ky cuong, )ky luat(?!,? ky cuong)",
    "tra lai": r"tra lai",
    "ton": r"ton (?:dong|ky truoc|tu ky truoc)|ky truoc chuyen sang",
}
_EN_ASKED = {
    "tu choi": r"reject(?:ed)?|refused|declined|turned down",
    "huy": r"cancel(?:l?ed)?|called off",
    "bai bo": r"abolish(?:ed)?|annulled|repealed|scrapped",
    "thu hoi": r"revoke[d]?|withdrawn|recalled",
    "ky luat": r"disciplined|disciplinary",
    "tra lai": r"sent back|returned for (?:correction|supplement|amendment)s?",
    "ton": r"carried (?:over|forward)|brought forward|backlog(?:ged)?|left over",
}
_ASKED_RE = {
    state: re.compile(rf"\b(?:{_VI_ASKED[state]}|{_EN_ASKED[state]})\b") for state in ASKED
}
# Common states a figure's clause says of what it counts, or a stock it makes up: any of them,
# with none asked, says the figure is of things that underwent another action.
_DONE = (
    r"tiep nhan|giai quyet|tra ket qua|cong bo|ban hanh|sua doi|bo sung|thay the|"
    r"dao tao|boi duong|tap huan|kiem tra|ra soat|cap nhat|so hoa|tich hop|cung cap|"
    r"phat sinh|ket noi|lien thong|trien khai|dang ky|cap phat"
)
# … or a stock the things make up ("đến nay có 1.889 TTHC"), nothing done to them.
SAID = re.compile(rf"\b(?:{_DONE}|(?:den nay|hien nay|hien) co)\b")
# A common action a question may name beside the rare one ("bao nhiêu … được tiếp nhận và bao
# nhiêu bị từ chối"), in the reports' words or in English (as those words).
_DONE_RE = re.compile(rf"\b(?:{_DONE})\b")
_EN_DONE = {
    "received": "tiep nhan", "resolved": "giai quyet", "settled": "giai quyet",
    "processed": "giai quyet", "handled": "giai quyet", "announced": "cong bo",
    "published": "cong bo", "issued": "ban hanh", "amended": "sua doi", "trained": "dao tao",
    "checked": "kiem tra", "inspected": "kiem tra", "reviewed": "ra soat",
    "registered": "dang ky",
}  # fmt: skip
_EN_DONE_RE = re.compile(r"\b(" + "|".join(_EN_DONE) + r")\b")
# Where a figure's clause starts and ends: a sentence or list break, a colon, or a breakdown
# opening ("trong đó", "gồm", a bracket), whose items are clauses of their own.
_BREAK = re.compile(r"[.;:!?](?=\s|$)|,|\(|\)|\btrong (?:do|so)\b|\bgom\b")


def asked_state(folded_question: str) -> str:
    """The one rare state (`ASKED`) a folded question names; "" when none or several, or when
    it names a common action beside it (`done_asked`: both are asked)."""
    said = [state for state, pattern in _ASKED_RE.items() if pattern.search(folded_question)]
    if len(said) != 1 or done_asked(folded_question, said[0]):
        return ""
    return said[0]


def done_asked(folded_question: str, asked: str) -> set[str]:
    """The common actions (of `SAID`, folded) a question names beside the rare one asked; not
    the one it is the object of ("từ chối tiếp nhận": refused to receive)."""
    rest = re.sub(rf"{_ASKED_RE[asked].pattern}(?: {_DONE_RE.pattern})?", " ", folded_question)
    done = {m.group(0) for m in _DONE_RE.finditer(rest)}
    return done | {_EN_DONE[m.group(1)] for m in _EN_DONE_RE.finditer(rest)}


def clause_of(quote: str, figure: str) -> str:
    """The folded clause of a line that holds a figure (`_BREAK` on either side); "" when the
    figure is not found."""
    found = figure_at(quote, figure)
    if found is None:
        return ""
    folded, at = found
    end = _BREAK.search(folded, at.end())
    return (
        clause_before(folded, at.start(), _BREAK)
        + folded[at.start() : end.start() if end else len(folded)]
    )


def other_state(asked: str, quote: str, figure: str, question: str = "") -> str:
    """The state the figure's clause says instead of the asked one, folded; "" when the clause
    names the asked state, or names no state of the class at all. A common action the (folded)
    question names too (`done_asked`) is no other action."""
    clause = clause_of(quote, figure)
    if not clause or _ASKED_RE[asked].search(clause):
        return ""
    for state, pattern in _ASKED_RE.items():
        if state != asked and (m := pattern.search(clause)):
            return m.group(0)
    also = done_asked(question, asked)
    return next((m.group(0) for m in SAID.finditer(clause) if m.group(0) not in also), "")


def state_unsaid(q: ParsedQuery, ans: Answer, language: str) -> Answer | None:
    """ "Not found" in place of a figure (or of candidates) whose own clause says its things
    underwent another action than the rare one asked (`other_state`); None when it stands."""
    asked = asked_state(q.folded)
    pairs = stated(ans)
    if not asked or not pairs:
        return None
    instead = [other_state(asked, c.quote, f, q.folded) for f, c in pairs]
    if not all(instead):
        return None
    (fig, cit), (en, vi) = pairs[0], ASKED[asked]
    said = as_written(cit.quote, instead[0])
    text = (
        f"Not found: the reports give no count of what was {en}; the nearest figure, {fig}, is "
        f"of another action: its clause says “{said}” [1]."
        if language == "en"
        else f"Không tìm thấy: các báo cáo không nêu số liệu {vi}; số liệu gần nhất, {fig}, nói "
        f"về việc khác: “{said}” [1]."
    )
    return nearest_not_found(q, text, cit, language)
