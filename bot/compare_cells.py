"""Comparison cells from the fact table: each side's facts ranked against the asked kind,
re-weighed by the side's own single-province answer, then chosen together so the sides count
the same thing; breakdown rows and computed shares."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot.answer import Answer
from bot.compare_facts import (
    after_text,
    agreement,
    alike,
    around,
    asks_parts,
    comparable,
    fact_citation,
    holds_for,
    is_bare,
    other_year,
    percent_text,
    targeted,
)
from bot.compare_kind import (
    Asked,
    asked_kind,
    content_words,
    family,
    fits,
    levels_of,
    lex_before,
    named_count,
    phrase_share,
    precision,
    skeleton,
    skeletons,
    with_abbreviations,
    word_pairs,
    words_of,
)
from bot.compare_sides import Side, side_query
from bot.compare_table import Cell
from bot.extractive import ExtractiveAnswerer, readable_part
from bot.fact_answer import (
    FEATURES,
    Context,
    FactMatcher,
    QuestionView,
    Weights,
    f_lex_clause,
    f_lex_counts,
    f_lex_lead,
    view,
)
from bot.structure import clip
from index.build import LoadedIndex
from index.facts import Fact
from index.lexical import tokenize
from index.normalize import fold, parse_number
from index.query import ParsedQuery
from index.retrieve import Filters, HybridRetriever, Retrieval

# A figure per unit ("35 dịch vụ cho mỗi xã", "trung bình mỗi huyện có 123").
_AVERAGE = re.compile(r"\b(moi|trung binh|binh quan|per|average)\b")
_SCOPE_WORDS = {"tinh": "cấp tỉnh", "huyen": "cấp huyện", "xa": "cấp xã"}
_SCOPE_EN = {"tinh": "provincial level", "huyen": "district level", "xa": "commune level"}
MAX_PARTS = 6  # breakdown rows under one side's figure
PER_SIDE = 5  # candidate facts per side weighed together with the other sides'
# A side's chosen fact whose clause, item and lead hold less than this share of the question's
# topic words (idf-weighted) is not of the asked kind: the cell says missing.
ACCEPT = 0.55
# The extractive answerer's least confidence for its figure to settle a side (config.toml's
# [answer].min_confidence).
SIDE_CONFIDENCE = 0.45
# What the side's own answer adds to the score of the fact it states, times its confidence.
VOUCH = 0.5
# A side's own answer this confident settles the side: its figure when the fact ranking can
# take it (`agreed`), else only the facts that hold `STRONG` of the topic words.
SURE = 0.85
STRONG = 0.75


# ---------------------------------------------------------------------------------------------
# Cells from the fact table


@dataclass(frozen=True)
class Pick:
    """A side's candidate fact and its score."""

    fact: Fact
    score: float
    topic: float  # share of the question's topic words in the fact's item, clause and lead
    item: float = 0.0  # … in the fact's own item (what it counts)
    named: float = 0.0  # share of the item's words the question names (see `precision`)


