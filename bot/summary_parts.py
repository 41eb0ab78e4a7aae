"""Which parts a summary tells, one bullet each: a report's top-level sections (each naming
its sub-sections), a part's areas or listed items. Each part carries the key figures stated in
its own paragraphs."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from bot.section_answer import Block
from bot.structure import (
    SEP,
    STOP,
    Idf,
    Para,
    Section,
    Words,
    clip,
    edit_keys,
    has_word,
    items_of,
    own_paras,
    readable_heading,
    strip_marker,
)
from core.query import ABBREVIATIONS
from core.text import fold

# A section with this many sub-sections at least names them in its bullet ("II. Kết quả … (1.
# Cải cách thể chế; 2. …)"): a reader sees what the section covers though its one or two
# sentences tell only some of it; a single sub-section is the section itself.
NAMED_CHILDREN = 2
CHILD_CHARS = 70  # a sub-section's heading, cut, where a bullet names it
# A heading that names an assessment, the tasks ahead or proposals by its first words ("3. Tồn
# tại, hạn chế", "5. Phương hướng, nhiệm vụ …", "6. Kiến nghị, đề xuất"): a results section's
# bullet tells its results and only names these.
_KIND_HEADING = re.compile(
    r"^(?:[\divxlc]+[.)]\s*)*(?:han che|ton tai|kho khan|vuong mac|nguyen nhan|kien nghi|de xuat|"
    r"phuong huong|nhiem vu|giai phap|uu diem|mat tich cuc|danh gia chung|nhan xet)\b"
)

# What a part says when it has nothing to tell ("Tiến độ … kiến nghị sau thanh tra: Không có.").
_NOTHING = frozenset(["khong co", "khong", "chua co", "khong phat sinh", "none", "nil", "n a"])


@dataclass(frozen=True)
class Part:
    """One bullet of a summary: its label, its paragraphs, whether it is one area of a
    results section (told by one clause: there are many of them), and the sub-sections it
    covers (named after its label)."""

    label: str
    paras: list[Para]
    area: bool = False
    covers: tuple[str, ...] = ()
    told: tuple[Para, ...] = ()  # the paragraphs its sentences are drawn from (all when empty)
    under: bool = False  # one of the listed areas of the part before it: a sub-bullet, no label
    areas: tuple[tuple[str, tuple[Para, ...]], ...] = ()  # its many result areas (`wide_areas`)


def heading(sec: Section) -> str:
    """A section's heading as people read it."""
    return readable_heading(sec.path, sec.all_paras())


def says_nothing(label: str, paras: list[Para]) -> bool:
    """Whether a part's text, its label set aside, says only that there is nothing."""
    return nothing_said(label, strip_marker(" ".join(p.readable for p in paras)).strip())


def nothing_said(label: str, text: str) -> bool:
    """Whether `text`, its `label` set aside, says only that there is nothing; a label that is
    the whole text (its words before the colon too long to label it: "Kết quả thực hiện … tại
    các cơ quan, đơn vị: Không có.") leaves what follows its last colon; nothing after it (a
    lead-in whose lines are parts of their own: "Về tổ chức bộ máy, nhân sự:") says nothing."""
    rest = text[len(label) :] if text.startswith(label) else text
    if not rest.strip(" .,;:-*") and ":" in text:
        rest = text.rsplit(":", 1)[1]
        if not rest.strip(" .,;:-*"):
            return True
    return fold(rest).strip(" .,;:-*") in _NOTHING


def told_part(top: Section) -> Part:
    """A top-level section as a report summary tells it: one bullet, its one or two most
    central sentences and the key figures stated anywhere under it, naming its sub-sections
    ("II. Kết quả … (1. Cải cách thể chế; 2. Cải cách TTHC; …)", "I. Kết quả đạt được (…; 3. Tồn
    tại, hạn chế; 4. Nguyên nhân; …)"): a summary of the whole report is one or two sentences per
    top-level section, not one per area (a report of twelve areas read as twelve bullets is no
    summary)."""
    paras = own_paras(top.heading, top.body() or top.all_paras())
    kids = [c for c in top.children if c.all_paras()]
    covers = tuple(_short(heading(c)) for c in kids) if len(kids) >= NAMED_CHILDREN else ()
    # a results section ("I. Kết quả đạt được") tells its results; the limitations, causes
    # and proposals filed under it are named, their figures stated
    kinds = {(p.chunk.id, p.start) for c in kids if is_kind(c) for p in c.all_paras()}
    results = [p for p in paras if (p.chunk.id, p.start) not in kinds]
    ket_qua = re.search(r"\bket qua\b", fold(top.heading))
    told = tuple(results) if ket_qua and kinds and results else ()
    return Part(heading(top), paras, covers=covers, told=told, areas=wide_areas(top))


