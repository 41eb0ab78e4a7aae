"""A question asking several parts at once ("tỷ lệ doanh nghiệp và tỷ lệ hộ, cá nhân kinh
doanh …?") whose stated figure is one part's, said in a sentence of its own, while the other
parts are each said by a sibling sentence of the same paragraph ("Số lượng doanh nghiệp … đã
chuyển đổi …: 4.120/4.300, đạt tỷ lệ 95,8%. Số lượng hộ, cá nhân kinh doanh … đã chuyển đổi …:
310/400, đạt tỷ lệ 77,5%."): each other part gets its sibling's figure of the same kind (a
share for a share, else the sentence's one figure), in its own figure line with the sentence
quoted, citing the same source. A sibling says most words of the stated sentence
(`SIBLING_SHARED`) and names exactly one asked part; a part two siblings
name, or none, adds nothing. Sentences of the paragraph only, the nearest `MAX_APART` on each
side: a part said farther off is no sibling. A share shows its sentence's one count beside it. Lists written one part per line are
bot/each_line.py's; items of one clause bot/each_part.py's."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.each_line import _label
from bot.each_part import one_figure_stated
from bot.extractive.parts_said import PART_NAMES, asked_parts, says_part
from core.query import ParsedQuery
from core.result import Answer
from index.generations import LoadedIndex

# Sentences on each side of the stated one read for a sibling: a breakdown written sentence by
# sentence keeps its parts next to each other.
MAX_APART = 2
# Share of the longer label's words (all but parts and figures) a sibling sentence shares with
# the stated one: more than half, less than a list item's 0.8 (bot/each_line.py), as sentences
# each add their part's own qualifiers ("theo phương pháp kê khai") and a lead-in ("kết quả
# như sau:") to the frame they share.
SIBLING_SHARED = 0.6
# A sentence ends at a full stop before a space ("12.345" is a figure, not an end).
_SENTENCES = re.compile(r"(?<=\.)\s+(?=\S)")
_DATE = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{4})?")  # "15/03/2021", "9/2021": when, not a count
_YEAR = re.compile(r"(?:19|20)\d\d")  # "năm 2021": when, not a count
_FIGURE = re.compile(r"(?<![\w.,/])\d+(?:[.,/]\d+)*(?:\s?%)?(?![\w/])")


def _sentences(text: str) -> list[str]:
    return [" ".join(s.split()) for s in _SENTENCES.split(text) if s.strip()]


def _of_kind(sentence: str, share: bool) -> str | None:
    """The sentence's one share (a share stated) or its one figure; None when not one."""
    figs = [f for f in _FIGURE.findall(sentence) if f.endswith("%") == share]
    return figs[0].replace(" ", "") if len(figs) == 1 else None


def _count_of(figure: str, sentence: str) -> str:
    """" (count)" for a share whose sentence says one other figure, its count ("4.120/4.300
    …, đạt tỷ lệ 95,8%"), as the stated share shows its own; "" otherwise."""
    if not figure.endswith("%"):
        return ""
    when = (_DATE, _YEAR)
    counts = [
        f for f in _FIGURE.findall(sentence)
        if not f.endswith("%") and not any(w.fullmatch(f) for w in when)
    ]  # fmt: skip
    return f" ({counts[0]})" if len(counts) == 1 else ""


def sibling_figures(
    q: ParsedQuery, ans: Answer, index: LoadedIndex
) -> list[tuple[str, tuple[str, ...], str]] | None:
    """(figure, part, sentence) for each other asked part one sibling sentence gives; None
    when the question asks one part, the quote names no one asked part, or no sibling is found."""
    parts = asked_parts(q)
    if len(parts) < 2 or ans.abstained or not ans.figure or not ans.citations:
        return None
    cit = ans.citations[0]
    if cit.chunk_id not in index.position:
        return None
    quote = " ".join(cit.quote.split())
    first = [p for p in parts if says_part(p, quote)]
    if len(first) != 1:
        return None
    chunk = index.chunks[index.position[cit.chunk_id]]
    sentences = _sentences(chunk.restored or chunk.text)
    at = next((i for i, s in enumerate(sentences) if quote and quote in s), -1)
    if at < 0:
        return None
    share, label = ans.figure.endswith("%"), _label(sentences[at])
    found: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    for s in sentences[max(0, at - MAX_APART) : at + MAX_APART + 1]:
        said = [p for p in parts if says_part(p, s)]
        fig = _of_kind(s, share)
        if s == sentences[at] or len(said) != 1 or said == first or fig is None:
            continue
        other = _label(s)
        if label and len(label & other) >= SIBLING_SHARED * max(len(label), len(other)):
            found.setdefault(said[0], []).append((fig, s))
    added = [(v[0][0], p, v[0][1]) for p, v in found.items() if len(v) == 1]
    return sorted(added, key=lambda a: parts.index(a[1])) or None


def each_sentence(q: ParsedQuery, ans: Answer, index: LoadedIndex) -> Answer | None:
    """The answer with a figure line, its sentence quoted, for each other asked part a sibling
    sentence gives (`sibling_figures`); None when there is none."""
    if not one_figure_stated(ans):
        return None  # a table, a list, or figure lines already given per part
    found = sibling_figures(q, ans, index)
    if found is None:
        return None
    en = 1 if ans.language == "en" else 0
    n = ans.citations[0].n
    first = [p for p in asked_parts(q) if says_part(p, ans.citations[0].quote)][0]
    lines = ans.text.split("\n")
    lines[0] = lines[0].replace(f"**{ans.figure}**", f"**{ans.figure}** — {PART_NAMES[first][en]}", 1)
    end = 1
    while end < len(lines) and lines[end].startswith(">"):
        end += 1
    new = [f"**{fig}** — {PART_NAMES[part][en]}{_count_of(fig, s)} [{n}]" for fig, part, s in found]
    quotes = [f"> {s}" for _, _, s in found]
    return replace(ans, text="\n".join([lines[0], *new, *lines[1:end], *quotes, *lines[end:]]))
