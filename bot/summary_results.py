"""A part's main results asked (made up: "main results of the training work", "kết quả chính
về đào tạo cán bộ"): the words that ask for the main results name no part, so the part the
other words name is found ("B. Đào tạo, bồi dưỡng"); when that part is told in a
results section and an assessment beside it ("I. Kết quả đạt được", "II. Đánh giá chung"),
the results section is the one asked, not the assessment's strengths and limits too."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.intents_types import SECTION_KINDS, kind_spans
from bot.main_results import MAIN_RESULTS
from bot.section_answer import Block
from bot.structure import Section
from bot.summary_asked import REPORT_NAMED
from bot.summary_parts import is_kind
from bot.summary_render import within
from bot.summary_scope import heads_kind
from index.facts import Fact

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


# Results asked by name, of the report's subject, no part and not the report itself named
# ("tóm tắt kết quả CCHC năm 2022 của tỉnh", "summarise what the province achieved"): what
# was done, not the report's assessment, tasks ahead or proposals. Folded.
_RESULTS_ASKED = re.compile(r"\b(?:ket qua|thanh tich|thanh tuu|results?|achiev\w*)\b")


def results_asked(folded: str) -> bool:
    """Whether a (folded) summary question asks for results, names no other kind of section
    (limits, causes, proposals, tasks, strengths: see `kind_spans`) and not the report itself
    ("báo cáo 140/BC-UBND về kết quả …": the report asked, every part of it)."""
    return bool(
        _RESULTS_ASKED.search(folded) and not kind_spans(folded) and not REPORT_NAMED.search(folded)
    )


def results_tops(tops: list[Section]) -> list[Section]:
    """A report's top-level parts that tell its results: those whose heading names no
    assessment, tasks ahead or proposals (see `is_kind`: "III. Nhận xét, đánh giá chung", "IV.
    Phương hướng, nhiệm vụ …", "V. Kiến nghị, đề xuất"); all of them when none or all do."""
    told = [c for c in tops if not is_kind(c)]
    return told or tops


def told_in(facts: list[Fact], tops: Sequence[Section] | None) -> list[Fact]:
    """The facts stated under some top-level parts (a results summary's figures, none of the
    tasks or proposals it leaves out); all of them when no parts are given."""
    if tops is None:
        return facts
    paras = [p for c in tops for p in c.all_paras()]
    return [f for f in facts if within(f, paras)]
