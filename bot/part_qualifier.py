"""A qualifier said after the second part's own words belongs to that part alone when the first
part has its own qualifier of the same kind: "mức độ 3 đang cung cấp ở cấp huyện và mức độ 4 ở
cấp xã" asks level 3 at district level and level 4 at commune level, not both at both levels.
Kinds: the scope of government (cấp tỉnh / huyện / xã, provincial / district / commune level)
and the service level (mức độ 3, level 4). A trailing qualifier with no such rival in the first
part (or of another kind) stays shared by both parts ("mức độ 3 và mức độ 4 ở cấp xã")."""

from __future__ import annotations

import re
from dataclasses import dataclass

# One qualifier, read on the folded words joined by single spaces; group 1 is its value.
_KINDS = (
    ("scope", re.compile(r"\b(?:(?:o|tai|at|in) )?(?:the )?cap (tinh|huyen|xa)\b")),
    (
        "scope",
        re.compile(
            r"\b(?:(?:at|in|on) )?(?:the )?(provincial|province|district|commune) levels?\b"
        ),
    ),
    ("level", re.compile(r"\b(?:(?:o|tai|at|in|for) )?(?:muc do|muc|level) ([1-4])\b")),
)
NEAR = 1  # words between the second part's end and its trailing qualifier ("… mức độ 4 | ở cấp xã")


@dataclass(frozen=True)
class Qualifier:
    kind: str
    value: str
    start: int  # first word index
    end: int  # one past the last word index


def _qualifiers(words: list[str]) -> list[Qualifier]:
    text = " ".join(words)
    starts = [len(" ".join(words[:i])) + (1 if i else 0) for i in range(len(words))]
    word_at = {c: i for i, c in enumerate(starts)}
    out = []
    for kind, pattern in _KINDS:
        for m in pattern.finditer(text):
            if m.start() in word_at:
                first = word_at[m.start()]
                out.append(Qualifier(kind, m.group(1), first, first + len(m.group(0).split())))
    return out


def own_qualifiers(
    words: list[str], x: tuple[int, int], split: int, y: tuple[int, int]
) -> tuple[frozenset[int], frozenset[int]]:
    """The words only the first part's question keeps (its own qualifier, said before the
    split) and those only the second's keeps (its trailing qualifier, said right after its own
    words `y`): both empty when the trailing qualifier has no rival of its kind in the first
    part, or the second part already says one of its kind."""
    quals = _qualifiers(words)
    trailing = next((q for q in quals if y[1] <= q.start <= y[1] + NEAR), None)
    if trailing is None or any(q.kind == trailing.kind and y[0] <= q.start < y[1] for q in quals):
        return frozenset(), frozenset()
    rivals = [
        q for q in quals
        if q.kind == trailing.kind and x[0] <= q.start and q.end <= split and q.value != trailing.value
    ]  # fmt: skip
    if not rivals:
        return frozenset(), frozenset()
    x_only = frozenset(i for q in rivals for i in range(q.start, q.end))
    return x_only, frozenset(range(trailing.start, trailing.end))


def swapped_rival(
    words: list[str], x: tuple[int, int], y: tuple[int, int]
) -> list[tuple[int, int]] | None:
    """The second part's question words when it says again only the first part's opening
    words and then a qualifier of a kind the first part says with another value ("tổng số
    DVC mức 4 ở cấp huyện so với tổng cấp xã": the second asks "tổng số DVC mức 4 ở cấp xã",
    not "tổng cấp xã", which names no measure): the first part's words with that qualifier
    swapped for the second's, as spans. None when the second part says anything else of its
    own, says nothing again, or the first has no rival qualifier."""
    (xs, xe), (ys, ye) = x, y
    again = 0
    while xs + again < xe and ys + again < ye and words[xs + again] == words[ys + again]:
        again += 1
    if again < 1:
        return None
    quals = _qualifiers(words)
    own = next((q for q in quals if q.start == ys + again and q.end == ye), None)
    if own is None:
        return None
    rival = next(
        (q for q in quals if q.kind == own.kind and xs + again <= q.start and q.end <= xe
         and q.value != own.value),
        None,
    )  # fmt: skip
    if rival is None:
        return None
    return [(xs, rival.start), (own.start, own.end), (rival.end, xe)]


def with_rival(
    words: list[str], spans: list[tuple[int, int] | str], x: tuple[int, int], y: tuple[int, int],
    trailing: frozenset[int],
) -> tuple[list[tuple[int, int] | str], list[tuple[int, int] | str] | None]:
    """The second part's question spans with its own words `y` (and its `trailing` qualifier,
    which stays where it is said) read as the first part's with the qualifier swapped
    (`swapped_rival`), and its label's spans so read (the measure it inherits is its own
    word too); the spans as they are and None when no such swap reads them."""
    end = max(trailing) + 1 if trailing else y[1]
    swapped = swapped_rival(words, x, (y[0], end))
    if swapped is None or y not in spans:
        return spans, None
    label: list[tuple[int, int] | str] = [*swapped]
    if trailing:  # the swapped-in qualifier is the one said after: it stays there
        swapped = [swapped[0], swapped[2]]
    i = spans.index(y)
    return [*spans[:i], *swapped, *spans[i + 1 :]], label
