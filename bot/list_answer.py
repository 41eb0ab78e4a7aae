"""List answers: 'Những huyện nào …', 'các hệ thống nào đã triển khai …', 'which …' → the
enumerated items of the best passage (an inline enumeration 'gồm: a; b; c', a bracketed one
'(a, b, c, …)', a run of 'a, b và c', or a dashed list under a heading), cited."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.answer import Answer, Citation
from bot.extractive import source_line
from bot.section_answer import (
    Block,
    SectionAnswerer,
    candidate_reports,
    known,
    render_items,
    topic_sequence,
)
from bot.structure import (
    STOP,
    Para,
    Words,
    cite,
    clip,
    coverage,
    items_of,
    pair_coverage,
    strip_marker,
    topic_pairs,
)
from index.build import LoadedIndex
from index.lexical import tokenize
from index.query import ParsedQuery, expand
from index.retrieve import Retrieval

MIN_ITEMS = 3  # fewer named things is not a list
ITEM_WORDS = 12  # a comma-separated item longer than this is a clause, not a named thing
SEMI_WORDS = 60  # the same for semicolon-separated items (whole document titles)
# A sentence ends at ". " before a capital letter (not inside "1.044" or "TP.").
_SENTENCE_END = re.compile(r"(?<=[^\d\s][.!?])\s+(?=[A-ZĐÀ-Ỹ])")
_TRAILER = re.compile(r"(\s*(\.\.\.|…|,\s*\.\.\.)\s*)+$|[\s.,;:/]+$")
_AND_THE = re.compile(r"\s+(?:và|va|and)\s+(?=(?:các|cac|những|nhung)\s)", re.I)
_LEADER = re.compile(r"^(va|và|and|như|nhu|gồm|gom|là|la|:)\s+", re.I)


@dataclass(frozen=True)
class Enumeration:
    """Named things listed inside one paragraph, and the sentence that holds them."""

    para: Para
    sentence: str
    items: tuple[str, ...]


def _clean(item: str) -> str:
    item = _TRAILER.sub("", strip_marker(item.strip()))
    while (stripped := _LEADER.sub("", item)) != item:
        item = stripped
    return item.strip(" ,;:()")


def _split(part: str) -> list[str]:
    """Items of a list text: at semicolons when it has them, else at commas and 'và'."""
    if part.count(";") >= 2:
        pieces = part.split(";")
    else:
        # "A, B và các huyện C, D": 'và' parts items only before 'các/những' (in "Nông nghiệp và
        # Phát triển nông thôn" it joins one name).
        pieces = [p for c in part.split(",") for p in _AND_THE.split(c)]
    return [c for c in (_clean(p) for p in pieces) if c and not re.fullmatch(r"[.…\s]*", c)]


def _lead_dropped(items: list[str]) -> list[str]:
    """Without a first item that is a clause leading into the list ("Đã kiểm tra văn bản … do
    HĐND" before "UBND thị xã Kinh Môn, …")."""
    if len(items) > MIN_ITEMS:
        sizes = sorted(len(i.split()) for i in items[1:])
        if len(items[0].split()) > max(5, 2 * sizes[len(sizes) // 2]):
            return items[1:]
    return items


def enumerations(sentence: str) -> list[list[str]]:
    """Lists in one sentence: after a colon, inside brackets, a semicolon-separated series, or
    a run of short comma items. Comma items are named things (a few words); semicolon items
    may be whole phrases ("Phân hệ quản lý dịch vụ công trực tuyến và một cửa điện tử")."""
    found: list[list[str]] = []
    semi = sentence.count(";") >= 2
    limit = SEMI_WORDS if semi else ITEM_WORDS
    # The last colon that opens a list ("… các mô hình mới của Tỉnh: Mô hình A; Mô hình B; …").
    for m in reversed(list(re.finditer(r":\s*", sentence))):
        items = _lead_dropped(_split(sentence[m.end() :]))
        if len(items) >= MIN_ITEMS:
            found.append(items)
            break
    for m in re.finditer(r"\(([^()]{10,})\)", sentence):
        items = _split(m.group(1))
        if len(items) >= MIN_ITEMS:
            found.append(items)
    if semi and not found:
        pieces = [p for p in sentence.split(";")]
        # The first piece holds the lead-in: the list starts after its last comma.
        pieces[0] = pieces[0].rsplit(",", 1)[-1]
        items = [c for c in (_clean(p) for p in pieces) if c]
        if len(items) >= MIN_ITEMS:
            found.append(items)
    elif not semi:
        # A run of short items: "UBND thị xã Kinh Môn và các huyện Bình Giang, Cẩm Giàng, …"
        run: list[str] = []
        best: list[str] = []
        for piece in _split(re.sub(r"\([^()]*\)", " ", sentence)):
            if len(piece.split()) <= 6:
                run.append(piece)
                if len(run) > len(best):
                    best = list(run)
            else:
                run = []
        if len(best) >= MIN_ITEMS:
            found.append(best)
    # The last item may run on into the rest of the sentence; the others must be short.
    return [f for f in found if max(len(i.split()) for i in f[:-1]) <= limit]


_HEAD_VI = re.compile(r"\b(?:nhung|cac)\s+((?:[\w,]+\s+){0,5}?)nao\b")
_HEAD_EN = re.compile(r"\bwhich\s+((?:[\w/-]+\s+){0,3})")


def head_words(q: ParsedQuery) -> list[str]:
    """What kind of thing the question wants listed: the words between 'những/các' and 'nào'
    ('những huyện, thị xã nào' → huyện, thị xã), or after 'which' (in report words)."""
    m = _HEAD_VI.search(q.folded) or _HEAD_EN.search(q.folded)
    if not m:
        return []
    words = tokenize(expand(m.group(1).replace(",", " ")))
    return [w for w in dict.fromkeys(words) if w not in STOP and len(w) > 1][:6]


class ListAnswerer:
    """The enumerated items of the passage that best fits a 'which …' question."""

    def __init__(self, index: LoadedIndex, sections: SectionAnswerer) -> None:
        self.index = index
        self.sections = sections
        self._enums: dict[str, list[Enumeration]] = {}
        self._words: dict[str, Words] = {}

    def _enumerations(self, report_id: str) -> list[Enumeration]:
        if report_id not in self._enums:
            out: list[Enumeration] = []
            for sec in self.sections.trees.get(report_id).walk():
                for para in sec.paras:
                    for sentence in _SENTENCE_END.split(para.text):
                        for items in enumerations(sentence):
                            out.append(Enumeration(para, sentence, tuple(items)))
            self._enums[report_id] = out
        return self._enums[report_id]

    def _sentence_words(self, text: str) -> Words:
        if text not in self._words:
            self._words[text] = Words.of(text)
        return self._words[text]

    def answer(self, q: ParsedQuery, retrieval: Retrieval, language: str) -> Answer | None:
        """The list, or None when no passage of the retrieved reports lists things."""
        if not retrieval.hits:
            return None
        seq = known(topic_sequence(q), self.sections.idf)
        words, pairs = list(dict.fromkeys(seq)), topic_pairs(seq)
        rank_of = {h.chunk.id: i for i, h in enumerate(retrieval.hits)}
        head = known(head_words(q), self.sections.idf)
        best_enum: tuple[Enumeration, float] | None = None
        best_block: tuple[Block, float] | None = None
        for rid in candidate_reports(self.index, q, retrieval):
            for e in self._enumerations(rid):
                s = self._score_enum(e, words, pairs, rank_of, head)
                if best_enum is None or s > best_enum[1]:
                    best_enum = (e, s)
            for b in self.sections.blocks(rid):
                if b.has_children:
                    continue  # a whole part of a report is a section, not a list
                _, items = items_of(b.paras)
                if len(items) < MIN_ITEMS or len(items) > 25:
                    continue
                s = self.sections.score(b, words, pairs, [], rank_of)
                if best_block is None or s > best_block[1]:
                    best_block = (b, s)
        if best_block and (best_enum is None or best_block[1] > best_enum[1] + 0.5):
            b = best_block[0]
            _, items = items_of(b.paras)
            return render_items(self.index, q, b, items, language, self.sections.max_items)
        if best_enum is None or best_enum[1] < 0.8:
            return None
        return self._render(q, best_enum[0], language)

    def _score_enum(
        self,
        e: Enumeration,
        words: list[str],
        pairs: list[tuple[str, str]],
        rank_of: dict[str, int],
        head: Sequence[str] = (),
    ) -> float:
        sent = self._sentence_words(e.sentence)
        if head:
            # What the question asks for ("huyện", "phân hệ") named right before the list or
            # in its items: this list is of those things.
            start = e.sentence.find(e.items[0])
            near = e.sentence[max(0, start - 60) : start] + " " + " ".join(e.items)
            bonus = coverage(head, self._sentence_words(near).keys, self.sections.idf)
        else:
            bonus = 0.0
        path = self._sentence_words(e.para.chunk.section)
        idf = self.sections.idf
        s = 1.5 * (coverage(words, sent.keys, idf) + pair_coverage(pairs, sent)) + bonus
        s += 0.5 * (coverage(words, path.keys, idf) + pair_coverage(pairs, path))
        if e.para.chunk.id in rank_of:
            s += 1.0 / (1 + rank_of[e.para.chunk.id])
        return s

    def _render(self, q: ParsedQuery, e: Enumeration, language: str) -> Answer:
        en = language == "en"
        r = self.index.reports[e.para.chunk.report_id]
        cit: Citation = cite(self.index, 1, e.para, e.para.readable)
        where = ", ".join(x for x in (r.province, r.period) if x)
        head = (
            f"**{len(e.items)} items listed** ({where}; {r.agency}) [1]:"
            if en
            else f"**{len(e.items)} mục được nêu** ({where}; {r.agency}) [1]:"
        )
        lines = [f"- {clip(e.para.readable_part(item), 200)} [1]" for item in e.items]
        label = "Sources" if en else "Nguồn"
        text = head + "\n" + "\n".join(lines) + f"\n\n{label}:\n" + source_line(cit, en)
        return Answer(q.text, text, False, (cit,), confidence=1.0, language=language)
