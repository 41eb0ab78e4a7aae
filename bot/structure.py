"""A report's structure read back from its chunks: sections (by heading path), paragraphs with
their source lines, enumerated items (their TextRank centrality: `bot/textrank.py`).
Shared by the section, summary and list answerers."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from bot.answer import Citation
from bot.clip import clip as clip  # the answerers take it from here
from bot.extractive import cite as extractive_cite
from bot.extractive import readable_part
from bot.stopwords import HEADING_STOP
from bot.textrank import textrank as textrank  # the answerers take it from here
from core.text import fold
from index.chunk import INTRO, Chunk, Span, heading_level
from index.generations import LoadedIndex
from index.lexical import tokenize
from index.restore import readable

SEP = " > "  # how chunk.section joins a heading path


@dataclass(frozen=True)
class Para:
    """One paragraph of a chunk, with the source lines (and page) it came from."""

    chunk: Chunk
    start: int
    end: int
    line_start: int
    line_end: int
    page: int = 0
    rest: str = ""  # the paragraph's continuation in the next chunk(s), when it was split
    rest_readable: str = ""  # that continuation as people read it

    @property
    def text(self) -> str:
        """The paragraph's text as the report has it (OCR), for matching."""
        head = self.chunk.text[self.start : self.end]
        return f"{head} {self.rest}" if self.rest else head

    @property
    def spans(self) -> list[Span]:
        """The chunk's spans inside this paragraph (its own part, not the continuation)."""
        return [s for s in self.chunk.spans if s.start < self.end and s.end > self.start]

    @property
    def readable(self) -> str:
        """The paragraph as people read it: restored when the report was OCR-damaged."""
        spans = self.spans
        if self.chunk.restored and spans and spans[0].rstart >= 0 and spans[-1].rend >= 0:
            head = self.chunk.restored[spans[0].rstart : spans[-1].rend]
        else:
            head = self.chunk.text[self.start : self.end]
        rest = self.rest_readable or self.rest
        return f"{head} {rest}" if rest else head

    def readable_part(self, part: str) -> str:
        """A piece of the paragraph's own text (a listed item) as people read it."""
        return readable_part(self.chunk, part, self.start, self.end)


@dataclass
class Section:
    """A heading and everything under it: its own paragraphs and its sub-sections."""

    report_id: str
    path: tuple[str, ...]
    paras: list[Para] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)

    @property
    def heading(self) -> str:
        """The section's own heading (the last element of its path)."""
        return self.path[-1] if self.path else ""

    def all_paras(self) -> list[Para]:
        """Its paragraphs and those of every sub-section, in report order."""
        out = list(self.paras)
        for c in self.children:
            out.extend(c.all_paras())
        return sorted(out, key=lambda p: (p.chunk.position, p.start))

    def body(self) -> list[Para]:
        """All paragraphs without the section's own heading line."""
        paras = self.all_paras()
        if (
            paras
            and heading_level(paras[0].text) is not None
            and _same_heading(paras[0].text, self.heading)
        ):
            return paras[1:]
        return paras

    def walk(self) -> list[Section]:
        """This section and all below it, depth first."""
        out = [self]
        for c in self.children:
            out.extend(c.walk())
        return out


def readable_heading(path: tuple[str, ...], paras: Sequence[Para]) -> str:
    """The last heading of a path as people read it: from the restored section path of a
    chunk under it; restored on its own when no chunk carries it."""
    for p in paras:
        parts = p.chunk.section.split(SEP)
        rparts = p.chunk.readable_section.split(SEP)
        if path and len(parts) == len(rparts) and tuple(parts[: len(path)]) == path:
            return rparts[len(path) - 1]
    return readable(path[-1]) if path else ""


def _same_heading(text: str, heading: str) -> bool:
    h = heading.rstrip("…").strip()
    return text.strip().rstrip(":").startswith(h[: max(1, len(h) - 1)])


