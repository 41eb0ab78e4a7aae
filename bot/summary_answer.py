"""Report summaries: 'Tóm tắt báo cáo …', 'summarise the Hải Dương report' → one or two cited
sentences per top-level section, plus the report's key figures; 'tóm tắt phần …' / 'summarise
the … part' → the same for that part, one bullet per area (its sub-sections or listed items)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.answer import Answer, Citation
from bot.extractive import cite, source_line
from bot.section_answer import Block, SectionAnswerer, candidate_reports, known, topic_sequence
from bot.structure import (
    Para,
    Section,
    clip,
    items_of,
    readable_heading,
    strip_marker,
    textrank,
    topic_pairs,
)
from index.build import LoadedIndex
from index.chunk import INTRO, Chunk, Span
from index.normalize import fold
from index.query import ParsedQuery
from index.restore import readable
from index.retrieve import Retrieval

# A question about a part of a report, not the whole of it.
_PART = re.compile(
    r"\b(phan|muc|linh vuc|tung linh vuc|part|section|chapter|area|areas|what .* reported on)\b"
)
# A figure worth reporting: a count, amount or share — not a date, year or document number.
_FIGURE = re.compile(
    r"(?<![\w/.,])(?:\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?\s*%|\d+/\d+(?![\d/])|\d{2,})(?![\w/]|[.,]\d)"
)
_YEARISH = re.compile(r"^(19|20)\d\d$")
MAX_FIGURES = 10  # key-figure clauses in a summary
SENTENCE_CHARS = 260


@dataclass(frozen=True)
class Sentence:
    """One clause of a chunk with where it sits."""

    chunk: Chunk
    span: Span

    @property
    def text(self) -> str:
        """The clause's text (OCR), for matching."""
        return self.chunk.sentence(self.span).strip()

    @property
    def readable(self) -> str:
        """The clause as people read it."""
        return self.chunk.readable(self.span).strip()


def figure_window(text: str, limit: int = 240) -> str:
    """A clause cut to `limit` characters around its figures: from a little before the first
    one, so a long lead-in does not push the figures out."""
    first = next((m.start() for m in _FIGURE.finditer(text) if not _YEARISH.match(m.group(0))), 0)
    start = max(0, text.rfind(" ", 0, max(0, first - 60)) + 1) if first > 60 else 0
    return ("… " if start else "") + clip(text[start:], limit)


def has_figure(text: str) -> bool:
    """Whether a clause states a count, amount or share (dates and years do not count)."""
    return figure_count(text) > 0


def figure_count(text: str) -> int:
    """How many figures a clause states (not dates, years or document numbers)."""
    return sum(
        1
        for m in _FIGURE.finditer(text)
        if not _YEARISH.match(m.group(0)) and not re.match(r"\s*[/-]", text[m.end() :])
    )


def sentences_of(paras: list[Para]) -> list[Sentence]:
    """The clauses of some paragraphs, in order, each once."""
    out: list[Sentence] = []
    seen: set[tuple[str, int]] = set()
    for p in paras:
        for s in p.chunk.spans:
            if s.start < p.end and s.end > p.start and (p.chunk.id, s.start) not in seen:
                seen.add((p.chunk.id, s.start))
                if len(p.chunk.sentence(s).split()) >= 4:
                    out.append(Sentence(p.chunk, s))
    return out


def central(sentences: list[Sentence], limit: int = 120) -> list[Sentence]:
    """The clauses ordered by TextRank centrality, most central first."""
    pool = sentences[:limit]
    scores = textrank([s.text for s in pool])
    return [s for _, s in sorted(zip(scores, pool, strict=True), key=lambda x: -x[0])]


