"""Topic answers: 'Báo cáo … nói gì về X', 'what does the report say about X', 'tình hình X thế
nào' → what the report says of X: the body of the sub-section whose heading names X, else the
paragraph about X, stated in the answer's own text with every figure it gives (a quoted line
alone states nothing). 'Báo cáo … kiến nghị gì về X' → the proposal about X, looked for in the
report's proposals section."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.answer import Answer, Citation
from bot.extractive import source_line
from bot.intents_types import SECTION_KINDS, asks_about, section_kinds, wants_number
from bot.section_answer import (
    Block,
    SectionAnswerer,
    candidate_reports,
    kind_words,
    known,
    read_out,
    topic_sequence,
)
from bot.structure import (
    SEP,
    Para,
    Words,
    cite,
    clip,
    coverage,
    has_phrase,
    marker_rank,
    pair_coverage,
    readable_heading,
    strip_marker,
    topic_pairs,
)
from bot.summary_answer import NAMED_PART, named_by
from bot.summary_parts import restored_path
from bot.summary_sentences import cleaned
from core.query import ABBREVIATIONS, REVERSE, REVERSE_RE, ParsedQuery
from core.text import fold
from index.generations import LoadedIndex
from index.lexical import tokenize
from index.retrieve import Retrieval

# A figure a sentence states: a count, share or amount, not a bare list marker.
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*\s*%?")
# "Tình hình X thế nào / ra sao", "X được đánh giá như thế nào": the state of a topic asked.
_SITUATION = re.compile(
    r"\btinh hinh\b(?:\s+\w+){1,12}?\s+(?:the nao|ra sao|nhu the nao|nhu nao)\b|"
    r"\bhow (?:is|are|was|were|has|have)\b.{0,80}\b(?:going|progress(?:ing|ed)?|faring|doing)\b"
)
# A kind of section asked of one topic: "kiến nghị gì với UBND tỉnh về X", "what did … recommend
# regarding X": the item about X in that section, not the whole section.
_KIND_OF_TOPIC: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("proposals", re.compile(
        r"(?<!phan anh )\b(?:kien nghi|de xuat|de nghi)\s+(?:nhung\s+)?(?:gi|dieu gi|noi dung gi)"
        r"\b.*\b(?:ve|doi voi|lien quan)\b\s*\w|"
        r"\b(?:recommend\w*|propos\w*|request\w*)\b.{0,60}\b(?:about|on|regarding|concerning|for)"
        r"\b\s*\w")),
    ("limits", re.compile(
        r"\b(?:han che|ton tai|kho khan|vuong mac)\s+(?:nhung\s+)?(?:gi|nao)\b.*\bve\b\s*\w")),
)  # fmt: skip
# The words that ask, not the topic asked about: "nói gì về", "what does the report say about".
_ASKING = re.compile(
    r"\b(?:noi|de cap|neu|viet|trinh bay|cho biet|ghi nhan|danh gia)\s+(?:nhung\s+)?(?:gi|dieu gi|"
    r"noi dung gi|van de gi|nhung gi)\b|\b(?:what|does|did|do|say|says|said|tell|tells|told|"
    r"mention\w*|cover\w*|write|wrote|state[sd]?|report(?:ed|s)?|bao cao|tinh hinh|the nao|"
    r"ra sao|nhu the nao|how|going|faring|doing|progress\w*)\b"
)
# A noun that heads a topic without naming it: "đội ngũ cán bộ …" is about the staff, "đợt kiểm
# tra …" about the inspection, "vấn đề …" about what follows; a paragraph that says the topic
# without the head noun says as much.
_HEAD_NOUN = re.compile(r"\b(?:doi ngu|dot|van de)\b")
LEAD_CHARS = 160  # a listed item this short is a lead, told with the paragraphs under it
HEADING_BODY_PARAS = 8  # at most this many paragraphs told (a heading's body, a lead's items)
PARA_CHARS = 900  # a paragraph told is cut to about this many characters (see `cut`)
ANSWER_CHARS = 2400  # the paragraphs told add up to about this many characters
MAX_UNITS = 3  # items of a kind of section told when they are on the asked topic
MIN_COVERAGE = 0.5  # a paragraph must hold this much of the topic's idf mass to answer
# … in a section of the asked kind (small, and all on that kind: an item may say the topic in
# its own words, "ngân sách" for "kinh phí")
KIND_COVERAGE = 0.4


@dataclass(frozen=True)
class Unit:
    """A paragraph that may answer, with what follows it as its own (a listed item's
    sub-items), and the block it sits in."""

    block: Block
    paras: tuple[Para, ...]

    @property
    def order(self) -> tuple[int, int]:
        """Where the unit starts in its report."""
        return self.paras[0].chunk.position, self.paras[0].start


def asked_kinds(q: ParsedQuery) -> list[str] | None:
    """The kinds of section a topic question narrows ([] for "nói gì về X"), or None when the
    question asks no topic (or a number, or a whole kind of section: "nói gì về hạn chế")."""
    f = q.folded
    if wants_number(f):
        # "kiến nghị gì về ngân sách": a proposal about an amount, not an amount asked
        kinds = [k for k, p in _KIND_OF_TOPIC if p.search(f)]
        return kinds or None
    if asks_about(q) or _SITUATION.search(f):
        return None if set(section_kinds(q)) - {"results"} else []
    kinds = [k for k, p in _KIND_OF_TOPIC if p.search(f)]
    return kinds or None


class TopicAnswerer:
    """Finds what a report says of the topic a question names and states it."""

    def __init__(self, index: LoadedIndex, sections: SectionAnswerer) -> None:
        self.index = index
        self.sections = sections

    def answer(
        self, q: ParsedQuery, retrieval: Retrieval, language: str, asked: bool = False
    ) -> Answer | None:
        """The part or paragraph about the question's topic; None when the question asks no
        topic or the report has nothing convincing about it. `asked`: the caller knows the
        question asks about its topic (a summary of a topic, its asking words left out)."""
        kinds = [] if asked else asked_kinds(q)
        if kinds is None or not retrieval.hits:
            return None
        words, pairs = self._topic(q, kinds)
        if not words:
            return None
        blocks = self._blocks(q, retrieval, kinds)
        if not kinds:
            named = self._named(words, blocks)
            if named is not None:
                return self._render(q, named, list(named.paras), language, pairs)
        if kinds:
            # the section of the asked kind under a part about the topic: all of it is on it
            whole = self._under_topic(words, pairs, blocks)
            if whole is not None:
                return self._render(q, whole, list(whole.paras), language, pairs)
        rank_of = {h.chunk.id: i for i, h in enumerate(retrieval.hits)}
        least = KIND_COVERAGE if kinds else MIN_COVERAGE
        found = self._paragraphs(words, pairs, blocks, rank_of, least)
        if not found:
            return None
        # a kind of section narrowed by a topic: each of its items on the topic, in order
        # ("kiến nghị gì về đào tạo": every proposal about training); else the best one
        units = sorted(found[:MAX_UNITS], key=lambda u: u.order) if kinds else found[:1]
        paras = [p for u in units for p in u.paras]
        return self._render(q, units[0].block, paras, language, pairs)

    def _topic(self, q: ParsedQuery, kinds: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
        """The question's topic words (each once, known to the reports) and their pairs."""
        topic = replace(q, folded=_HEAD_NOUN.sub(" ", _ASKING.sub(" ", q.folded)))
        seq = known(topic_sequence(topic, kind_words(kinds)), self.sections.idf)
        seq = one_concept(seq, topic.folded)
        return list(dict.fromkeys(seq)), topic_pairs(seq)

    def _blocks(self, q: ParsedQuery, retrieval: Retrieval, kinds: list[str]) -> list[Block]:
        """The blocks to look in, leaves only: the best retrieved report of the province asked;
        when a kind is asked, its sections of that kind, in the best report that has one."""
        reports = candidate_reports(self.index, q, retrieval)
        if q.provinces:
            reports = [r for r in reports if self.index.reports[r].province in q.provinces]
        phrases = [p for k in kinds for p in SECTION_KINDS[k]]
        for rid in reports:
            out = [b for b in self.sections.blocks(rid) if b.paras and not b.has_children]
            if not kinds:
                return out
            out = [
                b for b in out
                if any(has_phrase(p, Words.of(read_out(h)).keys) for p in phrases for h in b.path)
            ]  # fmt: skip
            if out:  # the best report that has such a section
                return out
        return []

    def _under_topic(
        self, words: list[str], pairs: list[tuple[str, str]], blocks: list[Block]
    ) -> Block | None:
        """Of the sections of the asked kind, the one whose headings above it name the topic
        (as much of it as an item of such a section must hold to answer, `KIND_COVERAGE`, two
        of its words side by side): "vướng mắc gì trong cải cách tài chính công" of a report
        whose part C is "Cải cách tài chính công" and holds its own "Khó khăn, vướng mắc": every
        item there is about the topic, whether it says its words again or not. The most named; None when
        no part above a section of that kind names the topic."""
        best: tuple[float, Block] | None = None
        for b in blocks:
            # as printed and as restored ("CHIiNH QUYEN PIEN TU" is "chính quyền điện tử")
            restored = restored_path(b).split(" ; ")
            above = Words.of(read_out(" ; ".join([*b.path[:-1], *restored[:-1]])))
            held = coverage(words, above.keys, self.sections.idf)
            if held < KIND_COVERAGE or (pairs and not pair_coverage(pairs, above)):
                continue
            if best is None or held > best[0]:
                best = (held, b)
        return best[1] if best else None

    def _named(self, words: list[str], blocks: list[Block]) -> Block | None:
        """The block whose own heading names the topic (nearly all its idf mass); of several,
        the one whose heading says least beside it, then the narrowest."""
        best: tuple[tuple[float, float, int], Block] | None = None
        for b in blocks:
            texts = [b.heading] + ([b.heading_para.readable] if b.heading_para else [])
            named, said = max(
                named_by(words, Words.of(read_out(t)), self.sections.idf) for t in texts
            )
            if named < NAMED_PART:
                continue
            key = (round(named, 2), round(said, 2), -len(b.paras))
            if best is None or key > best[0]:
                best = (key, b)
        return best[1] if best else None

    def _paragraphs(
        self,
        words: list[str],
        pairs: list[tuple[str, str]],
        blocks: list[Block],
        rank_of: dict[str, int],
        least: float,
    ) -> list[Unit]:
        """The paragraphs (each with its sub-items) that hold at least `least` of the topic and
        two of its words side by side, best first: by how much of it they hold, helped by their headings and by how
        well the retriever ranked them."""
        idf = self.sections.idf
        scored: list[tuple[float, Unit]] = []
        seen: set[tuple[str, int, int]] = set()
        for b in blocks:
            path = Words.of(read_out(" ; ".join(b.path)))
            for unit in units_of(b):
                lead = unit.paras[0]
                if (lead.chunk.id, lead.start, len(unit.paras)) in seen:
                    continue
                seen.add((lead.chunk.id, lead.start, len(unit.paras)))
                # the report's own text and as restored (an OCR-damaged "cẩn bù" is "cán bộ");
                # a unit is scored by its first paragraph (a lead's sub-items by their own)
                text = Words.of(f"{lead.text} {lead.readable} {abbreviated(lead.readable)}")
                held, paired = coverage(words, text.keys, idf), pair_coverage(pairs, text)
                # syllables met apart say nothing of a topic of two words or more: "du lịch"
                # asked is not "dữ liệu … lịch …"
                if held < least or (pairs and not paired):
                    continue
                s = held + paired + 0.3 * coverage(words, path.keys, idf)
                rank = rank_of.get(lead.chunk.id)
                s += 0.0 if rank is None else 0.5 / (1 + rank)
                scored.append((s, unit))
        scored.sort(key=lambda x: -x[0])
        return [u for _, u in scored]

    def _render(
        self,
        q: ParsedQuery,
        block: Block,
        paras: list[Para],
        language: str,
        pairs: list[tuple[str, str]] | None = None,
    ) -> Answer:
        """The paragraphs as bullets in the answer's own text, each cited, under the heading
        of the part they sit in; a long one cut to its sentences with figures or the topic's
        word `pairs`."""
        en = language == "en"
        r = self.index.reports[block.report_id]
        section = SEP.join(block.path)
        whole = "\n".join(p.readable for p in paras)
        told: list[Para] = []
        size = 0
        for p in paras:
            said = strip_marker(p.readable).strip()
            if not said:
                continue
            if len(told) >= HEADING_BODY_PARAS or (told and size + len(said) > ANSWER_CHARS):
                break
            told.append(p)
            size += min(len(said), PARA_CHARS)
        cits: list[Citation] = []
        lines: list[str] = []
        for n, p in enumerate(told, 1):
            cits.append(cite(self.index, n, p, whole, section))
            lines.append(f"- {cleaned(cut(strip_marker(p.readable), PARA_CHARS, pairs), whole)} [{n}]")
        rest = len(paras) - paras.index(told[-1]) - 1
        if rest > 0:
            lines.append(
                f"… {rest} more paragraphs (source [1])." if en
                else f"… còn {rest} đoạn nữa (nguồn [1])."
            )  # fmt: skip
        heading = block.heading_para
        named = heading.readable if heading else readable_heading(block.path, block.paras)
        title = clip(cleaned(strip_marker(named), "").rstrip(" :"), 120)
        where = ", ".join(x for x in (r.province, r.period) if x)
        label = "Sources" if en else "Nguồn"
        text = f"**{title}** ({where}; {r.agency}):\n" + "\n".join(lines)
        text += f"\n\n{label}:\n" + "\n".join(source_line(c, en) for c in cits)
        return Answer(q.text, text, False, tuple(cits), confidence=1.0, language=language)