def paragraphs(chunk: Chunk) -> list[Para]:
    """The chunk's paragraphs (newline separated) with their source lines from the spans."""
    out: list[Para] = []
    pos = 0
    for piece in chunk.text.split("\n"):
        start, end = pos, pos + len(piece)
        pos = end + 1
        if not piece.strip():
            continue
        spans = [s for s in chunk.spans if s.start < end and s.end > start]
        if spans:
            first, last = spans[0], spans[-1]
            out.append(Para(chunk, start, end, first.line_start, last.line_end, first.page))
        else:
            out.append(Para(chunk, start, end, chunk.line_start, chunk.line_end))
    return out


def report_tree(index: LoadedIndex, report_id: str) -> Section:
    """The section tree of one report (the root has an empty path)."""
    root = Section(report_id, ())
    nodes: dict[tuple[str, ...], Section] = {(): root}
    for chunk in index.chunks:
        if chunk.report_id != report_id:
            continue
        path = tuple(chunk.section.split(SEP)) if chunk.section else (INTRO,)
        for i in range(1, len(path) + 1):
            sub = path[:i]
            if sub not in nodes:
                node = Section(report_id, sub)
                nodes[sub] = node
                nodes[sub[:-1]].children.append(node)
        for para in paragraphs(chunk):
            own = nodes[path].paras
            # A long paragraph split across chunks: its pieces carry the same source lines.
            if own and (own[-1].line_start, own[-1].line_end) == (para.line_start, para.line_end):
                last = own[-1]
                own[-1] = replace(
                    last,
                    rest=f"{last.rest} {para.text}".strip(),
                    rest_readable=f"{last.rest_readable} {para.readable}".strip(),
                )
            else:
                own.append(para)
    return root


class Trees:
    """Section trees of an index's reports, built on first use and kept."""

    def __init__(self, index: LoadedIndex) -> None:
        self.index = index
        self._trees: dict[str, Section] = {}

    def get(self, report_id: str) -> Section:
        """The tree of one report."""
        if report_id not in self._trees:
            self._trees[report_id] = report_tree(self.index, report_id)
        return self._trees[report_id]


# ---------------------------------------------------------------------------------------------
# Enumerated items

# Item markers, outermost first: numbered headings/paragraphs, a) letters, dashes, plus signs,
# bullets. OCR turns "4." into "4," and drops spaces, hence the loose patterns.
_MARKERS: tuple[re.Pattern[str], ...] = (
    re.compile(r"^\s*(?:[A-E]|[IVX]{1,4}|I1I|I1)\.\s+\S"),
    re.compile(r"^\s*\d{1,2}[.,)]\s*\S"),
    re.compile(r"^\s*[a-zđ]\)\s*\S"),
    re.compile(r"^\s*[-–—]\s*\S"),
    re.compile(r"^\s*\+\s*\S"),
    re.compile(r"^\s*[•*~·]\s*\S"),
)
_MARK_STRIP = re.compile(r"^\s*(?:[-–—+•*~·]|\d{1,2}[.,)]|[a-zđ]\)|[A-E]\.|[IVX]{1,4}\.)\s*")


def marker_rank(text: str) -> int | None:
    """How outer a paragraph's list marker is (0 = section letters, 1 = numbers …); None for
    a paragraph without one."""
    for rank, pattern in enumerate(_MARKERS):
        if pattern.match(text):
            return rank
    return None


def strip_marker(text: str) -> str:
    """The paragraph without its leading list marker."""
    return _MARK_STRIP.sub("", text, count=1).strip()


@dataclass
class Item:
    """One item of a list: its paragraph, and the paragraphs under it (sub-items, detail)."""

    para: Para
    detail: list[Para] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The item's own text without its marker."""
        return strip_marker(self.para.text)

    @property
    def readable(self) -> str:
        """The item's own text as people read it, without its marker."""
        return strip_marker(self.para.readable)

    def full(self) -> str:
        """The item with its detail, as one text."""
        return "\n".join([self.para.text, *(p.text for p in self.detail)])

    @property
    def line_end(self) -> int:
        """The last source line of the item and its detail."""
        return max([self.para.line_end, *(p.line_end for p in self.detail)])


