"""A number asked of the document a report carries out, with the report named first ("báo cáo
… thực hiện theo kế hoạch … số mấy"), is that document's, never the report's own number
(bot/docref_report.asks_basis, bot/docref_ask.of_basis); the real service over the five seed
reports."""

from __future__ import annotations

import pytest

from bot.answer import AnswerService
from bot.docref_ask import DocAsk, of_basis, read_docref
from bot.docref_report import asks_basis
from core.query import parse_query


@pytest.mark.parametrize(
    "question",
    [
        # the type's own words between it and the asking words
        "báo cáo của hải dương năm 2022 thực hiện theo công văn chế độ báo cáo định kỳ số mấy",
        "Báo cáo 6 tháng của Hà Tĩnh thực hiện theo kế hoạch tuyên truyền năm 2022 số mấy?",
        # "thực hiện theo", "làm theo" after a report named at length, a comma between
        "bao cao cua so tttt tinh X ve de an so hoa, lam theo van ban nao",
    ],
)
def test_the_basis_is_asked(question: str) -> None:
    assert asks_basis(parse_query(question).folded)


def test_the_report_noun_is_not_the_type_asked() -> None:
    q = parse_query("báo cáo của hải dương năm 2022 thực hiện theo công văn chế độ báo cáo "
                    "định kỳ số mấy của bộ nội vụ")  # fmt: skip
    ask = read_docref(q)
    assert ask is not None
    assert ask.about_report
    assert of_basis(ask, q.folded) == DocAsk("number", "cong van")


def test_a_report_number_question_stays_the_report_own() -> None:
    q = parse_query("Báo cáo quý III/2022 của Văn phòng UBND Đồng Tháp số mấy?")
    assert not asks_basis(q.folded)


@pytest.mark.parametrize(
    ("question", "number", "own"),
    [
        ("báo cáo của hải dương năm 2022 thực hiện theo công văn chế độ báo cáo định kỳ số mấy "
         "của bộ nội vụ", "581/BNV-CCHC", "140/BC-UBND"),
        ("Báo cáo 6 tháng đầu năm 2022 của Sở TTTT Hà Tĩnh thực hiện theo kế hoạch số mấy của "
         "UBND tỉnh?", "523/KH-UBND", "104/BC-STTTT"),
        ("bao cao cua so tttt tuyen quang nam 2022 ve chuyen doi so, lam theo van ban nao cua so "
         "noi vu", "447/SNV-CCHCVTLT", "98/BC-STTTT"),
    ],
)  # fmt: skip
def test_the_basis_document_in_bold(
    service: AnswerService, question: str, number: str, own: str
) -> None:
    ans = service.answer(question)
    assert f"**{number}**" in ans.text
    assert f"**{own}**" not in ans.text


def test_a_basis_the_opening_does_not_name_is_never_the_report_number(
    service: AnswerService,
) -> None:
    ans = service.answer("Báo cáo quý III/2022 của Văn phòng UBND Đồng Tháp thực hiện theo kế "
                         "hoạch kiểm tra năm 2022 số mấy?")  # fmt: skip
    assert "342/BC-VPUBND**" not in ans.text
