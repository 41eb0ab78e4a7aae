"""The areas of a results part a summary of results only tells (`results_cut`): of a part told
area by area whose areas mostly state results by figures, an area that states no figure of its
own (made up: "Lĩnh vực thứ ba: các cơ quan tiếp tục đầu tư các hệ thống …" beside areas of
"45 xã", "900 dịch vụ công") says no result a reader can weigh, and is left out; a part whose areas mostly state none (its
limits, tasks, a list of works) is told whole, and an area of assessment, tasks or proposals
("Ưu điểm", "Tồn tại, hạn chế") is always told: words are how it tells."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.section_answer import Block
from bot.summary_asked import PART_ASKED
from bot.summary_parts import Part, kind_label
from bot.summary_render import within
from bot.summary_results import results_asked
from core.text import fold
from index.facts import Fact

# Figure-less areas are left out only of a part of at least this many results areas: there a
# reader weighs the areas by their figures and one that states none tells the least; in a part
# of fewer, each area is a large share of what the part did and is told whatever it states.
FIGURED_AREAS = 5
# A part's heading that names results ("I. Kết quả đạt được", "Kết quả thực hiện"). Folded.
_RESULTS_HEAD = re.compile(r"\bket qua\b")

# Figure-less areas are left out only where fewer than this share of the part's areas are
# figure-less: most areas tell their results by figures, so one that tells none is the odd one
# out; at half or more, words are how the part tells its areas, and none is left out.
FIGURELESS_SHARE = 0.5


def results_cut(folded: str, block: Block) -> bool:
    """Whether a part's figure-less areas may be left out (`figured_areas`): results alone are
    asked (`results_asked`), the question names no part ("phần I", "mục A", "part": the part
    asked is told whole) and the part's heading names results."""
    return results_of(folded, block) and not PART_ASKED.search(folded)


def results_of(folded: str, block: Block) -> bool:
    """Whether results alone are asked (`results_asked`) of a part whose heading names results
    ("II. Kết quả thực hiện"), the part named or not."""
    heads = (block.heading, block.heading_para.readable if block.heading_para else "")
    return results_asked(folded) and any(_RESULTS_HEAD.search(fold(h)) for h in heads)


def figured_areas(parts: Sequence[Part], pool: Sequence[Fact]) -> list[Part]:
    """`parts` less the results areas (labelled sub-sections, not a listed item under another,
    no assessment, tasks or proposals: `kind_label`) that state no figure of `pool`, where the
    part has `FIGURED_AREAS` results areas or more and fewer than `FIGURELESS_SHARE` of them state
    none; an area of assessment, tasks or proposals is told by words by its kind, never left
    out, and counts for neither."""
    areas = [p for p in parts if p.label and not p.under and not kind_label(p.label)]
    if len(areas) < FIGURED_AREAS:
        return list(parts)
    bare = [id(p) for p in areas if not any(within(f, p.paras) for f in pool)]
    if not bare or len(bare) >= FIGURELESS_SHARE * len(areas):
        return list(parts)
    return [p for p in parts if id(p) not in bare]
