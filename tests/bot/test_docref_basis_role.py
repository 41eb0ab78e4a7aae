"""The document a report answers, asked by its role rather than its type ("which request",
"what guidance", "at whose request", "theo hướng dẫn nào"), or with the other verb than the
report's opening uses ("pursuant to" of a report that "carries out"), is still the one its
opening names (bot/docref_report.py: `basis_ask`, `opening_refs`). Report text written for
the test, in the reports' style."""

from __future__ import annotations

import pytest

from bot.docref_answer import DocRefAnswerer
from bot.docref_ask import read_docref
from bot.docref_report import answered, asks_basis, basis_ask
from core.query import parse_query
from index.docrefs import DocRef, extract_docrefs
from index.generations import LoadedIndex
from index.metadata import Report
from tests.helpers.mini_index import mini_index

REPORT = Report(
    "t003", "t003.txt", province="Lào Cai", agency="Sở Nội vụ tỉnh Lào Cai",
    number="61/BC-SNV", date="2022-11-02", year=2022, quarter=0, period="năm 2022",
)  # fmt: skip

TEXT = """BÁO CÁO
Kết quả tinh giản biên chế năm 2022
Thực hiện Công văn số 905/BNV-TCBC ngày 12/9/2022 của Bộ Nội vụ về việc hướng dẫn báo cáo tinh giản biên chế;
Sở Nội vụ báo cáo kết quả như sau:
I. KẾT QUẢ ĐẠT ĐƯỢC
Đã ban hành Quyết định số 77/QĐ-SNV ngày 15/3/2022 về rà soát vị trí việc làm.
"""  # fmt: skip


@pytest.fixture(scope="module")
def index() -> LoadedIndex:
    return mini_index(TEXT, REPORT)


@pytest.fixture(scope="module")
def refs(index: LoadedIndex) -> list[DocRef]:
    return extract_docrefs(index.reports["t003"], index.chunks)


@pytest.mark.parametrize(
    "question",
    [
        "Which request was the Lao Cai staffing report written in response to?",
        "At whose request did Lao Cai prepare its 2022 staff-cut report?",
        "What guidance was Lao Cai's 2022 report drawn up under?",
        "Which document asked the Lao Cai home affairs department for report 61?",
        "bao cao 61 cua Lao Cai theo yeu cau cua van ban nao",
        # the issuer between "which" and the role ("which Home Affairs ministry letter")
        "Which Home Affairs ministry letter was Lao Cai's 2022 staffing report prepared under?",
        "Lao Cai's 2022 report was done under which central ministry guidance?",
        # the period alone names the report (one report of that year)
        "Báo cáo năm 2022 được lập theo văn bản nào?",
    ],
)
def test_the_document_asked_by_its_role(
    index: LoadedIndex, refs: list[DocRef], question: str
) -> None:
    q = parse_query(question)
    ask = read_docref(q) or basis_ask(q)
    assert ask is not None
    found = answered(index, q, ask.kind, refs, refs)
    assert found is not None
    assert found.number.startswith("905/")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # "hướng dẫn" asked of what the report answers: whatever guided it, a letter here
        ("Lào Cai lập báo cáo năm 2022 theo hướng dẫn nào?", "huong dan"),
        # "công văn hướng dẫn": a letter that guides, not a "Hướng dẫn"
        ("Lào Cai viết báo cáo năm 2022 theo công văn hướng dẫn nào của Bộ?", "cong van"),
        # the opening carries out, the question asks what it rests on: the same letter
        ("Bao cao nam 2022 cua Lao Cai can cu van ban nao?", ""),
        ("Lao Cai's report 61 was prepared pursuant to which letter?", "cong van"),
    ],
)
def test_the_opening_document_whatever_the_verb_or_guidance(
    index: LoadedIndex, refs: list[DocRef], question: str, kind: str
) -> None:
    q = parse_query(question)
    assert asks_basis(q.folded)
    ask = read_docref(q)
    assert ask is not None
    assert ask.kind == kind
    found = answered(index, q, kind, refs, refs)
    assert found is not None
    assert found.number.startswith("905/")


def test_a_type_the_opening_does_not_name_is_not_answered(
    index: LoadedIndex, refs: list[DocRef]
) -> None:
    q = parse_query("Báo cáo năm 2022 của Lào Cai căn cứ quyết định nào?")
    assert answered(index, q, "quyet dinh", refs, refs) is None


@pytest.mark.parametrize(
    "question",
    [
        "How many posts does the Lao Cai report say were implemented?",
        "Which request did the Lao Cai report make to the ministry?",
        "Báo cáo Lào Cai nêu những kiến nghị gì?",
        "According to which report did Lao Cai cut staff?",
    ],
)
def test_no_role_asked_of_the_reports_basis(question: str) -> None:
    assert basis_ask(parse_query(question)) is None


def test_a_report_whose_opening_names_no_document_answers_not_found() -> None:
    bare = Report(
        "t004", "t004.txt", province="Lào Cai", agency="Sở Nội vụ tỉnh Lào Cai",
        number="62/BC-SNV", date="2022-11-09", year=2022, quarter=0, period="năm 2022",
    )  # fmt: skip
    text = (
        "BÁO CÁO\nKết quả tinh giản biên chế năm 2022\nI. KẾT QUẢ ĐẠT ĐƯỢC\n"
        "Đã ban hành Quyết định số 78/QĐ-SNV ngày 15/3/2022 về rà soát vị trí việc làm.\n"
    )
    answerer = DocRefAnswerer(mini_index(text, bare))
    q = parse_query("Which request was the Lao Cai report written in response to?")
    ask = basis_ask(q)
    assert ask is not None
    ans = answerer.answer(q, ask, (), "en")
    assert ans is not None
    assert ans.abstained
    assert "78/" not in ans.text
