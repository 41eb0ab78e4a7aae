"""A part asked for by its label ("phần II", "section 2", "mục B.I") when the label does not
tell one part: which reports to look in (the period or report the question names, else every
report of the province asked), the parts to choose from listed (which report, which part) in
place of one picked, and a label no part carries said to be not found. A numeric label is
never answered by a part with another number."""

from __future__ import annotations

from bot.answer import Answer, Citation
from bot.extractive import source_line
from bot.part_labels import part_labels
from bot.section_answer import Block, names_number
from bot.structure import SEP, cite, clip, readable_heading
from bot.summary_parts import restored_path
from core.query import ParsedQuery
from index.generations import LoadedIndex

# A part's heading path in a choice line, cut.
CHOICE_CHARS = 160
# Parts listed to choose from, at most (the rest counted).
MAX_CHOICES = 6
# How sure a list of choices is: no part is stated as the answer.
CHOICE_CONFIDENCE = 0.3


def reports_in_scope(index: LoadedIndex, q: ParsedQuery, reports: list[str]) -> list[str]:
    """Of the candidate reports (best first), those a part label is looked up in: the one the
    question names by its number; else those of the year and quarter it names; else every
    report of the provinces it names (of the best report's province when it names none):
    without a period, "phần II của báo cáo Hà Tĩnh" may be either Hà Tĩnh report's."""
    if not reports:
        return []
    meta = index.reports
    named = [r for r in reports if meta[r].number and names_number(q.folded, meta[r].number)]
    if named:
        return named[:1]
    if q.years or q.quarter:
        kept = [
            r for r in reports
            if (not q.years or meta[r].year in q.years)
            and (not q.quarter or meta[r].quarter == q.quarter)
        ]  # fmt: skip
        if kept:
            return kept
    provinces = q.provinces or (meta[reports[0]].province,)
    return [r for r in reports if meta[r].province in provinces] or reports[:1]


def _label_text(q: ParsedQuery) -> str:
    return ", ".join(".".join(lab) for lab in part_labels(q.text))


def _head_cite(index: LoadedIndex, n: int, b: Block) -> Citation | None:
    para = b.heading_para or (b.paras[0] if b.paras else None)
    if para is None:
        return None
    return cite(index, n, para, para.readable, SEP.join(b.path))


def which_part(index: LoadedIndex, q: ParsedQuery, blocks: list[Block], language: str) -> Answer:
    """Several parts carry the label asked and nothing in the question tells them apart:
    each listed with its report, none answered."""
    en = language == "en"
    label = _label_text(q)
    head = (
        f"Not sure — several parts are labelled “{label}”; which one do you mean?" if en
        else f"Chưa chắc chắn — có nhiều phần mang số/nhãn “{label}”, bạn hỏi phần nào?"
    )  # fmt: skip
    lines: list[str] = [head]
    cits: list[Citation] = []
    for b in blocks[:MAX_CHOICES]:
        r = index.reports[b.report_id]
        where = ", ".join(x for x in (r.province, r.period) if x)
        restored = restored_path(b).replace(" ; ", SEP)
        path = clip(
            restored or SEP.join((*b.path[:-1], readable_heading(b.path, b.paras))), CHOICE_CHARS
        )
        c = _head_cite(index, len(cits) + 1, b)
        mark = ""
        if c is not None:
            cits.append(c)
            mark = f" [{c.n}]"
        lines.append(f"- {path} ({where}){mark}")
    rest = len(blocks) - MAX_CHOICES
    if rest > 0:
        lines.append(f"… {rest} more." if en else f"… còn {rest} phần nữa.")
    text = "\n".join(lines)
    if cits:
        text += f"\n\n{'Sources' if en else 'Nguồn'}:\n" + "\n".join(
            source_line(c, en) for c in cits
        )
    return Answer(
        q.text, text, False, tuple(cits), confidence=CHOICE_CONFIDENCE, language=language,
    )  # fmt: skip


def label_not_found(
    index: LoadedIndex, q: ParsedQuery, reports: list[str], language: str
) -> Answer:
    """No part of the reports looked in carries the label asked: said so, not a part with
    another label answered in its place."""
    en = language == "en"
    label = _label_text(q)
    where = "; ".join(
        ", ".join(x for x in (index.reports[r].province, index.reports[r].period) if x)
        for r in reports
    )
    text = (
        f"Not found in the reports: no part labelled “{label}” in the report ({where})." if en
        else f"Không tìm thấy trong các báo cáo: báo cáo ({where}) không có phần/mục “{label}”."
    )  # fmt: skip
    return Answer(q.text, text, True, (), language=language)
