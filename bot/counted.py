"""What a stated figure counts, against what a Vietnamese question asks to count: "bao nhiêu hồ
sơ" is not answered by "02 hệ thống phần mềm", "bao nhiêu cán bộ, công chức" not by "01 viên
chức" (a near miss: a real figure of the report, of another thing).

The counted thing of a figure is the count noun written right after it ("1.044 dịch vụ công",
"138/138 xã"); of the question, the count noun right after "bao nhiêu" / "số lượng" / "tổng
số". Only nouns of a closed list are compared, abbreviations as the words they stand for
(TTHC = thủ tục, DVC = dịch vụ, CBCC = cán bộ, công chức, staff's HS = hồ sơ); a figure with
no count noun after it ("trực tuyến: 23.940", "55,82%") or a question with none is not judged.
A count of a subgroup ("01 lãnh đạo UBND cấp xã và các công chức chuyên môn") is no count of
the whole group ("bao nhiêu cán bộ, công chức") unless the question names the subgroup too."""

from __future__ import annotations

import re

from bot.intents_types import WANTS_PERCENT
from core.text import fold

# Count nouns as folded, longest first where one starts another ("ho so" before "ho").
NOUNS = (
    "ho so", "hs", "thu tuc", "tthc", "dich vu", "dvc", "he thong", "van ban", "can bo",
    "cong chuc", "vien chuc", "cbcc", "lanh dao", "xa", "huyen", "don vi", "co quan", "nhiem vu", "tin", "bai",
    "doanh nghiep", "to roi", "phan mem", "may tinh", "may chu", "quyet dinh", "ke hoach",
    "buoi", "luot", "nguoi", "ho", "tai khoan", "chung thu", "ty dong", "trieu dong", "dong",
    "tien", "kinh phi", "von", "vnd", "d",
    "cuoc", "lop", "hoi nghi", "phong", "so ban nganh", "so nganh", "muc tieu",
    "tin tuc", "cap chinh quyen", "chi thi", "nghi quyet", "cong van", "to chuc", "an pham",
    "hoat dong", "noi dung",  # a plan's activities and items ("12 nhiệm vụ, 30 hoạt động")
)  # fmt: skip
# The same thing written two ways.
_SAME = {
    "tthc": "thu tuc", "dvc": "dich vu", "hs": "ho so", "cbcc": "can bo", "cong chuc": "can bo",
    # money, however it is written
    "dong": "tien", "ty dong": "tien", "trieu dong": "tien", "kinh phi": "tien", "von": "tien",
    "vnd": "tien", "d": "tien",  # "150.000đ/ngày"
    # departments are the province's agencies ("16 Sở, ban, ngành")
    "so ban nganh": "co quan", "so nganh": "co quan", "tin tuc": "tin",
    # press pieces: the reports write "tin, bài" as one thing, and English "articles" or
    # "news items" name either
    "bai": "tin",
}  # fmt: skip
# Nouns as often a syllable of another word: "tin" of "thông tin", "tin học", "tin dùng", "tin
# nhắn"; folded "bài" also "bãi" of "bãi bỏ", "bãi đỗ". There they count nothing.
_NOT_IN_WORD = {
    "tin": r"(?<!thong )tin(?! (?:hoc|dung|nhan)\b)",
    "bai": r"bai(?! (?:bo|do)\b)",
}
_ALT = "|".join(_NOT_IN_WORD.get(n, n) for n in sorted(NOUNS, key=len, reverse=True))
_NOUN = re.compile(rf"\b({_ALT})\b")
# … or a question that opens on "Số" and a count noun ("Số hồ sơ dịch vụ công mức độ 4 …"):
# folded, "số" is also "sở", but no department's name starts with a count noun; "số đơn vị"
# names no thing, and "so dong" is as often "số đồng thời" as an amount.
_ASKED = re.compile(
    rf"(?:\b(?:bao nhieu|so luong|tong so)\s+|^so\s+(?!(?:don vi|dong|d)\b))"
    rf"(?:(?:cac|nhung)\s+)?({_ALT})\b"
)
# An English question naming the reports' own noun of two or more words ("how many sở, ban,
# ngành"), when it names no English count noun; one-word nouns ("dong", "xa") are too often
# names or English words there.
_VI_IN_ENGLISH = re.compile(
    r"\b(?:how many|number of)\s+(?:the\s+)?("
    + "|".join(sorted((n for n in NOUNS if " " in n), key=len, reverse=True))
    + r")\b"
)
# English count nouns, as the Vietnamese noun the reports write; "how many" and up to four
# words before the noun ("how many level-3 online public services": "level 3" once folded).
_ENGLISH = {
    "procedures": "thu tuc", "dossiers": "ho so", "applications": "ho so", "files": "ho so",
    "services": "dich vu", "systems": "he thong", "documents": "van ban", "communes": "xa",
    "districts": "huyen", "officials": "can bo", "cadres": "can bo",
    "staff": "nguoi", "people": "nguoi", "persons": "nguoi", "employees": "nguoi",
    "workers": "nguoi", "personnel": "nguoi",
    "civil servants": "can bo", "public employees": "vien chuc", "enterprises": "doanh nghiep",
    "businesses": "doanh nghiep", "leaflets": "to roi", "computers": "may tinh",
    "servers": "may chu", "certificates": "chung thu", "accounts": "tai khoan",
    "decisions": "quyet dinh", "plans": "ke hoach", "tasks": "nhiem vu", "agencies": "co quan",
    "households": "ho", "conferences": "hoi nghi", "classes": "lop", "courses": "lop",
    "leaders": "lanh dao", "departments": "co quan", "objectives": "muc tieu", "goals": "muc tieu",
    "news items": "tin", "articles": "bai", "records": "ho so",
    "directives": "chi thi", "resolutions": "nghi quyet", "official letters": "cong van",
    "dispatches": "cong van", "organisations": "to chuc", "organizations": "to chuc",
    "publications": "an pham", "activities": "hoat dong",
    # the reports' abbreviations, written as they are in an English question ("how many TTHC")
    "tthc": "thu tuc", "dvc": "dich vu", "cbcc": "can bo",
}  # fmt: skip
# A noun in the possessive ("the People's Council", "officials' pay") owns what follows: no
# thing counted.
_NOT_OWNER = r"(?!['’])"
# A verb right after "how many" ("when the course ended, how many went back to their
# communes?") names no count noun after it: a noun further on says where or how, not what.
# A copula is no such verb: "how many were officials" counts the officials.
_VERB_AFTER = r"(?:came|come|had|have|has|did|do|does|went|got)"
# A copula then a preposition says what the counted things were for or in ("the permits
# granted: how many were for small firms?", "how many are in the communes"): the noun after it is
# no count noun; what is counted is named before "how many".
_FOR_WHAT = r"(?:were|was|are|is)\s+(?:for|in|at|of|from|on|under|by|through|via)\b"
# An "of" past the first words ends the phrase counted: "how many field offices of the
# ministries" counts the offices, the ministries only say whose ("how many of the tasks" still counts tasks).
_ASKED_EN = re.compile(
    r"\b(?:how many|number of)\s+(?:of\s+)?(?!" + _VERB_AFTER + r"\b)(?!" + _FOR_WHAT + r")"
    r"(?:[a-z0-9-]+\s+(?<!\bof\s)){0,4}?("
    + "|".join(sorted(_ENGLISH, key=len, reverse=True))
    + r")\b"
    + _NOT_OWNER
)
# … or named right before a "how many" that names no count noun after it ("the permits for
# farms — how many?", "procedures: how many were handled online?"): a count noun ends a phrase,
# then at most `_BEFORE_WORDS` words (punctuation aside) before "how many". Not before "how many
# times", a ratio asked. What is counted is the head of that phrase, its first count noun
# ("dossiers filed for commune procedures": dossiers), the phrase opening after the last stop,
# colon, comma, dash or bracket before it.
_BEFORE_WORDS = 1
_EN_ALT = "|".join(sorted(_ENGLISH, key=len, reverse=True))
_ENDS_BEFORE = re.compile(
    rf".*\b({_EN_ALT})\b{_NOT_OWNER}[\s,:;—–-]*(?:[a-z0-9]+[\s,:;—–-]+){{0,{_BEFORE_WORDS}}}$", re.S
)
_HOW_MANY_EN = re.compile(r"\bhow many\b(?!\s+times\b)")
_PHRASE_BREAK = re.compile(r"[.;:?!,—–()]|\s-\s")
_FIRST_EN = re.compile(rf"\b({_EN_ALT})\b{_NOT_OWNER}")
# Money asked ("bao nhiêu tiền", "kinh phí"): the reports write every amount in đồng.
_MONEY = "tien"
# People asked in general ("người", English "staff", "people"): a count of cadres, civil
# servants or public employees is a count of people too ("32.554 người", "10 công chức").
_PERSONS = frozenset({"nguoi", "can bo", "vien chuc"})
# Subgroups of the people counted ("lãnh đạo", a unit's leaders): a count of them is no count
# of all its cadres or staff, so they are never "the same thing" as those.
_SUBGROUPS = frozenset({"lanh dao"})
# Counters of whatever the clause names ("4.599/4.722 đơn vị" of businesses and
# organisations): never another thing.
_GENERIC = frozenset({"don vi"})
# What "đơn vị" (units) names when asked: an agency, an organisation or a unit inside one
# ("phòng"), an administrative unit ("xã", "huyện"). A count of any of them is a count of
# units; a count of dossiers, procedures or people is not.
_UNIT_KINDS = frozenset({"co quan", "to chuc", "phong", "xa", "huyen"})
# Kinds of document a report counts by name ("ban hành 06 nghị quyết", "17 quyết định", "02 chỉ
# thị"): a count of one kind is always written with its kind's name, so a figure whose sentence
# never names the kind asked ("… Covid-19", "01 lãnh đạo") is no count of it.
DOCUMENT_KINDS = frozenset({"chi thi", "nghi quyet", "quyet dinh", "ke hoach", "cong van"})
# How many words after a figure may name what it counts ("12 công chức, viên chức").
_AFTER_WORDS = 4


