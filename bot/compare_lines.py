"""Two parts compared from one line of a report: "… giao 32.554 người, số có mặt … là 30.147
người", "tiếp nhận 78 PAKN, số PAKN đã giải quyết xong 75". Each part's own words (those the
other part does not say) are looked for in the words said before each figure of the line, back
to the figure before it; a part takes the figure whose lead says most of its own words, the
nearest to it on a tie. A part whose words lead to no figure, or to two alike, or both parts to
one figure, shares out nothing: the table then keeps what the figure answerer said of each."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from core.text import fold

# A figure of the line: a count ("32.554", "1599", "75") or a share ("96,1%"); never a piece
# of a date, a fraction or a document number ("30/9/2022", "373/490", "61/2018/NĐ-CP").
_FIGURE = re.compile(r"(?<![\w/.,])(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)(\s*%)?(?![\w/]|[.,]\d)")
_YEAR = re.compile(r"(19[89]\d|20[0-3]\d)")
# Words of a part's label that name no part: the number asked, articles, "số".
_GENERIC = frozenset(
    ("so", "luong", "bao", "nhieu", "la", "cac", "nhung", "the", "a", "an", "of", "number", "how",
     "many", "much", "what", "is", "are", "was", "were", "ty", "le", "percent", "share", "rate")
)  # fmt: skip


def _figures(line: str) -> list[tuple[str, int, int, bool]]:
    """(figure as written, start, end, a share) for each figure of the line, in order."""
    out = []
    for m in _FIGURE.finditer(line):
        if not m.group(2) and _YEAR.fullmatch(m.group(1)):
            continue  # "năm 2022"
        out.append((m.group(1) + ("%" if m.group(2) else ""), m.start(), m.end(), bool(m.group(2))))
    return out


def own_words(labels: Sequence[str]) -> list[frozenset[str]]:
    """Each part's own words: its label's folded words the other parts' labels do not say."""
    words = [frozenset(fold(label, repair=False).split()) - _GENERIC for label in labels]
    return [w - frozenset().union(*(o for j, o in enumerate(words) if j != i))
            for i, w in enumerate(words)]  # fmt: skip


def _fit(own: frozenset[str], lead: list[str]) -> tuple[int, float]:
    """How many of a part's own words a figure's lead says, and how far back (on average) from
    the figure it says them."""
    last = {w: i for i, w in enumerate(lead)}
    said = [len(lead) - 1 - last[w] for w in own if w in last]
    return len(said), (sum(said) / len(said) if said else math.inf)


def share_out(labels: Sequence[str], line: str, share: bool) -> list[str] | None:
    """The figure each part's own words lead to in one line (shares when a share is asked,
    counts otherwise), or None unless every part gets its own figure, each a clear best."""
    owns = own_words(labels)
    figs = [f for f in _figures(line) if f[3] == share]
    if not figs or any(not own for own in owns):
        return None
    leads, start = [], 0
    for f in _figures(line):  # a lead runs back to the figure before it, of either kind
        if f[3] == share:
            leads.append(fold(line[start : f[1]], repair=False).split())
        start = f[2]
    out: list[str] = []
    for own in owns:
        fits = [_fit(own, lead) for lead in leads]
        best = max(fits, key=lambda fit: (fit[0], -fit[1]))
        if best[0] < max(1, math.ceil(len(own) / 2)) or fits.count(best) > 1:
            return None
        out.append(figs[fits.index(best)][0])
    return out if len(set(out)) == len(out) else None