class FactCells:
    """Cells from the fact table: each side's facts ranked, the sides chosen together."""

    def __init__(
        self, index: LoadedIndex, facts: Sequence[Fact], retriever: HybridRetriever,
        weights: Weights, extractive: ExtractiveAnswerer | None = None,
    ) -> None:  # fmt: skip
        self.index = index
        # each side asked on its own: the single-figure answerer's choice among the side's
        # figures (its scoring of a figure against a question is the stronger one)
        self.extractive = extractive or ExtractiveAnswerer(index, SIDE_CONFIDENCE, 3)
        self.matcher = FactMatcher(index, facts)
        self.retriever = retriever
        self.weights = weights
        # the words the reports use: a question's other words (English ones, typos) say
        # nothing about which fact it asks
        self.vocabulary = frozenset(t for text in index.folded for t in tokenize(text))
        self.by_report: dict[str, list[Fact]] = {}
        self.children: dict[str, list[Fact]] = {}
        for f in self.matcher.facts:
            self.by_report.setdefault(f.report_id, []).append(f)
            if f.parent:
                self.children.setdefault(f.parent, []).append(f)

    def _unit_said(self, asked: Asked, f: Fact) -> bool:
        """Whether a fact is a figure of one of the asked units: its own unit, or the unit
        named in its item or close around it in its clause ("Tổng số TTHC …: 1.845",
        "144/147 còn 03 nhiệm vụ", "93% CBCC …"), by its whole, or by its parts."""
        if f.unit and f.unit != "%" and family(f.unit) in asked.units:
            return True
        at = f.clause.find(f.value)
        near = fold(f.clause[max(0, at - 100) : at + len(f.value) + 40]) if at >= 0 else ""
        said = with_abbreviations(f"{f.counts_folded} {near}")
        if any(re.search(rf"\b{u}\b", said) for u in asked.units):
            return True
        # OCR breaks vowels ("ching thu sб" for "chứng thư số"): the unit's words without them
        bare = f" {skeletons(said)} "
        if any(f" {skeletons(u)} " in bare for u in asked.units if len(u) >= 6):
            return True
        whole = self.matcher.by_id.get(f.parent) if f.parent else None
        if whole is not None and whole.id != f.id and self._unit_said(asked, whole):
            return True  # a part counts what its whole counts
        return any(
            family(c.unit) in asked.units or any(u in with_abbreviations(c.counts_folded)
                                                 for u in asked.units)
            for c in self.children.get(f.id, ())
        )  # fmt: skip

    @staticmethod
    def _said(asked: Asked, f: Fact) -> int:
        """How many of the question's topic words a fact's item, clause and lead hold."""
        text = words_of(f"{f.counts_folded} {f.label_folded} {f.lead}", f.clause)
        shapes = {skeleton(t) for t in text if len(t) >= 4}
        return sum(
            1 for w in set(asked.words)
            if w in text or (len(w) >= 4 and skeleton(w) in shapes)
        )  # fmt: skip

    @staticmethod
    def _part_named(asked: Asked, part: Fact, whole: Fact) -> bool:
        """Whether the question names a part of a breakdown: the words that set the part apart
        from its whole ("cấp xã" of "dịch vụ công cấp xã"), not the words they share."""
        own = content_words(with_abbreviations(part.label_folded or part.counts_folded))
        distinct = own - content_words(with_abbreviations(whole.counts_folded)) - {"cap", "trong"}
        if not distinct:
            return False
        return named_count(distinct, asked.words) >= 0.5 * len(distinct)

    def _reports(self, side: Side) -> list[str]:
        if side.reports:
            return list(side.reports)
        return [
            r.id for r in self.index.reports.values()
            if (not side.provinces or r.province in side.provinces)
            and (not side.years or r.year in side.years)
        ]  # fmt: skip

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
        for rid in reports:
            r = self.index.reports[rid]
            for f in self.by_report.get(rid, ()):
                parts = tuple(c.label_folded for c in self.children.get(f.id, ()))
                ctx = Context(self.matcher.idf, rank.get(f.chunk_id, 0), parts, r.year, r.quarter)
                f, ctx, item, around, named = self._read(v, asked, f, ctx, breakdown)
                if not fits(asked, f) or is_bare(f) or other_year(f, side.years):
                    continue
                if asked.units and not self._unit_said(asked, f):
                    continue  # a figure of something else, or of nothing said
                x = [FEATURES[n](v, f, ctx) for n in self.weights.features]
                phrase = phrase_share(pairs, f"{f.counts_folded} {f.label_folded}")
                score = (self.weights.prob(x) + 0.5 * named + 0.6 * item + 0.3 * around
                         + 1.0 * phrase)  # fmt: skip
                score = self._adjusted(score, sq, asked, f, breakdown)
                if not side.years and len(reports) > 1 and rid == newest:
                    score += 0.3
                topic = max(item, around)
                if len(asked.words) >= 2 and self._said(asked, f) < 2:
                    topic = 0.0  # one word of the question ("sân" of "sân bay") is no topic
                if f.id not in picks or picks[f.id].score < score:
                    picks[f.id] = Pick(f, score, topic, item, named)
        return _distinct(sorted(picks.values(), key=lambda p: -p.score))

    def _read(
        self, v: QuestionView, asked: Asked, f: Fact, ctx: Context, breakdown: bool
    ) -> tuple[Fact, Context, float, float, float]:
        """What the question's words say of a fact: of its item, of its clause and lead, and
        the share of its item they name; a part the question does not name (or any part, when
        a breakdown is asked) is read as its whole, keeping the better of the two readings."""
        item = max(f_lex_counts(v, f, ctx), lex_before(v, f, ctx))
        around = max(f_lex_clause(v, f, ctx), f_lex_lead(v, f, ctx))
        named = precision(asked, f)
        whole = self.matcher.by_id.get(f.parent) if f.parent else None
        if whole is not None and (breakdown or not self._part_named(asked, f, whole)):
            # a part the question does not name stands for its whole
            f = whole
            parts = tuple(c.label_folded for c in self.children.get(f.id, ()))
            ctx = replace(ctx, part_labels=parts)
            item = max(item, f_lex_counts(v, f, ctx))
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
        elif asked.levels and have > asked.levels:
            score -= 0.15  # … not "mức độ 3, 4" for "mức độ 4"
        if targeted(f):
            score -= 1.0  # a target set ("phấn đấu", "bảo đảm 100%"), not a result
        if _AVERAGE.search(after_text(f)) and not _AVERAGE.search(sq.folded):
            score -= 1.0  # "35 … cho mỗi xã", "trung bình": per unit, not the count
        scoped = {c.scope for c in self.children.get(f.id, ()) if c.scope}
        if breakdown and len(scoped) >= 2:
            score += 0.8  # the breakdown asked for
        return score

    def vouched(
        self, q: ParsedQuery, side: Side, retrieval: Retrieval, ranked: list[Pick],
        language: str,
    ) -> list[Pick]:  # fmt: skip
        """The side's facts re-weighed by the side asked as its own single-province question
        (the single-figure answerer's reading of a figure against a question is the stronger
        one). The fact its confident answer states (or that fact's whole) needs less of the
        topic (`agreed`); a sure answer (`SURE`) settles the side, else the fact gains in
        proportion to the confidence when it counts nothing narrower than the ranking's first.
        When a sure answer states a figure the fact ranking cannot take, only the facts plainly
        of the asked kind stay (two readers disagree: a missing cell beats a wrong one)."""
        sq = side_query(q, side)
        if side.reports:
            retrieval = replace(retrieval, hits=[
                h for h in retrieval.hits if h.chunk.report_id in side.reports])  # fmt: skip
        a = self.extractive.answer(sq, retrieval, language)
        if a.abstained and not a.candidates and retrieval.hits:
            # nothing in the side's passages answers it: only a fact plainly of the asked kind
            return [p for p in ranked if p.topic >= STRONG]
        if a.abstained or not a.figure or not a.citations or a.confidence < SIDE_CONFIDENCE:
            return ranked
        said = self._said_fact(a)
        at = next((i for i, p in enumerate(ranked)
                   if said is not None and p.fact.id in (said.id, said.parent)), None)  # fmt: skip
        if at is None or not agreed(ranked[at]):
            # a figure the fact ranking cannot take: when the answer is sure of it, only the
            # facts plainly of the asked kind may stand against it
            return [p for p in ranked if p.topic >= STRONG] if a.confidence >= SURE else ranked
        p = replace(ranked[at], topic=max(ranked[at].topic, ACCEPT))
        if a.confidence >= SURE:
            return [p]
        top = next((x for x in ranked if acceptable(x)), None)
        if top is not None and p.named >= top.named:
            # lifted over the ranking's first only when it counts nothing narrower than it
            p = replace(p, score=p.score + VOUCH * a.confidence)
        return sorted([*ranked[:at], p, *ranked[at + 1 :]], key=lambda x: -x.score)

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

    def choose(self, ranked: list[list[Pick]]) -> list[Pick | None]:
        """One fact per side, chosen together: the sides should count the same thing (same
        unit, level, scope and words), so a side's odd one out loses to its runner-up."""
        pools: list[list[Pick | None]] = [
            [*[p for p in r if acceptable(p)][:PER_SIDE]] or [None] for r in ranked
        ]
        best: tuple[float, tuple[Pick | None, ...]] | None = None
        for combo in itertools.product(*pools):
            total = sum(p.score for p in combo if p is not None)
            for a, b in itertools.combinations([p for p in combo if p is not None], 2):
                total += agreement(a.fact, b.fact)
            if best is None or total > best[0]:
                best = (total, combo)
        return list(best[1]) if best else [None for _ in ranked]

    def cells(self, q: ParsedQuery, sides: Sequence[Side], language: str) -> list[Cell]:
        """Every side's rows: its figure, its parts (a breakdown), or one missing cell."""
        retrievals = [self._retrieve(q, s) for s in sides]
        ranked = [self.ranked(q, s, r) for s, r in zip(sides, retrievals, strict=True)]
        ranked = [
            self.vouched(q, s, r, picks, language)
            for s, r, picks in zip(sides, retrievals, ranked, strict=True)
        ]
        chosen = self.choose(ranked)
        asked = asked_kind(side_query(q, sides[0]), self.vocabulary) if sides else None
        out: list[Cell] = []
        for side, pick in zip(sides, chosen, strict=True):
            if pick is None:
                share = self._part_share(q, side, language) if asked and asked.percent else None
                out.append(share or Cell(side))
                continue
            f = pick.fact
            if asked is not None and asked.percent and f.kind != "percent":
                share = self._computed(side, f, language)
                if share is None:
                    out.append(Cell(side))
                    continue
                out.append(share)
                continue
            out.append(self._cell(side, f, language))
            out.extend(self._breakdown(side, f, language, asked, asks_parts(q)))
        return out

    # -----------------------------------------------------------------------------------------

    def _cell(self, side: Side, f: Fact, language: str, part: str = "") -> Cell:
        cit = fact_citation(self.index, f)
        counts = around(cit.quote, f.value)
        if part and f.parent:  # a part of the row above: its own words, not the clause again
            chunk = self.index.chunks[self.index.position[f.chunk_id]]
            own = readable_part(chunk, f.counts, f.span_start, f.span_end)
            own = own.strip(" ()[];,.-+")
            counts = clip(f"{own}: {f.value}" if f.value not in own else own, 200)
        return Cell(side, f.value, counts, holds_for(f, language == "en"), cit, part=part)

    def _breakdown(
        self, side: Side, f: Fact, language: str, asked: Asked | None, parts_asked: bool
    ) -> list[Cell]:
        """A figure's parts when the question asks a breakdown ("1.845, trong đó: cấp tỉnh
        1.409 …"); for a figure stated once per scope and never in total ("sở, ngành 658 …
        cấp huyện 1599 … cấp xã 12.096"), the other scopes always (one alone would stand for
        the whole)."""
        en = language == "en"
        whole = parse_number(f.norm) if "/" not in f.norm else None
        parts = [
            c for c in self.children.get(f.id, ()) if c.kind == f.kind and whole is not None
            and (parse_number(c.norm) or 0.0) <= whole
        ]  # fmt: skip
        # a breakdown has two parts or more ("trung bình mỗi huyện có 123" is an aside)
        if 2 <= len(parts) <= MAX_PARTS and parts_asked:
            return [self._cell(side, c, language, self._label(c, en)) for c in parts]
        if parts or f.parts:
            # the parts the question names ("… and how many were submitted online"), down to
            # the parts of parts
            named = []
            for c in self.children.get(f.id, ()):
                for g in (c, *self.children.get(c.id, ())):
                    whole_of = f if g is c else c
                    if asked is not None and self._part_named(asked, g, whole_of):
                        named.append(g)
            return [self._cell(side, g, language, self._label(g, en)) for g in named[:MAX_PARTS]]
        if (asked is not None and asked.scope) or f.parent:
            return []
        same = [
            g for g in self.by_report.get(f.report_id, ())
            if g.id != f.id and not g.parent and g.section == f.section and g.kind == f.kind
            and g.level == f.level and family(g.unit) == family(f.unit) and g.scope
            and g.scope != f.scope and "," not in g.scope
            and abs(g.line_start - f.line_start) <= 15 and alike(f, g)
        ]  # fmt: skip
        by_scope: dict[str, Fact] = {}
        for g in same:
            by_scope.setdefault(g.scope, g)
        if not by_scope:
            return []
        names = _SCOPE_EN if en else _SCOPE_WORDS
        return [self._cell(side, g, language, names[s]) for s, g in sorted(
            by_scope.items(), key=lambda kv: list(names).index(kv[0]))]  # fmt: skip

    def _label(self, f: Fact, en: bool) -> str:
        if f.scope in _SCOPE_WORDS and "," not in f.scope:
            return (_SCOPE_EN if en else _SCOPE_WORDS)[f.scope]
        chunk = self.index.chunks[self.index.position[f.chunk_id]]
        words = f.label or f.counts
        label = readable_part(chunk, words, f.span_start, f.span_end)
        label = label.split(f.value)[0] if f.value in label else label  # the words before it
        label = re.sub(r"(?:\s+(?:là|la|đạt|dat|có|co))+\s*$", "", label.strip(" ()[]:;,.-+"))
        return clip(label.strip(" ()[]:;,.-+"), 60)

    def _computed(self, side: Side, f: Fact, language: str) -> Cell | None:
        """A share asked, a side reporting counts: the share computed from two reported
        figures (a part over its whole, or "a/b"), marked as computed, never as reported."""
        if "/" in f.norm:
            a, b = (float(x) for x in f.norm.split("/")[:2])
            if not b or a > b:
                return None
            cit = fact_citation(self.index, f)
            return Cell(side, percent_text(a / b, language), cit.quote, holds_for(f, language == "en"),
                        None, (cit,))  # fmt: skip
        return None

    def _part_share(self, q: ParsedQuery, side: Side, language: str) -> Cell | None:
        """A share asked that a side does not report, computed from a part the question names
        over its whole ("trực tuyến: 42.360" of "184.408" → 23,0 %), both cited."""
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
                if a is None or not b or a > b or not self._part_named(asked, f, whole):
                    continue
                if asked.units and not self._unit_said(asked, whole):
                    continue  # a share of something else ("32/36 nhiệm vụ" for "hồ sơ")
                ctx = Context(self.matcher.idf, 0, (), 0, 0)
                topic = max(f_lex_counts(v, whole, ctx), f_lex_clause(v, whole, ctx),
                            f_lex_lead(v, whole, ctx))  # fmt: skip
                if topic >= ACCEPT and (best is None or topic > best[0]):
                    best = (topic, f, whole)
        if best is None:
            return None
        _, part, whole = best
        a, b = parse_number(part.norm) or 0.0, parse_number(whole.norm) or 1.0
        cits = (fact_citation(self.index, whole), fact_citation(self.index, part))
        said = f"{part.value} / {whole.value}: {around(cits[1].quote, part.value, 300)}"
        return Cell(side, percent_text(a / b, language), said, holds_for(part, language == "en"), None,
                    cits)  # fmt: skip


def _distinct(ordered: list[Pick]) -> list[Pick]:
    """Picks in order, the first of each figure at one place of a chunk (the same figure
    read twice at one spot is one candidate)."""
    seen: set[tuple[str, str, int]] = set()
    out = []
    for p in ordered:
        key = (p.fact.chunk_id, p.fact.norm, p.fact.span_start)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def acceptable(p: Pick) -> bool:
    """A side's fact that may stand in the table: the question's topic is in its clause, item
    or lead (`ACCEPT`), and its own item says some of it (what it counts, or words the
    question names): a figure beside the topic, counting something else, is not."""
    return p.topic >= ACCEPT and p.item + p.named >= 0.4


def agreed(p: Pick) -> bool:
    """A side's fact that its own single-province answer also chose: a looser `acceptable`
    (two readers agree on it)."""
    return p.topic >= 0.4 and p.item + p.named >= 0.4
