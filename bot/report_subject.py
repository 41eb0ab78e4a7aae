"""A report picked by the document it is about ("báo cáo triển khai Kế hoạch 12/KH-UBND của Sở …
ký hôm nào?", "the report following up Resolution 45/NQ-HĐND: what date does it bear?"): the
field asked is the report's own; the document named after it is what the report reports on, a
selector, not the document asked (bot/report_facts.py keeps the reports whose text names it)."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.docref_answer import names_ref
from bot.docref_ask import as_typed, named_documents
from core.query import ParsedQuery
from core.text import fold
from index.docrefs import DOC_NUMBER
from index.generations import LoadedIndex
from index.metadata import Report

# The report noun, not where something is said ("trong báo cáo", "theo báo cáo", "in the
# report", "according to the report": a document named there may be the one asked).
_REPORT = re.compile(
    r"(?<!\btrong )(?<!\btheo )(?<!\btai )(?<!\bin )(?<!\bin the )(?<!\bin this )"
    r"(?<!\bfrom )(?<!\bfrom the )(?<!\bto )(?<!\bto the )(?<!\baccording to the )"
    r"(?<!\bper the )\b(?:bao cao|report)\b"
)
# Between the report and the document: the words that make the document its subject ("thực
# hiện", "triển khai", "về", "kết quả", "on", "implementing", "carrying out", "under").
_SUBJECT_WORDS = (
    r"thuc hien|trien khai|ve viec|ve|ket qua|tong ket|so ket|danh gia|theo doi|"
    r"on|about|regarding|concerning|implement\w*|carr(?:y|ies|ied|ying) out|execut\w*|"
    r"review\w*|assess\w*|under|pursuant to|following up|follow up"
)
# A document named: its type and number, or a number with its code ("77/kh-ubnd").
_DOCUMENT = re.compile(
    r"\b(?:ke hoach|quyet dinh|nghi quyet|chi thi|cong van|van ban|thong tu|nghi dinh|de an|"
    r"chuong trinh|plan|decision|resolution|directive|decree|circular|letter|dispatch|scheme|"
    r"project|programme|program)s?\b(?: (?:so|no\.?|number))? ?\d{1,5}\b|\b\d{1,5} ?/ ?[a-z]"
)
# At most this many words between the report noun and the document it is about: "báo cáo
# của Sở Thông tin và Truyền thông tỉnh … về việc triển khai …" names the agency between.
REPORT_TO_SUBJECT_WORDS = 14
_SUBJECT_SAID = re.compile(rf"\b(?:{_SUBJECT_WORDS})\b")


def without_documents(q: ParsedQuery) -> str:
    """The folded question without the numbers and codes of the documents it names
    (`DOC_NUMBER`): the issuer a code names ("77/KH-UBND") is that document's, not the
    report's agency."""
    out = q.folded
    for m in DOC_NUMBER.finditer(as_typed(q.text)):
        parts = [p for p in re.split(r"[\s/-]+", fold(m.group(0))) if p]
        out = re.sub(r"\b" + r"[\s/-]*".join(map(re.escape, parts)) + r"\b", " ", out)
    return out


def about_document(folded: str) -> bool:
    """Whether a (folded) question names a report by the document it is about: the first
    document after a report noun, a word saying it is the report's subject between them
    (`_SUBJECT_WORDS`), at most `REPORT_TO_SUBJECT_WORDS` words apart."""
    for m in _REPORT.finditer(folded):
        doc = _DOCUMENT.search(folded, m.end())
        if doc is None:
            return False
        between = folded[m.end() : doc.start()]
        if len(between.split()) <= REPORT_TO_SUBJECT_WORDS and _SUBJECT_SAID.search(between):
            return True
    return False


def subject_documents(q: ParsedQuery) -> tuple[str, ...]:
    """The documents (`named_documents` keys) a question names as what the report it asks
    about reports on (`about_document`); () when it names none that way."""
    return named_documents(q) if about_document(q.folded) else ()


class SubjectReports:
    """The reports whose text names the documents a question gives as their subject."""

    def __init__(self, index: LoadedIndex) -> None:
        self.index = index

    def steps(self, q: ParsedQuery) -> list[tuple[str, Callable[[Report], bool]]]:
        """The report selection's step (`ReportFacts.select`) for the documents the question
        gives as the subject: keep the reports whose text names one of them (labelled by the
        documents, for "not found"); none when it names no report by its subject."""
        keys = subject_documents(q)
        if not keys:
            return []
        ids = {r.report_id for r in self.index.docrefs() if any(names_ref(k, r) for k in keys)}
        return [(", ".join(keys), lambda r: r.id in ids)]
