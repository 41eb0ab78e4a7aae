"""Two kinds of section asked at once: "… nêu những ưu điểm và hạn chế gì?", "strengths and
weaknesses of …" → the section found for one kind ("1. Ưu điểm") and its sibling headed by the
other ("2. Tồn tại, hạn chế", under the same part): each listed under its own heading, each
item cited. A sibling in another part of the report ("B. … > II. Đánh giá chung > 2. Tồn tại")
is not the asked part's: only sections under the same heading are read together."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.answer import Answer, Citation
from bot.extractive import source_line
from bot.structure import SEP, Item, cite, clip, items_of, readable_heading, textrank
from bot.summary_sentences import cleaned
from core.query import ParsedQuery
from index.generations import LoadedIndex

if TYPE_CHECKING:  # (the section answerer imports this module)
    from bot.section_answer import Block

# The kinds no heading names as a part of its own beside a sibling ("Kết quả" heads whole parts).
_UNNAMED = frozenset(["results"])


def siblings_of_kind(
    blocks: list[Block], block: Block, kinds: list[str], names: Callable[[Block, str], bool]
) -> list[Block]:
    """The found block and its siblings (same parent heading, same depth) whose own heading
    names an asked kind the found block's does not, in report order; [] when none does or
    fewer than two kinds are asked. `names(b, kind)`: whether b's own heading names the kind."""
    asked = [k for k in kinds if k not in _UNNAMED]
    if len(asked) < 2 or not block.path:
        return []
    own = {k for k in asked if names(block, k)}
    if not own:
        return []
    parent = block.path[:-1]
    out: list[Block] = []
    for b in blocks:
        if b.path == block.path:
            out.append(b)
            continue
        if len(b.path) != len(block.path) or b.path[:-1] != parent or not b.paras:
            continue
        if any(names(b, k) and k not in own for k in asked):
            out.append(b)
    return out if len(out) >= 2 else []


# Two parts tie on the question's words when their heading scores differ by less than this
# (the same words held: a question naming neither part's subject holds none of them).
TIE = 1e-6


def parallel_of_kind(
    blocks: list[Block], block: Block, kinds: list[str], names: Callable[[Block, str], bool],
    named: Callable[[Block], float],
) -> list[Block]:  # fmt: skip
    """The found block and its parallels in the report's other top-level parts ("A. Tuyên
    truyền … > II. Đánh giá > 2. Tồn tại, hạn chế" and "B. Chính quyền điện tử … > II. Đánh giá
    > 2. Tồn tại, hạn chế"), in report order, when the question's words do not tell them
    apart: at the same depth, their own headings name the asked kind the found one's names,
    and `named` (how much a block's headings hold the question's words) rates none of them
    below the found block (`TIE`). The report's limitations asked are all of them, not the
    first part's; [] when there are none."""
    floor = named(block) - TIE
    others = {id(b) for b in _parallels(blocks, block, kinds, names) if named(b) >= floor}
    out = [b for b in blocks if b.path == block.path or id(b) in others]
    return out if len(out) >= 2 else []


def _parallels(
    blocks: list[Block], block: Block, kinds: list[str], names: Callable[[Block, str], bool]
) -> list[Block]:
    """The blocks at the found block's depth in the report's other top-level parts, with text,
    whose own headings name an asked kind the found block's names, in report order; [] when
    the found block names none or stands at the top."""
    own = [k for k in kinds if k not in _UNNAMED and names(block, k)]
    if not own or len(block.path) < 2:
        return []
    return [
        b for b in blocks
        if len(b.path) == len(block.path) and b.path[0] != block.path[0] and b.paras
        and any(names(b, k) for k in own)
    ]  # fmt: skip


def best_named(
    blocks: list[Block], block: Block, kinds: list[str], names: Callable[[Block, str], bool],
    named: Callable[[Block], float],
) -> Block:  # fmt: skip
    """The found block, or its parallel in another top-level part (`_parallels`) whose
    headings hold the question's words better by more than `TIE` ("weaknesses of the water
    supply work": "B. Cấp nước > … > 2. Hạn chế", not "A. Thông tin > … > 2. Hạn chế" the
    retriever ranked first); the best such one."""
    best, score = block, named(block) + TIE
    for b in _parallels(blocks, block, kinds, names):
        if (s := named(b)) > score:
            best, score = b, s
    return best


def found_parts(
    blocks: list[Block], block: Block, joined: list[str], kinds: list[str],
    names: Callable[[Block, str], bool], named: Callable[[Block], float],
) -> tuple[Block, list[Block]]:  # fmt: skip
    """The found block, or the parallel the question's words name better (`best_named`), and
    the blocks answered with it: its siblings of the other kinds asked together
    (`siblings_of_kind`), else its parallels the question does not tell apart
    (`parallel_of_kind`); [] when it is answered alone."""
    block = best_named(blocks, block, kinds, names, named)
    return block, (siblings_of_kind(blocks, block, joined, names)
                   or parallel_of_kind(blocks, block, kinds, names, named))  # fmt: skip


def render_groups(
    index: LoadedIndex, q: ParsedQuery, groups: list[tuple[Block, list[Item]]],
    language: str, max_items: int, item_line: Callable[[Item], str],
) -> Answer:  # fmt: skip
    """Each block's items under its own heading (in bold), each item cited; the most central
    `max_items` of a block when it has more, the rest counted."""
    en = language == "en"
    r = index.reports[groups[0][0].report_id]
    where = ", ".join(x for x in (r.province, r.period) if x)
    parent = groups[0][0].path[:-1]
    # parallels in several top-level parts: each group named by its part and its own heading
    apart = any(b.path[:-1] != parent for b, _ in groups)
    above = clip(cleaned(readable_heading(parent, groups[0][0].paras), ""), 120) if parent else ""
    above = "" if apart else above
    lines = [f"**{above}** ({where}; {r.agency}):" if above else f"({where}; {r.agency}):"]
    cits: list[Citation] = []
    for block, items in groups:
        heading = block.heading_para
        title = heading.readable if heading else readable_heading(block.path, block.paras)
        title = clip(cleaned(title, ""), 120)
        if apart:
            top = clip(cleaned(readable_heading(block.path[:1], block.paras), ""), 120)
            title = f"{top} — {title}"
        lines.append(f"**{title}**")
        whole = "\n".join(
            ([heading.readable] if heading else []) + [p.readable for p in block.paras]
        )
        shown = list(range(len(items)))
        if len(items) > max_items:
            central = textrank([it.full() for it in items])
            shown = sorted(sorted(shown, key=lambda i: -central[i])[:max_items])
        section = SEP.join(block.path)
        for i in shown:
            it = items[i]
            cits.append(cite(index, len(cits) + 1, it.para, whole, section, it.line_end))
            lines.append(f"- {cleaned(item_line(it), whole)} [{len(cits)}]")
        rest = len(items) - len(shown)
        if rest:
            lines.append(f"… {rest} more items." if en else f"… còn {rest} mục nữa.")
    label = "Sources" if en else "Nguồn"
    text = "\n".join(lines) + f"\n\n{label}:\n" + "\n".join(source_line(c, en) for c in cits)
    return Answer(q.text, text, False, tuple(cits), confidence=1.0, language=language)


def grouped(blocks: list[Block]) -> list[tuple[Block, list[Item]]]:
    """Each block with its items; [] when one of them lists none."""
    out = [(b, items_of(b.paras)[1]) for b in blocks]
    return out if all(items for _, items in out) else []
