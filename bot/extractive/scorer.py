"""Scoring the clauses of retrieved chunks for a question: one candidate per figure (or per
clause), by the question's concepts found in and around it; and what the best candidate's
passage says of what the question counts and the levels it asks."""

from __future__ import annotations

import functools
import math
from collections import Counter

import bot.extractive.tuning as tuning
from bot.extractive.asker_words import classifier_words, verbs_said
from bot.extractive.breakdown import _tells_apart
from bot.extractive.choice import (
    _ASKED_ITEM,
    Candidate,
    Site,
    _counts_asked,
    _docnum_candidate,
    _doubts,
    _figure_candidates,
)
from bot.extractive.clause_runs import clause_runs
from bot.extractive.concepts import Concept, ConceptMatcher
from bot.extractive.english_phrases import participle_terms
from bot.extractive.kinds import kinds_said as _kinds_said
from bot.extractive.kinds import with_kind_names
from bot.extractive.left_out import _EXCLUDES, excluded_phrases, says_phrase, set_against_only
from bot.extractive.levels import (
    _LEVEL_JOINERS,
    _LEVEL_NAMES,
    _LEVEL_TOKENS,
    _LEVELS,
    _level_run,
    asked_levels,
    level_and_total,
)
from bot.extractive.named_parts import _named_and_other_parts
from bot.extractive.negation import undenied
from bot.extractive.outline import ancestors
from bot.extractive.question import (
    _ASKS_REMAINDER,
    _COUNT_NOUNS,
    _MEASURE_WORDS,
    _UNIT_AFTER,
    _UNITS,
    _WANTS_DOCNUM,
    _WANTS_PERCENT,
    ASKABLE_PARTS,
    GRADES,
    MONEY_SAID,
    PER_TIME,
    _asked_parts,
    _asked_qualifiers,
    _english_counted,
    _question_facts,
    _rate_units,
    counted_pairs,
    counts_people,
    excluded_parts,
    is_money,
    part_cut,
    state_words,
)
from bot.extractive.shares import ONLINE_SAID, share_fits
from bot.extractive.sites import _SITE_CACHE, _figures_of, _Site
from bot.extractive.tuning import (
    CLAUSE_W,
    ITEM_BONUS,
    LEAD_CREDIT,
    OUTER_CREDIT,
    PARA_DIST,
    PAREN_PENALTY,
    SECTION_DIST,
    UNIT_BONUS,
)
from bot.extractive.words import (
    _DATE,
    _FIG,
    _at_zero,
    _bigrams,
    _folded_tokens,
    _found,
    _pair_weight,
    _words,
    before_via,
    found_misread,
    pairs_apart,
)
from bot.extractive.years import past_remarks, under_figure, year_fit, year_named
from bot.intents_types import FIGURE_ASKED as _WANTS_NUMBER  # number words: one list
from bot.stopwords import STOP
from core.lexicon import staff_words
from core.query import ABBREVIATIONS, GLOSSARY, GLOSSARY_RE, REVERSE, REVERSE_RE, ParsedQuery
from core.text import fold, is_syllable
from index.chunk import Chunk, Span
from index.generations import LoadedIndex
from index.lexical import tokenize
from index.retrieve import Hit

_ASKABLE = frozenset(ASKABLE_PARTS)


def _opening(line: str) -> str:
    """A line's words up to its first figure (dates are no figures)."""
    first = _FIG.search(_DATE.sub(" ", line))
    return line[: first.start()] if first else line


def _as_site(
    fit: tuple[float, int, frozenset[str]] | None, key: float, f: _Site, doubts: frozenset[str],
    named: int, unasked: int, year: tuple[float, int, frozenset[str]], past: bool = False,
) -> Site:  # fmt: skip
    """A figure's `Site`, its fit as a share (`shares.share_fit`) added when it has one, and
    its fit to the year asked (`years.year_fit`); a remark on a past year (`past`:
    `years.past_remarks`) names no asked part or item."""
    for add in (fit, year) if fit is not None else (year,):
        key, named, doubts = key + add[0], named + add[1], doubts | add[2]
    if past:
        named, doubts = 0, doubts - {_ASKED_ITEM}
    return key, f.figure, f.unit_after, doubts, named, unasked, f.in_breakdown


