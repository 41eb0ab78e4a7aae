"""The pieces a report's summary is told with: which clause a part's label already says, a
figure's paragraph, a clause cited, the answer put together with its sources."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.answer import Answer, Citation
from bot.extractive import cite, source_line
from bot.section_answer import Block
from bot.structure import Para, Section, clip, items_of, own_paras, strip_marker
from bot.summary_parts import (
    Part,
    areas_listed,
    heading,
    item_label,
    listed_parts,
    run_in_parts,
    told_part,
)
from bot.summary_sentences import Sentence
from core.query import ParsedQuery
from core.text import fold
from index.facts import Fact
from index.generations import LoadedIndex


def part_areas(section: Section | None, block: Block) -> list[Part]:
    """The areas a part is told by, a bullet each: its sub-sections (an area with several
    sub-areas by them), its listed areas, or the items of its paragraphs; [] for a part of
    running text."""
    parts: list[Part] = []
    if section is not None and section.children:
        # An area with several sub-areas ("I. Kết quả đạt được": 1.–4.) is told by them;
        # so are the two of a part with only two or so areas ("B. Hiện đại hóa": I. Kết quả:
        # 1.–2.; II. Đánh giá: 1. Ưu điểm, 2. Tồn tại).
        few = len(section.children) < 3
        # (an area told by its text, not by its heading said again)
        for child in section.children:
            if len(child.children) >= 3 or (few and len(child.children) >= 2):
                parts.extend(
                    Part(f"{heading(child)} — {heading(g)}", g.body() or g.all_paras())
                    for g in child.children
                )
            elif few and not child.children and areas_listed(child.body()):
                parts.extend(listed_parts(child))  # (its listed areas, a line each)
            else:  # (numbered areas its text ran into it told apart)
                parts.extend(run_in_parts(child))
    else:
        _, items = items_of(block.paras)
        # an item is labelled by what it is about: its words before a colon ("Kết quả rà
        # soát, đề xuất cắt giảm TTHC: Quý III …" → "Kết quả rà soát, đề xuất cắt giảm TTHC")
        parts = [Part(item_label(it.para.readable), [it.para, *it.detail]) for it in items]
        parts = parts if len(parts) > 1 else []  # one paragraph lists no areas
    return parts


COVERS_CHARS = 70  # a sub-section a part asked covers, named this long at most


def asked_part(section: Section | None, block: Block, label: str) -> Part:
    """One of several parts asked, as a report's summary tells a section (`told_part`), its
    sub-sections all named: what the part covers is part of what was asked ("đánh giá chung":
    "1. Mặt tích cực; 2. Những tồn tại, hạn chế")."""
    if section is None:
        return Part(label, own_paras(block.heading, block.paras))
    part = told_part(section)
    kids = tuple(clip(heading(c), COVERS_CHARS) for c in section.children if c.all_paras())
    return replace(part, label=label, covers=part.covers or kids)


def in_label(s: Sentence, label: str) -> bool:
    """Whether a clause is the one a part's label says (an item labelled by its lead)."""
    said = fold(strip_marker(s.readable)).strip(" .;")
    return len(said) > 0 and said in fold(label)


RESTATED_CHARS = 60  # a label whose opening this long the clause told opens with restates it


def restated(label: str, said: str) -> bool:
    """Whether a part's label is the opening of the clause its bullet tells ("Kết quả rà soát,
    hoàn thiện … tại cơ quan: Đơn vị …" labelled by its whole first sentence)."""
    lead = fold(strip_marker(label)).strip(" .;:…")[:RESTATED_CHARS]
    return len(lead) >= 20 and fold(said).startswith(lead)


def within(f: Fact, paras: Sequence[Para]) -> bool:
    """Whether a fact is stated in one of some paragraphs."""
    return any(p.chunk.id == f.chunk_id and p.start <= f.span_start < p.end for p in paras)


def cite_sentence(index: LoadedIndex, n: int, s: Sentence, context: str | None) -> Citation:
    """A clause of a report cited as source n."""
    return cite(index.reports[s.chunk.report_id], n, s.chunk, s.span, 1.0, context=context)


def summary_answer(
    q: ParsedQuery,
    head: str,
    lines: list[str],
    figures: str,
    cits: list[Citation],
    language: str,
) -> Answer:
    """A summary: its head, its bullets, its key figures, then its sources."""
    en = language == "en"
    label = "Sources" if en else "Nguồn"
    body = head + "\n" + "\n".join(lines)
    if figures:
        body += "\n\n" + figures
    body += f"\n\n{label}:\n" + "\n".join(source_line(c, en) for c in cits)
    return Answer(q.text, body, False, tuple(cits), confidence=1.0, language=language)
