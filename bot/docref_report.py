"""The document a report itself reports on: "report no. 98 – which decision is it reporting
on?", "Báo cáo số 342 báo cáo kết quả thực hiện kế hoạch nào?", or answers: the one that asked
for it, that it carries out or rests on ("which letter does the report reply to?", "báo
cáo lập theo công văn nào?"). A report says so in its title and its opening
lines ("Căn cứ Quyết định số …", "Thực hiện Công văn số …"). `answered` takes the documents
of the asked type the opening names so: the first whose issuer the question names (its type
word with it: "Bộ …" is no "Sở …"), else the first; None when the question names another
issuer none of them has. Not the best match of the question's words among every document the
reports name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.docref_ask import DocAsk
from bot.docref_words import asked_phrases, issuer_phrase, names_issuer
from core.query import ParsedQuery
from core.text import fold
from index.docrefs import DocRef
from index.generations import LoadedIndex
from index.lexical import tokenize

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
# The question asks what a report follows up on, the report the verb's subject (folded): "the
# Lao Cai autumn report is following up on what directive?", "what plan does report 12 follow
# up?", "which decision is the spring report reporting on?". The report may be named by its
# province and period (`asked_report`), unlike `_REPORTS_ON`, whose "report on" may be a noun
# ("the report on training cites which plan?").
_FOLLOWS_UP = re.compile(
    r"\breports?(?: \d{1,4}(?:/[a-z0-9-]+)?)? (?:is |was )?(?:reporting (?:on|about)|following up)\b"
    r"|\b(?:does|did) (?:[a-z0-9/'-]+ ){0,8}?(?:report|it)(?: (?:no\.?|number))?(?: \d{1,4})?"
    r"(?: (?:of|for|from) (?:[a-z0-9/]+ ){0,2}?[a-z0-9/]+)? (?:follow up|report (?:on|about))\b"
)
# The question asks for the document the report answers (folded): the one that requested it,
# that it carries out, or that it rests on; the report noun the subject or object of that verb
# ("báo cáo của Sở … được lập theo công văn nào", "văn bản nào yêu cầu … lập báo cáo", "which
# decision was the report drawn up under", "the letter that called for the report"), not a
# report said elsewhere ("báo cáo cho biết tỉnh đã triển khai văn bản nào": what the province
# did; "based on the report, …").
# Words between the report noun and its verb: who, where and when, no clause of its own.
# Up to twelve of them, a comma allowed after one ("báo cáo của Sở … về Đề án …, … lập theo").
_GAP = (
    r"(?: (?!(?:cho|biet|neu|ghi|de(?! an)|da|dang|se|ma|khi|thi|la|noi|on|about|which|what|that|"
    r"did|does|has|have)\b)[a-z0-9/.'-]+,?){0,12}?"
)
_TYPES_VI = (
    r"(?:(?:mot )?(?:van ban|cong van|ke hoach|quyet dinh|nghi quyet|chi thi|huong dan|"
    r"thong bao|de an|chuong trinh))"
)
# The verbs of making a report, in English any that says it was made ("written", "done",
# "drafted", "put together") before what it answers ("under", "in response to").
_BASIS_ASKED = re.compile(
    r"\bbao cao" + _GAP + r" (?:(?:duoc )?(?:lap|viet|xay dung|gui|lam|ban hanh) theo|"
    r"theo yeu cau|tra loi|(?:thuc hien|trien khai|can cu(?: vao)?|theo)(?: theo)? "
    + _TYPES_VI
    # (a type with its number, "triển khai Kế hoạch 45", names the document: not the one asked)
    + r"(?! \d)"
    # the type's own words between it and the asking words ("kế hoạch CCHC năm 2022 số mấy")
    + r"(?: [a-z0-9]+){0,6}? (?:nao|so may|gi))\b"
    r"|\b(?:lap|viet|xay dung|gui|lam) bao cao" + _GAP + r" (?:theo|can cu)\b"
    r"|\byeu cau (?:[a-z]+ ){0,8}?(?:bao cao|lap bao cao)\b"
    r"|\breports?" + _GAP + r" (?:(?:was|is|has been|were) )?(?:"
    r"(?:written|prepared|drawn up|compiled|made|produced|submitted|sent|issued|done|drafted|"
    r"put together) (?:in (?:response|"
    r"reply) to|under|following|according to|pursuant to|on the basis of|at the request of|as "
    r"(?:requested|required|asked) (?:by|in))|based on|a (?:response|reply) to|in (?:response|reply) "
    r"to|respond(?:s|ed|ing)? to|repl(?:y|ies|ied|ying) to|answer(?:s|ed|ing)?|implement(?:s|ed|ing)?|"
    r"carr(?:y|ies|ied|ying) out|(?:requested|asked for|called for|required|ordered) by)\b"
    # ("which request(s) did the report make", "the requests the report makes / raises": the
    # report's own requests, not one that asked for it)
    r"|\b(?<!which )(?<!what )(?:request|requested|requests|asked for|called for|required|ordered|"
    r"prompted) (?:[a-z0-9']+ ){0,6}?reports?\b(?! on\b)"
    r"(?! (?:[a-z0-9']+ ){0,2}?(?:make|makes|made|making|propose|proposes|proposed|raise|raises|"
    r"raised|put|puts|sets? out|lists?|contains?)\b)"
    r"|\b(?:in (?:response|reply) to|under|pursuant to|following|according to|on the basis of|"
    r"at the request of) (?:which|what|whose) (?!reports?\b)(?:[a-z0-9']+ ){0,8}?reports?\b"
    # "at whose request was … written", "on whose instructions did … report"
    r"|\b(?:at|on) whose (?:request|instruction|order|behest)s?\b"
    # "which letter asked the department for report 98"
    r"|\b(?:asked|requested|required) (?:[a-z0-9']+ ){1,8}?for (?:the |its |their |a |this )?"
    r"reports?\b"
    r"|\b(?:ask|request|instruct|direct|requir)\w* (?:[a-z0-9']+ ){1,6}?to (?:write|prepare|"
    r"submit|send|compile|produce|draw up) (?:[a-z0-9']+ ){0,4}?reports?\b"
)
# A clause that names a document as what the report answers: "Thực hiện", "Căn cứ", "Theo",
# "Triển khai" right before its type word (the document's context, folded, may run on from
# the title), not the work the document itself asks for ("… về việc báo cáo kết quả triển
# khai thực hiện Quyết định số …").
_BASIS_CLAUSE = re.compile(
    r"(?<!ket qua )(?<!trien khai )(?<!viec )(?<!ve )\b"
    r"(thuc hien|can cu(?: vao)?|theo|trien khai)(?: [a-z]+){1,3}?(?: so)?$"
)
# What the report rests on ("Căn cứ …") is asked apart from what it carries out or was asked
# for ("Thực hiện …", "Theo …"): a report may open with both.
_RESTS_ON_VERB = "can cu"
_RESTS_ON_ASKED = re.compile(r"\b(?:can cu|based on|(?:on the )?basis of|pursuant to)\b")
# "Hướng dẫn" asked of what a report answers is a role ("theo hướng dẫn nào"), not only the type.
_GUIDANCE = "huong dan"
# The question asks for the document by its role, not by a type word: "which request", "what
# guidance", "at whose request", "văn bản / yêu cầu / hướng dẫn nào", "của ai". Up to four words
# between: an issuer's English name before the role ("which Ministry of Finance letter").
_ROLE_ASKED = re.compile(
    r"\b(?:which|what)(?: [a-z]+){0,4}? (?:request|guidance|guideline|instruction|document|"
    r"letter|text|order|basis|paper)s?\b|\bwhose\b|\bwho (?:asked|requested|ordered|required)\b"
    r"|\b(?:van ban|yeu cau|huong dan|chi dao)(?: [a-z]+){0,3}? (?:nao|gi|so may)\b"
    r"|\b(?:cua ai|ai yeu cau)\b"
)
# The report's opening: its title and first lines, in its first chunks (the first may hold
# only the letterhead and the title).
OPENING_CHUNKS = 2


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


def asks_basis(folded: str) -> bool:
    """Whether a question asks for the document a report answers (`_BASIS_ASKED`): the one
    that requested it, that it carries out or rests on."""
    return bool(_BASIS_ASKED.search(folded))


def basis_ask(q: ParsedQuery) -> DocAsk | None:
    """A question for the document a report answers (`asks_basis`) by its role, no type word
    read (`_ROLE_ASKED`: "which request was the report written in response to?"): its number,
    only from the report's opening (`DocAsk.basis`); None otherwise."""
    if not (asks_basis(q.folded) and _ROLE_ASKED.search(q.folded)):
        return None
    return DocAsk("number", "", basis=True)


