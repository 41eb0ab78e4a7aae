"""A found section's items as the answer: a cited bulleted list under the section's heading,
the most central items first when there are more than the answer shows (the rest counted),
each item one line with what is listed under it (`item_line`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.answer import Answer, Citation
from bot.extractive import source_line
from bot.structure import (
    SEP,
    Item,
    cite,
    clip,
    readable_heading,
    strip_marker,
    summing_up_cut,
    textrank,
)
from bot.summary_sentences import cleaned
from core.query import ParsedQuery
from index.generations import LoadedIndex

if TYPE_CHECKING:  # (the section answerer imports this module)
    from bot.section_answer import Block

ITEM_CHARS = 600  # an item longer than this is cut (the whole of it is in its citation)


def item_line(it: Item) -> str:
    """An item as one line: its text, then what is listed under it (cut at ITEM_CHARS)."""
    text = summing_up_cut(it.readable)
    if it.detail:
        sep = " " if text.rstrip().endswith(":") else ": "
        text = text.rstrip() + sep + " ".join(strip_marker(p.readable) for p in it.detail)
    return clip(text, ITEM_CHARS)


def render_items(
    index: LoadedIndex,
    q: ParsedQuery,
    block: Block,
    items: list[Item],
    language: str,
    max_items: int,
    intro: str = "",
    line: Callable[[Item], str] = item_line,
) -> Answer:
    """A block's items as a bulleted list, each with its citation; the most central first
    when there are more than `max_items`, the rest counted."""
    en = language == "en"
    r = index.reports[block.report_id]
    shown = list(range(len(items)))
    if len(items) > max_items:
        central = textrank([it.full() for it in items])
        shown = sorted(shown, key=lambda i: -central[i])[:max_items]
    whole = "\n".join(
        ([block.heading_para.readable] if block.heading_para else [])
        + [p.readable for p in block.paras]
    )
    section = SEP.join(block.path)
    cits: list[Citation] = []
    lines: list[str] = []
    for n, i in enumerate(shown, 1):
        it = items[i]
        cits.append(cite(index, n, it.para, whole, section, it.line_end))
        lines.append(f"- {cleaned(line(it), whole)} [{n}]")
    # the heading line as people read it (restored), else the heading path's
    heading = block.heading_para
    title = heading.readable if heading else readable_heading(block.path, block.paras)
    title = clip(cleaned(title, ""), 120)
    where = ", ".join(x for x in (r.province, r.period) if x)
    head = intro or f"**{title}** ({where}; {r.agency}):"
    text = head + "\n" + "\n".join(lines)
    rest = len(items) - len(shown)
    if rest:
        text += (
            f"\n… {rest} more items (the whole section: source [1])."
            if en
            else f"\n… còn {rest} mục nữa (toàn bộ mục: nguồn [1])."
        )
    label = "Sources" if en else "Nguồn"
    text += f"\n\n{label}:\n" + "\n".join(source_line(c, en) for c in cits)
    return Answer(q.text, text, False, tuple(cits), confidence=1.0, language=language)
