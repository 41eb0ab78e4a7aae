"""What a named part of a report is made of: "Phần B.I … gồm những mục nào?", "which
sub-sections make up Part C.II?" → the part's numbered sub-sections, read from the report's heading
tree (numbered headings the chunker ran into a sibling's text recovered), one line each as
people read them, each cited, and how many there are. The part is named by its label ("A.I",
"B.I", "phần II") or by its heading's words; None when the question asks no outline, names no
part, or the part is ambiguous: the other answerers answer as before."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.answer import Answer, Citation
from bot.extractive import source_line
from bot.part_labels import LABEL, MARK, ends_in, heading_mark, part_labels
from bot.section_answer import SectionAnswerer, candidate_reports, known, read_out, topic_sequence
from bot.structure import SEP, Para, Section, Words, cite, clip, readable_heading, split_sections
from bot.summary_named import ASKED_FOR, PART_WORDS, REPORT_NAMED
from bot.summary_parts import held_words, named_by
from core.query import ParsedQuery
from index.chunk import INTRO
from index.retrieve import Retrieval

# The question asks which parts a part is made of: "gồm (những|các|mấy) mục/phần (nào)", "có
# những tiểu mục nào", "chia thành mấy phần", "các mục con", "sub-sections", "sub-headings",
# "what/which/how many sections/parts/headings (does|are …)", "the sections of part II". A bare
# "nội dung" is no part: "gồm những nội dung gì" asks for a section's content (the section
# answerer's); nor is a word that starts with "phần"/"mục" ("phần mềm", "mục tiêu"): the unit
# ends the question or a clause, or "nào", "gì", "lớn", "sau" … follow it.
_UNITS_VI = r"(?:tieu muc|de muc|muc con|muc nho|muc lon|phan nho|phan con|muc|phan)"
_UNIT_END = r"(?=\s*(?:$|[?.,;:!)]|(?:nao|gi|lon|chinh|sau|nhu|la|ke)\b))"
ASKS_OUTLINE = re.compile(
    rf"\b(?:gom|bao gom|co|chia (?:thanh|lam)|duoc chia (?:thanh|lam))\s+"
    rf"(?:nhung|cac|may|bao nhieu)\s+{_UNITS_VI}{_UNIT_END}|"
    r"\b(?:cac|nhung)\s+(?:tieu muc|de muc|muc con|muc nho)\b|"
    r"\bsub ?(?:sections?|headings?|parts?|divisions?)\b|"
    r"\b(?:what|which|how many)\s+(?:main\s+|numbered\s+|top level\s+)?"
    r"(?:sections|parts|headings)\s+(?:does|do|did|are|is|make|makes|made)\b|"
    r"\b(?:sections|parts|headings)\s+(?:of|in|under|within)\s+(?:the\s+)?"
    r"(?:part|section|chapter|report)\b"
)

# A word that names a part of a report.
_PART_NAMED = re.compile(r"\b(?:phan|muc|part|section|chapter)\b")
# A part named by its heading's words alone holds this share (idf-weighted) of the question's
# topic words at least: as a summary's named part does (bot/summary_named.py NAMED_PART).
NAMED_SHARE = 0.75
# Fewer than this many sub-sections is no outline: a part of one sub-section is that one.
MIN_PARTS = 2
TITLE_CHARS = 160  # a sub-section's heading (or a run-in numbered paragraph), cut
# The report's closing run into its last heading ("VI. KIẾN NGHỊ, ĐỀ XUẤT Nơi nhận: …").
_CLOSING_RUN_IN = re.compile(r"\s+N[ơo]i\s+nh\w*\s*:", re.IGNORECASE)


def names_part(folded: str) -> bool:
    """Whether a (folded) question names a part of a report ("phần tuyên truyền …", "the
    results section"), beside the parts it asks for ("… gồm những mục nào")."""
    return bool(_PART_NAMED.search(ASKS_OUTLINE.sub(" ", folded)))


def asks_outline(folded: str) -> bool:
    """Whether a (folded) question asks which parts a part of a report is made of."""
    return bool(ASKS_OUTLINE.search(folded))


def labelled(sec: Section, label: tuple[str, ...]) -> bool:
    """Whether a section's headings end in the asked label ("B. … > I. …" is "B.I"; "I." of
    any part is "I")."""
    return ends_in(sec.path, label)


@dataclass(frozen=True)
class Entry:
    """One sub-section of a part: its heading path, heading as read, its paragraph to cite."""

    path: tuple[str, ...]
    title: str
    para: Para | None
    number: int | None


_ROMAN_VALUE = {"I": 1, "V": 5, "X": 10}


def _number(text: str) -> int | None:
    """A heading's number: "3." → 3, "II." → 2, "B." → 2; None without a label."""
    mark = heading_mark(text)
    if mark is None:
        return None
    if mark.isdigit():
        return int(mark)
    if re.fullmatch(r"[IVX]+", mark):
        values = [_ROMAN_VALUE[c] for c in mark]
        return sum(-v if i + 1 < len(values) and v < values[i + 1] else v
                   for i, v in enumerate(values))  # fmt: skip
    return ord(mark) - ord("A") + 1


def entries(sec: Section) -> list[Entry]:
    """A part's sub-sections in report order: its child sections, and the numbered paragraphs
    the chunker ran into one of them ("3. …" inside "2. …"'s text) or left in the part's own
    text before its first child."""
    out: list[Entry] = []
    children = [c for c in sec.children if c.path != (INTRO,)]  # the report's opening is no part
    first = _number(children[0].heading) if children else None
    # numbered paragraphs of the part's own text before its first numbered child
    if first is not None:
        for p in sec.paras:
            n = _number(p.text)
            if n is not None and n < first:
                out.append(Entry((*sec.path, clip(p.text, 90)), p.readable, p, n))
    for c in children:
        paras = c.all_paras()
        out.append(Entry(c.path, heading_read(c), paras[0] if paras else None,
                         _number(c.heading)))  # fmt: skip
        if c.children:
            continue
        for p, _ in split_sections(c.heading, c.body())[1]:
            out.append(Entry((*sec.path, clip(p.text, 90)), p.readable, p, _number(p.text)))
    return out


def heading_read(sec: Section) -> str:
    """A section's heading as people read it: its heading line, restored (whole, where the
    section path cuts it), else the restored section path's."""
    paras = sec.all_paras()
    if paras and len(sec.body()) < len(paras):
        return paras[0].readable
    return readable_heading(sec.path, paras)


def consecutive(found: list[Entry]) -> bool:
    """Whether the sub-sections are numbered 1, 2, … n without a gap (none lost to OCR)."""
    numbers = [e.number for e in found]
    return numbers == list(range(1, len(found) + 1))


class OutlineAnswerer:
    """Lists the sub-sections of the part of a report a question names."""

    def __init__(self, sections: SectionAnswerer) -> None:
        self.sections = sections
        self.index = sections.index

    def answer(self, q: ParsedQuery, retrieval: Retrieval, language: str) -> Answer | None:
        """The named part's sub-sections as a cited list; None when the question asks no
        outline, or no single part with sub-sections is named."""
        if not asks_outline(q.folded):
            return None
        found = self.find(q, retrieval)
        if found is None:
            return None
        return self.render(q, found[0], found[1], language)

    def find(self, q: ParsedQuery, retrieval: Retrieval) -> tuple[Section, list[Entry]] | None:
        """The part named and its sub-sections: in the first report (best retrieved, of the
        asked province and period) that has a part so labelled, or whose heading names it.
        None when the part named has no sub-sections (a leaf: "mục cải cách TTHC", not the
        results part above it): its content is the section answerer's."""
        labels = part_labels(q.text)
        words = self.topic_words(q)
        for rid in self.reports(q, retrieval):
            parts = [s for s in self.sections.trees.get(rid).walk()[1:] if s.path != (INTRO,)]
            if labels:
                named = [s for s in parts if any(labelled(s, lab) for lab in labels)]
                if not named:
                    continue
                best = self.pick(named, words, 0.0)
            elif len(self.beyond_title(words, rid)) >= 2:
                best = self.pick(parts, words, NAMED_SHARE)
            elif names_part(q.folded) and len(words) >= 2:
                # "phần tuyên truyền …" of a report on "tuyên truyền …": its title's words
                # name the part too
                best = self.pick(parts, words, NAMED_SHARE, beyond=False)
            elif REPORT_NAMED.search(q.folded) and not names_part(q.folded):
                # no part named, the report is: its own parts ("báo cáo … gồm mấy phần?")
                best = self.sections.trees.get(rid)
            else:
                return None
            if best is None:
                return None  # ambiguous in the report asked about: answered as before
            found = entries(best)
            return (best, found) if len(found) >= MIN_PARTS else None
        return None

    def reports(self, q: ParsedQuery, retrieval: Retrieval) -> list[str]:
        """The reports to look in, best first: those of the provinces asked about."""
        order = candidate_reports(self.index, q, retrieval)
        if q.provinces:
            order = [r for r in order if self.index.reports[r].province in q.provinces]
        return order

    def topic_words(self, q: ParsedQuery) -> list[str]:
        """The question's topic words, without those that ask for an outline, name a part or
        the report, or label it."""
        folded = LABEL.sub(" ", ASKS_OUTLINE.sub(" ", ASKED_FOR.sub(" ", q.folded)))
        seq = known(topic_sequence(replace(q, folded=folded)), self.sections.idf)
        return [w for w in dict.fromkeys(seq) if w not in PART_WORDS]

    def beyond_title(self, words: list[str], report_id: str) -> list[str]:
        """The topic words the report's title does not say: its subject names every part of
        it (bot/summary_named.py), so they name none."""
        title = Words.of(read_out(self.index.reports[report_id].title))
        held = held_words(words, title)
        return [w for w in words if w not in held]

    def pick(
        self, parts: list[Section], words: list[str], least: float, beyond: bool = True
    ) -> Section | None:
        """Of the parts, the one whose headings (as printed or restored) name most of the
        topic words beyond the report's title (`least` of them at least), then most of them
        with the title's; of a part and parts under it that tie, the outer one (its headings
        are theirs too); None on a tie between parts apart (the question does not tell them
        apart). Without `beyond`, the title's words count as the others do."""
        if len(parts) == 1 and least == 0.0:
            return parts[0]
        idf = self.sections.idf
        own = self.beyond_title(words, parts[0].report_id) if parts and beyond else words
        scored: list[tuple[tuple[float, float], Section]] = []
        for s in parts:
            texts = [Words.of(read_out(t)) for t in (" ; ".join(s.path), self.restored(s)) if t]
            share = max(named_by(own, t, idf)[0] for t in texts) if own else 0.0
            if share < least:
                continue
            full = max(named_by(words, t, idf)[0] for t in texts) if words else 0.0
            scored.append(((round(share, 2), round(full, 2)), s))
        if not scored or not words:
            return None
        top = max(k for k, _ in scored)
        best = [s for k, s in scored if k == top]
        outer = [s for s in best if not any(o is not s and s.path[: len(o.path)] == o.path
                                            for o in best)]  # fmt: skip
        return outer[0] if len(outer) == 1 else None

    def title(self, sec: Section) -> str:
        """A part's headings as people read them ("B. … > I. KẾT QUẢ ĐẠT ĐƯỢC", labels as
        normalised); the report's title for the whole report."""
        if not sec.path:
            return clip(self.index.reports[sec.report_id].title, 160)
        paras = sec.all_paras()
        heads = [readable_heading(sec.path[:i], paras) for i in range(1, len(sec.path))]
        heads.append(heading_read(sec))
        return " > ".join(
            _own_mark(clip(h, 90), raw) for h, raw in zip(heads, sec.path, strict=True)
        )

    @staticmethod
    def restored(sec: Section) -> str:
        """A part's headings as people read them, joined."""
        paras = sec.all_paras()
        return " ; ".join(
            readable_heading(sec.path[:i], paras) for i in range(1, len(sec.path) + 1)
        )

    def render(self, q: ParsedQuery, sec: Section, found: list[Entry], language: str) -> Answer:
        """The sub-sections, one cited line each, under the part's heading and how many."""
        en = language == "en"
        r = self.index.reports[sec.report_id]
        where = "; ".join(
            x for x in (", ".join(x for x in (r.province, r.period) if x), r.agency) if x
        )
        if sec.path:
            what = "Part" if en else "Phần"
            unit = "sub-sections" if en else "mục"
        else:  # the report's own parts
            what = "The report" if en else "Báo cáo"
            unit = "parts" if en else "phần"
        title = f"{what} “{self.title(sec)}” ({where})"
        n = len(found)
        if consecutive(found):
            head = f"{title} has **{n}** {unit}:" if en else f"{title} gồm **{n}** {unit}:"
        else:
            # numbering with a gap: a heading may be lost in the scan, so no count is stated
            nums = ", ".join(str(e.number) for e in found if e.number is not None)
            head = (
                f"{title} has these {unit} ({n} read; the numbering {nums} has gaps, so one "
                "may be missing from the scanned text):" if en
                else f"{title} có các {unit} sau (đọc được {n} {unit}; số thứ tự {nums} không "
                "liền nhau, có thể thiếu do bản quét):"
            )  # fmt: skip
        cits: list[Citation] = []
        lines: list[str] = []
        for e in found:
            said = _CLOSING_RUN_IN.split(" ".join(e.title.split()))[0]
            line = f"- {clip(_own_mark(said, e.path[-1]), TITLE_CHARS)}"
            if e.para is not None:
                cits.append(cite(self.index, len(cits) + 1, e.para, e.para.readable,
                                 SEP.join(e.path)))  # fmt: skip
                line += f" [{len(cits)}]"
            lines.append(line)
        label = "Sources" if en else "Nguồn"
        text = head + "\n" + "\n".join(lines)
        text += f"\n\n{label}:\n" + "\n".join(source_line(c, en) for c in cits)
        return Answer(q.text, text, False, tuple(cits), confidence=1.0, language=language)


def _own_mark(readable: str, raw: str) -> str:
    """A heading as read, its label spelt as normalised ("I1. ĐÁNH GIÁ" → "II. ĐÁNH GIÁ")."""
    mark = heading_mark(raw)
    m = MARK.match(readable)
    if mark is None or m is None:
        return readable
    return readable[: m.start(1)] + mark + readable[m.end(1) :]