# A paragraph that opens an item's own breakdown: "Trong đó:" (OCR "Trong d6:").
_OF_WHICH = re.compile(r"^\W*trong d\w{0,2}\s*:\s*$")


def items_of(paras: list[Para]) -> tuple[list[Para], list[Item]]:
    """(lead-in paragraphs, items) of a run of paragraphs: the items are the paragraphs with
    the outermost marker used; inner ones belong to the item above. In a flat dashed list,
    unmarked paragraphs after the first item are items too (OCR loses dashes); with no marker
    at all, every paragraph is an item."""
    ranks = [marker_rank(p.text) for p in paras]
    used = [r for r in ranks if r is not None]
    if not used:
        return [], [Item(p) for p in paras]
    top = min(used)
    # A marker used once while a deeper one makes the list: the single one is a heading.
    if used.count(top) == 1 and len(used) > 2 and ranks[0] == top:
        deeper = [r for r in used if r != top]
        top = min(deeper)
    # A flat dashed list (nothing nested in it): an unmarked paragraph is an item whose dash
    # OCR lost; under nested items it is the detail of the item above.
    flat = all(r <= top for r in used)
    lead: list[Para] = []
    items: list[Item] = []
    under = False  # in the sub-list an item's "Trong đó:" opens (its dashes are the item's own)
    for p, r in zip(paras, ranks, strict=True):
        prev = (items[-1].detail or [items[-1].para])[-1].text if items else ""
        under = bool(items) and (bool(_OF_WHICH.match(fold(prev))) or (under and r == top))
        if r is not None and r == top and not under:
            items.append(Item(p))
        elif not items:
            lead.append(p)
        elif r is None and flat and top >= 3:
            items.append(Item(p))  # a dash lost by OCR
        else:
            items[-1].detail.append(p)
    return lead, items


# ---------------------------------------------------------------------------------------------
# Where a section's own content ends

# The report's closing: recipients ("Nơi nhận:", OCR "Nói nhn:"), "Trân trọng", the signature
# ("KT. GIÁM ĐỐC"), the filing line ("Lưu: VT"). Folded.
_CLOSING = re.compile(
    r"^\W*(?:noi nh\w*\s*:|tran trong\b|kt\.?\s+(?:giam doc|chu tich|chanh van phong)\b|"
    r"luu\s*:?\s*vt\b)"
)
_RECIPIENTS = re.compile(r"\bnoi nh\w*\s*:")
# A paragraph that only hands the report on for compiling ("Sở X chuyển Sở Nội vụ tổng hợp, báo
# cáo Ủy ban nhân dân tỉnh."): where the report goes, the closing; a few words of recipient after.
_FORWARD = re.compile(
    r"^[^.;:]{0,80}?\b(?:chuyen|gui)\b[^.;:]{0,60}?\btong hop,? (?:va )?bao cao"
    r"(?: [^\s.;:]+){0,8}\W*$"
)
# An instruction to others ("Yêu cầu các huyện gửi …", "Các sở, ngành gửi … trước ngày …"): a
# task of the section, not the report handed on, even worded like it.
_INSTRUCTION = re.compile(r"\b(?:yeu cau|de nghi|truoc ngay|cham nhat|cac (?:so|huyen|xa))\b")
# "Trên đây là kết quả …" closes the report inside the last paragraph of its last section.
_SUMMING_UP = re.compile(r"\s(?:tren day (?:la|13|1a)|tren day)\s")


_ROMAN = {"I": 1, "V": 5, "X": 10}
_ORDINAL = re.compile(r"^\s*(\d{1,2}|[IVX]{1,4}|[A-E])[.,]\s+\S")


