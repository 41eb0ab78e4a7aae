"""The document a report reports on is the one its opening names (bot/docref_report.py).
Report text written for the test, in the reports' style."""

from __future__ import annotations

import pytest

from bot.docref_report import _REPORTS_ON, answered, named_report, opening_refs
from core.query import parse_query
from index.docrefs import DocRef, extract_docrefs
from index.generations import LoadedIndex
from tests.helpers.mini_index import mini_index

TEXT = """BÁO CÁO
Kết quả thực hiện Đề án phát triển dịch vụ công trực tuyến tỉnh Bình Phước năm 2022
Căn cứ Quyết định số 412/QĐ-UBND ngày 02/3/2022 của UBND tỉnh về ban hành Đề án phát triển dịch vụ công trực tuyến tỉnh Bình Phước năm 2022;
Văn phòng UBND tỉnh báo cáo kết quả như sau:
I. KẾT QUẢ ĐẠT ĐƯỢC
1. Công tác chỉ đạo
Đã ban hành Quyết định số 530/QĐ-UBND ngày 20/4/2022 về kiện toàn Tổ công tác dịch vụ công trực tuyến.
"""  # fmt: skip


@pytest.fixture(scope="module")
def index() -> LoadedIndex:
    return mini_index(TEXT)


@pytest.fixture(scope="module")
def refs(index: LoadedIndex) -> list[DocRef]:
    return extract_docrefs(index.reports["t001"], index.chunks)


@pytest.mark.parametrize(
    "question",
    [
        "Binh Phuoc report no. 77 - which decision is it reporting on?",
        "Báo cáo số 77 của Bình Phước báo cáo kết quả thực hiện quyết định nào?",
        # what the report reviews, the verb right after the report named
        "Binh Phuoc report 77 reviews which programme, and which decision approved it?",
        "Which decision does the Binh Phuoc report no. 77 assess?",
        "Báo cáo số 77/BC-VPUBND đánh giá thực hiện quyết định nào?",
        # the report named by place and period, and what it follows up on
        "The Binh Phuoc 2022 report was following up on which decision?",
        "For Binh Phuoc's report of 2022, what decision did it follow up on?",
        "Which decision did the Binh Phuoc 2022 report follow up?",
        "Binh Phuoc, mid-2022: which decision was the report reporting on?",
    ],
)
def test_the_decision_the_opening_names(
    index: LoadedIndex, refs: list[DocRef], question: str
) -> None:
    found = answered(index, parse_query(question), "quyet dinh", refs, refs)
    assert found is not None
    assert found.number.startswith("412/")


def test_only_when_the_report_is_named_and_what_it_reports_on_asked(
    index: LoadedIndex, refs: list[DocRef]
) -> None:
    assert named_report(index, parse_query("Báo cáo 77/BC-VPUBND nói gì?")) == "t001"
    assert named_report(index, parse_query("Báo cáo số 12 nói gì?")) == ""
    q = parse_query("Report no. 77: which decision set up the working group?")
    assert opening_refs(index, q, "quyet dinh", refs) == []


def test_a_review_by_someone_else_is_not_the_reports() -> None:
    for question in (
        "Report 77: which decision does the working group review each quarter?",
        "Report 77: what period does it cover?",
    ):
        assert _REPORTS_ON.search(parse_query(question).folded) is None


def test_a_report_on_a_topic_is_no_follow_up(index: LoadedIndex, refs: list[DocRef]) -> None:
    for question in (
        "Which decision is mentioned in the Binh Phuoc 2022 report on online services?",
        "Which decision will Binh Phuoc follow up on in 2022?",
    ):
        assert opening_refs(index, parse_query(question), "quyet dinh", refs) == []