def _canon(noun: str) -> str:
    return _SAME.get(noun, noun)


# An English count noun right after another ("staff records", "business accounts"): the last
# is the head, what is counted; the first only says whose.
_NEXT_EN = re.compile(r"\s+(" + "|".join(sorted(_ENGLISH, key=len, reverse=True)) + r")\b")


def _head(text: str, m: re.Match[str]) -> str:
    """The English count noun a "how many …" match counts: the last of a run of count nouns
    ("how many staff records": records), else the one matched."""
    noun = m.group(1)
    end = m.end()
    while (nxt := _NEXT_EN.match(text, end)) is not None:
        noun, end = nxt.group(1), nxt.end()
    return noun


def _unlisted(folded: str) -> str:
    """A folded text with its commas and semicolons read as spaces: "so, ban, nganh" is the
    count noun "so ban nganh" (departments), as the reports write it without them too."""
    return " ".join(re.sub(r"[,;]", " ", folded).split())


def asked_noun(folded_question: str) -> str:
    """The count noun a (folded) question asks for, an English one as the reports' Vietnamese
    noun, said after "how many" or, when none is, right before it ("" when none of the
    list). A noun written with commas between its words ("sở, ban, ngành") is that noun."""
    plain = _unlisted(folded_question)
    m = _ASKED.search(plain)
    if m:
        return _canon(m.group(1))
    m = _ASKED_EN.search(folded_question)
    if m:
        return _canon(_ENGLISH[_head(folded_question, m)])
    m = _VI_IN_ENGLISH.search(plain)
    if m:
        return _canon(m.group(1))
    return _noun_before(folded_question)


