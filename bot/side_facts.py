"""What one comparison side's facts are, before any ranking: the side's reports and their
facts, whether a fact is a figure of the asked unit at all (`SideFacts._unit_said`), and what
rules a fact out of a side for the asked kind (`SideFacts._excluded`): another year's, a
target, what is left, another outlet's, a figure of another unit or of another kind of thing
than the question counts (`bot/side_noun.py`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.compare_actor import other_actor
from bot.compare_facts import (
    ADDED,
    REMAINDER,
    TARGET,
    added,
    is_bare,
    other_year,
    remainder,
    scope_near,
    targeted,
)
from bot.compare_kind import (
    Asked,
    content_words,
    family,
    fits,
    named_count,
    skeleton,
    skeletons,
    value_at,
    with_abbreviations,
    words_of,
)
from bot.compare_outlets import fact_of_other_outlet
from bot.compare_rules import (
    RATIO,
    counts_other,
    misread_in,
    online_near,
    share_of,
    share_units_in,
    units_read,
)
from bot.compare_sides import Side
from bot.fact_answer import FactMatcher
from bot.side_noun import counts_another_kind
from core.query import ParsedQuery
from core.text import fold
from index.facts import Fact
from index.generations import LoadedIndex

# A subsection with at most this many figures is one statement: its heading says what they count
SHORT_SECTION = 3


class SideFacts:
    """The reports' facts by report and by whole, and what rules one out of a side."""

    def __init__(self, index: LoadedIndex, facts: Sequence[Fact]) -> None:
        self.index = index
        self.matcher = FactMatcher(index, facts)
        # the words the reports use: a question's other words (English ones, typos) say
        # nothing about which fact it asks
        self.vocabulary = index.vocabulary()
        self._section_sizes: dict[tuple[str, str], int] = {}
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
        at = value_at(f)
        near = fold(f.clause[max(0, at - 150) : at + len(f.value) + 40]) if at >= 0 else ""
        said = with_abbreviations(f"{f.counts_folded} {near}")
        if any(re.search(rf"\b{u}\b", said) for u in asked.units):
            return True
        # OCR breaks vowels ("ching thu sб" for "chứng thư số"): the unit's words without them
        bare = f" {skeletons(said)} "
        if any(f" {skeletons(u)} " in bare for u in asked.units if len(u) >= 6):
            return True
        # … or a misread letter in each of its words ("hd so" for "hồ sơ")
        if any(misread_in(u, said) for u in asked.units if " " in u):
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
        """Whether the question names a part of a breakdown: most of the words that set the
        part apart from its whole ("cấp xã" of "dịch vụ công cấp xã"; not "trước hạn" for
        "đúng hạn", one word of two), not the words they share."""
        own = content_words(with_abbreviations(part.label_folded or part.counts_folded))
        distinct = own - content_words(with_abbreviations(whole.counts_folded)) - {"cap", "trong"}
        if not distinct:
            return False
        return named_count(distinct, asked.words) > 0.5 * len(distinct)

    def _short_section(self, f: Fact) -> bool:
        """Whether a figure's subsection holds few figures (`SHORT_SECTION`): one statement."""
        key = (f.report_id, f.section)
        if key not in self._section_sizes:
            self._section_sizes[key] = sum(
                1 for g in self.by_report.get(f.report_id, ()) if g.section == f.section
            )
        return self._section_sizes[key] <= SHORT_SECTION

    def _reports(self, side: Side) -> list[str]:
        if side.reports:
            return list(side.reports)
        return [
            r.id for r in self.index.reports.values()
            if (not side.provinces or r.province in side.provinces)
            and (not side.years or r.year in side.years)
        ]  # fmt: skip

    def _excluded(self, sq: ParsedQuery, side: Side, asked: Asked, f: Fact, online: bool) -> bool:
        """Whether a fact can never be the side's figure for the asked kind."""
        if not fits(asked, f) or is_bare(f) or other_year(f, side.years):
            return True
        if fact_of_other_outlet(sq, f):
            return True  # "Báo Hà Tĩnh đã đăng tải 100 tin" for the web portal's count
        if other_actor(sq, f):
            return True  # "… của UBND cấp xã đạt 80%" for every agency's share
        if (remainder(f) and not REMAINDER.search(sq.folded)) or (
            added(f) and not ADDED.search(sq.folded)
        ):
            return True  # "còn 03 …" is what is left, "xây dựng mới 3 …" the new ones
        if targeted(f) and not TARGET.search(sq.folded):
            return True  # "… bảo đảm hoàn thành 100%" unasked: a target, never the result
        # a share's units as the question's words read them ("agencies": "cơ quan", "ban, ngành")
        read = units_read(sq.folded, asked.units) if asked.percent else asked.units
        if counts_other(f, read) or asked.units and not self._unit_said(replace(asked, units=read), f):
            return True  # a figure of something else (its own noun: "… và 12 máy chủ"), or of nothing
        if counts_another_kind(f, read):
            return True  # "78 phản ánh, kiến nghị … liên quan đến TTHC" asked of procedures
        if online and not online_near(f):
            return True  # "hồ sơ tiếp nhận trực tuyến": not the count of every channel
        if (asked.percent or RATIO.search(sq.folded)) and not share_units_in(sq.folded, asked.units, f):
            return True  # "tỷ lệ cơ quan … có máy chủ", "computers per official": of both
        if asked.percent and asked.units and share_of(f) and family(share_of(f)) not in read:
            return True  # "tỷ lệ TTHC … đạt 60%" for a share of dossiers: of other things
        # "số UBND cấp xã …": a figure near no "UBND" counts other things
        return bool(asked.counted) and not self._unit_said(
            replace(asked, units=frozenset({asked.counted})), f
        )

    def _has_scope(self, asked: Asked, f: Fact) -> bool:
        """Whether a figure is at the asked scope, or has a part there ("cấp tỉnh: 1.409", "các
        sở, ban, ngành: 1497"), as its words or the fact table say."""
        return any(
            asked.scope == g.scope or asked.scope in scope_near(g).split(",")
            for g in (f, *self.children.get(f.id, ()))
        )
