"""Two parts of one report side by side (see `bot/compare_parts.py`; three or more listed at
once: `bot/compare_list.py`): each part asked of the figure answerer on its own, the answers
set in the comparison table. A part the figure answerer abstains on reads "not found", one it is
not sure of "not sure" (none bold); one line read for both parts gives each part the figure its
own words lead to there, else counts only for the part its words name."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from bot.compare_answered import stated
from bot.compare_apart import TIMES_ASKED
from bot.compare_beside import (
    amount_before,
    asks_total_and_average,
    share_after,
    share_count,
    total_and_average,
)
from bot.compare_between import between_parts
from bot.compare_cell_lines import (
    _each_its_average,
    _each_its_own,
    _each_own_line,
    _not_the_others,
    _one_statement_once,
    _shared_out,
)
from bot.compare_guard import guarded
from bot.compare_heading import under_heading
from bot.compare_label_line import label_line
from bot.compare_labelled import SHARE_ASKED as _SHARE
from bot.compare_labelled import labelled
from bot.compare_larger import with_larger
from bot.compare_line_parts import on_own_items, read_parts
from bot.compare_lines import share_out, wholes
from bot.compare_list import listed_parts
from bot.compare_more_than import one_line_apart, ratio_sentence_out, split_by_comparative
from bot.compare_nearest_line import on_a_nearest_line
from bot.compare_only import DIFFERENCE_ASKED
from bot.compare_other_part import other_part, with_whole
from bot.compare_own_words import own_words_said
from bot.compare_part_line import settled
from bot.compare_parts import ASKS, Part, parts_of
from bot.compare_share_amount import amount_of_share
from bot.compare_sibling_year import sibling_year
from bot.compare_sides import Side, sides_of
from bot.compare_subject import subject_checked
from bot.compare_table import Cell, render_table
from bot.compare_tier_line import tier_sibling
from bot.compare_two_asked import asked_pair, clauses_read, each_asked_stated, one_line_pair
from bot.compare_units import (
    asked_units,
    count_named,
    other_unit,
    people_named,
    persons_as,
    stated_fact,
)
from bot.each_part import part_figures
from bot.extractive.parts_said import PART_NAMES, asked_parts, says_part
from bot.extractive.whole_asked import COMPARED
from bot.flow_asked import flow_reworded
from bot.intents_types import (
    WANTS_PERCENT,
    asks_plan_share,
    is_list,
    is_summary,
    section_kind,
    wants_number,
)
from bot.pair_ratio import asks_pair_ratio, pair_share_said
from bot.part_measure import measure_only
from bot.stopwords import FIGURE_STOP, HEDGE_EN
from core.query import ParsedQuery, parse_query
from core.result import Answer, Citation, FigureCandidate
from core.text import fold
from index.chunk import Chunk
from index.facts import Fact
from index.generations import LoadedIndex
from index.lexical import tokenize

# A contrast word in a question that asks no number in words ("tổng cấp huyện so với tổng cấp
# xã?"): the parts it sets apart are asked their figures.
_CONTRASTED = re.compile(r"\b(so voi|versus|vs|compared (?:with|to))\b")
# A ratio asked after the parts are named (", and by how many times does the second exceed
# the first?", "— how many times as large?", "by what factor?"): it asks the comparison the
# table gives, no figure of its own, and the part it names would join every part's question.
_RATIO_TAIL = re.compile(
    rf",?\s*(?:and\s+)?(?:(?:{'|'.join(HEDGE_EN)}|nearly|almost|by)\s+)?"
    r"(?:how many times|how many-?fold|what factor|what multiple)\b[^?.;]*",
    re.IGNORECASE,
)
Ask = Callable[[ParsedQuery], Answer]  # one part's question → the figure answerer's answer
MAX_DOUBTED = 3  # figures an unsure part's row names


class PartsAnswerer:
    """A comparison of two parts of one place and period, as a table."""

    def __init__(self, index: LoadedIndex) -> None:
        self.index = index
        self._facts: dict[str, list[Fact]] | None = None
        self._chunks: dict[str, Chunk] | None = None

    def _chunk_facts(self, chunk_id: str) -> list[Fact]:
        """The fact table's figures of one chunk (the table read once)."""
        if self._facts is None:
            self._facts = {}
            for f in self.index.facts():
                self._facts.setdefault(f.chunk_id, []).append(f)
        return self._facts.get(chunk_id, [])

    def _chunk(self, chunk_id: str) -> Chunk | None:
        """A chunk by its id (the index's chunks read once)."""
        self._chunks = self._chunks or {c.id: c for c in self.index.chunks}
        return self._chunks.get(chunk_id)

    def _unit_kept(self, part: Part, ans: Answer, ask: Ask) -> Answer:
        """A part's answer whose figure counts the unit the part says it counts; a figure of
        another unit (`bot/compare_units.py`): the part asked again as "bao nhiêu <unit>",
        else the figure only as one the part may be (unsure, never bold)."""
        units = asked_units(part.query, self.vocabulary) if stated(ans) else frozenset()
        if not units or not other_unit(self._said(ans), units):
            return ans
        again = count_named(part.query)
        second = ask(again) if again is not None else None
        said = self._said(second) if second is not None and stated(second) else None
        if second is not None and said is not None and not other_unit(said, units):
            return second
        cit = ans.citations[0]
        doubted = FigureCandidate(ans.figure, ans.counts, ans.holds_for, cit)
        return replace(ans, figure="", candidates=(doubted,), confidence=0.0)

    def _said(self, a: Answer) -> Fact | None:
        """The fact an answer states, from the fact table."""
        return stated_fact(self._chunk_facts(a.citations[0].chunk_id), a) if a.citations else None

    @property
    def vocabulary(self) -> frozenset[str]:
        """The words the reports use, read once (shared by every answerer of the index)."""
        return self.index.vocabulary()

    def parts(self, q: ParsedQuery, en: bool = False, weak: bool = False) -> list[Part]:
        """The parts a figure question sets side by side; [] when it asks of one thing, of
        two places or periods (the comparison table's sides), or for no number. `weak`: the
        two things a plain "và" joins (`parts_of`), which may be asked as one figure."""
        compared = bool(COMPARED.search(q.folded))
        contrasted = compared or bool(_CONTRASTED.search(q.folded))  # "A so với B?"
        if not (wants_number(q.folded) or ASKS.search(q.folded) or contrasted):
            return []
        # "which systems and software …" lists things; "which … more, A or B" compares them
        if not compared and (is_list(q) or is_summary(q) or section_kind(q) is not None):
            return []
        if len(sides_of(q, self.index)) >= 2:
            return []
        q = without_ratio(q, en)
        # two years of one report: the years, when the question names no two parts
        # (three or more parts of one breakdown listed: "mức độ 2, 3 và 4", before two)
        parts = (asked_pair(q) or parts_of(q, en, weak=True)) if weak else read_parts(q, en)
        if any(measure_only(p.label) for p in parts):
            return []  # a part of only comparison or measure words ("compare", "dự kiến đạt")
        if people := people_named(q):  # "… bao nhiêu người" of "công chức": "bao nhiêu công chức"
            parts = [replace(p, query=persons_as(p.query, people)) for p in parts]
        return [as_share(p, en) for p in parts] if asks_plan_share(q.folded) else parts

    def answer(self, q: ParsedQuery, ask: Ask, language: str) -> Answer | None:
        """The table of the parts, or None (not two parts; no part's figure found, nor figures
        it may be: the figure answerer then answers the whole question)."""
        parts, weak = self.parts(q, language == "en"), False
        if len(parts) < 2:
            parts, weak = self.parts(q, language == "en", weak=True), True
        if len(parts) < 2:
            return None
        if asks_pair_ratio(q.folded):  # "A so với B đạt tỷ lệ bao nhiêu": one share (A over B)
            whole = ask(q)
            if pair_share_said(whole, parts[0].label):
                return replace(whole, intent="percent")
        answers = [self._unit_kept(p, _asked(p, ask), ask) for p in parts]
        answers = sibling_year(q, parts, answers, ask, language == "en")
        answers = under_heading(parts, answers, self._chunk)
        cells = own_words_said(parts, _cells(q, parts, answers), self.vocabulary)
        cells = settled(q.folded, parts, answers, cells, self._chunk_facts)
        cells = other_part(parts, tier_sibling(parts, cells, self._chunk_facts, self.index), self._chunk_facts, self.index)
        of = lambda rid: [f for c in self.index.chunks if c.report_id == rid for f in self._chunk_facts(c.id)]  # noqa: E731
        cells = label_line(parts, cells, of, self.index, self.vocabulary)
        cells = one_line_pair(q, parts, _by_level(q, parts, answers, cells))
        cells = labelled(q.folded, parts, amount_of_share(q, cells, self._chunk))  # by its line's label
        cells, read = on_own_items(q.text, parts, guarded(parts, cells)), without_ratio(q, language == "en")
        if all(c.citation is None and not c.doubted for c in cells):
            return None
        if weak and not (each_asked_stated(q, parts, cells, ask, read) if clauses_read(read, parts) else (
                _each_its_own(q, parts, cells) or _each_its_average(q, parts, cells) or _each_own_line(parts, cells))) or (
                split_by_comparative(q.folded) and not one_line_apart(cells)
                and not (TIMES_ASKED.search(q.folded) and _each_own_line(parts, cells))):  # fmt: skip
            # "A và B" may ask one figure of both; "A hơn B bao nhiêu" of two lines (a ratio,
            # "A gấp mấy lần B", of two lines each saying its own part only: "cấp xã …")
            return None
        table = with_whole(render_table(q, cells, language), cells, self._chunk_facts, language == "en")
        times = bool(TIMES_ASKED.search(q.folded))
        apart = bool(DIFFERENCE_ASKED.search(q.folded))
        # the figures as the table shows them: a side it says "not sure" of is not worked out
        text = with_larger(table.text, subject_checked(q, cells), language == "en", times, apart)
        return replace(table, text=text, intent="comparison")


