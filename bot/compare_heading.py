"""A part stated from an item under a heading line, beside a part not found, whose own heading
is a sibling of that heading with the same item under it:

    * Kinh phí thực hiện tự chủ: 9.000.000.000 đồng.
    + Kinh phí đã sử dụng so với kinh phí được giao đạt tỷ lệ: 64,2%.
    * Kinh phí thực hiện không tự chủ: 4.000.000.000 đồng.
    + Kinh phí đã sử dụng so với kinh phí được giao đạt tỷ lệ: 81,5%.

The item's line says nothing of the part ("tự chủ" / "không tự chủ"): its heading does. The
part not found gets the figure at the same place of the same item under the heading that names
it, cited from that line, only when the report's layout settles it: the stated item's heading
names the stated part and not the other, exactly one sibling heading (same list marker, same
chunk) names the part not found and not the stated one, and under it exactly one item reads as
the stated item does, figures aside. Otherwise the answers stay as they are."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from bot.compare_answered import stated
from bot.compare_parts import Part
from core.query import parse_query
from core.result import Answer
from core.text import fold
from index.chunk import Chunk
from index.lexical import tokenize

_MARKER = re.compile(r"^\s*([-+*•])\s")
_NUMBER = re.compile(r"\d[\d.,/]*%?")
_NEGATION = frozenset(["khong", "chua", "non", "not", "un"])


def _lines(chunk: Chunk) -> list[tuple[int, str]]:
    """The chunk's lines as read (restored text when there is one), each with its report
    line number (from the spans that start in it); a line no span starts in is left out."""
    restored = bool(chunk.restored)
    text = chunk.restored if restored else chunk.text
    out: list[tuple[int, str]] = []
    at = 0
    for line in text.split("\n"):
        end = at + len(line)
        for s in chunk.spans:
            start = s.rstart if restored else s.start
            if at <= start <= end and line.strip():
                out.append((s.line_start, line.strip()))
                break
        at = end + 1
    return out


def _marker(line: str) -> str:
    m = _MARKER.match(line)
    return m.group(1) if m else ""


# the public names of the two, for other readers of a chunk's item lines
item_lines, list_marker = _lines, _marker


def _shape(line: str) -> str:
    """A line's words, its figures and list marker left out: two items that read alike."""
    return " ".join(_NUMBER.sub(" ", fold(_MARKER.sub("", line), repair=False)).split())


def _words(text: str) -> frozenset[str]:
    return frozenset(tokenize(fold(text, repair=False)))


def _label_words(part: Part) -> frozenset[str]:
    """A part's label words, with the report wordings its terms stand for ("non-autonomous":
    "không tự chủ")."""
    q = parse_query(part.label)
    return _words(q.expanded) | _words(q.folded)


def _names(heading: str, own: frozenset[str], other: frozenset[str]) -> bool:
    """Whether a heading names the part of `own` words and not the other: it says a word only
    that part's label says, or (that part having none) none of the other's own; and a word of
    that part's label beside."""
    words = _words(heading)
    mine, theirs = own - other, other - own
    if words & theirs:
        return False
    if mine and not words & mine:
        return False
    if not mine and theirs & _NEGATION and words & _NEGATION:
        return False  # "không …" names the negated part, not the plain one
    return bool(words & own & other) or bool(words & mine)


def _heading(lines: list[tuple[int, str]], k: int) -> int | None:
    """The heading of item `k`: the nearest line above with another list marker."""
    mark = _marker(lines[k][1])
    for j in range(k - 1, -1, -1):
        m = _marker(lines[j][1])
        if m and m != mark:
            return j
    return None


def under_heading(
    parts: Sequence[Part], answers: list[Answer], chunk: Callable[[str], Chunk | None],
) -> list[Answer]:  # fmt: skip
    """The parts' answers, a part not found answered from the same item under its sibling
    heading as above; as they are otherwise."""
    if len(parts) != 2 or len(answers) != 2:
        return answers
    sure = [k for k, a in enumerate(answers) if stated(a)]
    if len(sure) != 1 or not answers[1 - sure[0]].abstained:
        return answers
    s, m = sure[0], 1 - sure[0]
    cit = answers[s].citations[0]
    ch = chunk(cit.chunk_id)
    if ch is None:
        return answers
    lines = _lines(ch)
    fig = answers[s].figure
    at = [k for k, (n, t) in enumerate(lines) if n == cit.line_start and fig in t and _marker(t)]
    if len(at) != 1:
        return answers
    k = at[0]
    head = _heading(lines, k)
    own_s, own_m = _label_words(parts[s]), _label_words(parts[m])
    if head is None or not _names(lines[head][1], own_s, own_m):
        return answers
    mark = _marker(lines[head][1])
    siblings = [j for j, (_, t) in enumerate(lines) if j != head and _marker(t) == mark]
    named = [j for j in siblings if _names(lines[j][1], own_m, own_s)]
    if len(named) != 1:
        return answers
    j = named[0]
    item = _marker(lines[k][1])
    under = []
    for i in range(j + 1, len(lines)):
        if _marker(lines[i][1]) != item:
            break
        under.append(i)
    alike = [i for i in under if _shape(lines[i][1]) == _shape(lines[k][1])]
    if len(alike) != 1:
        return answers
    figures, theirs = _NUMBER.findall(lines[k][1]), _NUMBER.findall(lines[alike[0]][1])
    place = [p for p, f in enumerate(figures) if f.rstrip(".,") == fig]
    if len(place) != 1 or len(theirs) != len(figures):
        return answers
    figure = theirs[place[0]].rstrip(".,")
    line_no, quote = lines[alike[0]]
    found = replace(
        cit, quote=quote, line_start=line_no, line_end=line_no, quote_original="", context=""
    )
    out = list(answers)
    out[m] = replace(
        answers[s], figure=figure, citations=(found,), counts=quote, candidates=(),
        text=answers[s].text.replace(f"**{fig}**", f"**{figure}**", 1),
    )  # fmt: skip
    return out
