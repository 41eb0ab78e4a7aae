"""Both figures of an assigned-and-actual pair found in the retrieved passages when the figure
answerer's own line gives no pair (a question asking what was allotted and what is there,
answered from another line's count of the same people): the one sentence among the best
retrieved chunks that gives a pair (`bot/assigned_actual.py`) and says more of the report
wordings the question names for what is counted ("biên chế công chức") than any other pair's
sentence. Two such sentences with other figures, or a question naming no such wording, find
nothing: a wrong pair is worse than none."""

from __future__ import annotations

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
_ASKING = frozenset(["bao nhieu", "so luong", "tong so", "so hieu"])


def pair_in_hits(
    q: ParsedQuery, hits: list[Hit], index: LoadedIndex
) -> tuple[dict[str, str], Citation] | None:
    """({role: figure}, the sentence's citation) of the one pair the best retrieved chunks
    give whose sentence says most of the counted wordings the question names (one at least;
    English names several wordings of one thing: "civil servants" → "công chức", "cán bộ công
    chức"); None when none does or two pairs say as many."""
    if len(asked_roles(q)) != 2:
        return None
    named = {t for t in terms_named(q.folded) if t not in _ASKING and not role_words(t)}
    if not named:
        return None
    found: dict[tuple[str, str], tuple[int, Citation]] = {}
    for hit in hits[:PAIR_HITS]:
        spans = hit.chunk.spans
        for i, span in enumerate(spans):
            # a clause, or (giving none) it and the next ("…; số thực tế …"): never a next
            # line's words beside a pair the clause gives alone
            texts = ((last, hit.chunk.text[span.start : last.end]) for last in spans[i : i + 2])
            last, text, got = next(((e, t, g) for e, t in texts if (g := pair(t))), (span, "", None))
            says = sum(t in fold(text) for t in named)
            key = (got[ASSIGNED], got[ACTUAL]) if got else ("", "")
            if got is None or not says or says <= found.get(key, (0, None))[0]:
                continue
            report = index.reports[hit.chunk.report_id]
            found[key] = (says, cite(report, 1, hit.chunk, span, hit.score, last=last))
    most = max((n for n, _ in found.values()), default=0)
    best = [(key, cit) for key, (n, cit) in found.items() if n == most]
    if len(best) != 1:
        return None
    (assigned, actual), cit = best[0]
    return {ASSIGNED: assigned, ACTUAL: actual}, cit