def without_ratio(q: ParsedQuery, en: bool = False) -> ParsedQuery:
    """The question without a ratio asked after its parts (`_RATIO_TAIL`), its places and
    periods kept, when what is left still reads two parts or more; the question itself when it
    asks no ratio so, or the ratio was what made it read as parts ("… at level 3 and level 4:
    how many of each, and by what factor?" left as it is when the rest reads one)."""
    text = ratio_sentence_out(_RATIO_TAIL.sub("", q.text).strip())  # or its own sentence
    if text == q.text.strip() or not text:
        return q
    stripped = replace(parse_query(text), provinces=q.provinces, years=q.years, quarter=q.quarter)
    read = between_parts(stripped, en) or listed_parts(stripped) or parts_of(stripped, en)
    return stripped if len(read) >= 2 else q


def _asked(part: Part, ask: Ask) -> Answer:
    """A part's answer; one the figure answerer abstains on asked again with the count named
    where it looks for it ("số dịch vụ công mức 4 … bao nhiêu" → "bao nhiêu dịch vụ công mức
    4 …", `count_named`), or with its flow in the reports' verb (`flow_reworded`), kept when it
    then states a figure."""
    ans = ask(part.query)
    again = count_named(part.query) if ans.abstained else None
    second = ask(again) if again is not None else None
    if (second is None or not stated(second)) and ans.abstained:
        reworded = flow_reworded(part.query.text)  # "đã xử lý" asked as "giải quyết"
        second = ask(parse_query(reworded)) if reworded else None
    return second if second is not None and stated(second) else ans


