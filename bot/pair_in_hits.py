"""Both figures of an assigned-and-actual pair found in the retrieved passages when the figure
answerer's own line gives no pair (a question asking what was allotted and what is there,
answered from another line's count of the same people): the one sentence among the best
retrieved chunks that gives a pair (`bot/assigned_actual.py`) and says more of the report
wordings the question names for what is counted ("giường bệnh") than any other pair's
sentence. Two such sentences with other figures, or a question naming no such wording, find
nothing: a wrong pair is worse than none."""

from __future__ import annotations

import re

from bot.assigned_actual import ACTUAL, ASSIGNED, asked_roles, pair, role_words
from bot.extractive import cite
from core.query import ParsedQuery, terms_named
from core.result import Citation
from core.text import fold
from index.generations import LoadedIndex
from index.retrieve import Hit

# How many of the best retrieved chunks are read for the pair: the figure answerer's own
# reach (its citations come from the first few), so a pair far down is no nearer a match.
PAIR_HITS = 5
# Wordings that ask a number, never what is counted ("how many" → "bao nhiêu", "number" →
# "số lượng", "số hiệu").
ASKING = frozenset(["bao nhieu", "so luong", "tong so", "so hieu"])
# The tiers of government a sentence may count for (folded): a pair of one tier does not
# answer a question asking another, or none (the province's own count).
_SCOPES = ("cap xa", "cap huyen", "cap tinh")
# A line break before a list item's mark or a blank line: the next clause is another item's.
_NEW_ITEM = re.compile(r"\n\s*(?:\n|[-+•*]|\d+\.)")
# A year a sentence names (19xx, 20xx): the period its pair is of.
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def pair_in_hits(
    q: ParsedQuery, hits: list[Hit], index: LoadedIndex
) -> tuple[dict[str, str], Citation] | None:
    """({role: figure}, the sentence's citation) of the one pair the best retrieved chunks
    give whose sentence says most of the counted wordings the question names (one at least;
    English names several wordings of one thing: "civil servants" → "công chức", "cán bộ công
    chức"); None when none does or two pairs say as many."""
    if len(asked_roles(q)) != 2:
        return None
    named = {t for t in terms_named(q.folded) if t not in ASKING and not role_words(t)}
    found = pairs_said(q, hits, index, named)
    most = max((n for n, _, _ in found.values()), default=0)
    best = [(key, cit) for key, (n, cit, _) in found.items() if n == most]
    if len(best) != 1:
        return None
    (assigned, actual), cit = best[0]
    return {ASSIGNED: assigned, ACTUAL: actual}, cit


def pairs_said(
    q: ParsedQuery, hits: list[Hit], index: LoadedIndex, named: set[str]
) -> dict[tuple[str, str], tuple[int, Citation, frozenset[str]]]:
    """Each pair the best retrieved chunks give whose sentence says one of the `named`
    wordings at least (of the asked period and tier): (assigned, actual) → (how many distinct
    wordings it says, its sentence's citation, the wordings it says); of one pair said twice,
    the sentence saying more."""
    found: dict[tuple[str, str], tuple[int, Citation, frozenset[str]]] = {}
    if not named:
        return found
    for hit in hits[:PAIR_HITS]:
        spans = hit.chunk.spans
        for i, span in enumerate(spans):
            # a clause, or (giving none) it and the next ("…; số thực tế …"): never a next
            # line's words beside a pair the clause gives alone
            # nor the next list item's or paragraph's clause
            texts = (
                (last, hit.chunk.text[span.start : last.end])
                for last in spans[i : i + 2]
                if last is span or not _NEW_ITEM.search(hit.chunk.text[span.end : last.start + 1])
            )
            last, text, got = next(
                ((e, t, g) for e, t in texts if (g := pair(t))), (span, "", None)
            )
            folded = fold(text)
            if not _period_and_scope_asked(q, folded):
                continue
            wordings = distinct_said(named, folded)
            says = len(wordings)
            key = (got[ASSIGNED], got[ACTUAL]) if got else ("", "")
            if got is None or not says or says <= found.get(key, (0, None, frozenset()))[0]:
                continue
            report = index.reports[hit.chunk.report_id]
            cit = cite(report, 1, hit.chunk, span, hit.score, last=last)
            found[key] = (says, cit, wordings)
    return found


def distinct_said(named: set[str], folded: str) -> frozenset[str]:
    """The distinct named wordings the folded sentence says: a wording said only inside a
    longer one it also says ("cong chuc" in "can bo cong chuc") is left out."""
    said = [t for t in named if t in folded]
    return frozenset(t for t in said if not any(t != u and t in u for u in said))


def _period_and_scope_asked(q: ParsedQuery, folded: str) -> bool:
    """Whether the sentence's years (if any) include an asked one (when the question names
    years), and it names no tier of government ("cấp xã") the question does not ask."""
    years = {int(y) for y in _YEAR.findall(folded)}
    if q.years and years and not years & set(q.years):
        return False
    asked = f"{q.folded} {q.expanded}"
    return not any(s in folded and s not in asked for s in _SCOPES)
