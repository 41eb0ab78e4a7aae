"""What was done to the things a figure counts, against the one rare action or state a question
asks of them: "bao nhiêu hồ sơ bị từ chối" (rejected) is not answered by "322.962 hồ sơ … được
tiếp nhận" (received), nor "how many officials were disciplined" by "45 cán bộ được đào tạo".

Both sides are read from a closed class. Asked: a rare state a count may be narrowed to
(`ASKED`: rejected, cancelled, abolished, revoked, disciplined, sent back, carried over,
streamlined, fined, dissolved, merged, suspended), Vietnamese or English, not one the question
leaves out of its count ("chưa tính hồ sơ tồn"). Said: any state of the class, or a common one
(`SAID`: received, resolved, issued, managed, …) or a stock, in what the figure's line says of
it: its own clause, the label before a colon that opens it, the lead of the breakdown it is an
item of. The answer becomes "not found" only when none of these names the asked state and one
names another; a line that names none is left to the other checks (a missing word alone
decides nothing here). A common action the question only describes its things by ("of the
dossiers received, how many were rejected") is no second ask: a figure of it is the whole."""

from __future__ import annotations

import re

from bot import counted
from bot.figure_clause import OWN_BREAKS, clause_at, clause_before, figure_at
from bot.nearest import as_written, nearest_not_found, stated
from core.query import ParsedQuery
from core.result import Answer, Citation

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
    "tinh gian": ("streamlined", "tinh giản"),
    "xu phat": ("fined", "xử phạt"),
    "giai the": ("dissolved", "giải thể"),
    "sap nhap": ("merged", "sáp nhập"),
    "dinh chi": ("suspended", "đình chỉ"),
}
# "định" and "chi"/"chỉ" close many common words ("xác định chỉ số", "quy định chi tiết", "gia
# đình chi tiêu"): "đình chỉ" is neither the end of one nor the start of the next.
_DINH_BEFORE = ")(?<!".join(
    f"{w} " for w in ("xac", "quy", "quyet", "gia", "du", "an", "co", "on", "nhat", "kien", "chi")
)
_CHI_AFTER = "(?:so|tieu|tiet|tra|phi|thi|dao|nhanh|cuc|bo|huong|ngan sach|dinh)"
_VI_ASKED = {
    "tu choi": r"tu choi",
    "huy": r"(?:bi|da|duoc) huy(?! dong)|huy bo",
    "bai bo": r"bai bo",
    "thu hoi": r"thu hoi",
    # "kỷ luật, kỷ cương (hành chính)" is a topic (discipline inspections), not "disciplined";
    # a reprimand, warning or dismissal is a disciplined count said by its form
    "ky luat": r"(?<!ky cuong )(?<!ky cuong, )ky luat(?!,? ky cuong)|khien trach|"
    r"(?:bi|hinh thuc|muc) canh cao|cach chuc|buoc thoi viec|ha bac",
    "tra lai": r"tra lai",
    "ton": r"ton (?:dong|ky truoc|tu ky truoc)|ky truoc chuyen sang",
    "tinh gian": r"tinh gian|tinh giam",
    "xu phat": r"xu phat",
    "giai the": r"giai the",
    "sap nhap": r"sap nhap|(?<!van ban )(?<!van ban da )(?<!van ban duoc )"
    r"(?:bi|duoc|da|sau khi) hop nhat(?! van ban)",
    "dinh chi": rf"(?<!{_DINH_BEFORE})dinh chi(?! {_CHI_AFTER}\b)",
}
_EN_ASKED = {
    "tu choi": r"reject(?:s|ed|ing|ion)?|refused|declined|turn(?:ed)? down",
    "huy": r"cancel(?:s|l?ed|lation)?|called off",
    "bai bo": r"abolish(?:ed)?|annulled|repealed|scrapped",
    "thu hoi": r"revok(?:e|es|ed|ing)|revocation|withdr(?:aw|awn|ew)|recall(?:ed)?",
    # a noun topic ("inspections on administrative discipline") is no action: the base form
    # only as the verb of "did … discipline"
    "ky luat": r"disciplin(?:ed|ary)|did (?:\S+ ){0,4}?discipline|reprimand(?:s|ed)?",
    "tra lai": r"s(?:end|ent|ending) back|returned for (?:correction|supplement|amendment)s?",
    "ton": r"carried (?:over|forward)|brought forward|backlog(?:ged)?|left over",
    "tinh gian": r"streamlin(?:e|es|ed|ing)|downsiz(?:e|es|ed|ing)",
    "xu phat": r"fined|penali[sz]ed|sanctioned",
    "giai the": r"dissolved|disbanded",
    "sap nhap": r"merged|amalgamated",
    "dinh chi": r"suspended",
}
_ASKED_RE = {
    state: re.compile(rf"\b(?:{_VI_ASKED[state]}|{_EN_ASKED[state]})\b") for state in ASKED
}
# Common states a figure's clause says of what it counts, or a stock it makes up: any of them,
# with none asked, says the figure is of things that underwent another action. "cấp" alone is
# also a level ("cấp xã"): issued only after "đã"/"được" and before no level's word.
_DONE = (
    r"tiep nhan|giai quyet|tra ket qua|cong bo|ban hanh|sua doi|bo sung|thay the|"
    r"dao tao|boi duong|tap huan|kiem tra|ra soat|cap nhat|so hoa|tich hop|cung cap|"
    r"phat sinh|ket noi|lien thong|trien khai|dang ky|cap phat|quan ly|"
    # what is done to staff: recruited, appointed, moved to another grade or post
    r"tuyen dung|bo nhiem|chuyen ngach|nang ngach|dieu dong|luan chuyen|"
    r"xu ly(?! (?:vi pham|ky luat|trach nhiem))|"
    r"(?<=da )cap(?! (?:tinh|huyen|xa|co so|uy|tren|duoi|nhat|phat|tham quyen))|"
    r"(?<=duoc )cap(?! (?:tinh|huyen|xa|co so|uy|tren|duoi|nhat|phat|tham quyen))"
)
# … or a stock the things make up ("đến nay có 1.889 TTHC"), nothing done to them.
SAID = re.compile(rf"\b(?:{_DONE}|(?:den nay|hien nay|hien) co)\b")
# … as is "có" just before the figure in a breakdown ("trong đó có 04 công chức": of them,
# there are 4); a sentence's bare "có 25 hồ sơ" names no state (left to the other checks).
_HAS = re.compile(r"\btrong (?:do|so),? (co)\s*$")
# A common action a question may name beside the rare one ("bao nhiêu … được tiếp nhận và bao
# nhiêu bị từ chối"), in the reports' words or in English (as those words).
_DONE_RE = re.compile(rf"\b(?:{_DONE})\b")
_EN_DONE = {
    "received": "tiep nhan", "resolved": "giai quyet", "settled": "giai quyet",
    "processed": "giai quyet|xu ly", "handled": "giai quyet|xu ly", "announced": "cong bo",
    "published": "cong bo", "issued": "ban hanh|cap", "granted": "cap", "amended": "sua doi",
    "trained": "dao tao", "checked": "kiem tra", "inspected": "kiem tra", "reviewed": "ra soat",
    "registered": "dang ky", "managed": "quan ly",
}  # fmt: skip
_EN_DONE_RE = re.compile(r"\b(" + "|".join(_EN_DONE) + r")\b")
# Two counts asked ("bao nhiêu … và bao nhiêu …"), or the common action joined to the rare one
# by "và"/"and"/"or" within a few words: both are asked, the common one is no description.
_COUNT_ASK = re.compile(r"\b(?:bao nhieu|how many|how much|so luong)\b")
_JOIN_WORDS = 3  # "received and were then rejected": at most three words between the joined
_JOIN = rf"\s+(?:va|and|or|hoac)\s+(?:\S+\s+){{0,{_JOIN_WORDS}}}?"
# What opens a breakdown of a sentence's lead ("Số phòng họp trực tuyến là: 18 phòng (trong đó: …)"):
# its items are of what the lead says.
_OPENS = re.compile(r":(?=\s|$)|\(|\btrong (?:do|so)\b|\bgom\b")
_SENTENCE = re.compile(r";|[.!?](?=\s|$)")


