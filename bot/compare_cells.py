"""Comparison cells from the fact table: the chosen fact of each side as a row (the part at
the asked scope, the parts of a breakdown), a share computed from two reported figures (marked
as computed), or a missing cell."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.answer import Answer, Citation
from bot.channel import asks_online
from bot.compare_answered import DOUBTED_TOPIC, keeps_kind, stated, topical
from bot.compare_beside import beside, other_levels
from bot.compare_facts import (
    alike,
    around,
    asks_parts,
    fact_citation,
    holds_for,
    is_bare,
    other_year,
    scope_near,
)
from bot.compare_kind import (
    Asked,
    asked_kind,
    family,
    fits,
    level_near,
    levels_of,
)
from bot.compare_pick import Pick
from bot.compare_picks import ACCEPT, AVERAGE, SIDE_CONFIDENCE
from bot.compare_rules import channelled, exact_level, narrowed
from bot.compare_share_cells import ShareCells
from bot.compare_sides import Side, side_query
from bot.compare_table import Cell, amount
from bot.compare_total import level_free, total_asked, total_choice
from bot.extractive import readable_part
from bot.fact_answer import (
    Context,
    f_lex_clause,
    f_lex_counts,
    view,
)
from bot.side_noun import counts_another_kind
from bot.side_reading import asks_several, own_clauses
from bot.structure import clip
from core.query import ParsedQuery
from core.text import fold, parse_number
from index.facts import Fact

_SCOPE_WORDS = {"tinh": "cấp tỉnh", "huyen": "cấp huyện", "xa": "cấp xã"}
_SCOPE_EN = {"tinh": "provincial level", "huyen": "district level", "xa": "commune level"}
MAX_PARTS = 6  # breakdown rows under one side's figure
# A side no fact settles shows, unsure and never bold, at most MAX_DOUBTED figures of the
# ranking that hold at least DOUBTED_TOPIC of the question's topic words.
MAX_DOUBTED = 3
SAID_AGAIN_LINES = 6  # how far on a figure with the same part label is one of the same list


def level_text(f: Fact, en: bool) -> str:
    """A figure's service level as a row label ("mức độ 4", "level 4")."""
    levels = sorted(levels_of(f.level) if f.level else level_near(f))
    return ("level " if en else "mức độ ") + ", ".join(levels)


