"""A part's main results asked (made up: "main results of the training work", "kết quả chính
về đào tạo cán bộ"): the words that ask for the main results name no part, so the part the
other words name is found ("B. Đào tạo, bồi dưỡng"); when that part is told in a
results section and an assessment beside it ("I. Kết quả đạt được", "II. Đánh giá chung"),
the results section is the one asked, not the assessment's strengths and limits too."""

from __future__ import annotations

import re

from bot.intents_types import SECTION_KINDS
from bot.main_results import MAIN_RESULTS
from bot.section_answer import Block
from bot.summary_scope import heads_kind

_MAIN_RESULTS_RE = re.compile(rf"\b(?:{MAIN_RESULTS})\b")


def asks_main_results(folded: str) -> bool:
    """Whether a (folded) question asks for the main results ("key results", "kết quả chính")."""
    return bool(_MAIN_RESULTS_RE.search(folded))


def results_child(blocks: list[Block], part: Block) -> Block | None:
    """The one section directly under `part` whose own heading opens by naming results ("I.
    KẾT QUẢ ĐẠT ĐƯỢC"), when the part has other sections beside it; None otherwise (a part
    with no results section of its own, or with several, is told whole)."""
    depth = len(part.path) + 1
    children = [
        b for b in blocks if len(b.path) == depth and b.path[:-1] == part.path and b.paras
    ]  # fmt: skip
    phrases = SECTION_KINDS["results"]
    results = [
        b for b in children
        if any(heads_kind(h, phrases) for h in (b.heading, readable(b)))
    ]  # fmt: skip
    return results[0] if len(results) == 1 and len(children) > 1 else None


def readable(b: Block) -> str:
    """A block's heading as restored ("KET QUA PAT PUQC" read "Kết quả đạt được"), or ""."""
    return b.heading_para.readable if b.heading_para else ""
