"""A question asking several parts of a breakdown ("cấp tỉnh, huyện, xã") whose stated figure is
one item of a list written one part per line ("+ Số lượng TTHC … của các sở, ban, ngành: 1497;"
/ "+ … của UBND cấp huyện: 272;" / "+ … của UBND cấp xã: 120;"): each other asked part gets the
figure of its own item of that list, under the answer's figure line, its line quoted. An item
belongs to the list when it starts with the same bullet, stands in the same run of bulleted lines,
says the same words but its part (`SHARED_WORDS`) and gives one figure; a part two items say, or
none, adds nothing. Applies to every side's figure of an answer, as `bot/each_part.py` does to the
first side's clause."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.extractive.parts_said import PART_NAMES, asked_parts, says_part
from core.query import ParsedQuery
from core.result import Answer, Citation
from core.text import fold
from index.generations import LoadedIndex

# Share of its label words (all but the part's and the figure) a list item must share with the
# quoted one: items of one breakdown repeat their label and change only the part.
SHARED_WORDS = 0.8
_BULLET = re.compile(r"^\s*([-+*•])\s")
_FIGURE = re.compile(r"(?<![\w.,/])\d+(?:[.,]\d+)*(?:\s?%)?(?![\w/])")
# Words that say a part (levels, their bodies), not what the items count.
_PART_WORDS = frozenset(
    {w for p in PART_NAMES for w in p} | {"ubnd", "so", "ban", "nganh", "cac", "uy", "nhan", "dan"}
)


def _label(line: str) -> set[str]:
    """The words of a list item that are neither its part's nor a figure (OCR digits too)."""
    words = re.findall(r"\w+", fold(line))
    return {w for w in words if w not in _PART_WORDS and not any(ch.isdigit() for ch in w)}


def _items(text: str, quote: str) -> tuple[list[str], int] | None:
    """The run of lines with the quoted line's bullet around it, and the quote's place in it."""
    lines = text.split("\n")
    at = next((i for i, line in enumerate(lines) if quote.strip() and quote.strip() in line), -1)
    if at < 0:
        return None
    bullet = _BULLET.match(lines[at])
    if bullet is None:
        return None
    mark = bullet.group(1)

    def same(i: int) -> bool:
        m = _BULLET.match(lines[i])
        return m is not None and m.group(1) == mark

    lo, hi = at, at
    while lo > 0 and same(lo - 1):
        lo -= 1
    while hi + 1 < len(lines) and same(hi + 1):
        hi += 1
    return lines[lo : hi + 1], at - lo


def _part_of(parts: tuple[tuple[str, ...], ...], line: str) -> tuple[str, ...] | None:
    said = [p for p in parts if says_part(p, line)]
    return said[0] if len(said) == 1 else None


def item_figures(
    q: ParsedQuery, cit: Citation, figure: str, index: LoadedIndex
) -> list[tuple[str, tuple[str, ...], str]] | None:
    """(figure, part, its line) for the quoted item, then for each other asked part the one
    item of its list naming it; None when the quote is no such item or no other part is found."""
    parts = asked_parts(q)
    if len(parts) < 2 or cit.chunk_id not in index.position:
        return None
    quote = cit.quote_original or cit.quote
    first = _part_of(parts, quote)
    found_figs = _FIGURE.findall(quote)
    if first is None or found_figs != [figure]:
        return None
    chunk = index.chunks[index.position[cit.chunk_id]]
    # the restored reading first, as the answer quotes it; else the report's own characters
    got = (_items(chunk.restored, cit.quote) if chunk.restored else None) or _items(chunk.text, quote)
    if got is None:
        return None
    items, at = got
    label = _label(items[at])
    found: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    for i, line in enumerate(items):
        figs = _FIGURE.findall(line.split(":")[-1]) if ":" in line else _FIGURE.findall(line)
        part = _part_of(parts, line)
        if i == at or part is None or part == first or len(figs) != 1:
            continue
        other = _label(line)
        if not label or len(label & other) < SHARED_WORDS * max(len(label), len(other)):
            continue
        found.setdefault(part, []).append((figs[0], line.strip()))
    added = [(v[0][0], p, v[0][1]) for p, v in found.items() if len(v) == 1]
    if not added:
        return None
    return [(figure, first, quote), *sorted(added, key=lambda a: parts.index(a[1]))]


def each_line(q: ParsedQuery, ans: Answer, index: LoadedIndex) -> Answer | None:
    """The answer with a figure line, its item quoted, for each other asked part of every
    side's list (`item_figures`); None when no side's figure is such an item."""
    if ans.abstained or not ans.figure or len(asked_parts(q)) < 2:
        return None
    en = 1 if ans.language == "en" else 0
    lines = ans.text.split("\n")
    changed = False
    for cit in ans.citations:
        head = next((i for i, line in enumerate(lines)
                     if line.startswith("**") and line.rstrip().endswith(f"[{cit.n}]")), -1)  # fmt: skip
        if head < 0 or head + 1 >= len(lines) or not lines[head + 1].startswith(">"):
            continue  # no figure line of its own, or figure lines already given per part
        figure = lines[head][2:].split("**", 1)[0]
        found = item_figures(q, cit, figure, index)
        if found is None:
            continue
        (_, first, _), *added = found
        lines[head] = lines[head].replace(f"**{figure}**", f"**{figure}** — {PART_NAMES[first][en]}", 1)
        end = head + 1
        while end < len(lines) and lines[end].startswith(">"):
            end += 1
        new = [f"**{fig}** — {PART_NAMES[part][en]} [{cit.n}]" for fig, part, _ in added]
        quotes = [f"> {line}" for _, _, line in added]
        lines[head + 1 : end] = new + lines[head + 1 : end] + quotes
        changed = True
    return replace(ans, text="\n".join(lines)) if changed else None
