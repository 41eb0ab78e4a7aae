"""What was done to the documents a figure counts, against what the question asks: "how many
decisions did the province issue" is not answered by "tự kiểm tra 21 văn bản QPPL, trong đó có
14 quyết định … 07 quyết định QPPL ban hành …" (documents checked; "ban hành" there only says
when the checked ones were issued). The action that governs a count is the last one written
before it, back to its clause's start; for an item of a breakdown ("trong đó", "gồm", "("),
the last one before the breakdown opens, where its headline's verb stands."""

from __future__ import annotations

import re

from bot import counted
from bot.nearest import nearest_not_found, stated
from core.query import ParsedQuery
from core.result import Answer
from core.text import fold

# What is done to documents, as the reports write it (folded); English verbs as those words.
_ACTIONS = ("ban hanh", "kiem tra", "ra soat", "tham dinh", "cong bo", "bai bo", "sua doi", "gop y")
_ENGLISH = {
    "issue": "ban hanh", "issued": "ban hanh", "promulgate": "ban hanh", "promulgated": "ban hanh",
    "check": "kiem tra", "checked": "kiem tra", "inspect": "kiem tra", "inspected": "kiem tra",
    "examined": "kiem tra", "review": "ra soat", "reviewed": "ra soat", "appraise": "tham dinh",
    "appraised": "tham dinh", "publish": "cong bo", "published": "cong bo", "announced": "cong bo",
    "abolish": "bai bo", "abolished": "bai bo", "annulled": "bai bo", "amend": "sua doi",
    "amended": "sua doi",
}  # fmt: skip
# How an answer names each action: (English, Vietnamese).
_SHOWN = {
    "ban hanh": ("issued", "ban hành"), "kiem tra": ("checked", "kiểm tra"),
    "ra soat": ("reviewed", "rà soát"), "tham dinh": ("appraised", "thẩm định"),
    "cong bo": ("announced", "công bố"), "bai bo": ("abolished", "bãi bỏ"),
    "sua doi": ("amended", "sửa đổi"), "gop y": ("commented on", "góp ý"),
}  # fmt: skip
_VI = re.compile(r"\b(" + "|".join(_ACTIONS) + r")\b")
_EN = re.compile(r"\b(" + "|".join(sorted(_ENGLISH, key=len, reverse=True)) + r")\b")
# Counts of documents: the kinds a report names and documents at large.
_DOCUMENTS = counted.DOCUMENT_KINDS | {"van ban"}
# Where a clause starts (a count's verb is not looked for before it) and a breakdown opens.
_CLAUSE_START = re.compile(r"[.;:!?]\s|^")
_OPENER = re.compile(r"\btrong (?:do|so)\b|\bgom\b|\(")


def asked_action(folded_question: str) -> str:
    """The one document action the question names (English as the reports' words); ""
    when it names none or several."""
    said = {m.group(1) for m in _VI.finditer(folded_question)}
    said |= {_ENGLISH[m.group(1)] for m in _EN.finditer(folded_question)}
    return next(iter(said)) if len(said) == 1 else ""


def governing_action(quote: str, figure: str) -> str:
    """The document action that governs the figure's count in its line (see the module's
    docstring); "" when none is written before it."""
    folded = fold(quote)
    at = re.search(rf"(?<![\d.,]){re.escape(fold(figure))}(?![\d])", folded)
    if at is None:
        return ""
    before = folded[: at.start()]
    starts = [m.end() for m in _CLAUSE_START.finditer(before)]
    span = before[starts[-1] if starts else 0 :]
    opened = list(_OPENER.finditer(span))
    if opened:
        span = span[: opened[0].start()]  # the headline's words, before its breakdown opens
    found = _VI.findall(span)
    return found[-1] if found else ""


def other_action(q: ParsedQuery, ans: Answer, language: str) -> Answer | None:
    """ "Not found" in place of a figure (or of candidates) counting documents another action
    was done to than the asked one ("kiểm tra" for "ban hành"); None when the answer stands."""
    if counted.asked_noun(q.folded) not in _DOCUMENTS:
        return None
    asked = asked_action(q.folded)
    pairs = stated(ans)
    if not asked or not pairs:
        return None
    done = [governing_action(c.quote, f) for f, c in pairs]
    if not all(d and d != asked for d in done):
        return None
    (fig, cit), (en, vi) = pairs[0], _SHOWN[done[0]]
    text = (
        f"Not found: the reports give no such count; the nearest figure, {fig}, counts "
        f"documents {en} [1]."
        if language == "en"
        else f"Không tìm thấy: các báo cáo không nêu số liệu này; số liệu gần nhất, {fig}, là số "
        f"văn bản được {vi} [1]."
    )
    return nearest_not_found(q, text, cit, language)