def asked_report(index: LoadedIndex, q: ParsedQuery) -> str:
    """The id of the one report a question asks about: named by its own number, else the only
    report of the provinces, years and quarter it names (the period alone names it when one
    report is of that period: "báo cáo quý I/2019 …"); "" when none or several fit."""
    rid = named_report(index, q)
    if rid or not (q.provinces or q.years):
        return rid
    found = [
        r.id for r in index.reports.values()
        if (not q.provinces or r.province in q.provinces) and (not q.years or r.year in q.years)
        and (not q.quarter or r.quarter == q.quarter)
    ]  # fmt: skip
    return found[0] if len(found) == 1 else ""


def opening_refs(
    index: LoadedIndex, q: ParsedQuery, kind: str, refs: Sequence[DocRef], either: bool = False
) -> list[DocRef]:
    """The documents of the asked type (`kind`, folded; "" for any) that the opening of the
    report asked about names, in the report's order, when the question asks what that report
    reports on (the report named by its number) or what it answers (`asks_basis`: only the
    documents its opening clauses carry out or rest on; the report may be named by its
    province and period); [] otherwise. `either`: what it rests on and what it carries out
    alike."""
    rid = named_report(index, q) if _REPORTS_ON.search(q.folded) else ""
    if not rid and _FOLLOWS_UP.search(q.folded):
        rid = asked_report(index, q)
    whole = bool(rid)  # what it reports on: any document its opening names
    if not rid and asks_basis(q.folded):
        rid = asked_report(index, q)
    if not rid:
        return []
    opening = sorted(i for i, c in enumerate(index.chunks) if c.report_id == rid)[:OPENING_CHUNKS]
    ids = {index.chunks[i].id for i in opening}
    found = [
        r for r in refs
        if r.report_id == rid and r.chunk_id in ids
        and (whole or _BASIS_CLAUSE.search(r.context_folded))
    ]  # fmt: skip
    typed = [r for r in found if not kind or kind in (r.kind, r.code_kind)]
    # "theo hướng dẫn nào": the guidance a report answers is whatever document guided it
    found = typed if typed or kind != _GUIDANCE else found
    if not whole and not either:  # what it rests on, or carries out, as the question asks
        rests = bool(_RESTS_ON_ASKED.search(q.folded))
        verb = [r for r in found if _basis_verb(r).startswith(_RESTS_ON_VERB) == rests]
        # an opening with only the other verb still names what the report answers ("pursuant
        # to which plan?" of one that opens "Thực hiện Kế hoạch số …")
        found = verb or found
    found.sort(key=lambda r: (index.position[r.chunk_id], r.span_start))
    return found


def _basis_verb(ref: DocRef) -> str:
    """The verb that makes a reference what its report answers ("thuc hien", "can cu"), or
    "" when its clause does not (`_BASIS_CLAUSE`)."""
    m = _BASIS_CLAUSE.search(ref.context_folded)
    return m.group(1) if m else ""


def answered(
    index: LoadedIndex, q: ParsedQuery, kind: str, refs: Sequence[DocRef],
    every: Sequence[DocRef],
) -> DocRef | None:  # fmt: skip
    """The document the report asked about reports on or answers (`opening_refs`): the first
    whose issuer the question names, else the first; None when the question names an issuer
    none of them has, other than the report's own agency (an issuer of any of `every`)."""
    found = opening_refs(index, q, kind, refs)
    if not found:
        return None
    places = {w for r in index.reports.values() for w in tokenize(fold(r.province))}
    asked = asked_phrases(q, places)
    named = [r for r in found if names_issuer(issuer_phrase(r.issuer, places), asked)]
    if named:
        return named[0]
    own = f" {issuer_phrase(index.reports[found[0].report_id].agency, places)} "
    others = {issuer_phrase(r.issuer, places) for r in every}
    if any(names_issuer(w, asked) and f" {w} " not in own for w in others):
        return None
    return found[0]
