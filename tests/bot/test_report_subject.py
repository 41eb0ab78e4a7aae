"""A report picked by the document it reports on: the field asked is the report's own, the
document's number keeps the reports whose text names it; a document named where something is
said ("trong báo cáo …") is still the one asked. Made-up reports and the author's wordings."""

from __future__ import annotations

from dataclasses import replace

from bot.docref_ask import read_docref
from bot.intents import report_fields
from bot.report_facts import ReportFacts
from bot.report_subject import (
    REPORT_TO_SUBJECT_WORDS,
    about_document,
    subject_documents,
    without_documents,
)
from core.query import parse_query
from tests.helpers.mini_index import REPORT, mini_corpus

ON_PLAN = (
    "Báo cáo của Sở Nội vụ tỉnh Bình Phước thực hiện Kế hoạch 77/KH-UBND được ký ngày nào?",
    "bao cao ve trien khai quyet dinh 1234/qd-ubnd ngay may",
    "On what date was the province's report executing Decision 1234/QD-UBND signed?",
    "What is the date of the report carrying out Plan 77/KH-UBND?",
    "Report reviewing Resolution 9/NQ-HDND: which date was it signed?",
)


def test_a_report_named_by_its_subject_asks_the_reports_field() -> None:
    for text in ON_PLAN:
        q = parse_query(text)
        assert about_document(q.folded), text
        assert subject_documents(q), text
        assert report_fields(q.folded) == ("date",), text
    agency = "cua so thong tin va truyen thong tinh binh phuoc"  # between report and document
    assert len(agency.split()) <= REPORT_TO_SUBJECT_WORDS


def test_a_document_named_where_something_is_said_is_the_one_asked() -> None:
    for text in (
        "Trong báo cáo của Bình Phước, Kế hoạch 77/KH-UBND ban hành ngày nào?",
        "In the report, when was Decision 1234/QD-UBND issued?",
        "Kế hoạch 77/KH-UBND ban hành ngày nào?",
        "The report cites Decision 1234/QD-UBND; when was that decision issued?",
    ):
        q = parse_query(text)
        assert not subject_documents(q), text
        assert read_docref(q) is not None, text


def test_a_documents_code_names_no_agency_of_the_report() -> None:
    q = parse_query("Report on Decision 1234/QD-UBND and Official Letter 56/BNV-CCHC")
    kept = without_documents(q)
    assert "ubnd" not in kept
    assert "bnv" not in kept
    assert "decision" in kept


def test_the_report_naming_the_document_is_the_one_selected() -> None:
    first = replace(REPORT, id="t001", number="77/BC-SNV", date="2022-07-05")
    second = replace(REPORT, id="t002", file="t002.txt", number="88/BC-SNV", date="2022-12-20")
    index = mini_corpus([
        (first, "BÁO CÁO\nThực hiện Kế hoạch số 77/KH-UBND ngày 02/01/2022 của UBND tỉnh, kết quả như sau.\n"),
        (second, "BÁO CÁO\nThực hiện Công văn số 56/BNV-CCHC ngày 03/3/2022 của Bộ Nội vụ, kết quả như sau.\n"),
    ])  # fmt: skip
    facts = ReportFacts(index)
    q = parse_query("Báo cáo của Bình Phước thực hiện Kế hoạch 77/KH-UBND ký ngày nào?")
    reports, _ = facts.select(q, q.provinces)
    assert [r.id for r in reports] == ["t001"]
    q = parse_query("Báo cáo của Bình Phước thực hiện Kế hoạch 99/KH-UBND ký ngày nào?")
    reports, missing = facts.select(q, q.provinces)
    assert reports == []
    assert "99/kh-ubnd" in missing
