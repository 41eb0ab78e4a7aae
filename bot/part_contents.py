"""What a named part of a report covers: "Phần cải cách chế độ công vụ … gồm những nội dung
nào?", "what does the civil service (chế độ công vụ) section cover?" → the part the question
names by its heading's words (quoted, glossed in brackets, by its label, or as words of the
question), answered with what it is made of: its sub-sections when it has them (as
bot/part_outline.py lists them), else every item of its list, each with the labels of the
sub-items under it, each cited. None when the question asks no contents, names no part, or the
part named has fewer than two items: the other answerers answer as before."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answer import Answer
from bot.part_choices import label_not_found, reports_in_scope, which_part
from bot.part_labels import MARK, part_labels
from bot.part_outline import MIN_PARTS, OutlineAnswerer, entries
from bot.section_answer import Block, SectionAnswerer, label_of
from bot.section_items import item_line, render_items
from bot.structure import Item, clip, items_of, marker_rank, strip_marker, summing_up_cut
from bot.summary_named import NamedParts
from core.query import ParsedQuery
from core.text import fold
from index.lexical import tokenize
from index.retrieve import Retrieval

# A word that names a part of a report ("phần …", "mục …", "the … section"), not "phần mềm",
# "phần trăm", "mục tiêu", "mục đích" nor a folded "phân cấp", "phân bổ", "mức độ".
_PART_WORD = re.compile(
    r"\b(?:phan|muc)\b(?!\s+(?:mem|tram|tieu|dich|cap|bo|do|loai|cong(?! tac)|chia|biet|anh|hoa)\b)|"
    r"\b(?:section|part|chapter)\b"
)
# The question asks what the part is made of: "gồm/có/đề cập những nội dung nào/gì", "nội
# dung gì", "what does … cover/include/contain", "what is covered in …", "what topics …".
_ASKS_VI = re.compile(
    r"\b(?:(?:gom|bao gom|co|de cap|neu|chua)\s+)?(?:nhung|cac)\s+noi dung\s+(?:nao|gi)\b|"
    r"\bnoi dung\s+(?:nao|gi)\b|\bgom nhung gi\b|\bbao gom nhung gi\b"
)
_ASKS_EN = re.compile(
    r"\b(?:cover(?:s|ed)?|includ(?:e|es|ed)|contain(?:s|ed)?|consists?\s+of|made\s+up\s+of|"
    r"deal(?:s)?\s+with)\b"
)
_PART_EN = re.compile(r"\b(?:sections?|parts?|chapters?|sub ?sections?)\b")
_WHAT = re.compile(r"\b(?:what|which)\b")
# An item's own text in a contents line, cut (its whole text is in its citation).
ITEM_HEAD_CHARS = 300
# A sub-item's label in a contents line, cut.
SUB_LABEL_CHARS = 90


def asks_contents(folded: str) -> bool:
    """Whether a (folded) question asks what a part of a report it names is made of."""
    if not _PART_WORD.search(folded):
        return False
    if _ASKS_VI.search(folded):
        return True
    return bool(_WHAT.search(folded) and _ASKS_EN.search(folded))


def without_asking(folded: str) -> str:
    """The question without the words that ask for contents ("cover" is no "phủ sóng")."""
    return _ASKS_EN.sub(" ", _ASKS_VI.sub(" ", folded))


def contents_line(it: Item) -> str:
    """An item as one line of contents: its own text, then the labels of the sub-items listed
    under it ("Kết quả tuyển dụng …: Tuyển dụng công chức; Tuyển dụng viên chức"); without
    sub-items, its text and detail as a section answer gives them."""
    subs = [p for p in it.detail if marker_rank(p.text) is not None]
    if not subs:
        return item_line(it)
    text = clip(summing_up_cut(it.readable), ITEM_HEAD_CHARS).rstrip()
    labels = "; ".join(clip(label_of(strip_marker(p.readable)), SUB_LABEL_CHARS) for p in subs)
    sep = " " if text.endswith(":") else ": "
    return text + sep + labels


class ContentsAnswerer:
    """Lists what the part of a report a question names is made of."""

    def __init__(self, sections: SectionAnswerer, parts: NamedParts, outline: OutlineAnswerer):
        self.sections = sections
        self.parts = parts
        self.outline = outline
        self.index = sections.index

    def answer(self, q: ParsedQuery, retrieval: Retrieval, language: str) -> Answer | None:
        """The named part's sub-sections or items as a cited list; None when the question asks
        no contents or names no part with two of them at least."""
        if not retrieval.hits or not asks_contents(q.folded):
            return None
        reports = self.outline.reports(q, retrieval)
        if not reports:
            return None
        asked = replace(q, folded=without_asking(q.folded))
        if part_labels(q.text):
            # a part named by its label: in every report the question may mean, the parts
            # so labelled its other words tell apart; several left, they are listed
            scope = reports_in_scope(self.index, q, reports)
            carried = self.labelled(asked, retrieval, scope)
            if not carried:
                return label_not_found(self.index, q, scope, language)
            if len(carried) > 1:
                return which_part(self.index, q, carried, language)
            block: Block | None = carried[0]
        else:
            block = self.find(asked, retrieval, reports[0])
        if block is None:
            return None
        sec = self.parts.section(block)
        if sec is not None and sec.children:
            found = entries(sec)
            if len(found) < MIN_PARTS:
                return None
            return self.outline.render(q, sec, found, language)
        _, items = items_of(block.paras)
        if len(items) < MIN_PARTS:
            return None
        return render_items(self.index, q, block, items, language, len(items), line=contents_line)

    def labelled(self, q: ParsedQuery, retrieval: Retrieval, reports: list[str]) -> list[Block]:
        """The parts of the reports that carry the label the question names, told apart by its
        other words ("mục II (kết quả thực hiện …)": the part labelled whose heading says
        them; "phần tồn tại … (phần B)": the part they name under it)."""
        # "section" is no topic: its translation ("chuyên mục") would name a part it is not
        bare = replace(q, folded=_PART_EN.sub(" ", q.folded))
        outer = [b for rid in reports for b in self.parts.labelled_all(q, rid)]
        return self.parts.told_apart(bare, retrieval, outer)

    def find(self, q: ParsedQuery, retrieval: Retrieval, report_id: str) -> Block | None:
        """The part named by a quoted or bracketed name, else by the heading words of the
        question (beyond the report's title); None when two parts apart share its heading."""
        # "section" is no topic: its translation ("chuyên mục") would name a part it is not
        bare = replace(q, folded=_PART_EN.sub(" ", q.folded))
        found = self.parts.quoted(q, retrieval, report_id, glossed=True) or self.parts.headed(
            bare, retrieval, report_id, phrases=True
        )
        return None if found is None or self.ambiguous(found) else found

    def ambiguous(self, b: Block) -> bool:
        """Whether another part of the report, not above or below it, has the same heading
        ("II. Đánh giá chung" under part A and under part B): the question does not tell
        which it asks about."""
        name = _heading_name(b.heading)
        for other in self.sections.blocks(b.report_id):
            if other.path == b.path or not other.heading or _heading_name(other.heading) != name:
                continue
            n = min(len(other.path), len(b.path))
            if other.path[:n] != b.path[:n]:
                return True
        return False


def _heading_name(heading: str) -> str:
    """A heading's words, folded, without its label ("II. ĐÁNH GIÁ CHUNG" → "danh gia chung")."""
    m = MARK.match(heading)
    return " ".join(tokenize(fold(heading[m.end() - 1 :] if m else heading)))