def one_concept(seq: list[str], folded: str) -> list[str]:
    """The topic words without the long form the glossary added for an abbreviation the
    question wrote ("CNTT" asked is one concept, not also "công nghệ thông tin": a paragraph that
    writes "CNTT" would otherwise hold a third of the topic); the paragraphs that spell it out
    hold the abbreviation too (`abbreviated`)."""
    typed = set(tokenize(folded))
    added = {w for a in typed & ABBREVIATIONS.keys() for x in ABBREVIATIONS[a] for w in x.split()}
    return [w for w in seq if w in typed or w not in added]


def abbreviated(text: str) -> str:
    """The abbreviations of the long forms a text spells out ("cải cách hành chính" → "cchc")."""
    return " ".join(REVERSE[m.group(1)] for m in REVERSE_RE.finditer(fold(text)))


def units_of(block: Block) -> list[Unit]:
    """A block's answering units: each paragraph; a lead ("- Về hạ tầng mạng:", or an item
    short enough to be one) with the paragraphs under it (deeper-marked, or unmarked after a
    lead ending with a colon), which say what it leads into."""
    paras = block.paras
    out: list[Unit] = []
    for i, p in enumerate(paras):
        own = marker_rank(p.text)
        lead = p.readable.rstrip()
        under: list[Para] = []
        if lead.endswith(":") or (own is not None and len(lead) <= LEAD_CHARS):
            for q in paras[i + 1 :]:
                rank = marker_rank(q.text)
                if rank is None if own is None else (rank is not None and rank <= own):
                    break
                under.append(q)
        out.append(Unit(block, (p, *under[:HEADING_BODY_PARAS])))
    return out


