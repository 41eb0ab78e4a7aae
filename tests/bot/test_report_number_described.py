"""A report's number asked of a report described by its agency, subject and period in
English (the agency possessive, "doc no.", "what's its number"), answered from the report's
own facts; a report that prints no number says so rather than offering documents it cites.
Questions written here; the mini reports are made up in the reports' style."""

from __future__ import annotations

import pytest

from bot.answer import AnswerService
from bot.intents import report_fields
from bot.report_facts import ReportFacts
from core.query import parse_query
from index.metadata import Report
from tests.helpers.mini_index import mini_corpus


@pytest.mark.parametrize(
    "question",
    [
        "What's the doc number of the Binh Phuoc ICT department's report on online services for H1 2022?",
        "doc no. of the Lam Dong provincial People's Committee report on reform 2021",
        "the Binh Phuoc People's Committee's 2022 annual reform report - what's its number?",
        "number of the Binh Phuoc Department of Information and Communications' first-half report",
        "What is the document number of the Lam Dong home affairs department's report for Q2 2021?",
    ],
)
def test_a_described_reports_number_is_a_report_fact(question: str) -> None:
    assert "number" in report_fields(parse_query(question).folded)


@pytest.mark.parametrize(
    "question",
    [
        "How many dossiers were received in the Binh Phuoc report?",
        "doc no. 12 of the Binh Phuoc plan: what does it say about training?",
    ],
)
def test_a_count_or_a_number_named_is_not_asked(question: str) -> None:
    assert "number" not in report_fields(parse_query(question).folded)


def _report(rid: str, agency: str, number: str, year: int, quarter: int, period: str) -> Report:
    return Report(rid, f"{rid}.txt", province="Bình Phước", agency=agency, number=number,
                  date=f"{year}-07-05" if number else "", year=year, quarter=quarter,
                  period=period)  # fmt: skip


BODY = "BÁO CÁO\nKết quả cải cách hành chính\nI. KẾT QUẢ\nĐã tiếp nhận 1.204 hồ sơ.\n"
REPORTS = [
    _report("t001", "UBND tỉnh Bình Phước", "12/BC-UBND", 2022, 0, "Năm 2022"),
    _report("t002", "Sở Thông tin và Truyền thông Bình Phước", "45/BC-STTTT", 2022, 0,
            "6 tháng đầu năm 2022"),
    _report("t003", "Sở Thông tin và Truyền thông Bình Phước", "", 2020, 1, "Quý I/2020"),
    _report("t004", "Văn phòng UBND tỉnh Bình Phước", "88/BC-VPUBND", 2022, 3, "Quý III/2022"),
]


@pytest.fixture(scope="module")
def facts() -> ReportFacts:
    return ReportFacts(mini_corpus([(r, BODY) for r in REPORTS]))


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("What's the number of the provincial People's Committee's 2022 report?", ["t001"]),
        ("doc number of the ICT department's report for 2022", ["t002"]),
        ("number of the Department of Information and Communications report for H1 2022", ["t002"]),
        ("document no of the Office of the People's Committee report, third quarter 2022", ["t004"]),
        ("the People's Committee office report for 2022 - what's its number?", ["t004"]),
        ("doc number of the ICT dept report for Q1 2020", ["t003"]),
    ],
)
def test_the_agency_named_in_english_selects_its_report(
    facts: ReportFacts, question: str, ids: list[str]
) -> None:
    reports, _ = facts.select(parse_query(question), ())
    assert [r.id for r in reports] == ids


def test_a_report_without_a_number_says_so(facts: ReportFacts) -> None:
    q = parse_query("What's the doc number of the Binh Phuoc ICT department's Q1 2020 report?")
    ans = facts.answer(q, ("number",), ("Bình Phước",), "en")
    assert "does not give its number" in ans.text, ans.text
    assert "**" not in ans.text


def test_the_number_and_date_of_a_report_without_them_are_its_own(service: AnswerService) -> None:
    # "document number" names no other type of document: the report's own fields, not a plan
    # the unnumbered report cites
    ans = service.answer("Give the document number and signing date of the Ha Tinh ICT "
                         "department's reform communications report for the first quarter of 2019")  # fmt: skip
    assert ans.intent == "report_fact", ans.text
    assert "not given" in ans.text, ans.text
    assert "/KH-" not in ans.text