# What is done to procedures, a part of those a province manages: its announcing decisions
# ("công bố"), new, amended, replaced or abolished ones. English verbs as those words.
_PROCEDURE_ACTIONS = ("cong bo", "ban hanh", "sua doi", "bo sung", "thay the", "bai bo", "moi")
_PROCEDURE_VI = re.compile(r"\b(" + "|".join(_PROCEDURE_ACTIONS) + r")\b")
# English verbs (by their first four letters) as the reports' words.
_EN_ACTION = {"anno": "cong bo", "publ": "cong bo", "issu": "ban hanh", "amen": "sua doi",
              "abol": "bai bo", "annu": "bai bo", "prom": "ban hanh", "repl": "thay the",
              "newl": "ban hanh"}  # fmt: skip
_PROCEDURE_EN = re.compile(
    r"\b(announc(?:e|ed|es|ing)|publish(?:ed|es|ing)?|issu(?:e|ed|es|ing)|amend(?:ed|s|ing)?|"
    r"abolish(?:ed|es|ing)?|annulled|promulgated|replaced|newly)\b"
)
# Words that put the actions after them as asked for, not done ("đề nghị sửa đổi, bổ sung 5
# TTHC": proposed for amendment), with the run of actions they govern ("sửa đổi, bổ sung").
_PROPOSING = r"(?:de nghi|kien nghi|du kien|proposed|recommended)"
_PROPOSED = re.compile(
    rf"\b{_PROPOSING}\s+(?:(?:{'|'.join(_PROCEDURE_ACTIONS)})(?:\s*(?:,|va|hoac|/)\s*)?)+"
)
# The count nouns of procedures (`counted.asked_noun` reads "TTHC" as "thu tuc").
# A question asking of proposals in any form ("đề xuất", "propose", "recommendation"): the
# proposed actions are then what it counts.
_ASKS_PROPOSALS = re.compile(r"\b(?:de nghi|kien nghi|de xuat|du kien|propos|recommend|suggest)")
_PROCEDURE_COUNTS = frozenset({"thu tuc", "thu tuc hanh chinh", "tthc"})


def _says_done(asked: set[str], folded_question: str, quote: str) -> bool:
    """Whether `quote` says an asked action done; an action only proposed ("đề nghị sửa đổi")
    is not done unless the question asks of proposals in any form (`_ASKS_PROPOSALS`)."""
    line = fold(quote)
    if not _ASKS_PROPOSALS.search(folded_question):
        line = _PROPOSED.sub(" ", line)
    said = set(_PROCEDURE_VI.findall(line))
    return bool(asked & said)


def procedure_action_unsaid(q: ParsedQuery, ans: Answer, language: str) -> Answer | None:
    """ "Not found" in place of a figure (or of candidates) asked of procedures an action was
    done to ("how many procedures were announced / amended / abolished") whose line names no
    action asked: the total under the province's management (e.g. "tổng số TTHC thuộc thẩm
    quyền: 300") is not the part announced in the period. None when the answer stands."""
    if counted.asked_noun(q.folded) not in _PROCEDURE_COUNTS:
        return None
    asked = {m.group(1) for m in _PROCEDURE_VI.finditer(q.folded)} - {"moi"}
    asked |= {_EN_ACTION[m.group(1)[:4]] for m in _PROCEDURE_EN.finditer(q.folded)}
    pairs = stated(ans)
    if not asked or not pairs:
        return None
    if any(_says_done(asked, q.folded, c.quote) for _, c in pairs):
        return None  # a line saying an asked action: "đề nghị sửa đổi 5 TTHC" is no abolished count
    fig, cit = pairs[0]
    shown = "cong bo" if "cong bo" in asked else sorted(asked)[0]
    en, vi = _SHOWN.get(shown, ("acted on", "xử lý"))
    text = (
        f"Not found: the reports give no count of procedures {en}; the nearest figure, {fig}, "
        f"is not said of that [1]."
        if language == "en"
        else f"Không tìm thấy: các báo cáo không nêu số thủ tục được {vi}; số liệu gần nhất, "
        f"{fig}, không nói về việc đó [1]."
    )
    return nearest_not_found(q, text, cit, language)