class SummaryAnswerer:
    """Summaries of a report, or of one part of it, from its own sentences."""

    def __init__(self, index: LoadedIndex, sections: SectionAnswerer) -> None:
        self.index = index
        self.sections = sections

    def answer(self, q: ParsedQuery, retrieval: Retrieval, language: str) -> Answer | None:
        """The summary, or None without a retrieved report."""
        reports = candidate_reports(self.index, q, retrieval)
        if not reports:
            return None
        report_id = self._report(q, reports)
        if _PART.search(q.folded):
            found = self._part(q, retrieval, report_id)
            if found is not None:
                return self._render_part(q, found, language)
        return self._render_report(q, report_id, language)

    def _report(self, q: ParsedQuery, reports: list[str]) -> str:
        """The report to summarise: the best retrieved one; when the question names no year,
        quarter or report number, the newest report of that province (staff asking for "the
        Hà Tĩnh report" mean the current one)."""
        best = self.index.reports[reports[0]]
        if q.years or q.quarter:
            return best.id
        named = [r for r in reports if self.index.reports[r].number and
                 fold(self.index.reports[r].number) in q.folded]  # fmt: skip
        if named:
            return named[0]
        same = [self.index.reports[r] for r in reports]
        same = [r for r in same if r.province == best.province]
        return max(same, key=lambda r: (r.year, r.date)).id

    def _part(self, q: ParsedQuery, retrieval: Retrieval, report_id: str) -> Block | None:
        """The part asked for: the best block that has parts of its own."""
        best: tuple[Block, float] | None = None
        seq = known(topic_sequence(q), self.sections.idf)
        words, pairs = list(dict.fromkeys(seq)), topic_pairs(seq)
        rank_of = {h.chunk.id: i for i, h in enumerate(retrieval.hits)}
        for rid in (report_id,):
            for b in self.sections.blocks(rid):
                if not b.has_children and len(items_of(b.paras)[1]) < 3:
                    continue
                # A part is named by its heading; its text names everything under it.
                s = self.sections.score(b, words, pairs, [], rank_of, 0.1, 0.0, 0.3)
                if best is None or s > best[1]:
                    best = (b, s)
        return best[0] if best else None

    # -----------------------------------------------------------------------------------------

    def _bullets(
        self, parts: list[tuple[str, list[Para]]], cits: list[Citation], n_sent: int
    ) -> list[str]:
        """One bullet per part: its label and its most central clause(s), cited."""
        lines: list[str] = []
        for label, paras in parts:
            sents = sentences_of(paras)
            if not sents:
                continue
            chosen = central(sents)[:n_sent]
            chosen.sort(key=lambda s: (s.chunk.position, s.span.start))
            said = []
            for s in chosen:
                n = len(cits) + 1
                para = next(p for p in paras if p.chunk.id == s.chunk.id) if paras else None
                context = para.readable if para else None
                cits.append(_cite_sentence(self.index, n, s, context))
                said.append(f"{clip(s.readable, SENTENCE_CHARS)} [{n}]")
            lines.append(f"- **{clip(label, 120)}**: " + " ".join(said))
        return lines

    def _figures(self, paras: list[Para], cits: list[Citation], en: bool) -> str:
        """Key figures: in each section, the clauses stating the most figures (one for every
        eight figure clauses the section has), best sections first, told in report order."""
        by_section: dict[str, list[Sentence]] = {}
        told = {(c.chunk_id, c.quote_original) for c in cits}  # a bullet says it already
        for s in sentences_of(paras):
            if has_figure(s.text) and (s.chunk.id, s.text) not in told:
                by_section.setdefault(s.chunk.section, []).append(s)
        picks: list[tuple[float, Sentence]] = []
        for sents in by_section.values():
            ranked = central(sents, 60)
            take = max(1, -(-len(sents) // 8))
            best = sorted(ranked, key=lambda s: -figure_count(s.text))[:take]
            picks.extend((figure_count(b.text) + 0.1 * len(sents), b) for b in best)
        top = [s for _, s in sorted(picks, key=lambda x: -x[0])[:MAX_FIGURES]]
        top.sort(key=lambda s: (s.chunk.position, s.span.start))
        if not top:
            return ""
        said = []
        for s in top:
            n = len(cits) + 1
            cits.append(_cite_sentence(self.index, n, s, s.readable))
            said.append(f"{figure_window(s.readable)} [{n}]")
        head = "**Key figures**" if en else "**Số liệu chính**"
        return f"{head}: " + " · ".join(said)

    def _render_report(self, q: ParsedQuery, report_id: str, language: str) -> Answer:
        en = language == "en"
        r = self.index.reports[report_id]
        root = self.sections.trees.get(report_id)
        tops = [c for c in root.children if c.heading != INTRO]
        cits: list[Citation] = []
        lines = self._bullets([(_heading(c), c.all_paras()) for c in tops], cits, 2)
        figures = self._figures(root.all_paras(), cits, en)
        title = readable(r.title) or r.period
        when = ", ".join(x for x in (r.agency, r.date_vn or r.period) if x)
        head = (
            f"**Summary** of {r.number or 'the report'} ({when}): {title}"
            if en
            else f"**Tóm tắt** {' '.join(x for x in ('báo cáo', r.number) if x)} ({when}): {title}"
        )
        return _answer(q, head, lines, figures, cits, language)

    def _render_part(self, q: ParsedQuery, block: Block, language: str) -> Answer:
        en = language == "en"
        r = self.index.reports[block.report_id]
        section = self._section(block)
        parts: list[tuple[str, list[Para]]] = []
        if section is not None and section.children:
            for child in section.children:
                # An area with several sub-areas ("I. Kết quả đạt được": 1.–4.) is told by them.
                if len(child.children) >= 3:
                    parts.extend(
                        (f"{_heading(child)} — {_heading(g)}", g.all_paras())
                        for g in child.children
                    )
                else:
                    parts.append((_heading(child), child.all_paras()))
        else:
            _, items = items_of(block.paras)
            parts = [(strip_marker(it.para.readable), [it.para, *it.detail]) for it in items]
        cits: list[Citation] = []
        lines = self._bullets(parts, cits, 1)
        figures = self._figures(block.paras, cits, en)
        where = ", ".join(x for x in (r.province, r.period) if x)
        heading = readable_heading(block.path, block.paras)
        head = (
            f"**Summary** of “{clip(heading, 120)}” ({where}; {r.agency}):"
            if en
            else f"**Tóm tắt** mục “{clip(heading, 120)}” ({where}; {r.agency}):"
        )
        return _answer(q, head, lines, figures, cits, language)

    def _section(self, block: Block) -> Section | None:
        for sec in self.sections.trees.get(block.report_id).walk():
            if sec.path == block.path:
                return sec
        return None


def _heading(sec: Section) -> str:
    """A section's heading as people read it."""
    return readable_heading(sec.path, sec.all_paras())


def _cite_sentence(index: LoadedIndex, n: int, s: Sentence, context: str | None) -> Citation:
    return cite(index.reports[s.chunk.report_id], n, s.chunk, s.span, 1.0, context=context)


def _answer(
    q: ParsedQuery,
    head: str,
    lines: list[str],
    figures: str,
    cits: list[Citation],
    language: str,
) -> Answer:
    en = language == "en"
    label = "Sources" if en else "Nguồn"
    body = head + "\n" + "\n".join(lines)
    if figures:
        body += "\n\n" + figures
    body += f"\n\n{label}:\n" + "\n".join(source_line(c, en) for c in cits)
    return Answer(q.text, body, False, tuple(cits), confidence=1.0, language=language)