# A top-level part whose results run under this many numbered areas at least is a large part:
# its one or two clauses tell one or two areas, so the areas it leaves untold get a short clause
# each (`bot/summary_wide.py`); a part of four areas or fewer is told well enough by its two.
MANY_AREAS = 5


def wide_areas(top: Section) -> tuple[tuple[str, tuple[Para, ...]], ...]:
    """The result areas of a large top-level part (`MANY_AREAS`), each its heading and
    paragraphs: the sub-sections of its sub-section with the most of them, not one that names
    an assessment, tasks or proposals ("III. Phương hướng nhiệm vụ" lists tasks, not results)."""
    kids = [c for c in top.children if not is_kind(c)]
    widest = max(kids, key=lambda c: len(c.children), default=None)
    if widest is None or len(widest.children) < MANY_AREAS:
        return ()
    return tuple((heading(c), tuple(c.all_paras())) for c in widest.children if c.all_paras())


def kind_label(label: str) -> bool:
    """Whether a summary bullet's label names an assessment, the tasks ahead or proposals (see
    `_KIND_HEADING`), itself or after the part it sits in ("II. Đánh giá chung — 2. Tồn tại")."""
    return any(_KIND_HEADING.match(fold(x).strip()) for x in label.split(" — "))


def is_kind(sec: Section) -> bool:
    """Whether a section's heading names an assessment, the tasks ahead or proposals (see
    `_KIND_HEADING`), no results."""
    # a heading read as written or as restored ("5. Phuwong huwéng, nhiém vu": "5. Phương hướng")
    return any(_KIND_HEADING.match(fold(h).strip()) for h in (sec.heading, heading(sec)))


def _short(text: str) -> str:
    """A sub-section's heading cut to `CHILD_CHARS` at a word's end."""
    if len(text) <= CHILD_CHARS:
        return text
    return text[:CHILD_CHARS].rsplit(" ", 1)[0] + "…"


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


def restates(path: Sequence[str], title: str) -> bool:
    """Whether a part's headings restate the report's title's opening subject ("II. Kết quả
    thực hiện công tác cải cách hành chính" of "Kết quả thực hiện công tác cải cách hành chính
    năm 2022 và …"): a question naming it names the report's subject, the whole report. A
    subject the title joins after it ("Tình hình tuyên truyền … và xây dựng chính quyền điện
    tử …": part B) is a part of its own."""
    own = _content(" ".join(path))
    lead = _content(title)[: len(own)]
    return (
        bool(own)
        and len(lead) == len(own)
        and all(has_word(a, frozenset(edit_keys(b))) for a, b in zip(own, lead, strict=True))
    )


def _content(text: str) -> list[str]:
    """A heading's or title's words that say what it is about: no stop word, number or
    heading numeral ("ii")."""
    words = [t for t in Words.of(text).tokens if t not in STOP and len(t) > 1]
    return [t for t in words if not t.isdigit() and not _ROMAN.fullmatch(t)]


_ROMAN = re.compile(r"[ivxlc]+")  # a heading's numbering ("ii"), not a word of it


def named_by(
    words: Sequence[str], heading: Words, idf: Idf,
    seq: Sequence[str] = (), typed: Collection[str] | None = None,
) -> tuple[float, float]:  # fmt: skip
    """How much headings name a question's topic words: the share of the
    words' idf mass they hold (an abbreviation asked, "CCHC", is held by its spelled-out words
    "cải cách hành chính"), and the share of the headings' own words the question says
    (how little else they name). With the question's word sequence and the words it `typed`, a
    word only its expansion added is held only beside a neighbour it has there: one of a
    translation's terms ("communication": "truyền thông") is not held by a heading's other
    word ("thông tấn")."""
    total = sum(idf(w) for w in words)
    if not total:
        return 0.0, 0.0
    held = sum(idf(w) for w in held_words(words, heading, seq, typed))
    asked = Words.of(" ".join(words)).keys
    own = {t for t in heading.tokens if t not in STOP and len(t) > 1 and not t.isdigit()}
    said = sum(has_word(k, asked) for k in own) / len(own) if own else 0.0
    return held / total, said


def held_words(
    words: Sequence[str], text: Words, seq: Sequence[str] = (),
    typed: Collection[str] | None = None,
) -> set[str]:  # fmt: skip
    """The topic words a text holds, as `named_by` reads them (with `typed` empty, each only
    beside a neighbour it has in the question: a part's running text holds a phrase asked, not
    its words scattered)."""
    keys = text.keys
    return {w for w in words if (has_word(w, keys) and _beside(w, seq, text, typed)) or (
        w in ABBREVIATIONS and all(has_word(x, keys) for x in ABBREVIATIONS[w][0].split())) or
        flanked(w, seq, text)}  # fmt: skip