def _noun_before(folded: str) -> str:
    """The head count noun of the phrase that ends right before a "how many" (`_ENDS_BEFORE`),
    as the reports' noun; "" when no such phrase ends on a count noun."""
    for ask in _HOW_MANY_EN.finditer(folded):
        head = folded[: ask.start()]
        last = _ENDS_BEFORE.match(head)
        if last is None:
            continue
        breaks = list(_PHRASE_BREAK.finditer(head, 0, last.start(1)))
        start = breaks[-1].end() if breaks else 0
        first = _FIRST_EN.search(head, start)
        if first is not None:
            return _canon(_ENGLISH[_head(head, first)])
    return ""


def asked_nouns(folded_question: str) -> list[str]:
    """Every count noun a (folded) question asks for, in its order ("bao nhiêu công chức … từ
    bao nhiêu sở": two), English ones as the reports' Vietnamese nouns."""
    plain = _unlisted(folded_question)
    found = [(m.start(), _canon(m.group(1))) for m in _ASKED.finditer(plain)]
    found += [(m.start(), _canon(_ENGLISH[_head(plain, m)])) for m in _ASKED_EN.finditer(plain)]
    return [noun for _, noun in sorted(found)]


# Classifiers written between a figure and its count noun ("126 bộ hồ sơ": sets of dossiers,
# "20 chiếc máy tính"): the noun after them is what is counted. Only before a listed noun, so
# "5 Bộ" (ministries) is no classifier, and only right before it, no punctuation between ("3 bộ,
# cơ quan": ministries and agencies).
_CLASSIFIER = re.compile(rf"^\s*(?:bo|chiec|cai)\s+(?=(?:{_ALT})\b)")


