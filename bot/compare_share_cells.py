"""A share asked of a comparison's side that reports counts: computed from two reported
figures (a part over its whole, or "a/b"), marked as computed, never as reported, every figure
it is computed from cited. The cells of `bot/compare_cells.py` (`FactCells`) take it when the
side's chosen fact is a count, or when no fact settles the side."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answer import Citation
from bot.compare_facts import around, fact_citation, holds_for, percent_text
from bot.compare_kind import asked_kind, family, levels_of
from bot.compare_pick import ITEM_SAID
from bot.compare_picks import ACCEPT, FactPicks
from bot.compare_sides import Side, side_query
from bot.compare_table import Cell
from bot.fact_answer import Context, QuestionView, f_lex_clause, f_lex_counts, f_lex_lead, view
from core.query import ParsedQuery
from core.text import parse_number
from index.facts import Fact

# "đúng hạn" (on time) and "trước hạn" (early) as the reports and their OCR spell them
_ON_TIME = re.compile(r"\bd\w{0,2}ng han\b")
_EARLY = re.compile(r"\btru\w{0,3} han\b")


class ShareCells(FactPicks):
    """A side's share computed from its reported counts (see `FactPicks` for its facts)."""

    def _computed(self, side: Side, f: Fact, language: str) -> Cell | None:
        """A share asked, a side reporting counts: the share computed from two reported
        figures (a part over its whole, or "a/b"), marked as computed, never as reported."""
        if "/" in f.norm:
            a, b = (float(x) for x in f.norm.split("/")[:2])
            if not b or a > b:
                return None
            cit = fact_citation(self.index, f)
            return Cell(side, percent_text(a / b, language), cit.quote, holds_for(self.index, f, language == "en"),
                        None, (cit,))  # fmt: skip
        return None

    def _early_too(self, part: Fact, whole: Fact) -> list[Fact]:
        """What else an on-time share counts: dossiers settled early ("trước hạn") are settled
        on time too, so the 'đúng hạn' part of a breakdown that also states a 'trước hạn' part
        is shared together with it (OCR spellings "diang han", "trude han" alike)."""
        if not _ON_TIME.search(part.label_folded or part.counts_folded):
            return []
        return [
            c for c in self.children.get(whole.id, ())
            if c.id != part.id and c.kind == part.kind
            and _EARLY.search(c.label_folded or c.counts_folded)
        ]  # fmt: skip

    def _part_share(self, q: ParsedQuery, side: Side, language: str) -> Cell | None:
        """A share asked that a side does not report, computed from a part the question names
        over its whole ("trực tuyến: 23.940" of "184.408" → 23,0 %), both cited."""
        sq = side_query(q, side)
        asked = asked_kind(sq, self.vocabulary)
        v = replace(view(sq), words=asked.words)
        best: tuple[float, Fact, Fact] | None = None
        for rid in self._reports(side):
            for f in self.by_report.get(rid, ()):
                whole = self.matcher.by_id.get(f.parent) if f.parent else None
                if whole is None or f.kind != "count" or whole.kind != "count":
                    continue
                a, b = parse_number(f.norm), parse_number(whole.norm)
                # the part the question names, or the one at exactly the asked level or scope
                # ("892 … mức độ 4" of "5.683 dịch vụ công trực tuyến" for "tỷ lệ … mức độ 4")
                at_asked = (bool(asked.levels) and levels_of(f.level) == asked.levels) or (
                    bool(asked.scope) and f.scope == asked.scope
                )
                if a is None or not b or a > b or not (at_asked or self._part_named(asked, f, whole)):
                    continue
                if asked.levels and f.level and not asked.levels & levels_of(f.level):
                    continue  # the share of another level ("mức độ 2" for "mức độ 3, 4")
                if asked.scope and f.scope and f.scope != asked.scope:
                    continue
                if asked.units and not self._unit_said(asked, whole):
                    continue  # a share of something else ("32/36 nhiệm vụ" for "hồ sơ")
                if asked.units and f.unit and f.unit != "%" and family(f.unit) not in asked.units:
                    continue  # a part counting another unit ("20.455 hồ sơ" for "thủ tục")
                ctx = Context(self.matcher.idf, 0, (), 0, 0)
                topic = max(f_lex_counts(v, whole, ctx), f_lex_clause(v, whole, ctx),
                            f_lex_lead(v, whole, ctx))  # fmt: skip
                if not _pair_says(v, f, whole, ctx):
                    continue  # two figures of another line ("5 - 7 công chức" of "16 - 18 cán bộ")
                if topic >= ACCEPT and (best is None or topic > best[0]):
                    best = (topic, f, whole)
        if best is None:
            return None
        _, part, whole = best
        early = self._early_too(part, whole)
        a = sum(parse_number(f.norm) or 0.0 for f in (*early, part))
        b = parse_number(whole.norm) or 1.0
        if a > b:
            return None
        cits: tuple[Citation, ...] = (
            fact_citation(self.index, whole), fact_citation(self.index, part))  # fmt: skip
        lines = {(c.report_id, c.line_start, c.line_end) for c in cits}
        for f in early:  # an early part stated elsewhere than the on-time one: cited too
            cit = fact_citation(self.index, f)
            if (cit.report_id, cit.line_start, cit.line_end) not in lines:
                cits += (cit,)
        top = " + ".join(f.value for f in (*early, part))
        said = f"{top} / {whole.value}: {around(cits[1].quote, part.value, 300)}"
        return Cell(side, percent_text(a / b, language), said, holds_for(self.index, part, language == "en"), None,
                    cits)  # fmt: skip


def _pair_says(v: QuestionView, part: Fact, whole: Fact, ctx: Context) -> bool:
    """Whether what a part and its whole count together (the whole's item and unit with the
    part's label) says some of the question (`ITEM_SAID`): the share computed from them is the
    asked one (the part done of the total), not one of two figures a line near the topic gives."""
    said = f"{whole.counts_folded} {whole.unit} {part.label_folded or part.counts_folded}"
    return f_lex_counts(v, replace(whole, counts_folded=said), ctx) >= ITEM_SAID
