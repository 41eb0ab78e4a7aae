"""Two sides of one comparison, each unsure between a few figures, whose reports say one of
them in the same sentence: "Báo X đã đăng tải 53 tin và ảnh về công tác CCHC …" in one period's
report, "Báo X đã đăng tải 100 tin và ảnh về công tác CCHC …" in the next. A report repeats its
wording period after period; the figure each sentence gives at the same place, before the same
word, is that side's, when that pair of sentences is the only one that reads alike among the
figures the sides may be. A report repeats more than one such sentence ("Báo X đăng 53 tin …",
"Báo chí Trung ương … trên 83 tin …"): then the pair both of whose sentences say more of the
question's own word pairs ("báo X") than any other alike pair does is the one asked. Otherwise
the sides stay unsure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.compare_table import Cell
from core.result import Citation
from core.text import fold

ALIKE = 0.6  # share of two sentences' words (figures aside) both say, at least
ALIKE_GAP = 0.2  # how far the next pair of candidate sentences falls below it, at least
_NUMBER = re.compile(r"\d[\d.,/]*%?")
_LETTERS = re.compile(r"[^\W\d_]+")


def _words(quote: str) -> frozenset[str]:
    return frozenset(_NUMBER.sub(" ", fold(quote, repair=False)).replace(",", " ").split())


def _alike(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / len(wa | wb) if wa | wb else 0.0


def _after(quote: str, figure: str) -> str | None:
    """The word right after the figure's one place in the sentence; None when it is not
    there exactly once."""
    found = [m for m in _NUMBER.finditer(quote) if m.group(0).rstrip(".,") == figure]
    if len(found) != 1:
        return None
    rest = fold(quote[found[0].end() :], repair=False).split()
    return rest[0].strip(",.;:") if rest else ""


def _word_pairs(text: str) -> frozenset[str]:
    """Each two words in a row (figures and punctuation aside)."""
    seq = _LETTERS.findall(fold(text, repair=False))
    return frozenset(f"{a} {b}" for a, b in zip(seq, seq[1:], strict=False))


def _named(question: str, a: str, b: str) -> int:
    """How many of the question's word pairs both sentences say."""
    return len(_word_pairs(question) & _word_pairs(a) & _word_pairs(b))


def parallel(cells: Sequence[Cell], question: str = "") -> list[Cell]:
    """The cells, two unsure sides of two reports settled by their one pair of sentences that
    read alike (as above; several alike pairs: the one that says the most of the `question`'s
    word pairs, alone); as they are otherwise."""
    out = list(cells)
    if len(out) != 2 or any(c.citation is not None or not c.doubted for c in out):
        return out
    pairs: list[tuple[float, tuple[str, Citation], tuple[str, Citation]]] = []
    for x in out[0].doubted:
        for y in out[1].doubted:
            if x[1].report_id != y[1].report_id:
                pairs.append((_alike(x[1].quote, y[1].quote), x, y))
    pairs.sort(key=lambda p: -p[0])
    if not pairs or pairs[0][0] < ALIKE:
        return out
    best, x, y = pairs[0]
    # another pair close behind (other sentences, not the same two read for another figure)
    others = [p for p in pairs[1:] if (p[1][1].quote, p[2][1].quote) != (x[1].quote, y[1].quote)]
    if others and others[0][0] > best - ALIKE_GAP:
        close = [p for p in pairs if p[0] > best - ALIKE_GAP]
        said = sorted(((_named(question, a[1].quote, b[1].quote), a, b) for _, a, b in close),
                      key=lambda p: -p[0])  # fmt: skip
        top, x, y = said[0]
        rest = [p for p in said[1:] if (p[1][1].quote, p[2][1].quote) != (x[1].quote, y[1].quote)]
        if top == 0 or (rest and rest[0][0] >= top):
            return out  # the question's words name no one pair of them
    same = [(a, b) for _, a, b in pairs if (a[1].quote, b[1].quote) == (x[1].quote, y[1].quote)]
    slot = [(a, b) for a, b in same if _after(a[1].quote, a[0]) == _after(b[1].quote, b[0])]
    if len(slot) != 1 or _after(slot[0][0][1].quote, slot[0][0][0]) is None:
        return out  # the sentences' figures at one place before one word: exactly one pair
    return [
        replace(c, figure=f, counts=cit.quote, citation=cit, doubted=())
        for c, (f, cit) in zip(out, slot[0], strict=True)
    ]