def _after(sentence: str, figure: str) -> str | None:
    """The few words right after a figure in a sentence, folded, a classifier before its count
    noun left out (`_CLASSIFIER`); None when it is not found."""
    folded = fold(sentence)
    m = re.search(rf"(?<![\d.,]){re.escape(fold(figure))}(?![\d])", folded) if figure else None
    if m is None:
        return None
    rest = _CLASSIFIER.sub("", folded[m.end() :], count=1)
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", rest).split()[:_AFTER_WORDS])


def noun_words(sentence: str, figure: str) -> str:
    """The count noun right after a figure, folded as written ("so ban nganh"); "" when none."""
    first = _NOUN.match(_after(sentence, figure) or "")
    return first.group(1) if first else ""


# A count noun that opens the label of the next figure ("20.455 hồ sơ, dịch vụ công mức độ 4
# là 28.184 hồ sơ"): "là" or a colon, then a figure, with no list break before them, within
# 40 characters (a label's few words; further on, another clause).
_LABELS_NEXT = re.compile(r"[^,;()]{0,40}?(?:\bla|:)\s*\d")


# Head nouns whose count is of records, documents, events or people about another counted
# thing: a count noun written right after one, with no list break between, only says whose or
# about what ("126 hồ sơ thủ tục hành chính" counts dossiers, not procedures; "17 quyết định
# công bố TTHC" decisions; "120 cán bộ xã" officials, not communes).
HEADS_OF = frozenset({
    "ho so", "quyet dinh", "ke hoach", "van ban", "chi thi", "nghi quyet", "cong van",
    "tai khoan", "chung thu", "tin", "bai", "hoi nghi", "lop", "buoi", "cuoc", "to roi",
    "can bo", "vien chuc", "nguoi", "lanh dao",
})  # fmt: skip
# Nouns written together as one list with no comma between ("cán bộ công chức", "tin bài").
_TOGETHER = (frozenset({"can bo", "vien chuc", "nguoi", "lanh dao"}), frozenset({"tin", "bai"}))
# What joins two count nouns as a list of things counted together ("12 công chức, viên chức").
_LIST_BREAK = re.compile(r"[,/&;]|\b(?:va|hoac)\b")