def flanked(w: str, seq: Sequence[str], heading: Words) -> bool:
    """Whether a short word (three letters at most, which `has_word` reads only exactly) is
    held misread by a heading that has its two neighbours in the question's sequence on either
    side of a word of its length one letter off: "tổ chức bộ máy" asked, "tổ chirc by may"
    printed. A short word alone is too easily another word; between its neighbours it is not."""
    if len(w) > 3:
        return False
    toks = heading.tokens
    for i, x in enumerate(seq):
        if x != w or not 0 < i < len(seq) - 1:
            continue
        before, after = edit_keys(seq[i - 1]), edit_keys(seq[i + 1])
        for j in range(1, len(toks) - 1):
            t = toks[j]
            if (
                len(t) == len(w)
                and sum(a != b for a, b in zip(t, w, strict=True)) == 1
                and (edit_keys(toks[j - 1]) & before and edit_keys(toks[j + 1]) & after)
            ):
                return True
    return False


def _beside(w: str, seq: Sequence[str], heading: Words, typed: Collection[str] | None) -> bool:
    """Whether a heading holds a word the question did not type next to one of its
    neighbours in the question's sequence (always, for a typed word or without a sequence);
    the heading read without its stop words, as the sequence is ("tồn tại, hạn chế" holds
    the pair "tồn hạn" of a translation whose "tại" the sequence drops)."""
    if typed is None or w in typed or w not in seq:
        return True
    at = [i for i, x in enumerate(seq) if x == w]
    pairs = [(seq[i - 1], w) for i in at if i] + [(w, seq[i + 1]) for i in at if i + 1 < len(seq)]
    if not pairs or any(heading.has_pair(a, b) for a, b in pairs):
        return True
    bare = Words.of(" ".join(t for t in heading.tokens if t not in STOP))
    return any(bare.has_pair(a, b) for a, b in pairs)


def restored_path(b: Block) -> str:
    """A block's headings as restored ("II. KET QUA THU'C HIEN …" read "II. KẾT QUẢ THỰC HIỆN
    …"), from a chunk under it; "" when none carries them."""
    for p in b.paras:
        parts, rparts = p.chunk.section.split(SEP), p.chunk.readable_section.split(SEP)
        if len(parts) == len(rparts) and tuple(parts[: len(b.path)]) == b.path:
            return " ; ".join(rparts[: len(b.path)])
    return ""


def area_labels(section: Section | None, paras: list[Para]) -> list[str]:
    """What a part's areas are about: its sub-sections' headings, else the labels its items
    lead with ("- Về quản lý biên chế: …", or that head a list of their own: "- Về quản lý
    biên chế" with "+ …" under it); an item that is one sentence labels nothing, it says it."""
    if section is not None and section.children:
        return [heading(c) for c in section.children]
    labels = []
    for it in items_of(paras)[1]:
        text = strip_marker(it.para.readable)
        label = item_label(text)
        if text[len(label) :].lstrip().startswith(":"):
            labels.append(label)
        elif it.detail and len(text) <= LABEL_CHARS:
            labels.append(text)
    return labels


def listed_parts(sec: Section) -> list[Part]:
    """A sub-section whose text lists its areas ("- Hệ thống một cửa điện tử …", "- Về hạ tầng:
    …") as the parts a summary tells: its heading's bullet (what its text says before the
    list, else its first area), then one short sub-bullet per area (its most central clause
    and its key figures). A long list told as one bullet pastes its first clause and a run of
    figures, and leaves most areas unsaid."""
    lead, items = items_of(sec.body())
    listed = [Part("", [it.para, *it.detail], area=True, under=True) for it in items]
    if lead:
        return [Part(heading(sec), lead), *listed]
    # no words before the list: its first area's line carries the heading
    return [replace(listed[0], label=heading(sec), under=False), *listed[1:]]


# A paragraph numbered as an item ("3. Xây dựng …", "4) …").
_ITEM_NO = re.compile(r"^\W*(\d{1,2})\s?[.)]\s")
LABEL_CHARS = 90  # a run-in area is labelled by its opening words, as a heading is


def run_in_parts(sec: Section) -> list[Part]:
    """A sub-section as the parts a summary tells: itself, and each of its paragraphs numbered
    as its next siblings ("2. …" holding "3. …", "4. …": headings the text ran into its body)
    a part of its own, so that every area numbered has its bullet."""
    whole = [Part(heading(sec), sec.body() or sec.all_paras())]
    own = _ITEM_NO.match(fold(sec.heading))
    body = sec.body()
    if own is None or sec.children:
        return whole
    cuts: list[int] = []
    for i, p in enumerate(body):
        m = _ITEM_NO.match(p.readable)
        if m and int(m.group(1)) == int(own.group(1)) + len(cuts) + 1:
            cuts.append(i)
    if not cuts:
        return whole
    before = body[: cuts[0]] or [p for p in sec.all_paras() if p not in body]
    parts = [Part(heading(sec), before)]
    for a, b in zip(cuts, [*cuts[1:], len(body)], strict=True):
        parts.append(Part(clip(body[a].readable, LABEL_CHARS), body[a:b]))
    return parts