# The count asked in words a part's question says when the question asks none (`parts_of`),
# and the share said in its stead when the question sets its figure against a plan.
_COUNT_SAID = re.compile(r"\b(so luong|how many)\b")
_SHARE_WORDS = {"so luong": "tỷ lệ", "how many": "what percent"}


def as_share(part: Part, en: bool) -> Part:
    """A part's question asking the share of a plan or estimate reached ("tỷ lệ … so với dự
    toán", "what percent …"), not a count or amount, when it names no share yet."""
    if WANTS_PERCENT.search(part.query.folded):
        return part
    said = _COUNT_SAID.search(part.query.folded)
    if said is not None:  # the count `parts_of` said for the question: the share instead
        words = part.query.text.split()
        at = len(part.query.folded[: said.start()].split())
        n = len(said.group(1).split())
        text = " ".join([*words[:at], _SHARE_WORDS[said.group(1)], *words[at + n :]])
    else:
        text = f"{part.query.text.rstrip(' ?.')} ({'percent' if en else 'tỷ lệ %'})"
    return replace(part, query=parse_query(text))


def _cells(q: ParsedQuery, parts: Sequence[Part], answers: Sequence[Answer]) -> list[Cell]:
    """One row per part: the figure its answer states, or a missing row."""
    cells = []
    for part, ans in zip(parts, answers, strict=True):
        side = Side(part.label, q.provinces, q.years)
        if not stated(ans):  # not found, or not sure: then the figures it may be, none bold
            doubted = tuple((c.figure, c.citation) for c in ans.candidates[:MAX_DOUBTED])
            cells.append(Cell(side, doubted=() if ans.abstained else doubted))
            continue
        cit = ans.citations[0]
        # the quoted line, whole: what the figure counts and what the report says with it
        # ("4.599/4.722 đơn vị, đạt tỷ lệ 97,4%"); a share asked: the share it gives the count
        figure = asked_share(q, ans.figure, cit.quote) or ans.figure
        # a share of a plan (asked with its amount or not: "đạt bao nhiêu % dự toán"): the
        # amount the line states before the share, beside it, as a share's count is
        also = amount_before(cit.quote, figure)
        if not also and figure.endswith("%"):  # the share's count beside it ("4.599/4.722")
            also = share_count(cit.quote, figure)
        if not also and not figure.endswith("%") and cit.quote.count(figure) == 1:
            # the share the line gives the figure ("8.974.395.333 đồng, đạt tỷ lệ: 51,2%")
            also = share_after(cit.quote, cit.quote.index(figure) + len(figure))
        # a total and an average asked ("totals and averages"): the total its
        # line gives in bold, the average beside it, whichever of the two the answer stated
        pair = total_and_average(cit.quote, figure) if asks_total_and_average(q.folded) else None
        if pair is not None:
            figure, also = pair[0], f"{'average' if ans.language == 'en' else 'trung bình'} {pair[1]}"
        kind = fold(ans.unit)
        cells.append(
            Cell(side, figure, cit.quote or ans.counts, ans.holds_for, cit, kind=kind, beside=also)
        )
    cells = _shared_out(q, parts, cells) or _one_statement_once(parts, cells)
    cells = on_a_nearest_line(parts, answers, cells, bool(_SHARE.search(q.folded)))
    return _not_the_others(_both_on_a_doubted_line(q, parts, cells))


