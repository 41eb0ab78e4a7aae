"""Which common flow of dossiers or feedback a question asks (received, or resolved), against the
one the stated figure's own clause names: "how many petitions were resolved" is not answered
in bold by "tổng số PAKN đã tiếp nhận 64" when "số PAKN đã giải quyết xong 59" is ranked too.

Conservative: only when the question names one flow and not the other, and the bold figure's
own clause (`figure_clause.own_clause`: the words right before it, back to the last break)
names the other flow and not the asked one. A ranked candidate whose own clause names the
asked flow (and not the other) is then put first, and the answer hedges (candidates, nothing
bold); with no such candidate the answer stands for the other checks (a sum such as "tổng số
hồ sơ" names no flow and decides nothing)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.figure_clause import own_clause
from bot.render import hedge_text
from core.query import ParsedQuery
from core.result import Answer, Citation, FigureCandidate
from core.text import fold

# The common flows, folded Vietnamese (with bare "nhận" only after "đã"/"được"/"mới", bare
# "trả" only after "đã"/"được"/"thực hiện": "kiểm tra", "trả lời" are no flow) or English;
# "tiếp nhận và giải quyết" names two, so decides nothing.
FLOWS: dict[str, re.Pattern[str]] = {
    "received": re.compile(
        r"\b(?:tiep nhan|(?:da|duoc|moi) nhan|receiv(?:e|es|ed|ing)|filed|submitted)\b"
    ),
    "resolved": re.compile(
        r"\b(?:giai quyet|xu ly|resolv(?:e|es|ed|ing)|process(?:es|ed|ing)?|handl(?:e|es|ed|ing)|"
        r"settl(?:e|es|ed|ing))\b"
    ),
    "returned": re.compile(
        r"\b(?:tra ket qua|(?:da|duoc|thuc hien) tra(?! loi)|return(?:s|ed|ing)?)\b"
    ),
}
# Each flow's verb as the reports mostly write it, and the other Vietnamese words a question
# may use for it (folded): a side asked in those is asked again in the reports' verb.
FLOW_VERBS: dict[str, tuple[str, re.Pattern[str]]] = {
    "received": ("tiếp nhận", re.compile(r"\b(?:da|duoc|moi) nhan\b")),
    "resolved": ("giải quyết", re.compile(r"\bxu ly\b")),
    "returned": ("trả kết quả", re.compile(r"\b(?:da|duoc) tra\b(?! (?:ket qua|loi))")),
}
# A hedge states no figure in bold: its confidence is at most a coin flip's, so no reader of
# the confidence takes the demoted figure for a sure one.
HEDGED_CONFIDENCE = 0.5


def flows_named(folded: str) -> set[str]:
    """The common flows (`FLOWS`) a folded text names."""
    return {flow for flow, pattern in FLOWS.items() if pattern.search(folded)}


def asked_flow(folded_question: str) -> str:
    """The one common flow a folded question names; "" when none or both."""
    named = flows_named(folded_question)
    return next(iter(named)) if len(named) == 1 else ""


def clause_flow(quote: str, figure: str) -> str:
    """The one flow a figure's own clause names; "" when none, both, or the figure not found."""
    named = flows_named(own_clause(quote, figure))
    return next(iter(named)) if len(named) == 1 else ""


def side_flow_said(labels: Sequence[str], k: int, quote: str, figure: str) -> bool:
    """Whether a compared side's figure is read in the report's own verb for the side's flow:
    side k's label names one flow (`FLOWS`) that no other side's label names, and the figure's
    own clause names that flow ("giải quyết xong" / "xử lý xong" said "đã giải quyết 72.529",
    "results returned" said "đã thực hiện trả 271.215 hồ sơ")."""
    named = [flows_named(fold(label)) for label in labels]
    if not 0 <= k < len(named) or len(named[k]) != 1:
        return False
    if any(named[k] & other for j, other in enumerate(named) if j != k):
        return False
    return clause_flow(quote, figure) in named[k]


def flow_reworded(text: str) -> str | None:
    """A question naming one flow in other words than the reports' (`FLOW_VERBS`: "đã xử lý
    bao nhiêu hồ sơ"), with the reports' verb in their place ("giải quyết bao nhiêu hồ sơ");
    None when it names no flow, several, or the one in the reports' verb already."""
    words = text.split()
    joined = " ".join(fold(w) for w in words)
    named = flows_named(joined)
    if len(named) != 1:
        return None
    verb, other = FLOW_VERBS[next(iter(named))]
    m = other.search(joined)
    if m is None:
        return None
    start, end = joined[: m.start()].count(" "), joined[: m.end()].count(" ") + 1
    return " ".join([*words[:start], verb, *words[end:]])


def other_flow(q: ParsedQuery, ans: Answer, language: str) -> Answer | None:
    """A hedge, with the candidate whose clause names the asked flow first, in place of a bold
    figure whose own clause names the other flow (`clause_flow`); None when it stands."""
    asked = asked_flow(q.folded)
    if not asked or ans.abstained or not ans.figure or not ans.citations:
        return None
    cit = ans.citations[0]
    said = clause_flow(cit.quote, ans.figure)
    if not said or said == asked:
        return None
    fits = [c for c in ans.candidates if clause_flow(c.citation.quote, c.figure) == asked]
    if not fits:
        return None
    top = FigureCandidate(ans.figure, ans.counts, ans.holds_for, cit)
    rest = [c for c in ans.candidates if c not in fits]
    options, citations = _numbered((*fits, top, *rest))
    text = hedge_text(options, citations, language == "en")
    return replace(ans, text=text, figure="", candidates=options, citations=citations,
                   confidence=min(ans.confidence, HEDGED_CONFIDENCE))  # fmt: skip


def _numbered(
    options: tuple[FigureCandidate, ...],
) -> tuple[tuple[FigureCandidate, ...], tuple[Citation, ...]]:
    """The options with their citations numbered 1, 2, … in order (one number per quoted
    line), and those citations."""
    cited: dict[tuple[str, str], Citation] = {}
    for o in options:
        key = (o.citation.report_id, o.citation.quote)
        cited.setdefault(key, replace(o.citation, n=len(cited) + 1))
    renumbered = tuple(
        replace(o, citation=cited[(o.citation.report_id, o.citation.quote)]) for o in options
    )
    return renumbered, tuple(cited.values())
