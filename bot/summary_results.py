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
# (made up: "tóm tắt kết quả chuyển đổi số của huyện", "summarise what the district did on
# its roads"): what was done, not the report's assessment, tasks ahead or proposals. Folded.
_RESULTS_WORDS = r"\b(?:ket qua|thanh tich|thanh tuu|results?|achiev\w*)\b"
_RESULTS_ASKED = re.compile(_RESULTS_WORDS)
# "kết quả" that names no results asked: a one-stop desk's handing back of results ("tiếp nhận
# và trả kết quả") or an assessment's outcome ("kết quả đánh giá"). Folded.
_NOT_RESULTS = re.compile(r"\btra ket qua\b|\bket qua danh gia\b")
# Something asked beside the results, by words `kind_spans` does not know: tasks, plans,
# proposals, assessment, limits or lessons ("kèm các đề nghị", "plus its plans"). Folded.
_BEYOND_RESULTS = re.compile(
    r"\b(?:de nghi|kien nghi|ke hoach|dinh huong|viec can lam|tiep theo|bai hoc|danh gia"
    r"|plans?|next|proposals?|asks? of|gaps?|lessons?)\b"
)
# A join after the results ("kết quả … và …", "results … plus …"): more than results asked.
_JOINED = re.compile(_RESULTS_WORDS + r".*\b(?:va|and|plus|kem|ca|cung)\b")
# A document named ("văn bản", "tài liệu"): the report itself asked, every part of it.
_DOCUMENT_NAMED = re.compile(r"\b(?:van ban|tai lieu|documents?)\b")


def results_asked(folded: str) -> bool:
    """Whether a (folded) summary question asks for results only: names results (not "trả kết
    quả", "kết quả đánh giá"), no other kind of section (limits, causes, proposals, tasks,
    strengths: `kind_spans`; plans, lessons, assessment: `_BEYOND_RESULTS`), nothing joined
    after the results, and not the report itself ("báo cáo 140/BC-UBND về kết quả …": the
    report asked, every part of it)."""
    said = _NOT_RESULTS.sub(" ", folded)
    return bool(
        _RESULTS_ASKED.search(said)
        and not kind_spans(folded)
        and not _BEYOND_RESULTS.search(folded)
        and not _JOINED.search(said)
        and not REPORT_NAMED.search(folded)
        and not _DOCUMENT_NAMED.search(folded)
    )


def results_tops(tops: list[Section]) -> list[Section] | None:
    """A report's top-level parts that tell its results: those whose heading names no
    assessment, tasks ahead or proposals (see `is_kind`: "III. Nhận xét, đánh giá chung", "IV.
    Phương hướng, nhiệm vụ …", "V. Kiến nghị, đề xuất"); None when none or all do (the report
    told whole, every figure of it)."""
    told = [c for c in tops if not is_kind(c)]
    return told if told and len(told) < len(tops) else None


def told_in(facts: list[Fact], tops: Sequence[Section] | None) -> list[Fact]:
    """The facts stated under some top-level parts (a results summary's figures, none of the
    tasks or proposals it leaves out); all of them when no parts are given."""
    if tops is None:
        return facts
    paras = [p for c in tops for p in c.all_paras()]
    return [f for f in facts if within(f, paras)]