def _modifies(head: str, noun: str, between: str) -> bool:
    """Whether a count noun after a figure's head noun (`HEADS_OF`) only modifies it: no list
    break between them (`_LIST_BREAK`), nor the two written together as one list (`_TOGETHER`)."""
    if head not in HEADS_OF or head == noun or _LIST_BREAK.search(between):
        return False
    return not any({head, noun} <= group for group in _TOGETHER)


def figure_nouns(sentence: str, figure: str) -> list[str]:
    """The count nouns written in the few words right after a figure in a sentence, the first
    being what it counts; [] when the figure is not found or no count noun follows it. A noun
    after the first that opens the next figure's label (`_LABELS_NEXT`) ends them: it is that
    figure's, not a second name of this one's ("12 công chức, viên chức" counts both); so does
    one that only modifies the first (`_modifies`: "hồ sơ thủ tục" counts dossiers)."""
    after = _after(sentence, figure)
    if after is None or _NOUN.match(after) is None:
        return []
    nouns = _NOUN.findall(after)
    folded = fold(sentence)
    at = re.search(rf"(?<![\d.,]){re.escape(fold(figure))}(?![\d])", folded)
    end = at.end() if at else 0
    for i, noun in enumerate(nouns):
        m = re.compile(rf"\b{re.escape(noun)}\b").search(folded, end)
        if m is None:
            break
        if i and (
            _LABELS_NEXT.match(folded, m.end())
            or _modifies(_canon(nouns[0]), _canon(noun), folded[end : m.start()])
        ):
            nouns = nouns[:i]
            break
        end = m.end()
    return [_canon(n) for n in nouns]


# A label ending in a colon or a "là" right before the figure ("TTHC thực hiện tại Bộ phận một
# cửa cấp huyện: 45", "máy chủ dùng chung của tỉnh là 36"), from the last list separator, colon or
# "trong đó"; what it opens on ("số lượng", "tổng số") is no thing counted.
_LABEL = re.compile(r"(?:^|[(;,:]|\btrong do\b)\s*([^(;,:]*?)\s*(?::|\bla)\s*$")
_LABEL_OPENING = re.compile(r"^(?:(?:tong so|so luong|so)\s+)?(?:(?:cac|nhung)\s+)?")
# Nouns that open a label as the place or level a figure is of ("Cấp xã: 14", "Huyện A: 30",
# "Đơn vị X: 5"), not as what it counts.
_PLACES = frozenset({"xa", "huyen", "don vi", "co quan", "so ban nganh", "so nganh", "phong"})


def label_noun(sentence: str, figure: str) -> str:
    """The count noun a figure's label opens on when no count noun follows the figure ("TTHC
    thực hiện tại Bộ phận …: 45" counts procedures), as the reports' noun; "" when the figure
    has no such label, a noun follows it, or the label names a place or level."""
    folded = fold(sentence)
    m = re.search(rf"(?<![\d.,]){re.escape(fold(figure))}(?![\d])", folded) if figure else None
    if m is None or figure_nouns(sentence, figure):
        return ""
    label = _LABEL.search(folded[: m.start()])
    if label is None:
        return ""
    words = " ".join(re.sub(r"[^a-z0-9 ]+", " ", label.group(1)).split())
    noun = _NOUN.match(_LABEL_OPENING.sub("", words, count=1))
    return "" if noun is None or noun.group(1) in _PLACES else _canon(noun.group(1))


