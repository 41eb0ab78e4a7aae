"""A summary's items that say nothing of their own: a listed item that only restates the
report's subject with words of carrying on ("Tiếp tục thực hiện các nhiệm vụ trong Kế hoạch
cải cách hành chính năm 2023." in a report on "… cải cách hành chính … nhiệm vụ … năm 2023").
Such an item tells a reader nothing the summary's head does not; the items beside it, each
naming a task or a result of its own, are what the part is about, so a summary leaves it out."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.compare_kind import content_words
from bot.structure import Item
from core.text import fold

if TYPE_CHECKING:  # (summary_parts imports section_answer, which imports this module)
    from bot.section_answer import Block
    from bot.summary_parts import Part
    from index.generations import LoadedIndex

# Words of carrying on what is already under way ("tiếp tục", "duy trì", "đẩy mạnh", "tăng
# cường"), folded: an item restating the subject says one of them; an item of its own ("Ban hành
# kế hoạch …", "Hoàn thành …") names a step, not a carrying on.
_CARRYING_ON = re.compile(r"\b(?:tiep tuc|duy tri|day manh|tang cuong)\b")
# Words it may say beside the subject's, folded, one token each: carrying on or out ("thực hiện",
# "triển khai") the plan, tasks or programme in general; ordinary Vietnamese naming no area.
_GENERAL = frozenset(
    [
        "tiep", "tuc", "duy", "tri", "day", "manh", "tang", "cuong", "thuc", "hien", "trien",
        "khai", "ke", "hoach", "nhiem", "vu", "cong", "tac", "chuong", "trinh", "noi", "dung",
        "theo", "de", "ra", "duoc", "giao",
    ]
)  # fmt: skip
# The fewest items that must be left beside those dropped: a part of only a few items is told
# whole (with so few, its one general item may be all it says of a step).
MIN_LEFT = 3


def restates_subject(text: str, title: str) -> bool:
    """Whether a text only carries on the report's subject: words of carrying on, and no word
    beyond the report's title and general ones."""
    own = content_words(fold(text))
    if not own or not _CARRYING_ON.search(fold(text)):
        return False
    return own <= content_words(fold(title)) | _GENERAL


def beyond_subject(parts: Sequence[Part], index: LoadedIndex, block: Block) -> list[Part]:
    """The parts of `block` that say something beyond its report's title; all of them when
    fewer than `MIN_LEFT` would be left. Only an item told by its own words (no label of a
    sub-section, no areas under it) can restate the subject."""
    title = index.reports[block.report_id].title
    kept = [
        p for p in parts
        if p.areas or p.covers or p.under or len(p.paras) != 1
        or not restates_subject(p.paras[0].readable, title)
    ]  # fmt: skip
    return kept if len(kept) >= MIN_LEFT else list(parts)


def items_beyond_subject(
    items: list[Item], index: LoadedIndex, block: Block, summed: bool
) -> list[Item]:
    """A section's listed items as a summary tells them (`summed`): without those that say
    nothing beyond the report's title, when `MIN_LEFT` others are left; all of them for a
    section asked as such (its items are what it lists)."""
    title = index.reports[block.report_id].title
    kept = [it for it in items if it.detail or not restates_subject(it.readable, title)]
    return kept if summed and len(kept) >= MIN_LEFT else items
