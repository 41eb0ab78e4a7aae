"""The class of thing a 'which …' question asks listed, and how much a list's items look like
it: documents ('những văn bản / nghị định nào': items naming a document), places ('những
huyện nào': "huyện Cẩm Giàng", a proper name), agencies ('những cơ quan, đơn vị nào': items
naming a department, a company, a bank …) and positions ('những chức danh nào': items naming
a post, "Phó Giám đốc …", "Trưởng phòng …"). Any other kind of thing has no class: its fit is
read from the words alone (`bot/list_answer.py`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from bot.intents_types import SECTION_KINDS
from bot.list_find import DOC_WORDS, names_doc
from bot.list_items import title_name
from core.query import REVERSE
from core.text import fold

PLACE_WORDS = frozenset(
    ["huyen", "xa", "thi xa", "thanh pho", "dia phuong", "thi tran", "phuong", "don vi hanh chinh"]
)
# What names agencies asked ("những cơ quan, đơn vị nào", "các sở, ngành nào"), folded; after
# the places: "đơn vị hành chính" is a place. (A bare "sở" is "số" folded too: "những số liệu
# nào" asks figures; "ngành" alone asks sectors, "Y tế, Giáo dục", named by no agency word.)
AGENCY_WORDS = frozenset(["co quan", "don vi", "to chuc", "doanh nghiep", "so nganh", "so ban"])
POSITION_WORDS = frozenset(["chuc danh", "chuc vu"])

# A place named by its kind, matched folded: OCR spells "huyện" "huyén", "thị xã" "thi x", "thành phố" "thanh
# phd"; "UBND huyện …", "các huyện …" name places too.
PLACE_PREFIX = re.compile(
    r"^(?:(?:ubnd|uy ban nhan dan|cac|nhung)\s+)?"
    r"(?:huyen|xa|phuong|tp\.?|tx\.?|thij? (?:x\w?|tran)|thanh ph\w)\s"
)
# An agency an item names, folded: words that name no other thing ("công an", "ngân hàng",
# "sở, ban, ngành"); OCR spells "Sở" "S&", read "so" when folded.
_AGENCY_FOLDED = re.compile(
    r"\b(?:cong an|bao hiem xa hoi|bhxh|cong ty|ngan hang|buu dien|dien luc|ubnd|hdnd|uy ban"
    r"|trung tam|kho bac|chi cuc|tap doan|tong cong ty|vnpt|viettel|van phong|thanh tra"
    r"|chi nhanh|so,? (?:ban,? )?nganh|bo,? nganh)\b"
)
# The same by a capitalised noun before a capitalised name ("Sở Tư pháp", "Phòng Kinh tế",
# "Báo Hà Tĩnh"): folded alike, these words name other things too ("số", "bổ", "báo cáo").
_AGENCY_NAMED = re.compile(
    r"\b(?:Sở|S&|Bộ|Ban|Cục|Phòng|Đài|Báo|Hội|Đoàn|Viện|Tòa án|Toà án)\s+[A-ZĐÀ-Ỹ]"
)
# A post an item names, folded ("Phó Giám đốc", "Trưởng phòng", "Chánh Văn phòng").
_POSITION = re.compile(
    r"\b(?:giam doc|truong phong|truong ban|chu tich|chanh van phong|chanh thanh tra|bi thu"
    r"|cuc truong|vu truong|to truong|ke toan truong|hieu truong|thu truong|truong khoa)\b"
)


def asked_kind(head: Sequence[str]) -> str:
    """The class of the asked things ('doc', 'place', 'agency', 'position'), or '' (anything),
    from the question's head words (`bot.list_answer.head_words`)."""
    text = " ".join(head[:3])
    if any(text.startswith(w) for w in DOC_WORDS):
        return "doc"
    if any(text.startswith(w) for w in PLACE_WORDS):
        return "place"
    if text == "so" or any(text == w or text.startswith(f"{w} ") for w in AGENCY_WORDS):
        return "agency"
    if any(text.startswith(w) for w in POSITION_WORDS):
        return "position"
    return ""