class FactCells(ShareCells):
    """Cells from the fact table: each side's chosen fact (see `FactPicks`) as its rows."""

    def cells(self, q: ParsedQuery, sides: Sequence[Side], language: str) -> list[Cell]:
        """Every side's rows: its figure, its parts (a breakdown), or one missing cell."""
        retrievals = [self._retrieve(q, s) for s in sides]
        answers = [self._of_kind(q, s, self.side_answer(q, s, r, language))
                   for s, r in zip(sides, retrievals, strict=True)]  # fmt: skip
        ranked = [self.ranked(q, s, r) for s, r in zip(sides, retrievals, strict=True)]
        unvouched = ranked
        vouch = zip(sides, retrievals, ranked, answers, strict=True)
        ranked = [self.vouched(q, s, r, picks, language, a) for s, r, picks, a in vouch]
        chosen = self.choose(
            [self._pool(q, s, picks) for s, picks in zip(sides, ranked, strict=True)],
            together=not sides or own_clauses(q, sides[0].provinces) is None,
        )
        # each side: the figure its own answer states, when of the asked kind (the ranking's
        # choice when the answer abstains, doubts, or states a narrower figure)
        chosen = [
            self._settled(q, s, pick, self._answered(q, s, a, mine), picks)
            for s, pick, a, picks, mine in zip(sides, chosen, answers, ranked, unvouched, strict=True)
        ]
        out: list[Cell] = []
        for side, pick, a, picks in zip(sides, chosen, answers, unvouched, strict=True):
            asked: Asked | None = asked_kind(side_query(q, side), self.vocabulary)  # its own scope
            if pick is None:
                out.extend(self._unsettled(q, side, asked, language, self._doubted(a, picks)))
                continue
            f = self._at_scope(pick.fact, asked)
            if asked is not None and asked.percent and f.kind != "percent":
                share = self._computed(side, f, language)
                if share is None:
                    out.append(Cell(side))
                    continue
                out.append(share)
                continue
            told = other_levels(f, self.by_report.get(f.report_id, []))
            stated = frozenset().union(*(levels_of(g.level) for g in told))
            if told and asked is not None and (
                not asked.levels or (len(asked.levels) >= 2 and asked.levels <= stated)
            ):
                # no level asked, or levels the sentence states one by one with no total: each
                out.extend(self._levels_told(side, told, language))
                continue
            part = self._label(f, language == "en") if f is not pick.fact else ""
            # a scope asked that the total's parts do not name as such ("sở, ban, ngành" for
            # "cấp tỉnh"): every part, so the asked one is in view
            unnamed = asked is not None and bool(asked.scope) and f.scope != asked.scope
            several = unnamed or asks_parts(q) or asks_several(q, side.provinces)  # "giao …, xong"
            rows = self._breakdown(side, f, language, asked, several, asks_online(q.folded))
            names = _SCOPE_EN if language == "en" else _SCOPE_WORDS
            if not part and f.scope in names and any(r.part in names.values() for r in rows):
                # a figure of one scope beside the other scopes' (no total stated): its scope
                # is said, so it never reads as the side's whole
                part = names[f.scope]
            again = self._said_again(f) if not rows else []
            if again:  # "quá hạn" of the dossiers resolved and of those still open: each one
                told = sorted((f, *again), key=lambda g: (g.line_start, g.span_start))
                out.extend(self._cell(side, g, language, self._statement(g)) for g in told)
                continue
            out.append(self._cell(side, f, language, part))
            out.extend(rows)
        return out

    def _unsettled(
        self, q: ParsedQuery, side: Side, asked: Asked | None, language: str,
        doubted: tuple[tuple[str, Citation], ...],
    ) -> list[Cell]:  # fmt: skip
        """A side no fact settles: a share computed from its parts, its levels' counts, else
        one cell of the figures it may be (`_doubted`; missing when there are none)."""
        share = self._part_share(q, side, language) if asked and asked.percent else None
        levels = self._per_level(q, side, language)
        return [share] if share else levels or [Cell(side, doubted=doubted)]

    def _doubted(self, a: Answer, picks: list[Pick]) -> tuple[tuple[str, Citation], ...]:
        """The figures a side no fact settles may be, none stated as its figure: those its
        own answer was not sure of, else the ranking's first few that say some of the topic
        (`DOUBTED_TOPIC`), never a bare number."""
        if not a.abstained and not stated(a) and a.candidates:
            told = [c for c in a.candidates if not _bare_figure(c.figure)]
            return tuple((c.figure, c.citation) for c in told[:MAX_DOUBTED])
        near = [p.fact for p in picks if p.topic >= DOUBTED_TOPIC and not is_bare(p.fact)]
        first = {f.value: f for f in reversed(near)}  # a figure read twice: where first ranked
        near = [f for f in near if first[f.value] is f]
        return tuple((f.value, fact_citation(self.index, f)) for f in near[:MAX_DOUBTED])

    def _of_kind(self, q: ParsedQuery, side: Side, a: Answer) -> Answer:
        """A side's own answer, vouching for nothing when the figure it states is plainly not
        of the asked kind (a bare number, another year's, a share for a count or another
        level, a count of another kind of thing than the asked one): a reader that misread the question neither settles the side nor rules out the
        ranking's facts."""
        if not stated(a) or a.confidence < SIDE_CONFIDENCE:
            return a
        said = self._said_fact(a)
        if said is None:
            return a
        asked = asked_kind(side_query(q, side), self.vocabulary)
        if fits(asked, said) and not is_bare(said) and not other_year(said, side.years) and (
            not counts_another_kind(said, asked.units)  # "29 phản ánh" asked of procedures
        ):
            return a
        return replace(a, confidence=0.0)

    def _answered(self, q: ParsedQuery, side: Side, a: Answer, picks: list[Pick]) -> Pick | None:
        """The fact a side's own answer states in bold, when of the asked kind (`keeps_kind`) and
        subject (`topical`); None for an answer that abstains or doubts, or of another kind."""
        if not stated(a) or a.confidence < SIDE_CONFIDENCE:
            return None
        said = self._said_fact(a)
        sq = side_query(q, side)
        asked = asked_kind(sq, self.vocabulary)
        keeps = said is not None and keeps_kind(q, sq, side, asked, said)
        return Pick(said, 0.0, ACCEPT) if keeps and said and topical(asked, said, picks) else None

    def _pool(self, q: ParsedQuery, side: Side, picks: list[Pick]) -> list[Pick]:
        """The side's picks to choose from: its newest report's, without one level's figures
        below a level-free one when it asks a total (`bot/compare_total.py`)."""
        picks = self.newest(side, picks)
        return level_free(picks) if self._total(q, side) else picks

    def _total(self, q: ParsedQuery, side: Side) -> bool:
        """Whether the side asks a total (`bot/compare_total.py`)."""
        sq = side_query(q, side)
        return total_asked(sq, asked_kind(sq, self.vocabulary))

    def _settled(
        self, q: ParsedQuery, side: Side, pick: Pick | None, answered: Pick | None,
        ranked: list[Pick],
    ) -> Pick | None:  # fmt: skip
        """The side's fact: the ranking's choice, or the one its own answer states (`answered`)
        when the ranking has none, or when the ranking reads the answer's fact (or its whole)
        as saying more of the question's topic than its choice ("Báo chí Trung ương … 83 tin"
        beside "Báo Hà Tĩnh … 53 tin") and it counts nothing narrower (words the question does
        not say, a channel it does not name, a part of a whole it names less)."""
        if answered is not None and self._total(q, side):
            decided, choice = total_choice(pick, answered, ranked)
            if decided:
                return choice
        if answered is None or pick is None:
            return answered or pick
        ids = (answered.fact.id, answered.fact.parent)
        mine = next((p for p in ranked if p.fact.id in ids), None)
        if mine is None or mine.fact.id == pick.fact.id or mine.topic <= pick.topic:
            return pick
        asked = asked_kind(side_query(q, side), self.vocabulary)
        return pick if self._narrower(asked, mine.fact, pick.fact) else mine

    def _said_again(self, f: Fact) -> list[Fact]:
        """The other figures a few lines on in the side's report with the same short part
        label as the chosen one ("đã giải quyết: …, quá hạn: 5493" and "đang giải quyết: …,
        quá hạn: 2.347"): the question names the part of several statements, so each one is a
        row (labelled by its statement), never one standing for all."""
        label = _part_label(f)
        if not label:
            return []
        return [
            g for g in self.by_report.get(f.report_id, ())
            if g.id != f.id and g.kind == f.kind and g.section == f.section
            and abs(g.line_start - f.line_start) <= SAID_AGAIN_LINES and _part_label(g) == label
            and g.clause != f.clause
        ][:MAX_PARTS - 1]  # fmt: skip

    def _statement(self, g: Fact) -> str:
        """What a part's statement opens with, restored ("Số lượng hồ sơ đang giải quyết"):
        the words before the first figure of its clause, or of the clause before it ("…: 7.310;
        trong đó, trong hạn: 11.275, quá hạn: 2.347") when its own opens with its parts."""
        mine = self.by_report.get(g.report_id, [])
        at = next((i for i, h in enumerate(mine) if h.id == g.id), 0)
        before = [h for h in mine[:at] if h.clause != g.clause
                  and h.line_start >= g.line_start - SAID_AGAIN_LINES]  # fmt: skip
        told = before[-1] if before and fold(g.clause).lstrip(" -+").startswith("trong") else g
        return _opening(fact_citation(self.index, told).quote)

    def _per_level(self, q: ParsedQuery, side: Side, language: str) -> list[Cell]:
        """Levels asked together ("mức độ 3 và mức độ 4"), a side stating each level's count
        but not their total: a row per level, each cited, under their sum marked computed;
        [] unless every asked level has a count of the asked unit whose clause holds the
        question's topic (`ACCEPT`)."""
        sq = side_query(q, side)
        asked = asked_kind(sq, self.vocabulary)
        if len(asked.levels) < 2 or asked.percent is not False:
            return []
        v = replace(view(sq), words=asked.words)
        ctx = Context(self.matcher.idf, 0, (), 0, 0)
        found: list[Fact] = []
        for level in sorted(asked.levels):
            one = replace(asked, levels=frozenset({level}))
            cands = [
                f for rid in self._reports(side) for f in self.by_report.get(rid, ())
                if exact_level(one, f) and fits(one, f) and not is_bare(f)
                and (not asked.units or self._unit_said(one, f))
                and not narrowed(asked, f) and not channelled(asked, f)
            ]  # fmt: skip
            topic = {f.id: max(f_lex_counts(v, f, ctx), f_lex_clause(v, f, ctx)) for f in cands}
            best = max(cands, key=lambda f: topic[f.id], default=None)
            if best is None or topic[best.id] < ACCEPT:
                return []
            found.append(best)
        if len({family(f.unit) for f in found}) != 1 or len({f.report_id for f in found}) != 1:
            return []
        values = [parse_number(f.norm) for f in found if "/" not in f.norm]
        if len(values) != len(found) or any(v is None for v in values):
            return []
        return self._levels_told(side, found, language)

    def _levels_told(self, side: Side, found: list[Fact], language: str) -> list[Cell]:
        """A row per level's figure, each cited, under their sum marked computed."""
        values = [parse_number(f.norm) for f in found]
        en = language == "en"
        rows = [self._cell(side, f, language, level_text(f, en)) for f in found]
        cits = tuple(c.citation for c in rows if c.citation is not None)
        total = amount(sum(v or 0.0 for v in values), en)
        said = " + ".join(f.value for f in found)
        whole = Cell(side, total, said, holds_for(self.index, found[0], en), None, cits)
        return [whole, *rows]

    def _at_scope(self, f: Fact, asked: Asked | None) -> Fact:
        """A total stated by scope, one scope asked ("… cấp xã"): the part at that scope."""
        if asked is None or not asked.scope or f.scope == asked.scope:
            return f
        # a part at that scope, however it names it ("các sở, ban, ngành: 5162" at "cấp tỉnh")
        at = [c for c in self.children.get(f.id, ())
              if asked.scope in (c.scope, scope_near(c)) and c.kind == f.kind]  # fmt: skip
        return at[0] if len(at) == 1 else f

    # -----------------------------------------------------------------------------------------

    def _cell(self, side: Side, f: Fact, language: str, part: str = "") -> Cell:
        cit = fact_citation(self.index, f)
        counts = around(cit.quote, f.value)
        if part and f.parent:  # a part of the row above: its own words, not the clause again
            chunk = self.index.chunks[self.index.position[f.chunk_id]]
            own = readable_part(chunk, f.counts, f.span_start, f.span_end)
            own = own.strip(" ()[];,.-+")
            counts = clip(f"{own}: {f.value}" if f.value not in own else own, 200)
        kind = f"{f.kind}|{f.level}|{scope_near(f)}|{family(f.unit)}"
        return Cell(
            side, f.value, counts, holds_for(self.index, f, language == "en"), cit, part=part, kind=kind,
            beside=beside(f, cit.quote),
        )

    def _breakdown(
        self, side: Side, f: Fact, language: str, asked: Asked | None, parts_asked: bool,
        online: bool = False,
    ) -> list[Cell]:  # fmt: skip
        """A figure's parts when the question asks a breakdown ("1.845, trong đó: cấp tỉnh
        1.409 …"); for a figure stated once per scope and never in total ("sở, ngành 658 …
        cấp huyện 1599 … cấp xã 12.096"), the other scopes always (one alone would stand for
        the whole)."""
        en = language == "en"
        whole = parse_number(f.norm) if "/" not in f.norm else None
        # a per-unit average said beside a figure ("trung bình mỗi xã có 85") is no part of it
        children = [
            c for c in self.children.get(f.id, ())
            if not AVERAGE.search(c.label_folded or c.counts_folded)
        ]  # fmt: skip
        parts = [
            c for c in children if c.kind == f.kind and whole is not None
            and (parse_number(c.norm) or 0.0) <= whole
        ]  # fmt: skip
        # a breakdown has two parts or more ("trung bình mỗi huyện có 574" is an aside)
        if 2 <= len(parts) <= MAX_PARTS and parts_asked:
            return [self._cell(side, c, language, self._label(c, en)) for c in parts]
        if parts or children:
            # the parts the question names ("… and how many were submitted online"), down to
            # the parts of parts
            named = []
            for c in children:
                for g in (c, *self.children.get(c.id, ())):
                    whole_of = f if g is c else c
                    if asked is not None and self._part_named(asked, g, whole_of):
                        named.append(g)
            if not named and online:
                named = _online_levels(f, children)
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