def _both_on_a_doubted_line(q: ParsedQuery, parts: Sequence[Part], cells: list[Cell]) -> list[Cell]:
    """The cells when an unsure part's line names both parts, a figure each ("100% … cấp tỉnh,
    92% … cấp huyện có máy chủ"), and its reading (`bot/compare_lines.py`) bears out a figure
    that part may be: that part's figure is the line's; the other part keeps a figure it states
    only when the line gives it too, else is "not sure" between its own and the line's (never
    a figure of another line in bold beside it); the cells as they are otherwise."""
    if len(cells) != 2 or all(c.citation is not None for c in cells):
        return cells
    labels, share = [p.label for p in parts], bool(_SHARE.search(q.folded))
    for k, cell in enumerate(cells):
        for fig, cit in cell.doubted:
            got = share_out(labels, cit.quote, share)
            if got is None or got[k] != fig:
                continue
            out = []
            for c, f in zip(cells, got, strict=True):
                # (an unsure part the line's reading gives a figure it may be, of that line:
                # its own too, "20 … cấp tỉnh; 501 … cấp huyện" both doubted)
                mine = any(d == f and _same_line(dc, cit) for d, dc in c.doubted)
                if c is cell or c.figure == f or mine or _whole_of_less(q, labels, share, c, cit.quote):
                    out.append(c if c.figure == f else Cell(c.side, f, cit.quote, "", cit))
                elif c.citation is not None:
                    out.append(Cell(c.side, doubted=((c.figure, c.citation), (f, cit))))
                else:
                    out.append(Cell(c.side, doubted=((f, cit), *c.doubted)))
            return out
    return cells