def labelled(sentence: str, figure: str, noun: str) -> bool:
    """Whether the words before a figure, back to the colon, semicolon or parenthesis before
    them (its label, when a colon ends them), name the (reports') count noun: "Tổng số quyết
    định … ban hành trong quý: 11 quyết định" says twice that it counts decisions; "bồi dưỡng
    cán bộ, công chức: Cử 02 công chức" says it of an event, not of a total."""
    folded = fold(sentence)
    m = re.search(rf"(?<![\d.,]){re.escape(fold(figure))}(?![\d])", folded) if figure else None
    if m is None:
        return False
    before = folded[: m.start()].rstrip().removesuffix(":")
    piece = re.split(r"[(;:]|\btrong do\b", before)[-1]
    words = " ".join(re.sub(r"[^a-z0-9 ]+", " ", piece).split())
    return noun in {_canon(n) for n in _NOUN.findall(words)}


# A whole named with its figure before "how many" ("of the 1,200 dossiers …, how many were
# level-3 services?"): `_OF_WHOLE` finds the whole's count noun (a figure, then up to two words,
# then the noun); `_HOW_MANY_WERE` a "how many" that a copula follows, whose noun after it names
# the part's kind, not what is counted: the dossiers of that kind are counted.
_OF_WHOLE = re.compile(
    rf"\bof\s+(?:[a-z'’-]+\s+){{0,3}}?\d[\d.,]*\s+(?:[a-z0-9-]+\s+){{0,2}}?({_EN_ALT})\b{_NOT_OWNER}"
)
_HOW_MANY_WERE = re.compile(r"\bhow many\s+(?:of (?:them|those|these)\s+)?(?:were|was|are|is)\b")


def whole_noun(folded_question: str) -> str:
    """The count noun of a whole named with its figure before a "how many" that a copula
    follows ("of the 1,200 dossiers …, how many were …": "ho so"); "" otherwise."""
    ask = _HOW_MANY_WERE.search(folded_question)
    if ask is None:
        return ""
    whole = _OF_WHOLE.search(folded_question, 0, ask.start())
    return _canon(_ENGLISH[_head(folded_question, whole)]) if whole else ""


def other_thing(folded_question: str, sentence: str, figure: str) -> str:
    """What the figure counts when it is not what the question asks to count ("he thong"),
    "" when it may be (or either side names no count noun). A figure counting the whole's
    thing (`whole_noun`) is what a "how many were …" of that whole asks."""
    wanted = asked_noun(folded_question)
    if not wanted:
        return ""
    if figure.rstrip().endswith("%") and not WANTS_PERCENT.search(folded_question):
        return "%"  # a share, where a count of things is asked
    nouns = figure_nouns(sentence, figure) or [n for n in [label_noun(sentence, figure)] if n]
    if wanted == _MONEY and _MONEY not in nouns:
        return nouns[0] if nouns else "không phải số tiền"  # an amount is written in đồng
    if not nouns and unnamed_kind(wanted, sentence):
        return "không phải số văn bản"  # a count of a document kind names its kind
    if not nouns or wanted in nouns or nouns[0] in _GENERIC or _kind_of(wanted, sentence, figure):
        return ""
    if whole_noun(folded_question) in nouns:
        return ""  # "of the 1,200 dossiers, how many were level-3 services": dossiers counted
    if nouns[0] in _SUBGROUPS and re.search(rf"\b{nouns[0]}\b", folded_question):
        return ""  # "bao nhiêu cán bộ lãnh đạo": the subgroup is asked
    if {wanted, nouns[0]} <= _PERSONS and "nguoi" in (wanted, nouns[0]):
        return ""  # people asked, cadres counted; or cadres asked, counted as people
    if wanted in _GENERIC and nouns[0] in _UNIT_KINDS:
        return ""  # units asked, agencies ("sở, ban, ngành") or their sections counted
    return nouns[0]


def unnamed_kind(wanted: str, sentence: str) -> bool:
    """Whether a document kind is asked (`DOCUMENT_KINDS`: "bao nhiêu chỉ thị", "how many
    directives") and the figure's sentence never names that kind: it counts something else."""
    if wanted not in DOCUMENT_KINDS:
        return False
    plain = " ".join(re.sub(r"[^a-z0-9 ]+", " ", fold(sentence)).split())
    return re.search(rf"\b{wanted}\b", plain) is None