def names_agency(item: str) -> bool:
    """Whether an item names an agency ("04 chiến sỹ của Công an tỉnh", "Sở Tư pháp")."""
    return bool(_AGENCY_FOLDED.search(fold(item)) or _AGENCY_NAMED.search(item))


def names_position(item: str) -> bool:
    """Whether an item names a post ("bổ nhiệm 01 công chức giữ chức vụ Trưởng phòng …")."""
    return bool(_POSITION.search(fold(item)))


def kind_fit(kind: str, items: Sequence[str], restored: Sequence[str] = ()) -> float:
    """Share of the items that look like the asked class of thing (an item counts when it or
    its restored reading, `restored` in the same order, does)."""
    if not kind or not items:
        return 0.0
    readings = list(zip(items, [*restored, *[""] * (len(items) - len(restored))], strict=False))
    if kind == "doc":  # a document number, or a document named in the item's opening words
        hits = sum(names_doc(i) for i in items)
    elif kind == "place":
        hits = sum(bool(PLACE_PREFIX.match(fold(i))) or title_name(i) for i in items)
    elif kind == "agency":
        hits = sum(names_agency(i) or names_agency(r) for i, r in readings)
    else:
        hits = sum(names_position(i) or names_position(r) for i, r in readings)
    return hits / len(items)


def in_asked_section(section: str, kinds: Sequence[str]) -> bool:
    """Whether a list's section path names a kind of section the question names ("Hải Dương
    kiến nghị … những Nghị định nào": a list under "V. KIẾN NGHỊ, ĐỀ XUẤT"); `kinds` are
    `bot.intents_types.section_kinds` of the question, results left out (every report's body
    is results)."""
    path = f" {' '.join(re.findall(r'[a-z0-9]+', fold(section)))} "
    return any(f" {w} " in path for k in kinds if k != "results" for w in SECTION_KINDS.get(k, ()))


def beside_head(seq: Sequence[str], head: Sequence[str]) -> list[str]:
    """The question's topic words without the words naming the asked kind of thing: the head
    where it stands whole, or two of its adjacent words, is left out; a head word that stands
    beside other words is kept ("văn bản, tài liệu ban hành": "ban hành" is topic)."""
    pairs = set(zip(head, head[1:], strict=False))
    out: list[str] = []
    i = 0
    while i < len(seq):
        if head and list(seq[i : i + len(head)]) == list(head):
            i += len(head)
        elif tuple(seq[i : i + 2]) in pairs:
            i += 2
        elif len(head) == 1 and seq[i] == head[0]:
            i += 1
        else:
            out.append(seq[i])
            i += 1
    return out


def head_abbreviations(head: Sequence[str]) -> frozenset[str]:
    """The abbreviations the question's reading adds for the asked kind of thing ("cơ sở dữ
    liệu": "csdl"): they name the kind, not what is said of it."""
    return _abbreviations(tuple(head))


@functools.cache
def _abbreviations(head: tuple[str, ...]) -> frozenset[str]:
    said = set(head)
    return frozenset(a for words, a in REVERSE.items() if set(words.split()) <= said)


# A number the question names as a document's ("Decision 1150", "Quyết định số 1150", "theo Kế
# hoạch 77"): the document the things asked belong to, no figure a list must hold.
_DOC_NUMBER = re.compile(
    rf"\b(?:{'|'.join(sorted(DOC_WORDS, key=len, reverse=True))}|decision|plan|decree|"
    r"resolution|directive|circular|dispatch|official letter|no\.?|number)\s+(?:so\s+)?(\d+)\b"
)
_YEAR = re.compile(r"(19|20)\d\d")


def asked_figures(folded: str) -> list[str]:
    """The figures a (folded) question names that a list's sentence should hold ("scored above
    90%" → 90): not a year, not a document's number ("the Decision 1150 programme")."""
    docs = {m.group(1) for m in _DOC_NUMBER.finditer(folded)}
    return [
        t
        for t in re.findall(r"\w+", folded)
        if t.isdigit() and not _YEAR.fullmatch(t) and t not in docs
    ]