# A state the question leaves out of its count ("chưa tính hồ sơ tồn kỳ trước", "excluding
# the backlog") is not asked: the words that leave out, then at most `_LEFT_WORDS` to the state.
_LEFT_WORDS = 3  # "not counting dossiers carried over", "chưa tính hồ sơ tồn": a noun between
_LEAVES = re.compile(
    r"\b(?:chua tinh|khong tinh|khong ke|(?<!nam )(?<!nuoc )ngoai|tru|excluding|not counting|except|other than|"
    rf"besides|leaving out)\s+(?:\S+\s+){{0,{_LEFT_WORDS}}}?"
)


def asked_state(folded_question: str) -> str:
    """The one rare state (`ASKED`) a folded question names, not one it leaves out of its
    count (`_LEAVES`); "" when none or several, or when it asks a common action beside it
    (`both_asked`: both are asked)."""
    said = [
        state
        for state, pattern in _ASKED_RE.items()
        if any(not _left_out(folded_question, m.start()) for m in pattern.finditer(folded_question))
    ]
    if len(said) != 1 or both_asked(folded_question, said[0]):
        return ""
    return said[0]


def _left_out(folded_question: str, start: int) -> bool:
    """Whether the state named at `start` follows words that leave it out of the count."""
    return bool(re.search(rf"(?:{_LEAVES.pattern})$", folded_question[:start]))