def _kind_of(wanted: str, sentence: str, figure: str) -> bool:
    """Whether the figure is an item of a breakdown of a count of the wanted thing ("21 văn
    bản QPPL, trong đó có 14 quyết định …", or "(… 14 quyết định)" in brackets after it: the
    decisions are documents)."""
    folded = " ".join(re.sub(r"[^a-z0-9 (]+", " ", fold(sentence)).split())
    fig = " ".join(re.sub(r"[^a-z0-9 ]+", " ", fold(figure)).split())
    opener = r"(?:\btrong do\b|\()"
    return bool(
        re.search(rf"\d+ {re.escape(wanted)}\b.*{opener}.*(?<!\d){re.escape(fig)}\b", folded)
    )


# A question whose "bao nhiêu" ends it, nothing counted after ("DVC mức độ 4 cấp tỉnh có bao
# nhiêu"): what it counts is its subject, the words before.
_ENDS_ASKING = re.compile(r"\b(?:co|la|dat|duoc|gom|con)?\s*bao nhieu\s*[?.!]*\s*$")
# A count noun read as a level or place ("cấp xã", "các xã") is no subject counted.
# Nor is a word that is as often something else ("Đồng Tháp", "hộ", "tin" of "thông tin").
_NOT_SUBJECT = frozenset({
    "xa", "huyen", "don vi", "co quan", "phong", "so ban nganh", "so nganh",
    "dong", "d", "vnd", "ho", "tin", "bai", "nguoi", "von",
    # a plan's or a target's figure is the amount or share it sets ("kế hoạch vốn")
    "ke hoach", "muc tieu",
})  # fmt: skip


def subject_noun(folded_question: str) -> str:
    """The count noun a (folded) question ending on "bao nhiêu", with nothing counted after
    it, is about: the first of its words before ("dvc muc do 4 cap tinh co bao nhieu" →
    "dich vu"); "" for a share, a question naming its count (`asked_noun`), or one whose words
    before name no count noun but places and levels."""
    end = _ENDS_ASKING.search(folded_question)
    if end is None or WANTS_PERCENT.search(folded_question) or asked_noun(folded_question):
        return ""
    before = " ".join(re.sub(r"[,;:()]", " ", folded_question[: end.start()]).split())
    for m in _NOUN.finditer(before):
        noun = m.group(1)
        if noun not in _NOT_SUBJECT and not before[: m.start()].endswith("cap "):
            return _canon(noun)
    return ""


def asked_thing(folded_question: str) -> str:
    """What a (folded) question counts: the noun after its asking words (`asked_noun`), else
    its subject (`subject_noun`); "" when neither names a count noun."""
    return asked_noun(folded_question) or subject_noun(folded_question)


def own_thing(sentence: str, figure: str) -> str:
    """What a figure counts by its own words: the count noun right after it, else the one its
    label opens on ("TTHC …: 45"); "" when neither says one."""
    nouns = figure_nouns(sentence, figure)
    return nouns[0] if nouns else label_noun(sentence, figure)


_SINGULAR_EN = {noun.removesuffix("s"): vi for noun, vi in _ENGLISH.items() if noun.endswith("s")}
_ANY_EN = re.compile(
    r"\b(" + "|".join(sorted({*_ENGLISH, *_SINGULAR_EN}, key=len, reverse=True)) + r")\b"
)


def count_nouns_in(folded: str) -> list[str]:
    """Every count noun a folded text names anywhere, Vietnamese or English (singular or
    plural), as the reports' nouns: what it names as counted, asked or not."""
    plain = " ".join(re.sub(r"[^a-z0-9 ]+", " ", folded).split())
    found = [_canon(n) for n in _NOUN.findall(plain)]
    for m in _ANY_EN.finditer(plain):
        found.append(_canon(_ENGLISH.get(m.group(1)) or _SINGULAR_EN[m.group(1)]))
    return found
