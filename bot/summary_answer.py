"""Report summaries: 'Tóm tắt báo cáo …', 'summarise the Hải Dương report' → one or two cited
sentences per top-level section, plus the report's key figures from the fact table; 'tóm tắt
phần …' / 'summarise the … part' → the same for that part, one bullet per area (its
sub-sections or listed items)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from operator import attrgetter

from bot.answer import Answer, Citation
from bot.key_counted import in_titles, unit_read
from bot.key_figures import PART_PER_SECTION, area_headline, key_facts, keyness
from bot.list_items import digits_read
from bot.part_choices import label_not_found, which_part
from bot.part_labels import part_labels
from bot.section_answer import (
    Block,
    SectionAnswerer,
    candidate_reports,
    known,
    read_out,
    topic_sequence,
)
from bot.structure import (
    Para,
    Section,
    Words,
    clip,
    heading_closes,
    own_paras,
    readable_heading,
    strip_marker,
    topic_pairs,
)
from bot.summary_area_asked import asked_area, left_unnamed
from bot.summary_areas import (
    agency_words,
    areas_of_subject,
    covering,
    results_part,
    without_part_nouns,
)
from bot.summary_asked import PART_ASKED, SUMMARISE, whole_report
from bot.summary_body import body_named
from bot.summary_figured import figured_areas, results_cut, results_of
from bot.summary_generic import beyond_subject
from bot.summary_lead import central_beside, closing, lead_order
from bot.summary_named import (
    ASKED_FOR,
    NAMED_PART,
    NamedParts,
    described_part_names,
    quoted_part_names,
    spelled_out,
)
from bot.summary_parts import MANY_AREAS, Part, named_by, restored_path, says_nothing, told_part
from bot.summary_progress import with_progress
from bot.summary_render import (
    asked_part,
    cite_sentence,
    in_label,
    part_areas,
    restated,
    summary_answer,
    within,
)
from bot.summary_results import results_asked, results_tops, told_in
from bot.summary_scope import several_parts, without_parts
from bot.summary_sentences import Sentence, central, cleaned, fit, run_on, sentences_of
from bot.summary_shown import KEPT_KEYNESS, kept
from bot.summary_stated import StatedFigures
from bot.summary_wide import area_clauses
from core.query import ParsedQuery
from core.text import fold
from index.chunk import INTRO
from index.docrefs import DOC_NUMBER
from index.facts import Fact
from index.generations import LoadedIndex
from index.restore import readable
from index.retrieve import Retrieval

# An opening clause that says what the report is based on or carries out (folded).
_BASIS = re.compile(r"^\W*(?:can cu|thuc hien|trien khai|theo)\b")
SENTENCE_CHARS = 260
RUNNING = 3  # clauses that tell a part of running text (no areas in it)
NO_KEYNESS = -9.0  # a clause with no figure yet: below any figure's keyness (-2 at least)


class SummaryAnswerer(StatedFigures):
    """Summaries of a report, or of one part of it, from its own sentences."""

    def __init__(
        self, index: LoadedIndex, sections: SectionAnswerer, facts: Sequence[Fact] = ()
    ) -> None:
        self.index = index
        self.sections = sections
        self.parts = NamedParts(index, sections)
        self.by_report: dict[str, list[Fact]] = {}
        # each clause's most key figure, with its keyness: a clause stating a key figure (1.0
        # at least) is a bullet's second clause (results told); a cut clause keeps its figure
        self.stating: dict[tuple[str, int], tuple[float, str]] = {}
        for f in facts:
            f = unit_read(f, index.chunks[index.position[f.chunk_id]])  # "137 coéng chic"
            self.by_report.setdefault(f.report_id, []).append(f)
            at = (f.chunk_id, f.span_start)
            self.stating[at] = max(self.stating.get(at, (NO_KEYNESS, "")), (keyness(f), f.value))

    def answer(self, q: ParsedQuery, retrieval: Retrieval, language: str) -> Answer | None:
        """The summary, or None without a retrieved report."""
        reports = candidate_reports(self.index, q, retrieval)
        if not reports:
            return None
        report_id = self._report(q, reports)
        # a part named by its label ("tóm tắt mục II …"): that part, whatever its words
        # (or a narrower part inside it its heading's words name: "kết quả … (phần A)")
        if part_labels(q.text):
            # the label asked, in the report summarised: parts so labelled that the other
            # words do not tell apart are listed; none so labelled is said, never a part
            # with another label summarised in its place ("section 2" is no "1.")
            outer = self.parts.labelled_all(q, report_id)
            if not outer:
                return label_not_found(self.index, q, [report_id], language)
            chosen = self.parts.told_apart(q, retrieval, outer)
            if len(chosen) > 1:
                return which_part(self.index, q, chosen, language)
            labelled = chosen[0]
            named = self.parts.named_part(q, retrieval, report_id)
            inside = named is not None and named.path[: len(labelled.path)] == labelled.path
            if inside and named and self._narrows(q, labelled, named):
                return self._render_part(q, named, language)
            return self._render_part(q, labelled, language)
        asked = self.parts.pieces(q, retrieval, report_id)  # "tóm tắt phần A, B và C …"
        if len(asked) > 1:
            return self._render_parts(q, asked, language)
        if areas_of_subject(self.parts, q, report_id):  # "… results, area by area"
            top = results_part(self.parts.parts_of(report_id), q.folded)
            return (self._render_part(q, top, language) if top
                    else self._render_report(q, report_id, language))  # fmt: skip
        if PART_ASKED.search(q.folded):
            found = self._part(q, retrieval, report_id)
            if found is not None:  # a narrower part inside it the question names by heading
                named = self.parts.named_part(q, retrieval, report_id)  # "kết quả … (phần A)"
                inside = named is not None and named.path[: len(found.path)] == found.path
                # else, when the part found is not the one its heading names, the section
                # whose heading names the part asked, with parts of its own or not ("phần
                # đánh giá chung": "III. ĐÁNH GIÁ CHUNG", one paragraph)
                headed = None
                if not inside and not self.parts.names(q, found):
                    headed = self.parts.headed(q, retrieval, report_id)
                return self._render_part(
                    q, (named if inside else None) or headed or found, language
                )
        whole = whole_report(q.folded) or self.parts.titled(q, report_id)
        if not whole and several_parts(q.folded):  # "kết quả … và nhiệm vụ …"
            return self._several(q, retrieval, report_id, language)
        named = None if whole else self.parts.named_part(q, retrieval, report_id, True)
        if named is not None and not self.parts.restates_title(named):
            return self._render_part(q, named, language)
        inner = None if whole else body_named(self.parts, q, report_id)  # named by its text
        if inner is not None:
            return self._render_part(q, inner, language)
        return self._render_report(q, report_id, language, not whole and results_asked(q.folded))

    def _narrows(self, q: ParsedQuery, labelled: Block, inner: Block) -> bool:
        """Whether a part inside the one a question names by its label is the part asked: its
        headings name the question's topic words more fully than the labelled part's own
        ("kết quả tuyên truyền (phần A)": A's "Kết quả thực hiện" leaves "tuyên truyền"
        unnamed). A labelled part whose heading names them all is summarised whole (made up:
        "tasks of digital transformation (part III)": "III. Nhiệm vụ trọng tâm về chuyển đổi
        số …", not its area "3. Nhiệm vụ chuyển đổi số cấp xã")."""
        return self.parts.naming(q, inner) > self.parts.naming(q, labelled)

    def _several(
        self, q: ParsedQuery, retrieval: Retrieval, report_id: str, language: str
    ) -> Answer:
        """Several parts asked ("kết quả … và nhiệm vụ …"): the part its other words name
        beyond the report's subject, else the report."""
        topic = replace(q, folded=without_parts(q.folded))
        part = self.parts.headed(topic, retrieval, report_id)
        if part is not None and not self.parts.restates_title(part):
            return self._render_part(q, part, language)
        return self._render_report(q, report_id, language)

    def labelled(self, q: ParsedQuery, retrieval: Retrieval, language: str) -> Answer | None:
        """The summary of the part a question names by its label ("mục II … gồm những lĩnh vực
        nào?"), area by area; None when it names no label the report has."""
        reports = candidate_reports(self.index, q, retrieval)
        if not reports:
            return None
        block = self.parts.labelled(q, retrieval, self._report(q, reports))
        return None if block is None else self._render_part(q, block, language)

    def narrower(self, q: ParsedQuery, retrieval: Retrieval) -> ParsedQuery | None:
        """The question without its asking words when it asks what the report says, not in
        so many words for a summary, of a topic narrower than the report that no part's
        heading names ("<topic> — what does the report say?"): what the report says of that
        topic answers it; None for a summary asked, of the report or of a part."""
        reports = candidate_reports(self.index, q, retrieval)
        if not reports or SUMMARISE.search(q.folded) or PART_ASKED.search(q.folded):
            return None
        report_id, (words, _) = self._report(q, reports), self.parts.topic_words(q)
        # "what does the CCHC report say?": its subject, not a topic in it
        title = Words.of(read_out(self.index.reports[report_id].title))
        if not words or named_by(words, title, self.sections.idf)[0] >= NAMED_PART:
            return None
        named = self.parts.named_part(q, retrieval, report_id, True)
        return None if named else replace(q, folded=ASKED_FOR.sub(" ", q.folded))

    def quoted_part(self, q: ParsedQuery, retrieval: Retrieval, language: str) -> Answer | None:
        """The summary of the part a question names by quoting its heading ("what does the
        'Chế độ công vụ' part say?"); None when it quotes none the report has."""
        if not (quoted_part_names(q.folded) or described_part_names(q)):
            return None
        reports = candidate_reports(self.index, q, retrieval)
        block = self.parts.quoted(q, retrieval, self._report(q, reports)) if reports else None
        return None if block is None else self._render_part(q, block, language)

    def part(
        self, q: ParsedQuery, retrieval: Retrieval, language: str, areas: bool = False
    ) -> Answer | None:
        """The summary of the part a question about a topic names ("báo cáo … nói gì về công
        tác chỉ đạo, điều hành"); with `areas`, also a part its headings and its areas' labels
        name together ("… về tổ chức bộ máy và biên chế": "3. Tổ chức bộ máy", an area "Về
        quản lý biên chế"); None when no part is named so."""
        reports = candidate_reports(self.index, q, retrieval)
        report_id = self._report(q, reports) if reports else ""
        named = self.parts.named_part(q, retrieval, report_id, areas) if reports else None
        return None if named is None else self._render_part(q, named, language)

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
        """The part asked for: the best block that has parts of its own, by its topic words:
        not the nouns that say "part" ("section" is also read "phòng", "chuyên mục"), nor the
        words of the report's own agency ("the PPC Office's report": no part "của cơ quan")."""
        best: tuple[Block, float] | None = None
        seq = spelled_out(q, known(topic_sequence(without_part_nouns(q)), self.sections.idf))
        r = self.index.reports[report_id]
        seq = [w for w in seq if w not in agency_words(r.agency)]
        words, pairs = list(dict.fromkeys(seq)), topic_pairs(seq)
        rank_of = {h.chunk.id: i for i, h in enumerate(retrieval.hits)}
        scored = []
        for b in self.parts.parts_of(report_id):
            # A part is named by its heading; its text names everything under it.
            scored.append((b, self.sections.score(b, words, pairs, [], rank_of, 0.1, 0.0, 0.3)))
            if best is None or scored[-1][1] > best[1]:
                best = scored[-1]
        return covering(best, scored) if best else None

    # -----------------------------------------------------------------------------------------

    def _bullets(
        self, parts: Sequence[Part], cits: list[Citation], n_sent: int,
        figures: Sequence[Fact] = (), en: bool = False, pool: Sequence[Fact] = (),
    ) -> tuple[list[str], list[Fact]]:  # fmt: skip
        """One bullet per part: its label, its most central clause and (two asked) its most
        central clause that states a key figure, else its next most central one, then the key
        `figures` stated in its own paragraphs (a figure is read with the part it belongs to),
        else the headline of its own of `pool` (see `area_headline`); cited. Also the figures
        no bullet stated."""
        lines: list[str] = []
        left = list(figures)
        told: set[tuple[str, str]] = set()
        for part in parts:
            label, paras = part.label, part.paras
            sents = sentences_of(list(part.told) or paras)
            if not sents or says_nothing(label, paras):
                continue
            mine = [f for f in left if within(f, paras)]
            heads = {(f.chunk_id, f.span_start): keyness(f) for f in mine}
            said = self._clauses(label, paras, sents, cits, 1 if part.area else n_sent, heads)
            left = [f for f in left if not within(f, paras)]
            if not mine:  # an area the shared allowance left without a figure: its headline
                mine = [f for f in [area_headline([g for g in pool if within(g, paras)])] if f]
            stated = self._state(mine, cits, told, " ".join([clip(label, SENTENCE_CHARS), *said]))
            if stated:
                said.append(("Figures: " if en else "Số liệu: ") + " · ".join(stated))
            said += area_clauses(self.index, part.areas, cits, en)  # (a large part's untold areas)
            # one of the areas listed in the part before it; or an item whose label is the
            # clause it tells (its words before a colon too long to label it): said once
            if part.under or (said and restated(label, said[0])):
                lines.append(("  - " if part.under else "- ") + " ".join(said))
                continue
            context = " ".join(p.readable for p in paras)
            label = cleaned(digits_read(label, context), context)
            covers = f" ({'; '.join(part.covers)})" if part.covers else ""
            lines.append(f"- **{clip(label, SENTENCE_CHARS)}**{covers}: " + " ".join(said))
        return lines, left

    def _clauses(
        self, label: str, paras: list[Para], sents: list[Sentence], cits: list[Citation],
        n_sent: int, heads: dict[tuple[str, int], float] | None = None,
    ) -> list[str]:  # fmt: skip
        """A part's leading clause (`lead_order`: the clause of its most key figure its summary
        tells, `heads`, else a central one stating a key figure, no basis) and (two asked) the
        most central beside a lead promoted, else the most central stating a key figure, else
        its next (three asked: then those); in report order, cited; not a clause its label says."""
        ranked = [x for x in central(sents) if not in_label(x, label)] or central(sents)
        key = lambda x: max(0.0, (heads or {}).get((x.chunk.id, x.span.start), 0.0))  # noqa: E731
        lead, read = key if n_sent > 1 else None, attrgetter("readable")  # (an area: central)
        before, ranked = ranked, lead_order(ranked, read, self._states, lead) or ranked
        chosen = ranked[:1]
        if n_sent >= 2:
            stating = [x for x in ranked[1:] if self._states(x)]
            beside = central_beside(before, ranked[0], read)
            more = [x for x in stating or ranked[1:] if x is not beside]  # (`RUNNING`: and more)
            chosen += ([beside, *more] if beside else more)[: n_sent - 1]
        chosen.sort(key=lambda s: (s.chunk.position, s.span.start))
        said: list[str] = []
        for s in chosen:
            text = strip_marker(run_on(s, SENTENCE_CHARS))
            if any(fold(text.rstrip(" .;…")) in fold(x) for x in said):
                continue  # a clause the one before ran on into is not told twice
            if text.split(":", 1)[0].strip() == label and ":" in text:
                text = text.split(":", 1)[1].strip()  # the label is not said twice
            if not text:  # (the label alone, its text after the colon on lines of its own)
                continue
            n, para = len(cits) + 1, next((p for p in paras if p.chunk.id == s.chunk.id), None)
            context = para.readable if para else None
            cits.append(cite_sentence(self.index, n, s, context))
            text = cleaned(digits_read(text, context or ""), context or "")
            figure = self._states(s, KEPT_KEYNESS)  # a figure past the cut is kept in view
            said.append(f"{kept(text, SENTENCE_CHARS, figure)} [{n}]")
        return said

    def _states(self, s: Sentence, at_least: float = 1.0) -> str:  # (its key figure, or "")
        most, figure = self.stating.get((s.chunk.id, s.span.start), (0.0, ""))
        return figure if most >= at_least else ""

    def _facts_in(self, report_id: str, paras: list[Para] | None = None) -> list[Fact]:
        """The report's facts, or those of some of its paragraphs (a part)."""
        mine = [f for f in self.by_report.get(report_id, []) if not self._titled(f)]
        mine = [f for f in mine if not closing(self._clause_of(f))]  # "Trên đây là … 2022"
        if paras is None:
            return mine
        return [f for f in mine if within(f, paras)]

    def _clause_of(self, f: Fact) -> str:  # (the clause of its chunk a fact is stated in)
        chunk = self.index.chunks[self.index.position[f.chunk_id]]
        at = next((s for s in chunk.spans if s.start <= f.span_start < s.end), None)
        return chunk.sentence(at) if at is not None else ""

    def _titled(self, f: Fact) -> bool:
        """Whether a figure stands in a list of titles its paragraph gives (see `in_titles`)."""
        return in_titles(f, self.index.chunks[self.index.position[f.chunk_id]].text)

    def _render_report(  # (`results`: results asked; its results parts told: `results_tops`)
        self, q: ParsedQuery, report_id: str, language: str, results: bool = False
    ) -> Answer:
        en = language == "en"
        r = self.index.reports[report_id]
        root = self.sections.trees.get(report_id)
        # a heading run into the recipients ("VI. KIẾN NGHỊ Nơi nhận: …") has nothing of its
        # own; no section goes on past the report's closing
        tops = [c for c in root.children if c.heading != INTRO and not heading_closes(c.heading)]
        told = results_tops(tops) if results else None  # (None: every part, every figure)
        cits: list[Citation] = []
        parts = [told_part(c) for c in told or tops]
        picked = key_facts(told_in(self._facts_in(report_id), told))
        basis = self._basis([c for c in root.children if c.heading == INTRO], cits, en)
        lines, left = self._bullets(parts, cits, 2, picked, en)
        figures = self._figures(left, cits, en, "\n".join(lines))
        title = readable(r.title) or r.period
        when = ", ".join(x for x in (r.agency, r.date_vn or r.period) if x)
        head = (
            f"**Summary** of {r.number or 'the report'} ({when}): {title}"
            if en
            else f"**Tóm tắt** {' '.join(x for x in ('báo cáo', r.number) if x)} ({when}): {title}"
        )
        head = f"{head}\n{basis}" if basis else head
        return summary_answer(q, head, lines, figures, cits, language)

    def _basis(self, intro: Sequence[Section], cits: list[Citation], en: bool) -> str:
        """What the report reports on or under, as its opening says it: the first clause of
        its opening that names a document it is based on or carries out ("Căn cứ Quyết định
        số …", "Thực hiện Kế hoạch số …"), cited; [] when its opening names none."""
        for s in sentences_of([p for sec in intro for p in sec.all_paras()]):
            if _BASIS.match(fold(s.readable)) and DOC_NUMBER.search(s.text):
                n = len(cits) + 1
                cits.append(cite_sentence(self.index, n, s, None))
                text = fit(cleaned(strip_marker(s.readable), ""), SENTENCE_CHARS)
                if fold(text).startswith("can cu "):  # the label says it once
                    text = text[len("can cu ") :].lstrip(" :")
                return f"**{'Basis' if en else 'Căn cứ'}**: {text} [{n}]"
        return ""

    def _render_part(self, q: ParsedQuery, block: Block, language: str) -> Answer:
        en = language == "en"
        r = self.index.reports[block.report_id]
        cits: list[Citation] = []
        asked = left_unnamed(q, self.parts, block)  # (words one area's label names: it alone)
        lines, left = self._part_lines(block, cits, en, results_cut(q.folded, block), asked)
        # results asked of the whole part (no one area): the report's plan progress leads
        if results_of(q.folded, block) and not asked[0]:
            left = with_progress(left, self._facts_in(r.id), block.paras, r.title)
        figures = self._figures(left, cits, en, "\n".join(lines))
        where = ", ".join(x for x in (r.province, r.period) if x)
        named = clip(cleaned(readable_heading(block.path, block.paras), ""), 120)
        said = f"**Summary** of “{named}”" if en else f"**Tóm tắt** mục “{named}”"
        return summary_answer(q, f"{said} ({where}; {r.agency}):", lines, figures, cits, language)

    def _part_lines(
        self, block: Block, cits: list[Citation], en: bool, cut: bool = False,
        asked: tuple[list[str], list[str]] = ([], []),
    ) -> tuple[list[str], list[Fact]]:  # fmt: skip
        """A part's bullets, one per area (sub-sections or listed items; running text by its `RUNNING`
        central clauses; the one area `asked_area` finds), cited; its figures no bullet stated."""
        parts = beyond_subject(part_areas(self.parts.section(block), block), self.index, block)
        parts, whole = asked_area(parts, *asked), len(parts)
        head = readable_heading(block.path, block.paras)
        alone = [Part(head, own_paras(block.heading, block.paras))]
        # a part's figures by its areas' own parts: two levels below its heading; a part is
        # narrower than a report: its figures are told more densely; each in its area's bullet
        depth = len(block.path) + 2
        told = block.paras if len(parts) == whole else [x for p in parts for x in p.paras]
        pool = self._facts_in(block.report_id, told)
        parts = figured_areas(parts, pool) if cut else parts  # (`results_cut`: results only)
        picked = key_facts(pool, depth, PART_PER_SECTION)
        # a part of few areas (fewer than `MANY_AREAS`) has room for each area's two clauses
        n_sent = (1 if len(parts) >= MANY_AREAS else 2) if parts else RUNNING
        return self._bullets(parts or alone, cits, n_sent, picked, en, pool)

    def _render_parts(self, q: ParsedQuery, blocks: Sequence[Block], language: str) -> Answer:
        """Several parts asked side by side ("tóm tắt phần A, B và C …"): told as a report's
        summary tells its sections, a bullet each (its most central clauses, the sub-sections
        it covers named), one numbering of sources, the key figures no bullet stated."""
        en = language == "en"
        r = self.index.reports[blocks[0].report_id]
        names = [cleaned(readable_heading(b.path, b.paras), "") for b in blocks]
        parts = []
        for block, named in zip(blocks, names, strict=True):
            if names.count(named) > 1:  # ("1. Ưu điểm" of part A and of part B)
                path = (restored_path(block) or " ; ".join(block.path)).split(" ; ")
                named = cleaned(f"{path[0]} — {named}", "")
            parts.append(asked_part(self.parts.section(block), block, named))
        paras = [p for b in blocks for p in b.paras]
        depth = min(len(b.path) for b in blocks) + 2
        pool = self._facts_in(r.id, paras)
        picked = key_facts(pool, depth, PART_PER_SECTION)
        cits: list[Citation] = []
        lines, left = self._bullets(parts, cits, 2, picked, en, pool)
        figures = self._figures(left, cits, en, "\n".join(lines))
        where = ", ".join(x for x in (r.province, r.period) if x)
        head = (
            f"**Summary** of the {len(blocks)} parts asked ({where}; {r.agency}):"
            if en
            else f"**Tóm tắt** {len(blocks)} mục được hỏi ({where}; {r.agency}):"
        )
        return summary_answer(q, head, lines, figures, cits, language)