def ordinal(text: str) -> tuple[str, int] | None:
    """A heading's numbering as (style, number): '4. …' → ('digit', 4), 'II. …' → ('roman',
    2), 'B. …' → ('letter', 2); None when it has none. ('I.' is read as roman.)"""
    m = _ORDINAL.match(text)
    if not m:
        return None
    mark = m.group(1)
    if mark.isdigit():
        return "digit", int(mark)
    if set(mark) <= set(_ROMAN):
        values = [_ROMAN[c] for c in mark]
        total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v
                    for i, v in enumerate(values))  # fmt: skip
        return "roman", total
    return "letter", ord(mark) - ord("A") + 1


def closing(para: Para) -> bool:
    """Whether a paragraph starts the report's closing (recipients, greeting, signature)."""
    return bool(_CLOSING.match(fold(para.text))) or hand_on_line(para.readable)


def hand_on_line(text: str) -> bool:
    """Whether a line (as people read it: OCR breaks words) only hands the report on for
    compiling (`_FORWARD`), no instruction to others (`_INSTRUCTION`)."""
    folded = " ".join(fold(text).split())
    return bool(_FORWARD.match(folded)) and not _INSTRUCTION.search(folded)


def heading_closes(text: str) -> bool:
    """Whether a heading line runs on into the recipients ('VI. KIẾN NGHỊ Nơi nhận: …'): the
    section has nothing of its own."""
    return bool(_RECIPIENTS.search(fold(text)))


def summing_up_cut(text: str) -> str:
    """A paragraph without the report's closing sentence run into it ('… Trên đây là kết quả
    thực hiện …, báo cáo Bộ Nội vụ')."""
    words = text.split()
    folded = " ".join(fold(w) for w in words)
    m = _SUMMING_UP.search(folded)
    if not m or m.start() == 0:
        return text
    return " ".join(words[: folded[: m.start()].count(" ") + 1])


def own_paras(heading: str, paras: list[Para]) -> list[Para]:
    """A section's paragraphs up to where its own content ends: the report's closing, or a
    paragraph numbered like the section's heading (the next heading the chunker did not see:
    '5. Công tác tự đánh giá …' under '4. Về công tác kiểm tra CCHC')."""
    return split_sections(heading, paras)[0]


def split_sections(
    heading: str, paras: list[Para]
) -> tuple[list[Para], list[tuple[Para, list[Para]]]]:
    """(the section's own paragraphs, the sections run into it): a paragraph numbered in the
    section heading's style after it ('5.' under '4.') starts a section the chunker did not see, with the paragraphs after it
    up to the next such heading; nothing after the report's closing belongs to any."""
    mine = ordinal(heading)
    own: list[Para] = []
    found: list[tuple[Para, list[Para]]] = []
    for i, p in enumerate(paras):
        after = paras[i + 1 : i + 2]  # a hand-on ends it only right before the closing
        last = not after or bool(_CLOSING.match(fold(after[0].text)))
        if closing(p) and (last or not hand_on_line(p.readable)):
            break
        theirs = ordinal(p.text)
        if mine and theirs and theirs[0] == mine[0] and theirs[1] > mine[1]:
            found.append((p, []))
        elif found:
            found[-1][1].append(p)
        else:
            own.append(p)
    return own, found


# ---------------------------------------------------------------------------------------------
# Citations


def cite(index: LoadedIndex, n: int, para: Para, context: str, section: str = "",
         line_end: int = 0) -> Citation:  # fmt: skip
    """A citation of one paragraph (its lines, as people read it), with `context` shown
    around the quote."""
    r = index.reports[para.chunk.report_id]
    spans = para.spans
    if not spans:  # a paragraph without sentence spans: cite its lines as one span
        spans = [Span(para.start, para.end, para.line_start, para.line_end, para.page)]
    return extractive_cite(r, n, para.chunk, spans[0], 1.0, last=spans[-1], context=context,
                           section=section, line_end=line_end or para.line_end)  # fmt: skip


