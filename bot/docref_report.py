"""The document a report itself reports on: "report no. 98 – which decision is it reporting
on?", "Báo cáo số 342 báo cáo kết quả thực hiện kế hoạch nào?". A report says so in its title
and its opening lines ("Căn cứ Quyết định số …", "Thực hiện Kế hoạch số …"): the first document
of the asked type its opening names answers, not the best match of the question's words among
every document the reports name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.query import ParsedQuery
from index.docrefs import DocRef
from index.generations import LoadedIndex

# A report of the index named by its own number ("report no. 98", "báo cáo số 342", "98/BC-…").
_REPORT_NAMED = re.compile(
    r"\b(?:report|bao cao)\s+(?:no\.?\s*|number\s+|so\s+)?(\d{1,4})\b|\b(\d{1,4})\s*/\s*bc\b"
)
# The question asks what the report reports on, under or about (folded).
_REPORTS_ON = re.compile(
    r"\breport(?:s|ing|ed)? (?:on|about)\b|\bis (?:it|the report) about\b|\bbased on\b"
    # what the report (or "it") reviews: "report 12 reviews which programme", "what plan does
    # it assess"; the verb right after the report named, so "which decision set up …" is not
    r"|\b(?:report|it)(?: (?:no\.?|number))?(?: \d{1,4}(?:/[a-z0-9-]+)?(?: [a-z]+)?)? "
    r"(?:review|assess|evaluat|summari[sz]|take stock of|follow up on)\w* (?:which|what)\b"
    r"|\b(?:which|what) [a-z ]{1,40}? (?:does|did) (?:[a-z]+ ){0,3}?(?:it|report)"
    r"(?: (?:no\.?|number))?(?: \d{1,4}(?:/[a-z0-9-]+)?)? (?:review|assess|evaluate|summari[sz]e)\b"
    # "báo cáo (số 12) (đánh giá|tổng kết) (kết quả) (thực hiện) đề án nào"
    r"|\bbao cao(?: so \d{1,4}(?:/[a-z0-9-]+)?(?: [a-z]+)?)?(?: (?:ve|danh gia|tong ket|so ket))?"
    r"(?: ket qua)?(?: (?:viec )?(?:thuc hien|trien khai))? "
    r"(?:quyet dinh|de an|ke hoach|chuong trinh|nghi quyet|chi thi)\b"
    r"|\bcan cu (?:vao )?(?:quyet dinh|de an|ke hoach|chuong trinh|nghi quyet|chi thi)\b"
)
OPENING_CHUNKS = 1  # the report's opening: its title and first lines, in its first chunk


def named_report(index: LoadedIndex, q: ParsedQuery) -> str:
    """The id of the report of the index the question names by its own number, or "" (none,
    or several of the provinces asked about share it)."""
    said = {a or b for a, b in _REPORT_NAMED.findall(q.folded)}
    found = [
        r.id for r in index.reports.values()
        if r.number and r.number.split("/")[0].strip().lstrip("0") in {s.lstrip("0") for s in said}
        and (not q.provinces or r.province in q.provinces)
    ]  # fmt: skip
    return found[0] if len(found) == 1 else ""


def reported_on(
    index: LoadedIndex, q: ParsedQuery, kind: str, refs: Sequence[DocRef]
) -> DocRef | None:
    """The first document of the asked type (`kind`, folded; "" for any) that the opening of
    the report the question names refers to, when the question asks what that report reports
    on; None otherwise."""
    if not _REPORTS_ON.search(q.folded):
        return None
    rid = named_report(index, q)
    if not rid:
        return None
    opening = sorted(i for i, c in enumerate(index.chunks) if c.report_id == rid)[:OPENING_CHUNKS]
    ids = {index.chunks[i].id for i in opening}
    found = [
        r for r in refs
        if r.report_id == rid and r.chunk_id in ids and (not kind or kind in (r.kind, r.code_kind))
    ]  # fmt: skip
    found.sort(key=lambda r: (index.position[r.chunk_id], r.span_start))
    return found[0] if found else None
