"""A part stated where the question asks the whole: "how many … in total" answered with one
list item of a breakdown ("+ … của UBND cấp huyện: 272;" under "Toàn tỉnh … có 1.889 TTHC,
trong đó:"). The fact table links each list item to the headline it is a part of
(index/facts.py `parent`); when the stated figure is such an item, its own words name a part
(a level, a channel, who applied, a dossier's state: bot/extractive/parts_said.py) the question
does not name, and the items add up to the headline, the headline is the whole asked: stated in
bold when the question says it asks a sum ("tổng", "in total"), else both said, none in bold."""

from __future__ import annotations

import re
from dataclasses import replace

from bot import counted
from bot.extractive.parts_said import PART_NAMES, asked_parts, own_parts, says_part
from bot.extractive.stated import given
from bot.extractive.whole_asked import EACH, PARTS_ASKED, SUM_TOLERANCE, sums_parts
from bot.figure_clause import clause_before, figure_at
from bot.nearest import stated
from bot.render import hedge_text
from core.query import ParsedQuery
from core.result import Answer, Citation, FigureCandidate
from core.text import figures, parse_number
from index.facts import Fact
from index.generations import LoadedIndex


def _whole_of(facts: list[Fact], cit: Citation, figure: str) -> tuple[Fact, Fact] | None:
    """(the stated item's fact, its headline) when the figure is a list item whose items add up
    to its headline within `SUM_TOLERANCE`; None otherwise."""
    item = next((f for f in facts if f.chunk_id == cit.chunk_id and f.value == figure
                 and f.parent), None)  # fmt: skip
    if item is None:
        return None
    whole = next((f for f in facts if f.id == item.parent), None)
    kids = [parse_number(f.value) for f in facts if f.parent == item.parent]
    total = parse_number(whole.value) if whole is not None else None
    if whole is None or total is None or whole.kind != "count" or None in kids:
        return None
    summed = sum(k for k in kids if k is not None)
    return (item, whole) if abs(summed - total) <= SUM_TOLERANCE * total else None


def _item_part(item: Fact, quote: str) -> bool:
    """Whether the item's own words (its label, else its quoted line) name a part."""
    words = item.label or quote
    return any(says_part(p, words) for p in PART_NAMES)


def part_for_whole(q: ParsedQuery, ans: Answer, index: LoadedIndex) -> Answer | None:
    """The headline in place of its list item stated for a question that names no part
    (`_whole_of`, `_item_part`): in bold when the question asks a sum, else both figures, none
    in bold; None when the answer stands."""
    if ans.abstained or not ans.figure or asked_parts(q):
        return None
    if PARTS_ASKED.search(q.folded) or EACH.search(q.folded):
        return None  # the parts asked one by one
    pairs = stated(ans)
    if not pairs:
        return None
    fig, cit = pairs[0]
    found = _whole_of(index.facts(), cit, fig)
    if found is None or not _item_part(found[0], cit.quote):
        return None
    item, whole = found
    if _stated_whole(q, whole.value):
        return None
    whole_cit = replace(cit, quote=whole.clause, quote_original="", context="",
                        line_start=whole.line_start, line_end=whole.line_end)  # fmt: skip
    if sums_parts(q.folded):
        text = re.sub(rf"\*\*{re.escape(fig)}\*\*", f"**{whole.value}**", ans.text, count=1)
        text = text.replace(cit.quote, whole.clause, 1)
        return replace(ans, text=text, figure=whole.value, citations=(whole_cit, *ans.citations[1:]),
                       counts=whole.counts, candidates=())  # fmt: skip
    return _both(ans, FigureCandidate(whole.value, whole.counts, ans.holds_for, whole_cit),
                 FigureCandidate(fig, item.counts, ans.holds_for, cit))  # fmt: skip


def _stated_whole(q: ParsedQuery, whole: str) -> bool:
    """Whether the question states the whole itself ("of the 1,234 level-4 services, how many
    …"): it knows the whole and asks one of its parts, the stated part stands."""
    return bool(figures(whole)) and figures(whole) <= given(q)


def _both(ans: Answer, whole: FigureCandidate, part: FigureCandidate) -> Answer:
    """The answer hedged between the whole [1] and the part stated [2], none in bold."""
    one, two = replace(whole.citation, n=1), replace(part.citation, n=2)
    options = (replace(whole, citation=one), replace(part, citation=two))
    return replace(ans, text=hedge_text(options, (one, two), ans.language == "en"), figure="",
                   citations=(one, two), candidates=options)  # fmt: skip


_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b")
_STRETCH = re.compile(r"[;()]")


def _said_before(quote: str, figure: str) -> bool:
    """Whether the words before the figure in its own stretch of the clause (after the last
    ";", bracket or figure) name a part ("… qua dịch vụ bưu chính: … đã tiếp nhận 17 hồ sơ")."""
    found = figure_at(quote, figure)
    if found is None:
        return False
    # its own stretch: after the last ";", bracket or figure before it (a date is no figure)
    before = _DATE.sub(" ngay ", clause_before(found[0], found[1].start(), _STRETCH))
    if re.search(r"\d", before):
        return False  # a figure before it: the words between are a sibling item's
    return any(says_part(p, before) for p in PART_NAMES)


def _whole_rival(ans: Answer, fig: str, cit: Citation) -> FigureCandidate | None:
    """A candidate of the same report counting the same noun, larger than the stated figure and
    said of no part: the whole the stated part may belong to."""
    value, noun = parse_number(fig), counted.figure_nouns(cit.quote, fig)[:1]
    for c in ans.candidates:
        other = parse_number(c.figure)
        if (c.citation.report_id == cit.report_id and value is not None and other is not None
                and other > value and noun and counted.figure_nouns(c.citation.quote, c.figure)[:1] == noun
                and not _said_before(c.citation.quote, c.figure)
                and not own_parts(c.citation.quote, c.figure)):  # fmt: skip
            return c
    return None


def subset_for_whole(q: ParsedQuery, ans: Answer) -> Answer | None:
    """Both figures, none in bold, in place of a figure whose clause names a part before it
    (`_said_before`: a channel, a level) the question does not name, while a larger figure of
    the same report and noun is said of no part (`_whole_rival`); None when the answer stands."""
    if ans.abstained or not ans.figure or asked_parts(q) or PARTS_ASKED.search(q.folded):
        return None
    pairs = stated(ans)
    if not pairs or not _said_before(pairs[0][1].quote, pairs[0][0]):
        return None
    fig, cit = pairs[0]
    rival = _whole_rival(ans, fig, cit)
    if rival is None or _stated_whole(q, rival.figure):
        return None
    return _both(ans, rival, FigureCandidate(fig, ans.counts or fig, ans.holds_for, cit))