def cut(text: str, limit: int, pairs: list[tuple[str, str]] | None = None) -> str:
    """A text of at most about `limit` characters: whole when it fits; else its first sentence
    and then the sentences that state a figure, in order, as many as fit, then in the room left
    those that say one of the topic's word `pairs` ("mô hình"), "…" where sentences were left
    out (the figures are what a reader asks for; clipped when one sentence is too long)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    sentences = [x.strip() for x in re.split(r"(?<=[.;!?])\s+", text) if x.strip()]
    kept = [0]
    size = len(sentences[0])
    for i, x in enumerate(sentences[1:], 1):
        if _FIGURE.search(x) and size + len(x) + 2 <= limit:
            kept.append(i)
            size += len(x) + 2
    # An OCR digit glued to a word ("M6 hình") once passed for a figure; restored, the
    # sentence naming the topic needs its own claim to the room.
    for i, x in enumerate(sentences[1:], 1):
        if i in kept or size + len(x) + 2 > limit or not pairs:
            continue
        held = Words.of(x)
        if any(held.has_pair(a, b) for a, b in pairs):
            kept.append(i)
            size += len(x) + 2
    kept.sort()
    parts: list[str] = []
    for n, i in enumerate(kept):
        if n and i != kept[n - 1] + 1:
            parts.append("…")
        parts.append(sentences[i])
    said = clip(" ".join(parts), limit)
    return said if kept[-1] == len(sentences) - 1 or said.endswith("…") else f"{said} …"