def _same_line(a: Citation, b: Citation) -> bool:
    """Whether two citations quote one line of one chunk."""
    return a.chunk_id == b.chunk_id and a.quote == b.quote


def _whole_of_less(q: ParsedQuery, labels: list[str], share: bool, cell: Cell, line: str) -> bool:
    """Whether a part's stated figure is no part's own beside a line that gives each part its
    own: its quote reads it as the parts' whole ("… với các cơ quan cấp tỉnh và huyện đạt 68%"
    for "cấp tỉnh" beside "100% … cấp tỉnh, 67% … cấp huyện"), and says fewer of the
    question's words than that line does."""
    if cell.citation is None or cell.figure not in wholes(labels, cell.citation.quote, share):
        return False
    return _said_of(q, line) > _said_of(q, cell.citation.quote)


def _said_of(q: ParsedQuery, quote: str) -> int:
    """How many of the question's own words (the asking words aside) a quote says."""
    asked = set(tokenize(q.folded)) - FIGURE_STOP
    return len(asked & set(tokenize(fold(quote))))


def asked_share(q: ParsedQuery, figure: str, quote: str) -> str:
    """The share a quote gives right after a stated count or fraction, when the question asks
    a share ("tỷ lệ", "rate"); "" else."""
    if not _SHARE.search(q.folded) or figure.endswith("%") or not quote:
        return ""
    at = [m.end() for m in re.finditer(re.escape(figure), quote)]
    return share_after(quote, at[0]) if len(at) == 1 else ""


def _by_level(
    q: ParsedQuery, parts: Sequence[Part], answers: Sequence[Answer], cells: list[Cell]
) -> list[Cell]:
    """A second breakdown the question asks of every part ("mức độ 3 và 4 … ở từng cấp tỉnh,
    huyện, xã"): a row per part and level, from the clause of each part's stated figure
    (`part_figures`); the cells as they are when no part's figure is an item of one (the levels
    then say what is counted: "trao đổi văn bản của UBND cấp xã với cấp tỉnh, huyện")."""
    asked = asked_parts(q)
    if len(asked) < 2 or any(says_part(a, p.label) for a in asked for p in parts):
        return cells  # one breakdown asked, or the parts compared are the levels
    if _parts_are_asked(parts) and all(c.citation is not None for c in cells):
        return cells  # … named in English ("personal vs org certs"), each part found
    found = [
        part_figures(q, ans) if cell.citation and cell.figure == ans.figure else None
        for cell, ans in zip(cells, answers, strict=True)
    ]
    if not any(found):
        return cells  # the levels describe what is counted ("… cấp xã với cấp tỉnh, huyện")
    out: list[Cell] = []
    for cell, ans, each in zip(cells, answers, found, strict=True):
        if each is None:  # a part with no breakdown by level: its row as it is
            out.append(cell)
            continue
        lang = 1 if ans.language == "en" else 0
        for fig, level in each:
            label = f"{cell.side.label} — {PART_NAMES[level][lang]}"
            out.append(replace(cell, side=replace(cell.side, label=label), figure=fig))
    return out


def _parts_are_asked(parts: Sequence[Part]) -> bool:
    """Whether each part's own question asks a breakdown's part the others do not (the parts
    compared are those), not one breakdown asked of every part alike ("mức 3 và 4 ở từng cấp
    tỉnh, huyện": each part's question names every level)."""
    own = [set(asked_parts(p.query)) for p in parts]
    common = set.intersection(*own) if own else set()
    return all(o - common for o in own)