class ClauseScorer:
    """Scores clauses of the retrieved chunks by idf-weighted term and phrase overlap: the
    question-independent reading of each clause is cached."""

    def __init__(self, index: LoadedIndex) -> None:
        df: Counter[str] = Counter()
        for f in index.folded:
            df.update(set(tokenize(f)))
        n = max(1, len(index.folded))
        idf = {t: math.log(1 + n / (1 + c)) for t, c in df.items()}
        self._span_cache: dict[tuple[str, int], list[str]] = {}
        self._site_cache: dict[tuple[str, int], list[_Site]] = {}
        agencies = tuple(sorted({r.agency for r in index.reports.values()}))
        self._chunks, self._position = index.chunks, index.position
        self._report_year = {rid: r.year for rid, r in index.reports.items()}
        self.matcher = ConceptMatcher(idf, math.log(1 + n), agencies)

    def _lead_in(self, chunk: Chunk, span: Span) -> list[str]:
        """Tokens of what a clause is said under: the line its list item hangs from
        (`outline.ancestors`: "* Kinh phi thuc hien tu chu:" above "+ So kinh phi thuc hien
        ..."), then the paragraph before it ("Tinh toi ngay 20/5/2022, Cong DVC ...")."""
        key = (chunk.id, -1 - span.start)
        if key not in self._span_cache:
            # Only each line's opening words up to its first figure: what it is about ("Tinh
            # toi ngay 20/5/2022, Cong DVC tinh ... cung cap"), not its own or earlier items.
            lines = [*self._outline(chunk, span)[-1:], chunk.lead(span)]
            self._span_cache[key] = [t for line in lines for t in _folded_tokens(_opening(line))]
        return self._span_cache[key]

    def _outer(self, chunk: Chunk, span: Span) -> list[str]:
        """Tokens of the lines further up the outline than the one the clause's item hangs
        from ("- Ket qua giai ngan von (Du an: Kho luu tru ...):" above "* Tong so von ...",
        "Trong do:", "- Ke hoach von nam 2021 ..."), each up to its first figure."""
        key = (chunk.id, -(1 << 30) - span.start)
        if key not in self._span_cache:
            lines = self._outline(chunk, span)[:-1]
            self._span_cache[key] = [t for line in lines for t in _folded_tokens(_opening(line))]
        return self._span_cache[key]

    def _parts_above(self, chunk: Chunk, span: Span) -> frozenset[tuple[str, ...]]:
        """The parts of a breakdown and kinds of money (`ASKABLE_PARTS`) that the line the
        clause's list item hangs from names."""
        parent = self._outline(chunk, span)[-1:]
        if not parent:
            return frozenset()
        return _kinds_said(_folded_tokens(_opening(parent[0])), _ASKABLE)

    def _outline(self, chunk: Chunk, span: Span) -> list[str]:
        """The lines the clause's list item hangs from, read across the chunk boundary: a
        list that a chunk cut goes on in the next chunk of the same section."""
        pos = self._position.get(chunk.id, 0)
        before = self._chunks[pos - 1] if pos > 0 else None
        if before is None or (before.report_id, before.section) != (
            chunk.report_id, chunk.section
        ):  # fmt: skip
            return ancestors(chunk.text, span.start)
        return ancestors(before.text + "\n" + chunk.text, len(before.text) + 1 + span.start)

    def _span_tokens(self, chunk: Chunk, span: Span) -> list[str]:
        key = (chunk.id, span.start + (span.end << 20))  # a run of clauses starts as its first
        if key not in self._span_cache:
            # The clause's words as the figure scoring reads them (one folding for both).
            words, _ = _words(chunk.sentence(span))
            self._span_cache[key] = with_kind_names([t for w in words for t in w[2]])
        return self._span_cache[key]

    # -----------------------------------------------------------------------------------------

    def candidates(self, q: ParsedQuery, hits: list[Hit]) -> list[Candidate]:
        """Every clause of the hits scored for the question: one candidate per figure for a
        number question, per clause otherwise; best first."""
        needed = self.matcher.concepts(q)
        total = sum(c.weight for c in needed) or 1.0
        _, _, q_tokens, q_words = _question_facts(q)
        q_bigrams = _bigrams(tuple(q_tokens))
        pair_total = max(1, sum(_pair_weight(bg) for bg in q_bigrams))
        wants_docnum = bool(_WANTS_DOCNUM.search(q.folded))
        wants_number = bool(_WANTS_NUMBER.search(q.folded)) and not wants_docnum
        wants_percent = bool(_WANTS_PERCENT.search(q.folded))
        top = hits[0].score if hits else 1.0
        out: list[Candidate] = []
        for rank, hit in enumerate(hits):
            chunk = hit.chunk
            section_tokens = list(_folded_tokens(chunk.section))
            section = _at_zero(tuple(section_tokens))
            for span in clause_runs(chunk) if wants_number else chunk.spans:
                toks = self._span_tokens(chunk, span)
                if not toks:
                    continue
                here = _at_zero(tuple(toks))
                lead_toks = self._lead_in(chunk, span)
                lead = _at_zero(tuple(lead_toks))
                outer = _at_zero(tuple(self._outer(chunk, span)))
                coverage = self._matched(needed, here, lead, section, outer) / total
                # Word pairs of the question found in the clause; pairs with a number ("do 4")
                # count double: they tell level 4 from "level 3, 4".
                phrase = sum(_pair_weight(bg) for bg in q_bigrams & _bigrams(tuple(toks)))
                text = chunk.sentence(span)
                rest = (
                    0.3 * phrase / pair_total
                    + 0.15 * hit.score / top
                    - 0.01 * rank
                    - (0.2 if len(toks) < 4 else 0.0)
                )
                if wants_number:
                    # One candidate per figure: its own surroundings decide among the figures
                    # of a long enumeration, the clause's coverage among clauses.
                    context = [
                        (self._lead_in(chunk, span), PARA_DIST),
                        (section_tokens, SECTION_DIST),
                        (self._outer(chunk, span), SECTION_DIST),
                    ]
                    kinds = _kinds_said(toks) | _kinds_said(lead_toks)
                    sites = self._figure_sites(chunk, span, q, needed, wants_percent, context,
                                               kinds, self._parts_above(chunk, span))  # fmt: skip
                    out += _figure_candidates(
                        hit, span, sites, CLAUSE_W * coverage + rest, coverage, wants_percent,
                        q_words,
                    )  # fmt: skip
                    continue
                if wants_docnum:
                    out.append(_docnum_candidate(hit, span, text, q, coverage, rest))
                    continue
                # Not a number question: the clause itself is the answer, no figure leads it.
                out.append(Candidate(hit, span, coverage + rest, min(1.0, coverage), ""))
        out.sort(key=lambda c: (-c.score, c.hit.chunk.id, c.span.start))
        return out

    def _matched(
        self,
        needed: list[Concept],
        here: tuple[dict[str, int], dict[str, int]],
        lead: tuple[dict[str, int], dict[str, int]],
        section: tuple[dict[str, int], dict[str, int]],
        outer: tuple[dict[str, int], dict[str, int]],
    ) -> float:
        """The weight of the question's concepts the clause holds; a concept the clause lacks
        is partly credited when the paragraph's opening words (or the line its item hangs
        from), the lines further up its outline or the heading hold it."""
        matched = 0.0
        for concept in needed:
            credit = self.matcher.credit(concept, *here)
            if credit < 1.0:  # the paragraph's opening words and the heading help
                credit = max(
                    credit,
                    LEAD_CREDIT * self.matcher.credit(concept, *lead),
                    0.5 * self.matcher.credit(concept, *section),
                    OUTER_CREDIT * self.matcher.credit(concept, *outer),
                )
            matched += credit * concept.weight
        return matched

    def _figure_sites(
        self, chunk: Chunk, span: Span, q: ParsedQuery, needed: list[Concept], wants_percent: bool,
        context: list[tuple[list[str], int]], kinds: frozenset[tuple[str, ...]] = frozenset(),
        above: frozenset[tuple[str, ...]] = frozenset(),
    ) -> list[Site]:  # fmt: skip
        """Every figure the clause gives as a `Site` (score, figure, the word after it, doubts,
        asked parts its label names, qualifiers its label carries unasked, whether it is an item
        of a breakdown), scored by how closely (0..1) the asked words surround it: words before
        and after it, across an enumeration boundary farther, the enumeration's head and the
        `context` (the paragraph's lead-in, the section heading) farther still; `kinds`: see
        `_named_and_other_parts`; `above`: the parts its list item's parent line names, named
        by each figure too. Dates, document numbers, years, levels, asked numbers are not."""
        facts = self._cached_figures(chunk, span, context)
        q_numbers, asked, q_seq, q_words = _question_facts(q)
        units = self._units(q)
        parts = _asked_parts(q)
        excludes, left_words = bool(_EXCLUDES.search(q.folded)), excluded_phrases(q.folded)
        total = sum(c.weight for c in needed) or 1.0
        sites: list[Site] = []
        by_label, other, said_no = _named_and_other_parts(q, facts, needed, parts, kinds)
        past = past_remarks(facts, q.years, self._report_year.get(chunk.report_id, 0))
        by_label -= past
        item = year_named(q.folded) and under_figure(self._outline(chunk, span))
        rest_asked = bool(_ASKS_REMAINDER.search(q.folded))
        share = share_fits(self.matcher, needed, facts, q) if wants_percent else {}
        for i, f in enumerate(facts):
            named_in_q = f.canon in q_numbers or f.canon.split("/")[0] in q_numbers
            a_year = f.year_after is not None and not f.year_after & (_UNITS | units | _COUNT_NOUNS)
            if named_in_q or (wants_percent and not f.is_percent) or a_year:
                continue  # a year, unless a count noun follows ("1997 dich vu cong truc tuyen")
            near = sum(self.matcher.credit(c, f.dist, f.sk_dist) * c.weight for c in needed)
            key = near / total - (0.5 if f.is_percent and not wants_percent else 0.0)
            # An item of a breakdown of the figure before it ("1.845, trong do: cap tinh: 1.409
            # ...", "184.408 (truc tuyen: 23.940, ...)"): the answer when the question names
            # what tells the item apart, not when it asks for the whole.
            own = i in by_label or (i not in past and f.in_breakdown and _tells_apart(
                q_seq, f.item, f.head, f.item_keys, f.head_keys))  # fmt: skip
            if f.in_breakdown:
                key += ITEM_BONUS if own else -PAREN_PENALTY
            key += ITEM_BONUS * rest_asked * f.remainder  # "con bao nhieu": what remains
            key += level_and_total(f, asked, "tong" in q.folded, q.folded)
            if denied := (i in said_no) + says_phrase(f.label, left_words):  # or left out
                key -= tuning.NEGATED_CUT * denied  # read only where it cuts (eval.calibrate)
            if units and (own or not f.in_breakdown) and _counts_asked(f, units, q_words):
                key += UNIT_BONUS  # what the question counts: "60 tin", "so DVC ... la: 1.044"
            # a breakdown's item asked against its sibling: what it leaves out is no doubt
            against = set_against_only(q.folded, i in by_label and f.in_breakdown, f.label)
            doubts = _doubts(f, asked, units, q_words, wants_percent, excludes and not against,
                             parts, excluded_parts(q), left_words)  # fmt: skip
            # a part phrase is a qualifier; what remains is the part a "con bao nhieu" asks
            named = len((f.quals | f.staff | above) & set(parts)) + (i in by_label)
            named += rest_asked * f.remainder
            doubts |= {_ASKED_ITEM} if i in by_label else other.get(i, set())
            unasked = len(f.quals - _asked_qualifiers(q) - set(GRADES))  # cached per question
            year = year_fit(f.years, q.years, self._report_year.get(chunk.report_id, 0), item)
            sites.append(_as_site(share.get(i), key, f, doubts, named, unasked, year, i in past))
        return sites

    def _cached_figures(
        self, chunk: Chunk, span: Span, context: list[tuple[list[str], int]]
    ) -> list[_Site]:
        """The clause's figures with their surroundings, worked out once per clause."""
        key_ = (chunk.id, span.start + (span.end << 20))
        facts = self._site_cache.get(key_)
        if facts is None:
            if len(self._site_cache) >= _SITE_CACHE:
                self._site_cache.clear()
            facts = self._site_cache[key_] = _figures_of(chunk.sentence(span), context)
        return facts

    def unit_support(self, q: ParsedQuery, c: Candidate, together: bool = False) -> float:
        """The share of what the question counts that the candidate's clause, paragraph
        lead-in or section says (an amount in dong says it is money: `MONEY_SAID`): of its
        counted words (`_units`), or for an English question
        of its counted words whose report wording (any one of them) is said there
        (`_english_counted`); 1.0 when the question names nothing counted. With `together`,
        a pair of counted words the question names side by side counts once unless said so."""
        places = {t for p in q.provinces for t in fold(p).split()}  # "how many dossiers has Dong"
        ignored = _MEASURE_WORDS | places | _LEVEL_JOINERS | _LEVELS | STOP
        english = _english_counted(q) or participle_terms(q.folded)  # "how many were filed"
        if PER_TIME.search(q.folded):  # "mỗi tháng": a rate's "per", said "/tháng"
            ignored = ignored | {"moi"}
        units = set() if english else (self._units(q) or _rate_units(q)) - ignored - state_words(q)
        if not units and not english:
            return 1.0
        chunk = c.hit.chunk
        asked = q.folded.split()  # undenied words (restored too: OCR garbled "bé hé so")
        said = set(undenied(self._span_tokens(chunk, c.span), asked))
        if chunk.restored:
            said |= set(undenied(list(_folded_tokens(chunk.readable(c.span))), asked))
        said |= set(self._lead_in(chunk, c.span))
        said |= set(_folded_tokens(chunk.section)) | set(self._outer(chunk, c.span))
        if c.figure and is_money(chunk.sentence(c.span), c.figure):
            said |= MONEY_SAID  # "bao nhieu tien": an amount in dong is money
        said |= {"nguoi"} if counts_people(chunk.sentence(c.span)) else set()  # "bao nhiêu người"
        said |= {"nop"} if {"tiep", "nhan"} <= said else set()  # "nộp" hồ sơ are "tiếp nhận"
        said |= verbs_said(said)  # "đưa lên" DVC: "triển khai", "tích hợp", "cung cấp"
        if self._levels_named(chunk, c.span):
            said |= ONLINE_SAID  # a service of "mức độ 3, 4" is an online public service
        if not english:  # `together`: a two-word name ("giáo viên") said side by side
            runs = [self._span_tokens(chunk, c.span), self._lead_in(chunk, c.span)]
            runs.append(list(_folded_tokens(chunk.section)))
            apart = pairs_apart(counted_pairs(q, units), runs) if together else 0
            return max(0, found_misread(frozenset(units), said) - apart) / len(units)

        def says(wordings: frozenset[str]) -> bool:
            for wording in wordings:
                words = frozenset(wording.split()) - ignored
                if _found(words, said) == len(words):
                    return True
            return False

        return sum(map(says, english)) / len(english)

    def level_said(self, q: ParsedQuery, c: Candidate) -> bool:
        """Whether every service level the question asks ("muc do 2") is named in the
        candidate's clause, paragraph lead-in or section; True when none is asked. A level no
        passage names (the reports count levels 3 and 4 only) is not answered by another
        level's figure or by an all-levels total."""
        asked = asked_levels(q.expanded)
        if not asked:
            return True
        return asked <= self._levels_named(c.hit.chunk, c.span)

    def _levels_named(self, chunk: Chunk, span: Span) -> set[int]:
        """The service levels a clause, its paragraph lead-in or its section names."""
        said: set[int] = set()
        for toks in (self._span_tokens(chunk, span), self._lead_in(chunk, span),
                     list(_folded_tokens(chunk.section))):  # fmt: skip
            for i, t in enumerate(toks[:-1]):
                if t in _LEVEL_TOKENS and toks[i + 1] in _LEVELS:
                    said |= _level_run(toks, i + 1)
                elif (t, toks[i + 1]) in _LEVEL_NAMES:  # "dich vu cong toan trinh" is level 4
                    said.add(_LEVEL_NAMES[t, toks[i + 1]])
        return said

    @staticmethod
    @functools.lru_cache(maxsize=256)
    def _units(q: ParsedQuery) -> frozenset[str]:
        """What the question counts: the words after "bao nhieu" / "how many", in report wording."""
        m = _UNIT_AFTER.search(q.folded)
        if not m:
            return frozenset()
        words = before_via(q.folded, m)  # "… công chức thông qua thi tuyển": how, not what
        out = {t for t in tokenize(words) if t not in STOP and is_syllable(t)}
        out.update(part_cut(tokenize(words), tokenize(q.folded[m.end(1) :])))
        for g in GLOSSARY_RE.finditer(words):
            key = g.group(1)
            if g.end() >= len(words.rstrip()):
                # A term cut by the window's end is read whole ("level 3 online services":
                # "online service", not "online").
                whole = GLOSSARY_RE.match(q.folded, m.start(1) + g.start())
                key = whole.group(1) if whole else key
            out.update(t for e in GLOSSARY[key] for t in e.split() if t not in STOP)
            out -= staff_words(key, GLOSSARY[key])  # "dau moi" is counted as the "to chuc" cut
            if key in ABBREVIATIONS:
                out.add(key)
        for r in REVERSE_RE.finditer(words):
            out.add(REVERSE[r.group(1)])
        # "muc do 4" names a level, not what is counted.
        return frozenset(out - (_LEVEL_JOINERS | _LEVELS | {"toan", "trinh"}) - classifier_words(q.folded))
