"""A question asking several parts of one breakdown ("bao nhiêu … trong hạn, bao nhiêu quá
hạn?") whose stated figure is the breakdown's whole ("đang giải quyết: 1.500; trong đó, trong
hạn: 1.200, quá hạn: 300"): the whole, in bold, would read as the answer to every part. The
quoted sentence is read on past where the quote stopped (a ";" ends a quote, not the sentence)
and each asked part takes the one item of the whole's breakdown that names it, in its own figure
line citing the same source; a part no item names reads "not stated there", one that two items
name "not sure" with both. The whole is kept as what the parts are of, never bold. A part the
whole's own words name, before it or after it up to where its breakdown opens ("đang giải quyết:
…", "cấp … cho tổ chức và cá nhân (trong đó …"), is the whole's scope, no part of it: the whole
is what was asked. None when fewer than two asked parts remain, the stated figure heads no
breakdown, or no asked part is named by one of its items."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.each_part import one_figure_stated
from bot.extractive.breakdown import names_phrase
from bot.extractive.parts_said import PART_NAMES, asked_parts
from bot.extractive.sites import _figures_of, _Site
from core.query import ParsedQuery
from core.result import Answer, Citation
from core.text import fold
from index.generations import LoadedIndex

# The longest stretch read past the quote's start for the rest of its sentence: a breakdown
# follows its whole within a sentence or two of wrapped report lines.
MAX_SENTENCE = 400
# A sentence ends at a full stop before a space or the end ("12.345" is a figure, not an end)
# or at a line that opens a new bulleted item.
_END = re.compile(r"\.(?=\s|$)|\n\s*[-+*•]\s")
# Where a whole's own words end and its breakdown begins ("… cho tổ chức và cá nhân (trong đó:
# …", "…: 1.500; trong đó, …").
_BREAKDOWN_OPENS = re.compile(r"[(;]|\btrong do\b|\bbao gom\b")
_UNSURE = ("chưa chắc:", "not sure:")
_MISSING = ("không nêu trong câu này", "not stated in that sentence")


def _sentence(cit: Citation, index: LoadedIndex) -> str:
    """The quoted sentence, read on past the quote to its end ("" when the quote is not found
    in its chunk); the restored reading first, as the answer quotes it."""
    if cit.chunk_id not in index.position:
        return ""
    chunk = index.chunks[index.position[cit.chunk_id]]
    for text, quote in ((chunk.restored, cit.quote), (chunk.text, cit.quote_original or cit.quote)):
        start = text.find(quote.strip()) if text and quote.strip() else -1
        if start >= 0:
            rest = text[start : start + MAX_SENTENCE]
            end = _END.search(rest, len(quote.strip()) - 1)
            return " ".join((rest[: end.start() + 1] if end else rest).split())
    return ""


def _whole_items(sites: list[_Site], figure: str) -> tuple[_Site, list[_Site]] | None:
    """The stated figure's site and the items of the breakdown it heads; None when it is no
    headline of a breakdown (or is said twice)."""
    stated = [s for s in sites if s.figure == figure]
    if len(stated) != 1 or stated[0].in_breakdown:
        return None
    items = [s for s in sites if s.in_breakdown and s.group >= 0 and stated[0].canon in s.head]
    return (stated[0], items) if items else None


def part_figures(
    q: ParsedQuery, ans: Answer, index: LoadedIndex
) -> tuple[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] | None:
    """(the sentence, [(asked part, the figures of the items naming it)]) when the stated figure is the
    whole of a breakdown whose items name at least one asked part; None otherwise."""
    parts = asked_parts(q)
    if len(parts) < 2 or ans.abstained or not ans.figure or not ans.citations:
        return None
    sentence = _sentence(ans.citations[0], index)
    got = _whole_items(_figures_of(sentence, []), ans.figure) if sentence else None
    if got is None:
        return None
    whole, items = got
    before, _, after = fold(sentence).partition(fold(ans.figure))
    scope = tuple(re.findall(r"\w+", before + " " + _BREAKDOWN_OPENS.split(after, 1)[0]))
    own = [p for p in parts if not names_phrase(p, scope)]  # the whole's scope is no part
    if len(own) < 2:
        return None
    found: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    for part in own:
        figs = [s.figure for s in items if names_phrase(part, s.own) or names_phrase(part, tuple(s.item))]
        found.append((part, tuple(dict.fromkeys(figs))))
    if not any(len(figs) == 1 for _, figs in found) or any(whole.figure in f for _, f in found):
        return None
    return sentence, found


def _line(name: str, figs: tuple[str, ...], n: int, en: int) -> str:
    """A part's line: its one figure bold, "not sure" of several, or "not stated"."""
    if len(figs) == 1:
        return f"**{figs[0]}** — {name} [{n}]"
    if figs:
        return f"{name}: {_UNSURE[en]} {' · '.join(f + '?' for f in figs)} [{n}]"
    return f"{name}: {_MISSING[en]} [{n}]"


def whole_parts(q: ParsedQuery, ans: Answer, index: LoadedIndex) -> Answer | None:
    """The answer with a figure line for each asked part of the breakdown its stated whole
    heads, the whole kept unbolded as what they are of; None when `part_figures` finds none."""
    if not one_figure_stated(ans):
        return None  # a table, a list, or figure lines already given per part
    got = part_figures(q, ans, index)
    if got is None:
        return None
    sentence, found = got
    en = 1 if ans.language == "en" else 0
    n = ans.citations[0].n
    new = [_line(PART_NAMES.get(part, (" ".join(part),) * 2)[en], figs, n, en) for part, figs in found]
    of = "of the whole" if en else "trên tổng số"
    new.append(f"({of} {ans.figure} [{n}])")
    end = 1
    lines = ans.text.split("\n")
    while end < len(lines) and lines[end].startswith(">"):
        end += 1
    stated = [figs[0] for _, figs in found if len(figs) == 1]
    return replace(
        ans, text="\n".join([*new, f"> {sentence}", *lines[end:]]), figure=stated[0],
        candidates=tuple(c for c in ans.candidates if c.figure not in stated),
    )  # fmt: skip