def done_asked(folded_question: str, asked: str) -> set[str]:
    """The common actions (of `SAID`, folded) a question names beside the rare one asked; not
    the one it is the object of ("từ chối tiếp nhận": refused to receive), nor the one it is
    the means of ("xử lý kỷ luật": handled by discipline)."""
    rare = _ASKED_RE[asked].pattern
    rest = re.sub(rf"(?:{_DONE_RE.pattern} )?{rare}(?: {_DONE_RE.pattern})?", " ", folded_question)
    done = {m.group(0) for m in _DONE_RE.finditer(rest)}
    return done | {w for m in _EN_DONE_RE.finditer(rest) for w in _EN_DONE[m.group(1)].split("|")}


def both_asked(folded_question: str, asked: str) -> set[str]:
    """The common actions a question asks besides the rare one (`done_asked`), when it asks two
    counts or joins the two by "và"/"and"/"or"; none when the common action only describes
    what is counted ("how many of the petitions received were rejected"): a figure of that
    action then is the whole, not the part asked."""
    done = done_asked(folded_question, asked)
    if not done or len(_COUNT_ASK.findall(folded_question)) >= 2:
        return done
    rare = _ASKED_RE[asked].pattern
    common = "|".join([_DONE_RE.pattern, *_EN_DONE])
    joined = rf"(?:{common}){_JOIN}(?:{rare})|(?:{rare}){_JOIN}(?:{common})"
    return done if re.search(joined, folded_question) else set()


def _clauses(quote: str, figure: str) -> list[str]:
    """What a figure's line says of it, nearest first (folded): its own clause (`clause_at`:
    `OWN_BREAKS` on either side), the label before a colon that opens it ("… là: 5.318"), and
    the lead of its sentence when the figure is an item of the lead's breakdown (`_OPENS`);
    none when the figure is not found."""
    found = figure_at(quote, figure)
    if found is None:
        return []
    folded, at = found
    own, clause = clause_at(folded, at)
    said = [clause]
    opened = folded[: at.start() - len(own)].rstrip()
    if opened.endswith(":"):
        said.append(clause_before(folded, len(opened) - 1, OWN_BREAKS))
    sentence = clause_before(folded, at.start(), _SENTENCE)
    start = at.start() - len(sentence)
    first = _OPENS.search(sentence)
    if first:
        said.append(folded[start : start + first.start()])
    return said


def other_state(asked: str, quote: str, figure: str, question: str = "") -> str:
    """The state the figure's line says of it (`_clauses`, nearest first) instead of the asked
    one, folded; "" when any of them names the asked state, or none names a state of the
    class at all. A common action the (folded) question asks too (`both_asked`) is no other
    action."""
    said = _clauses(quote, figure)
    if not said or any(_ASKED_RE[asked].search(clause) for clause in said):
        return ""
    also = both_asked(question, asked)
    for clause in said:
        for state, pattern in _ASKED_RE.items():
            if state != asked and (m := pattern.search(clause)):
                return m.group(0)
        if other := next((m.group(0) for m in SAID.finditer(clause) if m.group(0) not in also), ""):
            return other
    found = figure_at(quote, figure)
    has = _HAS.search(found[0][: found[1].start()]) if found else None
    return has.group(1) if has else ""


def state_unsaid(q: ParsedQuery, ans: Answer, language: str) -> Answer | None:
    """ "Not found" in place of a figure (or of candidates) whose own clause says its things
    underwent another action than the rare one asked (`other_state`); None when it stands."""
    asked = asked_state(q.folded)
    pairs = counting_asked(q, stated(ans))
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


def counting_asked(q: ParsedQuery, pairs: list[tuple[str, Citation]]) -> list[tuple[str, Citation]]:
    """Of several candidates, those whose figure counts the noun the question asks
    (`counted.figure_nouns`), when one does: a candidate counting nothing or another thing
    ("24/7", "15 cuộc họp" beside "812 chứng thư số") is no figure of what is asked and
    keeps no answer open; all of them when none counts it, or for one figure stated."""
    wanted = counted.asked_noun(q.folded)
    if len(pairs) < 2 or not wanted:
        return pairs
    own = [(f, c) for f, c in pairs if wanted in counted.figure_nouns(c.quote, f)]
    return own or pairs
