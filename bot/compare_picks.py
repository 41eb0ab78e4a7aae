"""The candidate facts of each side of a comparison: ranked against the asked kind of figure,
re-weighed by the side asked as its own single-province question, the newest report's when no
period is asked, then one per side chosen together so the sides count the same thing."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from bot.answer import Answer
from bot.compare_answered import stated
from bot.compare_beside import aside_less
from bot.compare_done import not_done
from bot.compare_facts import (
    ADDED_ASKED,
    added,
    after_text,
    agreement,
    asks_parts,
    comparable,
    targeted,
)
from bot.compare_kind import (
    Asked,
    asked_kind,
    fold_cached,
    levels_of,
    lex_before,
    phrase_share,
    precision,
    word_pairs,
)
from bot.compare_outlets import outlet_said
from bot.compare_pick import ACCEPT, Pick, acceptable, agreed, covered, distinct, headed
from bot.compare_rules import (
    channelled,
    exact_level,
    level_part,
    narrowed,
    online_asked,
    other_status,
    own_heading,
    said_with,
    status_said,
    unit_read,
)
from bot.compare_sides import Side, side_query
from bot.compare_tiers_joined import tiers_joined
from bot.extractive import ExtractiveAnswerer
from bot.extractive.question import _question_facts
from bot.extractive.whole_asked import summed_breakdowns, whole_for
from bot.fact_answer import (
    FEATURES,
    Context,
    QuestionView,
    Weights,
    f_lex_clause,
    f_lex_counts,
    f_lex_lead,
    view,
)
from bot.side_facts import SideFacts
from core.query import ParsedQuery
from index.facts import Fact
from index.generations import LoadedIndex
from index.retrieve import Filters, HybridRetriever, Retrieval

# A figure per unit ("35 dịch vụ cho mỗi xã", "trung bình mỗi trường có 47"). Folded "mỗi"
# is also "mới" ("trong tình hình mới", "mô hình mới"): "mỗi" comes before the unit it divides
# by, "mới" after the noun it describes.
AVERAGE = re.compile(
    r"\b(moi (?=(?:don vi|xa|huyen|tinh|nguoi|co quan|ho|cap|thang|nam|quy|ngay|tuan|phuong|"
    r"thi tran|so|nganh|truong|lop)\b)|(?:trung binh|binh quan|per|average)\b)"
)
# What the share of the question's word pairs in a figure's sentence and paragraph opening adds
CONTEXT_PHRASE = 0.5  # (its own item's pairs add 1.0)
# a part an aside lists after a whole that says more of the question, no breakdown asked
ASIDE = 1.0
PER_SIDE = 5  # candidate facts per side weighed together with the other sides'
# The extractive answerer's least confidence for its figure to settle a side (config.toml's
# [answer].min_confidence).
SIDE_CONFIDENCE = 0.45
# What the side's own answer adds to the score of the fact it states, times its confidence.
VOUCH = 0.5
# A side's own answer this confident settles the side: its figure when the fact ranking can
# take it (`agreed`), else only the facts that hold `STRONG` of the topic words.
SURE = 0.85
WHOLE_GAP = 0.3  # see `FactPicks._less_whole`
STRONG = 0.75
# A side's own answer whose figure's item holds this much less of the question's topic words
# than the ranking's first acceptable figure's item neither settles the side nor is lifted:
# half the topic is a different thing counted, not a rewording.
ITEM_GAP = 0.5
# The part done asked alone: a figure that is the whole it is said against ("… trong tổng số
# 55"), or whose statement says nothing done, counts things in another state (as `other_status`).
NOT_DONE = 1.0


class FactPicks(SideFacts):
    """Each side's facts from the fact table, ranked; the sides chosen together."""

    def __init__(
        self, index: LoadedIndex, facts: Sequence[Fact], retriever: HybridRetriever,
        weights: Weights, extractive: ExtractiveAnswerer | None = None,
    ) -> None:  # fmt: skip
        super().__init__(index, facts)
        # each side asked on its own: the single-figure answerer's choice among the side's
        # figures (its scoring of a figure against a question is the stronger one)
        self.extractive = extractive or ExtractiveAnswerer(index, SIDE_CONFIDENCE, 3)
        self.retriever = retriever
        self.weights = weights

    def _retrieve(self, q: ParsedQuery, side: Side) -> Retrieval:
        return self.retriever.retrieve(side_query(q, side), Filters(side.provinces, side.years))

    def ranked(self, q: ParsedQuery, side: Side, retrieval: Retrieval | None = None) -> list[Pick]:
        """The side's facts that fit the asked kind, best first (a part the question does not
        name stands for its whole: the question asks the headline figure)."""
        sq = side_query(q, side)
        asked = asked_kind(sq, self.vocabulary)
        v = replace(view(sq), words=asked.words)
        reports = self._reports(side)
        if not reports:
            return []
        retrieval = retrieval or self._retrieve(q, side)
        rank = {h.chunk.id: i for i, h in enumerate(retrieval.hits, 1)}
        pairs = word_pairs(sq)
        picks: dict[str, Pick] = {}
        # no period asked: staff comparing provinces mean their newest reports
        newest = max(reports, key=lambda rid: (self.index.reports[rid].year,
                                               self.index.reports[rid].date))  # fmt: skip
        breakdown = asks_parts(q)  # "chia theo cấp tỉnh, huyện, xã": a whole and its parts
        online = online_asked(q, sq)  # "hồ sơ tiếp nhận trực tuyến"
        for rid in reports:
            r = self.index.reports[rid]
            for f in self.by_report.get(rid, ()):
                parts = tuple(c.label_folded for c in self.children.get(f.id, ()))
                ctx = Context(self.matcher.idf, rank.get(f.chunk_id, 0), parts, r.year, r.quarter)
                summed = self._summed_whole(sq, f)
                f, ctx, item, around, named = self._read(v, asked, f, ctx, breakdown, summed)
                if self._excluded(sq, side, asked, f, online):
                    continue
                x = [FEATURES[n](v, f, ctx) for n in self.weights.features]
                phrase = phrase_share(pairs, f"{f.counts_folded} {f.label_folded}")
                # the thing the question names in order ("sàn thương mại điện tử") may be the
                # subject of the figure's sentence or paragraph, before its item
                context = phrase_share(pairs, f"{f.lead} {fold_cached(f.clause)}")
                score = (self.weights.prob(x) + 0.5 * named + 0.6 * item + 0.3 * around
                         + 1.0 * phrase + CONTEXT_PHRASE * context)  # fmt: skip
                score = self._adjusted(score, sq, asked, f, breakdown)
                if not side.years and len(reports) > 1 and rid == newest:
                    score += 0.3
                whole = said_with(v, f, ctx)
                topic = ACCEPT if headed(whole, item, named) else max(item, around)
                topic = max(topic, item, around)
                if len(asked.words) >= 2 and self._said(asked, f) < 2:
                    topic = 0.0  # one word of the question ("sân" of "sân bay") is no topic
                if (asked.units and status_said(sq, f)) or outlet_said(sq, f):
                    # "hồ sơ đã giải quyết: …" for "resolved dossiers", "Báo Hà Tĩnh đã đăng
                    # tải 53 tin" for "items Ha Tinh Newspaper published"
                    topic = max(topic, ACCEPT)
                if other_status(sq, f):
                    topic = 0.0  # "giải quyết đúng hạn 48 hồ sơ" holds no "received" topic
                if f.id not in picks or picks[f.id].score < score:
                    picks[f.id] = Pick(f, score, topic, item, named, whole)
        ordered = distinct(sorted(covered(list(picks.values())), key=lambda p: -p.score))
        if ADDED_ASKED.search(f"{q.text} {sq.text}") and any(added(p.fact) for p in ordered):
            ordered = [p for p in ordered if added(p.fact)]  # "new stalls": not all of them
        return self._preferred(asked, ordered)

    def _preferred(self, asked: Asked, ordered: list[Pick]) -> list[Pick]:
        """The picks without those another acceptable pick of the side beats by kind."""
        # a count through one channel the question does not name ("qua dịch vụ BCCI") is a
        # part of the count: never chosen while the side states an acceptable whole one
        if any(acceptable(p) and not channelled(asked, p.fact) for p in ordered):
            ordered = [p for p in ordered if not channelled(asked, p.fact)]
        # … nor one narrowed by words the question does not say ("TTHC được công bố 460"),
        # in favour of one at the scope asked when the side states one there (the scope the
        # question names outweighs words it does not: "86% giáo viên cấp huyện được tập huấn"
        # over "100% … hồ sơ giáo viên" for "giáo viên cấp huyện")
        at_scope = bool(asked.scope) and any(
            acceptable(p) and self._has_scope(asked, p.fact) for p in ordered
        )
        if any(acceptable(p) and not narrowed(asked, p.fact)
               and (not at_scope or self._has_scope(asked, p.fact)) for p in ordered):  # fmt: skip
            ordered = [p for p in ordered if not narrowed(asked, p.fact)]
        # a figure at exactly the asked levels ("315 … mức độ 3"): a figure of more levels
        # ("891 … mức độ 3, 4") or of fewer is another figure while the side states it
        if asked.levels and any(acceptable(p) and exact_level(asked, p.fact) for p in ordered):
            ordered = [p for p in ordered if exact_level(asked, p.fact)]
        # … and a figure at the asked scope, or with a part there, beats one of no scope
        if asked.scope and any(acceptable(p) and self._has_scope(asked, p.fact) for p in ordered):
            ordered = [p for p in ordered if self._has_scope(asked, p.fact)]
        return ordered

    def newest(self, side: Side, picks: list[Pick]) -> list[Pick]:
        """No period asked: the picks of the newest report that states the figure (an
        acceptable pick), not an older report's."""
        reports = self._reports(side)
        if side.years or len(reports) < 2:
            return picks
        by_date = sorted(reports, key=lambda rid: (self.index.reports[rid].year,
                                                   self.index.reports[rid].date), reverse=True)  # fmt: skip
        for rid in by_date:
            mine = [p for p in picks if p.fact.report_id == rid]
            if any(acceptable(p) for p in mine):
                return mine
        return picks

    def _summed_whole(self, sq: ParsedQuery, f: Fact) -> Fact | None:
        """The whole a fact is a part of when its clause lists it among parts adding up to a
        figure before them and the side asks that whole (`whole_for`: "1.742 chứng thư số …
        (trong đó: cá nhân 1.101; tổ chức 427; …)" for a total), though the fact table links
        no headline (the list too far from it); None otherwise."""
        if f.parent or f.kind == "percent":
            return None
        q_seq = _question_facts(sq)[2]
        for b in summed_breakdowns(f.clause):
            if whole_for(sq.folded, q_seq, b, f.value, sides=True):
                return next((g for g in self.by_report.get(f.report_id, ())
                             if g.chunk_id == f.chunk_id and g.clause == f.clause
                             and g.value == b.whole.raw), None)  # fmt: skip
        return None

    def _read(
        self, v: QuestionView, asked: Asked, f: Fact, ctx: Context, breakdown: bool,
        summed: Fact | None = None,
    ) -> tuple[Fact, Context, float, float, float]:  # fmt: skip
        """What the question's words say of a fact: of its item, of its clause and lead, and
        the share of its item they name; a part the question does not name (or any part, when
        a breakdown is asked) is read as its whole (its headline, or the whole it adds up to
        that the question asks: `summed`), keeping the better of the two readings."""
        item = max(f_lex_counts(v, f, ctx), lex_before(v, f, ctx), unit_read(v, asked, f, ctx))
        around = max(f_lex_clause(v, f, ctx), f_lex_lead(v, f, ctx))
        if self._short_section(f):
            # a subsection of one or two statements ("6. Về thực hiện các nhiệm vụ được Chính
            # phủ … giao: UBND tỉnh được giao và hoàn thành 144/147 …"): its heading names
            # what its figures count
            heading = f_lex_lead(v, replace(f, lead=own_heading(f.section)), ctx)
            item, around = max(item, heading), max(around, heading)
        named = precision(asked, f)
        whole = self.matcher.by_id.get(f.parent) if f.parent else summed
        # the part at the asked scope or level ("… cấp xã", "… mức độ 4" of a total of every
        # level) is what is asked; not a part of a whole at that level already
        scoped = (bool(asked.scope) and f.scope == asked.scope) or (
            bool(asked.levels) and levels_of(f.level) == asked.levels
            and (whole is None or not exact_level(asked, whole))
        )
        if (
            whole is not None
            and not scoped
            # the whole asked of parts adding up to it (`whole_for` has read that the
            # question names no one part alone, against its siblings' words)
            and (breakdown or whole is summed or not self._part_named(asked, f, whole))
        ):
            # a part the question does not name stands for its whole
            f = whole
            parts = tuple(c.label_folded for c in self.children.get(f.id, ()))
            ctx = replace(ctx, part_labels=parts)
            item = max(item, f_lex_counts(v, f, ctx), unit_read(v, asked, f, ctx))
            around = max(around, f_lex_clause(v, f, ctx), f_lex_lead(v, f, ctx))
            named = max(named, precision(asked, f))
        return f, ctx, item, around, named

    def _adjusted(
        self, score: float, sq: ParsedQuery, asked: Asked, f: Fact, breakdown: bool
    ) -> float:
        """A fact's score moved by what its wording says beyond the question's words: the
        asked level, a target rather than a result, a per-unit average, the asked breakdown."""
        have = levels_of(f.level)
        if asked.levels and have == asked.levels:
            score += 0.15  # exactly the asked level …
        elif (asked.levels and have > asked.levels) or level_part(asked, sq, f):
            score -= 0.15  # … not "mức độ 3, 4" for "mức độ 4", nor one level for the total
        if asked.scope:
            # "… cấp xã": the figure at that scope, before a total or another count
            score += 0.4 if f.scope == asked.scope else -0.4 if not f.scope else 0.0
        if other_status(sq, f):
            score -= 1.0  # "đã tiếp nhận: 118.944" for "resolved": things in another state
        if not_done(sq.folded, f):
            score -= NOT_DONE  # "… trong tổng số 88" for the part done: the whole
        if narrowed(asked, f):
            score -= 0.3  # "… được tích hợp lên Cổng quốc gia" unasked: a narrower count
        if channelled(asked, f):
            score -= 0.6  # "… qua dịch vụ BCCI" unasked: one channel's part of the count
        if targeted(f):
            score -= 1.0  # a target set ("phấn đấu", "bảo đảm 100%"), not a result
        if not breakdown and aside_less(asked.words, f):
            score -= ASIDE  # "(trong đó: … cá nhân là 5.030)": the whole names more of it
        if AVERAGE.search(after_text(f)) and not AVERAGE.search(sq.folded):
            score -= 1.0  # "48 … cho mỗi xã", "trung bình": per unit, not the count
        scoped = {c.scope for c in self.children.get(f.id, ()) if c.scope}
        if breakdown and len(scoped) >= 2:
            score += 0.8  # the breakdown asked for
        return score

    def side_answer(
        self, q: ParsedQuery, side: Side, retrieval: Retrieval, language: str
    ) -> Answer:
        """The side asked as its own single-province question of the figure answerer (a
        timeline side: of its own report's passages only)."""
        if side.reports:
            retrieval = replace(retrieval, hits=[
                h for h in retrieval.hits if h.chunk.report_id in side.reports])  # fmt: skip
        return self.extractive.answer(side_query(q, side), retrieval, language)

    def own_answer(self, q: ParsedQuery, side: Side, language: str) -> Answer:
        """The side asked alone, retrieved for itself (a clause asking of this side only)."""
        return self.side_answer(q, side, self._retrieve(q, side), language)

    def vouched(
        self, q: ParsedQuery, side: Side, retrieval: Retrieval, ranked: list[Pick],
        language: str, answer: Answer | None = None,
    ) -> list[Pick]:  # fmt: skip
        """The side's facts re-weighed by the side asked as its own single-province question
        (the single-figure answerer's reading of a figure against a question is the stronger
        one). The fact its confident answer states (or that fact's whole) needs less of the
        topic (`agreed`). A sure answer (`SURE`) settles the side, else the fact gains in
        proportion to the confidence when it counts nothing narrower than the ranking's first
        (or is the figure at exactly the asked scope or level); a figure narrowed by words the
        question does not say (`narrowed`), or whose item says clearly less of the question
        than the first's (`ITEM_GAP`), changes nothing, however sure. When a
        sure answer states a figure the fact ranking cannot take, only the facts plainly of the
        asked kind stay (two readers disagree: a missing cell beats a wrong one)."""
        sq = side_query(q, side)
        a = answer or self.side_answer(q, side, retrieval, language)
        hits = [h for h in retrieval.hits if not side.reports or h.chunk.report_id in side.reports]
        if a.abstained and not a.candidates and hits:
            # nothing in the side's passages answers it: only a fact plainly of the asked kind
            return [p for p in ranked if p.topic >= STRONG]
        if not stated(a) or a.confidence < SIDE_CONFIDENCE:
            return ranked
        said = self._said_fact(a)
        if said is not None and (other_status(sq, said) or not_done(sq.folded, said)):
            return ranked  # its figure counts things in another state: it settles nothing
        if said is not None and tiers_joined(sq, said.clause, said.value):
            return ranked  # … or the asked tier together with another ("cấp tỉnh và cấp huyện")
        at = next((i for i, p in enumerate(ranked)
                   if said is not None and p.fact.id in (said.id, said.parent)), None)  # fmt: skip
        if at is None or not agreed(ranked[at]):
            # a figure the fact ranking cannot take: when the answer is sure of it, only the
            # facts plainly of the asked kind may stand against it
            return [p for p in ranked if p.topic >= STRONG] if a.confidence >= SURE else ranked
        p = replace(ranked[at], topic=max(ranked[at].topic, ACCEPT))
        top = next((x for x in ranked if acceptable(x)), None)
        asked = asked_kind(sq, self.vocabulary)
        # a figure counting something narrower than the ranking's first neither settles the
        # side nor is lifted, however sure the answer
        if top is not None and self._narrower(asked, p.fact, top.fact):
            return ranked
        if top is not None and top.item - p.item >= ITEM_GAP and top.topic >= p.topic:
            # … nor one whose own item says clearly less of the question than the first's
            # ("trên 7.333 các tin bài" beside "Cổng Thông tin điện tử đã cập nhật 53 tin, bài")
            return ranked
        if a.confidence >= SURE:
            return [p]
        exact = (asked.scope and p.fact.scope == asked.scope) or (
            asked.levels and levels_of(p.fact.level) == asked.levels
        )
        if top is not None and (p.named >= top.named or exact or p.topic > top.topic):
            # lifted over the ranking's first only when it counts nothing narrower than it
            # (or is the figure at exactly the asked scope or level, or its sentence says
            # more of the question: "Báo chí Trung ương …" beside "Báo Hà Tĩnh …")
            p = replace(p, score=p.score + VOUCH * a.confidence)
        return sorted([*ranked[:at], p, *ranked[at + 1 :]], key=lambda x: -x.score)

    def _narrower(self, asked: Asked, f: Fact, other: Fact) -> bool:
        """Whether `f` counts something narrower than `other` does: words the question does
        not say ("… được tích hợp lên Cổng quốc gia"), one channel it does not name ("qua dịch
        vụ BCCI"), or a part of a whole the question names clearly less than `other`'s
        ("45 … theo Quyết định 1291" beside "272 … toàn tỉnh có 1.889 TTHC")."""
        return (
            (narrowed(asked, f) and not narrowed(asked, other))
            or (channelled(asked, f) and not channelled(asked, other))
            or self._less_whole(asked, f, other)
            # a part an aside lists, its whole naming more of the question ("1.101" of "1.742
            # chứng thư số cho các cơ quan, tổ chức và cá nhân (trong đó: … cá nhân là 1.101")
            or (aside_less(asked.words, f) and not aside_less(asked.words, other))
        )

    def _less_whole(self, asked: Asked, part: Fact, other: Fact) -> bool:
        """Whether two parts' wholes differ in how much of what they count the question names
        (`precision`) by `WHOLE_GAP`, `part`'s the less."""
        mine, theirs = (self.matcher.by_id.get(f.parent) if f.parent else None
                        for f in (part, other))  # fmt: skip
        if mine is None or theirs is None or mine.id == theirs.id:
            return False
        return precision(asked, theirs) - precision(asked, mine) >= WHOLE_GAP

    def _said_fact(self, a: Answer) -> Fact | None:
        """The fact an answer states: its figure in its first citation's clause."""
        said = a.citations[0]
        value = comparable(a.figure)
        found = [
            f for f in self.by_report.get(said.report_id, ())
            if f.chunk_id == said.chunk_id and comparable(f.value) == value
        ]  # fmt: skip
        if not found:
            return None
        return min(found, key=lambda f: (
            not f.line_start <= said.line_start <= f.line_end, abs(f.line_start - said.line_start)
        ))  # fmt: skip

    def choose(self, ranked: list[list[Pick]], together: bool = True) -> list[Pick | None]:
        """One fact per side, chosen together: the sides should count the same thing (same
        unit, level, scope and words), so a side's odd one out loses to its runner-up; each
        on its own (`together` False) when each side's clause asks its own figure ("X được
        giao bao nhiêu …, Y hoàn thành bao nhiêu")."""
        pools: list[list[Pick | None]] = [
            [*[p for p in r if acceptable(p)][:PER_SIDE]] or [None] for r in ranked
        ]
        best: tuple[float, tuple[Pick | None, ...]] | None = None
        for combo in itertools.product(*pools):
            total = sum(p.score for p in combo if p is not None)
            for a, b in itertools.combinations([p for p in combo if p is not None], 2):
                total += agreement(a.fact, b.fact) if together else 0.0
            if best is None or total > best[0]:
                best = (total, combo)
        return list(best[1]) if best else [None for _ in ranked]
