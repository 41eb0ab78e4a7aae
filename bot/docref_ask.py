"""Whether a question asks about a document a report refers to — the number, date, issuer or
subject of a plan, decision, official letter or resolution ("Kế hoạch CCHC 2022 là kế hoạch
số mấy?", "under which decision…", "công văn 23/BNV-CCHC ban hành ngày nào?") — and what of it.

A report's own number is asked with "báo cáo" ("báo cáo số mấy?"): that stays with the
report-facts answerer unless another report named inside a report matches (see
bot/docref_answer.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.query import ParsedQuery
from index.docrefs import DOC_NUMBER, TYPE_WORDS, number_key

# Document types in English questions (folded), as the reports' folded type words.
ENGLISH_TYPES: dict[str, str] = {
    "action plan": "ke hoach", "plan": "ke hoach", "decision": "quyet dinh",
    "resolution": "nghi quyet", "directive": "chi thi", "decree": "nghi dinh",
    "circular": "thong tu", "official letter": "cong van", "official dispatch": "cong van",
    "dispatch": "cong van", "letter": "cong van", "notice": "thong bao",
    "conclusion": "ket luan", "document": "", "instruction": "huong dan",
}  # fmt: skip
# Vietnamese type words a question uses (folded), beyond the reports' own ("văn bản" is any).
_VI_TYPES = {**TYPE_WORDS, "van ban": "", "cong van": "cong van"}
_TYPES = {**_VI_TYPES, **ENGLISH_TYPES}
_TYPE_RE = re.compile(
    r"\b(" + "|".join(re.escape(k) for k in sorted(_TYPES, key=len, reverse=True)) + r")s?\b"
)

# What is asked of the document. Number: "số mấy", "số bao nhiêu", "số hiệu", "<type> nào",
# "what/which number", "under/in/by which <type>", "which <issuer> <type>" ("which Ministry of
# Finance decision": only an agency's words between); an electronic document ("e-document")
# is no type word asked.
_EN_ISSUER = (
    r"(?:(?:provincial |the )?(?:ministry|department|office|committee|agency) "
    r"(?:of (?:[a-z&]+ ){1,5}?)?)"
)
_EN_ASKED_TYPE = (
    r"(?<!\be )(?<![a-z]-)(?:plan|decision|resolution|directive|decree|circular|letter|dispatch|"
    r"document|notice)"
)
_ASK_NUMBER = re.compile(
    r"\b(so may|so bao nhieu|so hieu|ky hieu|so gi|la so nao|so nao)\b"
    r"|\b(?:" + "|".join(sorted(_VI_TYPES, key=len, reverse=True)) + r") nao\b"
    r"|\b(number|which (?:[a-z]+ ){0,2}?"
    + _EN_ASKED_TYPE
    + r"|which "
    + _EN_ISSUER
    + _EN_ASKED_TYPE
    + r"|what (?:[a-z]+ ){0,2}(?:plan|decision|resolution|"
    r"directive|decree|circular|letter|dispatch|document))\b"
)
_ASK_DATE = re.compile(
    r"\b(ngay nao|ngay may|ngay bao nhieu|khi nao|bao gio|thoi gian nao|ngay thang nao|"
    r"when|what date|which date|on what day)\b"
)
_ASK_ISSUER = re.compile(
    r"\b(co quan nao ban hanh|don vi nao ban hanh|ai ban hanh|do ai ban hanh|do co quan nao|"
    r"cua co quan nao|cua ai|co quan nao|who issued|issued by whom|which (?:agency|body|"
    r"authority|office) issued|who signed|issuer)\b"
)
_ASK_SUBJECT = re.compile(
    r"\b(ve viec gi|ve noi dung gi|ve van de gi|noi dung gi|noi dung la gi|ve gi|"
    r"what (?:is|was) [^?]{1,60}? about|about what|what does it cover)\b"
)
# A document named by its type and bare number ("Nghị quyết 76", "plan 58"): "76/nghi quyet".
_BARE = re.compile(
    r"\b(" + "|".join(re.escape(k) for k in sorted(_TYPES, key=len, reverse=True)) + r")s? "
    r"(?:so )?(\d{1,5})\b(?!\s*[/-]\s*\w)"
)
# A date or issuer asked of a document not named by number must be its issuing ("ban hành
# ngày nào", "when was … issued", "do cơ quan nào ban hành").
_ISSUED = re.compile(r"\b(ban hanh|ky|issued|issue date|dated|signed|issuer|promulgated)\b")
# A count of documents ("bao nhiêu quyết định", "how many plans") is a figure question.
_COUNT = re.compile(
    r"\b(bao nhieu|so luong|how many)\s+(?:[a-z]+\s+){0,2}?("
    + "|".join(sorted(_TYPES, key=len, reverse=True))
    + r")s?\b"
    # "the number of plans" counts; "the number of the plan" asks its number
    r"|\bnumber of (?:(?!the |this |that )[a-z]+\s+){0,2}?(?:"
    + "|".join(sorted(ENGLISH_TYPES, key=len, reverse=True))
    + r")s\b"
)


# A generic "document" that is the report itself ("số văn bản của báo cáo …", "văn bản báo cáo
# … số hiệu", "the document number of the … report"): the report's own number, not a document
# it names ("báo cáo … theo văn bản số mấy" asks the latter; "the document number of the plan
# the report cites" names another type between).
# Every report as a span of time ("qua các kỳ báo cáo", "trong các báo cáo", "across the
# reports", "over the reporting periods"): a timeline, not a report asked about.
ACROSS_REPORTS = re.compile(
    r"\b(?:qua|trong|o|giua) (?:cac|nhung) (?:ky )?bao cao\b|"
    r"\b(?:across|over|in) (?:the|all the|both|each of the) (?:reporting periods|reports)\b"
)
_GENERIC_IS_REPORT = re.compile(
    r"\bvan ban(?: (?:so|cua))?(?: [a-z0-9&'.]+){0,2}? bao cao\b"
    # (the report described at length: "… and issue date of Ha Tinh's Q1 2019 admin reform
    # communications report")
    r"|\b(?:doc|document|reference|official) (?:number|no)\b(?: [a-z0-9&'’.-]+){0,16}? reports?\b"
)

# Several documents asked for ("những văn bản nào", "which plans"): a list question.
_LIST = re.compile(
    r"\b(nhung|cac|liet ke|ke ten)\b(?: [a-z0-9]+){0,3}? (?:"
    + "|".join(sorted(_VI_TYPES, key=len, reverse=True))
    + r")\b|\b(?:which|what|list(?: the)?) (?:[a-z]+ ){0,2}?(?:"
    + "|".join(sorted(ENGLISH_TYPES, key=len, reverse=True))
    + r")s\b"
)


@dataclass(frozen=True)
class DocAsk:
    """What a question asks about a referred-to document."""

    field: str  # "number" | "date" | "issuer" | "subject"
    kind: str  # the asked type, folded ("ke hoach"); "" when any
    # document numbers the question names (number_key), or "76/nghi quyet" for a type and a
    # bare number
    named: tuple[str, ...] = ()
    about_report: bool = False  # the asked type is "báo cáo": maybe the report itself
    # only the document the report asked about answers (bot/docref_report.basis_ask: "which
    # request was it written in response to?"), no other document it names
    basis: bool = False


def read_docref(q: ParsedQuery) -> DocAsk | None:
    """The document question a parsed question asks, or None."""
    folded = q.folded
    named = named_documents(q)
    # "qua các kỳ báo cáo": the reports as time, not a list of reports asked
    if _COUNT.search(folded) or _LIST.search(ACROSS_REPORTS.sub(" ", folded)):
        return None
    field = ""
    if _ASK_ISSUER.search(folded):
        field = "issuer"
    elif _ASK_SUBJECT.search(folded):
        field = "subject"
    elif _ASK_DATE.search(folded):
        field = "date"
    elif _ASK_NUMBER.search(folded):
        field = "number"
    if not field:
        return None
    kinds = _asked_types(folded)
    # "khi nào", "của ai", "số mấy" without a type word ("kế hoạch … ban hành ngày nào?") or
    # a document number named are not about a document
    if not kinds and (field == "number" or not named):
        return None
    if not named and (field == "subject" or (field in ("date", "issuer")
                                             and not _ISSUED.search(folded))):  # fmt: skip
        # "kế hoạch … hoàn thành khi nào?", "kế hoạch … giao cơ quan nào?", "kế hoạch … có
        # những nội dung gì?" ask about the work, not the document
        return None
    kind = kinds[0] if kinds else ""
    if field == "number":
        named = ()  # "triển khai Chỉ thị 02/CT-TTg bằng công văn số mấy": its subject
    if not kind and field == "number" and _generic_is_report(folded):
        kind = "bao cao"
    if kind == "bao cao" and not named:
        return DocAsk(field, kind, named, about_report=True)
    return DocAsk(field, kind, named)


def of_basis(ask: DocAsk, folded: str) -> DocAsk:
    """A number asked of the document a report answers (bot/docref_report.asks_basis) read as
    the report's own ("báo cáo … thực hiện theo kế hoạch … số mấy": "báo cáo" nearest the asking
    words only as the one asked about): the other type the question asks, any when none, and
    only from the report's opening (`DocAsk.basis`), never the report's own number."""
    kind = ask.kind
    if ask.about_report:
        kinds = [k for k in _asked_types(folded) if k != "bao cao"]
        kind = kinds[0] if kinds else ""
    return DocAsk(ask.field, kind, ask.named, basis=True)


def as_typed(text: str) -> str:
    """A question typed all in lower case ("quyet dinh 12/qd-ubnd") in capitals, so that its
    document codes read as codes (`DOC_NUMBER` knows them by their capitals)."""
    return text.upper() if text == text.lower() else text


def named_documents(q: ParsedQuery) -> tuple[str, ...]:
    """The documents a question names: their numbers (`number_key`), or "76/nghi quyet" for a
    type and a bare number; never a report ("báo cáo số 77": the report facts')."""
    text = as_typed(q.text)
    named_spans = [(m.start(), m.end()) for m in DOC_NUMBER.finditer(text)]
    return tuple(number_key(text[a:b]) for a, b in named_spans) + tuple(
        f"{int(m.group(2))}/{_TYPES[m.group(1)]}" for m in _BARE.finditer(q.folded)
        if _TYPES[m.group(1)] != "bao cao"
    )  # fmt: skip


def _generic_is_report(folded: str) -> bool:
    """Whether a generic "document"/"văn bản" asked is the report itself
    (`_GENERIC_IS_REPORT`), no other document type named between the two."""
    m = _GENERIC_IS_REPORT.search(folded)
    if m is None:
        return False
    between = [_TYPES[t.group(1)] for t in _TYPE_RE.finditer(m.group(0))]
    return all(t in ("", "bao cao") for t in between)


# "văn bản" or another type word right before "hướng dẫn": "văn bản hướng dẫn", "công văn
# hướng dẫn" is a document (of that type) that guides, not a "Hướng dẫn".
_GUIDING = re.compile(
    r"\b(?:van ban|" + "|".join(re.escape(k) for k in sorted(TYPE_WORDS, key=len, reverse=True)
                        if TYPE_WORDS[k] not in ("huong dan", "bao cao")) + r") $"
)


# A rate after an English type word makes it the act, not a document: a "resolution rate" is
# a share resolved ("tỷ lệ giải quyết"), no Nghị quyết.
_A_MEASURE_OF_IT = re.compile(r"\s+(?:rates?|ratios?|percentages?)\b")


def _asked_types(folded: str) -> list[str]:
    """The document types a question asks about, first the one nearest the asking words;
    a type followed by a number ("Chỉ thị 02/CT-TTg") names a known document, not the one
    asked."""
    found: list[tuple[int, str]] = []
    for m in _TYPE_RE.finditer(folded):
        if _GUIDING.search(folded[: m.start()]) and _TYPES[m.group(1)] == "huong dan":
            continue  # "văn bản hướng dẫn": a guiding document of any type, not a "Hướng dẫn"
        after = folded[m.end() : m.end() + 12]
        if _A_MEASURE_OF_IT.match(after):
            continue  # "the land dispute resolution rate": a share resolved, no Resolution
        if re.match(r"\s*(?:so\s*)?\d", after) and not re.match(r"\s*so (?:may|bao)", after):
            continue
        found.append((m.start(), _TYPES[m.group(1)]))
    if not found:
        return []
    ask = _ASK_NUMBER.search(folded)
    if ask is not None:
        # the type right before the asking words ("… bằng công văn số mấy"), else the first
        before = [t for t in found if t[0] <= ask.start()]
        if before and ask.start() - before[-1][0] < 20:
            found.remove(before[-1])
            found.insert(0, before[-1])
    return [k for _, k in found]
