"""The lines a list item hangs from: the outline of "-", "*", "+" items and "Trong đó:" lines
a report writes its sub-items with ("- Kết quả giải ngân vốn (Dự án: Kho lưu trữ …):" then
"* Tổng số vốn được bố trí: 12.500.000.000 đồng", "Trong đó:", "- Kế hoạch vốn năm 2021 …").
What an item counts is often said only in the lines above it: the project, the kind of money,
the part of a breakdown."""

from __future__ import annotations

import re
from functools import lru_cache

from core.text import fold
from index.chunk import heading_level

# A list item's marker: a dash, a bullet, a star, a plus, or a letter with ")" ("a)").
_MARKER = re.compile(r"\s*([-+*•–]|[a-zđ]\))\s")
# A line that opens a breakdown of the line before it ("Trong đó:", "Gồm:", OCR "Trong d6:").
_OPENER = re.compile(r"(?:trong (?:d[a-z0-9]{0,2}|so)|gom|bao gom)\W*$")
# Lines the outline skips: a note in parentheses after an item ("(Trong đó kinh phí … )").
_NOTE = re.compile(r"\s*\(.*\)\W*$")
_OPEN = "open"
_PLAIN = "plain"


@lru_cache(maxsize=65536)
def _key(line: str) -> str:
    """What kind of outline entry a line is: its marker, an opener, or plain text (cached: the
    lines above an item are read again for every figure of a chunk)."""
    m = _MARKER.match(line)
    if m:
        return m.group(1) if not m.group(1)[0].isalpha() else "a)"
    return _OPEN if _OPENER.fullmatch(fold(line).strip()) else _PLAIN


def ancestors(text: str, pos: int) -> list[str]:
    """The lines above the line holding `pos` that it is an item of, outermost first: the
    nearest earlier line with each shallower marker, the "Trong đó:" line it follows and the
    line that one breaks down, the ":" line a run of plain lines follows. A heading or a plain
    paragraph that follows no ":" line starts afresh. Lines are the text's "\\n" lines."""
    start = text.rfind("\n", 0, pos) + 1
    stack: list[tuple[str, str]] = []
    for line in text[:start].split("\n"):
        if not line.strip() or _NOTE.match(line):
            continue
        if heading_level(line.strip()) is not None:
            stack = []
            continue
        stack = _placed(stack, _key(line), line)
    end = text.find("\n", start)
    own = text[start : end if end >= 0 else len(text)]
    if not _NOTE.match(own):  # a note in parentheses is said of the item before it
        stack = _placed(stack, _key(own), own)[:-1]
    return [line for key, line in stack if key != _OPEN]


def _placed(stack: list[tuple[str, str]], key: str, line: str) -> list[tuple[str, str]]:
    """The outline after a line of kind `key`: a sibling replaces the nearest earlier entry of
    its kind (and what hangs from it), a new kind hangs from the last entry, a plain line
    that follows no ":" line ends the list, and so does an item after a plain paragraph that
    does not end with ":"."""
    found = next((i for i in range(len(stack) - 1, -1, -1) if stack[i][0] == key), None)
    if key == _OPEN:
        return [*stack, (key, line)]
    if stack and stack[-1][0] == _OPEN:
        return [*stack, (key, line)]  # the first item of a breakdown hangs from its opener
    if found is not None:
        return [*stack[:found], (key, line)]
    if (
        not stack
        or (stack[-1][0] == _PLAIN or key == _PLAIN)
        and not stack[-1][1].rstrip().endswith(":")
    ):
        return [(key, line)]  # only an item or a ":" line has items
    return [*stack, (key, line)]
