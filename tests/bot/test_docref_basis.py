"""The document a report answers (asked for it, carried out, rests on) is the one its opening
names so (bot/docref_report.py: `asks_basis`, `opening_refs`, `answered`). Report text
written for the test, in the reports' style."""

from __future__ import annotations

import pytest

from bot.docref_ask import read_docref
from bot.docref_report import answered, asks_basis, opening_refs
from core.query import parse_query
from index.docrefs import DocRef, extract_docrefs
from index.generations import LoadedIndex
from index.metadata import Report
from tests.helpers.mini_index import mini_index

REPORT = Report(
    "t002", "t002.txt", province="Bình Phước", agency="Sở Tư pháp tỉnh Bình Phước",
    number="55/BC-STP", date="2022-08-10", year=2022, quarter=0, period="năm 2022",
)  # fmt: skip

TEXT = """BÁO CÁO
Kết quả kiểm soát thủ tục hành chính năm 2022
Căn cứ Quyết định số 210/QĐ-UBND ngày 01/02/2022 của UBND tỉnh về ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2022;
Thực hiện Công văn số 318/SNV-CCHC ngày 20/7/2022 của Sở Nội vụ về việc báo cáo kết quả kiểm soát thủ tục hành chính;
Sở Tư pháp báo cáo kết quả như sau:
I. KẾT QUẢ ĐẠT ĐƯỢC
Đã ban hành Kế hoạch số 44/KH-STP ngày 15/3/2022 về rà soát thủ tục hành chính.
"""  # fmt: skip


@pytest.fixture(scope="module")
def index() -> LoadedIndex:
    return mini_index(TEXT, REPORT)


@pytest.fixture(scope="module")
def refs(index: LoadedIndex) -> list[DocRef]:
    return extract_docrefs(index.reports["t002"], index.chunks)


@pytest.mark.parametrize(
    ("question", "kind", "number"),
    [
        ("The Binh Phuoc justice report responds to a Department of Home Affairs letter: "
         "what is its number?", "cong van", "318/"),
        ("Sở Tư pháp Bình Phước lập báo cáo theo văn bản nào của Sở Nội vụ?", "", "318/"),
        ("Bao cao cua Binh Phuoc thuc hien van ban nao?", "", "318/"),
        ("Which decision is the Binh Phuoc report based on?", "quyet dinh", "210/"),
        ("Báo cáo năm 2022 của Bình Phước căn cứ quyết định nào của UBND tỉnh?",
         "quyet dinh", "210/"),
    ],
)  # fmt: skip
def test_the_document_the_opening_answers(
    index: LoadedIndex, refs: list[DocRef], question: str, kind: str, number: str
) -> None:
    q = parse_query(question)
    assert asks_basis(q.folded)
    found = answered(index, q, kind, refs, refs)
    assert found is not None
    assert found.number.startswith(number)


def test_a_document_named_in_the_body_is_not_what_the_report_answers(
    index: LoadedIndex, refs: list[DocRef]
) -> None:
    q = parse_query("Which plan did the Binh Phuoc report implement?")
    assert opening_refs(index, q, "ke hoach", refs) == []


def test_an_issuer_no_opening_document_has_is_not_answered(
    index: LoadedIndex, refs: list[DocRef]
) -> None:
    # the reports name a Ministry letter elsewhere: asking for one is not the opening's
    other = DocRef(
        "x#1", "t009", "Hải Dương", "x", 1, 1, 1, 0, 1, "9/BTC-NSNN", "9/btc-nsnn", "9",
        "cong van", "cong van", "", "Bộ Tài chính", "", "", "", "", "",
    )  # fmt: skip
    q = parse_query(
        "What number is the Ministry of Finance letter the Binh Phuoc report carries out?"
    )
    assert answered(index, q, "cong van", refs, [*refs, other]) is None


def test_a_ministry_is_not_the_department_of_the_same_name(
    index: LoadedIndex, refs: list[DocRef]
) -> None:
    # "số" (folded "so") is in nearly every question: "Bộ Nội vụ" names no "Sở Nội vụ" letter
    ministry = DocRef(
        "y#1", "t008", "Lào Cai", "y", 1, 1, 1, 0, 1, "27/BNV-TCBC", "27/bnv-tcbc", "27",
        "cong van", "cong van", "", "Bộ Nội vụ", "", "", "", "", "",
    )  # fmt: skip
    q = parse_query("Sở Tư pháp Bình Phước lập báo cáo theo công văn số mấy của Bộ Nội vụ?")
    assert answered(index, q, "cong van", refs, [*refs, ministry]) is None
    q = parse_query("Sở Tư pháp Bình Phước lập báo cáo theo công văn số mấy của Sở Nội vụ?")
    found = answered(index, q, "cong van", refs, [*refs, ministry])
    assert found is not None
    assert found.number.startswith("318/")


def test_not_the_reports_basis_when_no_report_is_said() -> None:
    for question in (
        "Bình Phước thực hiện kế hoạch nào về chuyển đổi số?",
        "Which plan sets the targets the province implemented?",
        # a report said, but what the province did is asked, not what the report answers
        "Báo cáo năm 2022 của Lào Cai nêu rằng tỉnh đã thực hiện kế hoạch nào về số hóa hồ sơ?",
        "Going by the Lao Cai report, which decision did the province carry out first?",
        # the report named by what it carries out: "implementing" there names it, asks nothing
        "On what date did the Binh Phuoc report on carrying out Plan 44/KH-STP get signed?",
    ):
        assert not asks_basis(parse_query(question).folded)


def test_the_requests_a_report_makes_are_not_its_basis() -> None:
    for question in (
        "What requests does the Binh Phuoc report put to the ministry?",
        "Which requests did Tuyen Quang's 2021 report raise?",
        "List the requests that Lao Cai's report makes to the government.",
        "what requested items does the report propose",
    ):
        assert not asks_basis(parse_query(question).folded), question
    for question in (
        "Which ministry's letter requested the report?",
        "Who requested the Tuyen Quang report?",
        "The report was requested by which agency?",
    ):
        assert asks_basis(parse_query(question).folded), question


def test_an_issuer_named_between_which_and_the_type_still_asks_the_number() -> None:
    ask = read_docref(parse_query("Which Department of Justice notice set the deadline?"))
    assert ask is not None
    assert (ask.field, ask.kind) == ("number", "thong bao")


def test_a_rate_of_electronic_documents_asks_no_document() -> None:
    assert read_docref(parse_query("What was the e-document exchange share in Binh Phuoc?")) is None
    for question in (
        "Which district's e-document sending ratio rose most in Lao Cai?",
        "Which agency's e document use was lowest in Lao Cai?",
    ):
        assert read_docref(parse_query(question)) is None
