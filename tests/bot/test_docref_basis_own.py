"""A number asked of the document a report carries out, with the report named first ("báo cáo
… thực hiện theo kế hoạch … số mấy"), is that document's, never the report's own number
(bot/docref_report.asks_basis, bot/docref_ask.of_basis); and only a document the report's
opening cites ("Thực hiện …", "Căn cứ …") is its basis: a plan its body names is none. The real
service over the five seed reports."""

from __future__ import annotations

import re

import pytest

from bot.answer import AnswerService
from bot.docref_ask import of_basis, read_docref
from bot.docref_report import asked_report, asks_basis, opening_refs
from core.query import parse_query


@pytest.mark.parametrize(
    "question",
    [
        # the type's own words between it and the asking words
        "báo cáo của sở tư pháp tỉnh X năm 2023 thực hiện theo công văn hướng dẫn tự chấm điểm số mấy",
        "Báo cáo 9 tháng của huyện Y triển khai theo kế hoạch chuyển đổi số năm 2023 số mấy?",
        # "làm theo" after a report named at length, a comma between
        "bao cao cua so tu phap tinh Z ve ra soat thu tuc, lam theo van ban nao",
    ],
)  # fmt: skip
def test_the_basis_is_asked(question: str) -> None:
    assert asks_basis(parse_query(question).folded)


def test_the_report_noun_is_not_the_type_asked() -> None:
    q = parse_query("báo cáo của sở y tế tỉnh X năm 2023 thực hiện theo quyết định phê duyệt "
                    "đề án số mấy")  # fmt: skip
    ask = read_docref(q)
    assert ask is not None
    basis = of_basis(ask, q.folded)
    assert basis.kind != "bao cao"
    assert basis.basis


def test_a_report_number_question_stays_the_report_own() -> None:
    assert not asks_basis(parse_query("Báo cáo tháng 8/2023 của Sở Y tế tỉnh X số mấy?").folded)


def _bold(text: str) -> set[str]:
    return {b.strip().lower() for b in re.findall(r"\*\*([^*]+)\*\*", text)}


@pytest.mark.parametrize(
    "question",
    [
        "UBND Hải Dương lập báo cáo CCHC năm 2022 theo công văn số mấy?",
        "bao cao 6 thang nam 2022 cua so tttt ha tinh trien khai theo van ban nao",
        "Sở TTTT Tuyên Quang viết báo cáo đề án chính quyền số năm 2022 căn cứ quyết định số mấy?",
    ],
)
def test_a_bold_basis_is_one_the_opening_cites(service: AnswerService, question: str) -> None:
    index = service.retriever.index
    q = parse_query(question)
    rid = asked_report(index, q)
    assert rid
    cited = {r.number.lower() for r in opening_refs(index, q, "", index.docrefs(), either=True)}
    bold = _bold(service.answer(question).text)
    assert index.reports[rid].number.lower() not in bold  # never the report's own number
    assert bold <= cited


def test_a_type_the_opening_does_not_cite_is_not_found(service: AnswerService) -> None:
    # the report's opening cites a decision and a letter; its body names plans it advised
    question = "bao cao cua so thong tin truyen thong tuyen quang nam 2022 trien khai theo ke hoach nao"
    ans = service.answer(question)
    assert not _bold(ans.text)
    index = service.retriever.index
    q = parse_query(question)
    for ref in opening_refs(index, q, "", index.docrefs(), either=True):
        assert ref.number in ans.text  # the opening's documents, as the nearest
