"""Which parts a report summary tells, one bullet each: its top-level sections; a results
section's limitations, causes, tasks and proposals on their own; a results section made of
reform areas ("II. Kết quả thực hiện …": 1. Cải cách thể chế … 6. Chính quyền điện tử) area
by area. Each part carries the key figures stated in its own paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.structure import Para, Section, items_of, own_paras, readable_heading, strip_marker
from core.text import fold

# A heading that names an assessment, the tasks ahead or proposals by its first words ("3. Tồn
# tại, hạn chế", "5. Phương hướng, nhiệm vụ …", "6. Kiến nghị, đề xuất").
_KIND_HEADING = re.compile(
    r"^(?:[\divxlc]+[.)]\s*)*(?:han che|ton tai|kho khan|vuong mac|nguyen nhan|kien nghi|de xuat|"
    r"phuong huong|nhiem vu|giai phap|uu diem|mat tich cuc|danh gia chung|nhan xet)\b"
)
# A results section of this many areas at least is told area by area: each area is a part of
# the report's work a reader asks about by name; two areas are a section's two halves, not a list.
AREAS = 3
# What a part says when it has nothing to tell ("Tiến độ … kiến nghị sau thanh tra: Không có.").
_NOTHING = frozenset(["khong co", "khong", "chua co", "khong phat sinh", "none", "nil", "n a"])


@dataclass(frozen=True)
class Part:
    """One bullet of a summary: its label, its paragraphs, and whether it is one area of a
    results section (told by one clause: there are many of them)."""

    label: str
    paras: list[Para]
    area: bool = False


def heading(sec: Section) -> str:
    """A section's heading as people read it."""
    return readable_heading(sec.path, sec.all_paras())


def says_nothing(label: str, paras: list[Para]) -> bool:
    """Whether a part's text, its label set aside, says only that there is nothing."""
    return nothing_said(label, strip_marker(" ".join(p.readable for p in paras)).strip())


def nothing_said(label: str, text: str) -> bool:
    """Whether `text`, its `label` set aside, says only that there is nothing; a label that is
    the whole text (its words before the colon too long to label it: "Kết quả thực hiện … tại
    các cơ quan, đơn vị: Không có.") leaves what follows its last colon."""
    rest = text[len(label) :] if text.startswith(label) else text
    if not rest.strip(" .,;:-*") and ":" in text:
        rest = text.rsplit(":", 1)[1]
    return fold(rest).strip(" .,;:-*") in _NOTHING


def _is_kind(sec: Section) -> bool:
    # a heading read as written or as restored ("5. Phuwong huwéng, nhiém vu": "5. Phương hướng")
    return any(_KIND_HEADING.match(fold(h).strip()) for h in (sec.heading, heading(sec)))


def told_parts(top: Section) -> list[Part]:
    """A top-level section as a report summary tells it: one part; a results section ("kết
    quả") tells its limitations, causes, tasks or proposals each on its own, labelled by both
    headings ("I. Kết quả đạt được — 3. Tồn tại, hạn chế"), and, when the rest is `AREAS`
    areas or more, each area on its own too ("II. Kết quả … — 1. Cải cách thể chế")."""
    whole = own_paras(top.heading, top.body() or top.all_paras())
    label = heading(top)
    if not re.search(r"\bket qua\b", fold(top.heading)):
        return [Part(label, whole)]
    kinds = [c for c in top.children if _is_kind(c)]
    kinds_ = {id(c) for c in kinds}
    areas = [c for c in top.children if not _is_kind(c)]
    if len(areas) < AREAS:
        areas = []
    if not kinds and not areas:
        return [Part(label, whole)]
    mine = {id(c) for c in kinds + areas}
    told = [c for c in top.children if id(c) in mine]
    theirs = {(p.chunk.id, p.start) for c in told for p in c.all_paras()}
    rest = [p for p in whole if (p.chunk.id, p.start) not in theirs]
    out = [Part(label, rest)] if rest or not areas else []
    return out + [
        Part(f"{label} — {heading(c)}", c.body() or c.all_paras(), id(c) not in kinds_)
        for c in told
    ]


def areas_listed(paras: list[Para]) -> bool:
    """Whether a block's items are areas to tell one by one: three at least, or two or more
    that each head a list of their own."""
    items = items_of(paras)[1]
    return len(items) >= 3 or (len(items) >= 2 and all(it.detail for it in items))


LABEL_CHARS = 120  # an item's words before its colon label it when they are no longer


def item_label(text: str) -> str:
    """A list item as a summary's label: its marker dropped, its words before a colon when
    they say what it is about in `LABEL_CHARS` or fewer, else its first sentence (what the
    item is about; its other sentences are told after it)."""
    text = strip_marker(text)
    head = text.split(":", 1)[0].strip()
    if ":" in text and 0 < len(head) <= LABEL_CHARS:
        return head
    # its first sentence: up to a full stop that a capitalised word follows
    ends = (m.start() + 3 for m in _STOP.finditer(text) if m.group(1).isupper())
    return text[: next(ends, len(text))]


_STOP = re.compile(r"\w\w[.!?]\s+(\w)")  # a word's end, not an initial ("A. Nguyễn")