def cite_part(index: LoadedIndex, n: int, para: Para, start: int, end: int) -> Citation:
    """A citation of a part of a paragraph (the sentence that holds a list: `start`..`end` in
    the paragraph's text), with the paragraph as context; the whole paragraph when the part is
    not in its own chunk (a paragraph split across chunks)."""
    lo, hi = para.start + start, para.start + end
    spans = [s for s in para.spans if s.start < hi and s.end > lo] if start >= 0 else []
    if not spans or hi > para.end:
        return cite(index, n, para, para.readable)
    r = index.reports[para.chunk.report_id]
    return extractive_cite(r, n, para.chunk, spans[0], 1.0, last=spans[-1],
                           context=para.readable)  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Matching a question's topic words against headings and text (OCR-tolerant)

# Words that carry no topic in headings (bot/stopwords.py; the section and list answerers
# take it from here).
STOP = HEADING_STOP


@lru_cache(maxsize=65536)  # pure; the same heading and item words are read for every question
def edit_keys(word: str) -> frozenset[str]:
    """Keys two words share when they are one misread letter apart (same as the extractive
    answerer's relation): the word, and for 4+ letters the word with one later letter blanked."""
    more = (word[:i] + "\0" + word[i + 1 :] for i in range(1, len(word))) if len(word) >= 4 else ()
    return frozenset((word, *more))


def has_word(word: str, keys: frozenset[str]) -> bool:
    """Whether a word (or a one-letter misreading of it) is among the keys."""
    return bool(edit_keys(word) & keys)


def has_phrase(phrase: str, keys: frozenset[str]) -> bool:
    """Whether every word of a phrase is among the keys."""
    return all(has_word(w, keys) for w in phrase.split())


class Idf:
    """Inverse document frequency of folded tokens over the index's chunks."""

    def __init__(self, index: LoadedIndex) -> None:
        df: dict[str, int] = {}
        for f in index.folded:
            for t in set(tokenize(f)):
                df[t] = df.get(t, 0) + 1
        self.n = max(1, len(index.folded))
        self.df = df

    def __call__(self, token: str) -> float:
        """log(1 + N / (1 + df))."""
        return math.log(1 + self.n / (1 + self.df.get(token, 0)))


def coverage(words: Sequence[str], keys: frozenset[str], idf: Idf) -> float:
    """Share of the words' idf mass found among the keys (0..1)."""
    total = sum(idf(w) for w in words)
    if not total:
        return 0.0
    return sum(idf(w) for w in words if has_word(w, keys)) / total


@dataclass(frozen=True)
class Words:
    """A folded text's tokens, ready for OCR-tolerant word and word-pair look-ups."""

    tokens: tuple[str, ...]
    keys: frozenset[str]
    at: dict[str, tuple[int, ...]]  # edit key → positions of the tokens that have it

    @classmethod
    def of(cls, text: str) -> Words:
        """Read a (not yet folded) text."""
        tokens = tuple(tokenize(fold(text)))
        at: dict[str, list[int]] = {}
        for i, t in enumerate(tokens):
            for k in edit_keys(t):
                at.setdefault(k, []).append(i)
        return cls(tokens, frozenset(at), {k: tuple(v) for k, v in at.items()})

    def has_pair(self, a: str, b: str) -> bool:
        """Whether `a b` (each up to one misread letter) occur next to each other."""
        kb = edit_keys(b)
        for k in edit_keys(a):
            for i in self.at.get(k, ()):
                if i + 1 < len(self.tokens) and edit_keys(self.tokens[i + 1]) & kb:
                    return True
        return False


def pair_coverage(pairs: list[tuple[str, str]], words: Words) -> float:
    """Share of the question's adjacent word pairs found next to each other in a text."""
    if not pairs:
        return 0.0
    return sum(words.has_pair(a, b) for a, b in pairs) / len(pairs)


def topic_pairs(words: list[str]) -> list[tuple[str, str]]:
    """The adjacent pairs of a topic word sequence."""
    return list(dict.fromkeys(zip(words, words[1:], strict=False)))
