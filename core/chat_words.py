"""Chat shorthand in a folded question read as the words it stands for.

Staff typing on a phone (Telegram-style, no diacritics) shorten the question word and the
offices and terms the reports spell out: "bn" bao nhiêu, "tt pvhcc" Trung tâm Phục vụ hành
chính công, "bpmc" bộ phận một cửa, "may tt" mấy thủ tục, "xu ly xong" giải quyết xong. Left
as typed, "bn" after "tỉnh" reads as the province Bắc Ninh and "pvhcc" is a word no clause holds.
"""

from __future__ import annotations

import re

from core.text import fold

# "bn" (and its longer chat forms) for "bao nhiêu".
_BN = r"(?:bn|bnh|bnhieu|bnhiu)"
# The words a place's name follows ("tỉnh BN", "ở BN", "của BN"): there "bn" may be Bắc Ninh.
_PLACE_BEFORE = re.compile(r"\b(?:tinh|o|tai|cua|province)\s*$")
# The words that join a side to another ("HT và bn", "so với bn", "của bn"): "bn" there is a
# name (Bắc Ninh), never the question word, unless what is counted follows ("và bn hồ sơ").
_SIDE_BEFORE = re.compile(r"\b(?:va|voi|so voi|vs|hay|hoac|cua|o|tai|of|and|in)\s*$")
# "bn" spoken to ("bn ơi", "cảm ơn bn", "chào bn"): bạn, the one asked, not how many.
_ADDRESSED_BEFORE = re.compile(r"\b(?:cam on|chao|cam ong|thank|thanks|nho|giup)\s*$")
_ADDRESSED_AFTER = re.compile(r"^\s*(?:oi|a|nhe|nha)\b")
# Another question word already asks the question: a "bn" beside it is then a name.
_OTHER_ASKING = re.compile(
    r"\b(?:bao nhieu|so sanh|how many|how much|compare|may (?!tinh|chu|moc|in|quet))"
)
# What a count asked is counted in, right after the question word ("bn tt", "bn hs", "bn %").
_UNIT_AFTER = re.compile(
    r"^\s*(?:tt|hs|thu tuc|ho so|tthc|dvc|nguoi|cong chuc|can bo|don vi|co quan|van ban|"
    r"tin|bai|lan|cai|chiec|phan tram|%|ty le|ti le|dong|trieu|ty|tai khoan|chung thu|"
    r"so|muc|dich vu|nhiem vu|xa|huyen|cuoc|hoi nghi|lop|luot)\b"
)
# The question ends (or its clause does) after "bn": "… cấp tỉnh bn", "bn?", "bn (quý 3)".
_CLAUSE_END = re.compile(r"^\s*(?:$|[?.!;,:()])")


def _question_word(m: re.Match[str]) -> str:
    """ "bao nhieu" for a "bn" that asks how many; the province's name where it stands as a
    place's name (capitals "BN"; after "tỉnh" with more words after it that count nothing;
    after a word that joins sides; beside another question word); "ban" where it is spoken
    to ("bn ơi"). Read from the typed text, capitals kept."""
    before = fold(m.string[: m.start()], repair=False)
    after = fold(m.string[m.end() :], repair=False)
    if _ADDRESSED_BEFORE.search(before) or _ADDRESSED_AFTER.match(after):
        return "ban"
    counted = _UNIT_AFTER.match(after) is not None
    ends = _CLAUSE_END.match(after) is not None
    if m.group(0) == "BN" and not m.string.isupper():
        return "bac ninh"  # capitals name the province, as TQ / HT / DT do
    if _SIDE_BEFORE.search(before) and not counted:
        return "bac ninh"
    if _PLACE_BEFORE.search(before) and not (ends or counted):
        return "bac ninh"
    rest = fold(m.string[: m.start()] + " " + m.string[m.end() :], repair=False)
    rest = re.sub(rf"(?<![\w/.-]){_BN}(?![\w/-])", " ", rest)
    if _OTHER_ASKING.search(rest) and not (ends or counted):
        return "bac ninh"
    return "bao nhieu"


# Offices and terms the reports spell out, as staff abbreviate them (folded, longest first).
CHAT_TERMS: tuple[tuple[str, str], ...] = (
    (r"tt ?pvhcc|ttpvhcc|tt phuc vu hcc|tt phuc vu hanh chinh cong",
     "trung tam phuc vu hanh chinh cong"),
    # "TTHCC" is left as typed: the reports' Trung tâm Hành chính công of a district has no
    # "phục vụ", and a comparison side labelled by it reads its line as typed
    (r"pvhcc", "phuc vu hanh chinh cong"),
    (r"hcc", "hanh chinh cong"),
    (r"bpmc|bp mot cua|bp 1 cua", "bo phan mot cua"),
    (r"cb cc ?vc", "can bo cong chuc vien chuc"),
    (r"cb cc", "can bo cong chuc"),
    (r"cq nganh doc|cq doc", "co quan nganh doc"),
    (r"dvc tt", "dich vu cong truc tuyen"),
    (r"sl", "so luong"),
    (r"ko|hok|khg", "khong"),
    (r"dc", "duoc"),
)  # fmt: skip
_TERMS = [(re.compile(rf"(?<![\w/.-])(?:{k})(?![\w/-])"), v) for k, v in CHAT_TERMS]
# "tt" right after the question word is the thing counted: thủ tục ("mấy TT", "bn tt").
_TT_COUNTED = re.compile(r"\b(bao nhieu|may) tt\b(?!\s*(?:tt|hc|tttt))")
# "xử lý xong" (or "xử lý") is how staff say the reports' "giải quyết" of a dossier.
_HANDLED = re.compile(r"\bxu ly (xong|dung han|truoc han|qua han|tre han)\b")
# "6t", "5t đầu năm": months ("6 tháng đầu năm"), not a word.
_MONTHS = re.compile(r"\b(\d{1,2}) ?t (?=dau|cuoi|nam|\d{4}\b)")


def counting_bn(question: str) -> str:
    """The question as typed (marks kept) with each "bn" that asks how many written "bao nhieu"
    (see `_question_word`): every reader of the typed text then reads the question word."""
    if not re.search(r"(?i)(?<![\w/.-])bn", question):
        return question
    return re.sub(rf"(?i)(?<![\w/.-]){_BN}(?![\w/-])", _question_word, question)


def chat_words(folded: str) -> str:
    """`folded` with the chat shorthand of `CHAT_TERMS`, a counting "bn", "tt" after the
    question word, "xu ly xong" and "6t" read as the reports' words."""
    out = re.sub(rf"(?<![\w/.-]){_BN}(?![\w/-])", _question_word, folded)
    for pattern, words in _TERMS:
        out = pattern.sub(words, out)
    out = _TT_COUNTED.sub(r"\1 thu tuc", out)
    out = _HANDLED.sub(r"giai quyet \1", out)
    return _MONTHS.sub(r"\1 thang ", out)