def _online_levels(whole: Fact, children: list[Fact]) -> list[Fact]:
    """The online part of a whole its report breaks down by service level only, one level
    not online among them (dossiers "mức độ 2 …, mức độ 3 …, mức độ 4 …"): the parts at levels
    3 and 4, those whose dossiers are submitted online; [] for any other whole (one of one
    level, one not broken down by level)."""
    if whole.level:
        return []
    levels = [levels_of(c.level) for c in children if c.kind == whole.kind]
    if not levels or not all(levels) or not any(lv - _ONLINE_LEVELS for lv in levels):
        return []
    return [c for c in children if c.kind == whole.kind and levels_of(c.level) <= _ONLINE_LEVELS]


_ONLINE_LEVELS = frozenset({"3", "4"})  # the service levels at which dossiers are sent online


def _bare_figure(figure: str) -> bool:
    """A one-digit number, no share nor ratio ("8", "02"): a list's count or a rank, never
    offered as a side's figure (`is_bare` for a figure without its fact)."""
    value = parse_number(figure) if not re.search(r"[%/]", figure) else None
    return value is not None and value < 10


def _part_label(f: Fact) -> str:
    """A part's own short label ("quá hạn"), folded: a part of a whole, or what a figure of two
    words at most counts; "" for a figure that says more of what it counts."""
    words = (f.label_folded if f.parent and f.label_folded else f.counts_folded).split()
    return " ".join(words) if 1 <= len(words) <= 2 else ""


def _opening(quote: str) -> str:
    """A statement's opening words, before its first figure ("Số lượng hồ sơ đang giải
    quyết"): the row label of one of several figures with one part label."""
    head = re.split(r"(?<![^\W\d_])\d", quote, maxsplit=1)[0]  # not OCR's "S6" for "Số"
    return clip(head.strip(" :;,.-+~*"), 60)
