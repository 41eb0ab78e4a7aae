"""The areas of a part a summary tells: of a part told area by area whose areas mostly state
results by figures, an area that states no figure of its own (made up: "Kết quả phát triển dữ
liệu: các cơ quan tiếp tục đầu tư các hệ thống …" beside areas of "45 xã", "900 dịch vụ công")
says no result a reader can weigh, and is left out; a part whose areas mostly state none (its
limits, tasks, a list of works) is told whole, and an area of assessment, tasks or proposals
("Ưu điểm", "Tồn tại, hạn chế") is always told: words are how it tells."""

from __future__ import annotations

from collections.abc import Sequence

from bot.summary_parts import MANY_AREAS, Part, kind_label
from bot.summary_render import within
from index.facts import Fact

# Figure-less areas are left out only where fewer than this share of the part's areas are
# figure-less: most areas tell their results by figures, so one that tells none is the odd one
# out; at half or more, words are how the part tells its areas, and none is left out.
FIGURELESS_SHARE = 0.5


def figured_areas(parts: Sequence[Part], pool: Sequence[Fact]) -> list[Part]:
    """`parts` less the results areas (labelled sub-sections, not a listed item under another,
    no assessment, tasks or proposals: `kind_label`) that state no figure of `pool`, where the
    part has `MANY_AREAS` results areas or more and fewer than `FIGURELESS_SHARE` of them state
    none; an area of assessment, tasks or proposals is told by words by its kind, never left
    out, and counts for neither."""
    areas = [p for p in parts if p.label and not p.under and not kind_label(p.label)]
    if len(areas) < MANY_AREAS:
        return list(parts)
    bare = [id(p) for p in areas if not any(within(f, p.paras) for f in pool)]
    if not bare or len(bare) >= FIGURELESS_SHARE * len(areas):
        return list(parts)
    return [p for p in parts if id(p) not in bare]
