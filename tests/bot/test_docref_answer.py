"""Questions about documents a report names, end to end through AnswerService on the seed
index: the number (or date, issuer) in bold, cited to the line that names it; candidates when
two fit; "not found" when none does; the report's own number still from its metadata."""

from __future__ import annotations

import pytest

from bot.answer import AnswerService
from bot.docref_ask import read_docref
from core.query import parse_query
from index.retrieve import Filters


@pytest.mark.parametrize(
    ("question", "number", "report"),
    [
        ("Kế hoạch phát triển doanh nghiệp công nghệ số đến năm 2025 của Tuyên Quang là kế "
         "hoạch số mấy?", "222/KH-UBND", "002_e5e7f1c560f345ee"),
        ("What is the number of Tuyen Quang's plan to help farm households onto e-commerce "
         "platforms?", "227/KH-UBND", "002_e5e7f1c560f345ee"),
        ("cong van tang cuong thanh toan khong dung tien mat cua ha tinh so may",
         "1730/UBND-NC", "000_e698a6639bf0946b"),
        ("Đồng Tháp triển khai Quyết định 766/QĐ-TTg bằng công văn số mấy?", "28/UBND-KSTTHC",
         "003_65220bd344690fa1"),
    ],
)
def test_number_in_bold_cited_to_its_line(
    service: AnswerService, question: str, number: str, report: str
) -> None:
    ans = service.answer(question)
    assert (ans.intent, ans.figure, ans.abstained) == ("document", number, False)
    assert f"**{number}**" in ans.text
    c = ans.citations[0]
    assert c.report_id == report
    assert number.split("/")[0] in c.quote_original
    assert c.line_start > 0


def test_date_of_a_named_document(service: AnswerService) -> None:
    ans = service.answer("Kế hoạch số 149/KH-UBND của Hải Dương ban hành ngày nào?")
    assert (ans.figure, ans.intent) == ("14/1/2022", "document")
    assert "**14/1/2022**" in ans.text


def test_issuer_of_a_named_document(service: AnswerService) -> None:
    ans = service.answer("Quyết định 1149/QĐ-BNV do cơ quan nào ban hành?")
    assert "Nội vụ" in ans.figure
    assert ans.citations[0].report_id == "004_b819450d24d342ba"


def test_two_documents_alike_are_listed_not_stated(service: AnswerService) -> None:
    # Hải Dương's two 2022 plans on legal documents (building them; checking them)
    ans = service.answer("Kế hoạch về văn bản QPPL năm 2022 của Hải Dương là kế hoạch số mấy?")
    assert not ans.figure
    assert not ans.abstained
    assert {"149/KH-UBND", "147/KH-UBND"} <= {o.figure for o in ans.candidates}
    assert "**" not in ans.text


def test_no_document_fits(service: AnswerService) -> None:
    # the report says Hải Dương has plans on sharing data, but gives no number for one
    ans = service.answer(
        "Kế hoạch quản lý, kết nối và chia sẻ dữ liệu số của Hải Dương là kế hoạch số mấy?"
    )
    assert ans.abstained
    assert not ans.figure
    assert ans.intent == "document"


def test_province_filter_narrows_the_documents(service: AnswerService) -> None:
    ans = service.answer(
        "Kế hoạch phát triển doanh nghiệp công nghệ số đến năm 2025 là kế hoạch số mấy?",
        filters=Filters(("Đồng Tháp",)),
    )
    assert "222" not in ans.figure


@pytest.mark.parametrize(
    ("question", "expect"),
    [
        ("Báo cáo của Sở TT&TT Tuyên Quang về kết quả thực hiện Đề án là báo cáo số mấy?",
         "98/BC-STTTT"),
        ("Báo cáo 140/BC-UBND ban hành ngày nào?", "20/12/2022"),
    ],
)
def test_the_reports_own_facts_stay_with_report_facts(
    service: AnswerService, question: str, expect: str
) -> None:
    assert read_docref(parse_query(question)) is not None  # read as a document question…
    ans = service.answer(question)
    assert ans.intent == "report_fact"  # …answered about the report itself
    assert expect in ans.text


def test_a_report_named_inside_a_report(service: AnswerService) -> None:
    ans = service.answer(
        "Hà Tĩnh báo cáo tình hình triển khai chuyển đổi số Quý II năm 2022 bằng báo cáo số "
        "mấy của Ban Chỉ đạo?"
    )
    assert ans.figure == "97/BC-BCPCDS"


def test_words_found_apart_are_not_the_phrase(service: AnswerService) -> None:
    # Đồng Tháp's report names no plan on digital transformation; "chuyển" and "đổi" apart in
    # its plans' subjects are not "chuyển đổi"
    ans = service.answer("ke hoach chuyen doi so cua dong thap la ke hoach so may")
    assert ans.abstained
    assert not ans.figure


def test_the_issuer_named_tells_a_provinces_plan_from_its_offices(
    service: AnswerService,
) -> None:
    ans = service.answer(
        "Kế hoạch kiểm tra công tác CCHC năm 2022 của UBND tỉnh Đồng Tháp là kế hoạch số mấy?"
    )
    assert ans.figure == "377/KH-UBND"  # not the office's own 20/KH-VPUBND


def test_a_plan_for_another_year_loses(service: AnswerService) -> None:
    # Hà Tĩnh's propaganda plans: 428 for 2019, 523 for 2022
    ans = service.answer(
        "Hà Tĩnh ban hành kế hoạch tuyên truyền cải cách hành chính năm 2022 vào ngày nào?"
    )
    assert ans.figure == "28/12/2021"


def test_an_english_question_half_read_is_not_stated(service: AnswerService) -> None:
    # "tourism promotion" is no term the glossary or lexicon reads
    ans = service.answer("What is the number of Tuyen Quang's plan on tourism promotion?")
    assert not ans.figure


def test_english_verbs_of_what_a_document_does(service: AnswerService) -> None:
    # "establishing" is "thành lập", "support team" "Tổ giúp việc": Hà Tĩnh's decision 14
    ans = service.answer(
        "What is the number of the decision establishing the support team of Ha Tinh's "
        "digital transformation steering committee?"
    )
    assert ans.figure == "14/QD-BCP"


def test_a_number_said_in_the_clause_ties_the_document_to_it(service: AnswerService) -> None:
    # "Kế hoạch số 04/KH-UBND … triển khai thực hiện Nghị định số 47/2020/NĐ-CP …"
    ans = service.answer(
        "Which decree on managing, connecting and sharing digital data does Tuyen Quang's "
        "plan 04 implement?"
    )
    assert ans.figure == "47/2020/ND-CP"


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        # a type and a bare number; the mention that gives the date
        ("nghi quyet 76 cua chinh phu ban hanh ngay nao", "15/7/2021"),
        ("What is plan 2358 about?", "2358/KH-UBND"),
        ("What is decision 1291/QD-TTg about?", "1291/QD-TTg"),
    ],
)
def test_a_document_named_by_number(service: AnswerService, question: str, figure: str) -> None:
    ans = service.answer(question)
    assert (ans.intent, ans.figure) == ("document", figure)


def test_a_number_no_report_names(service: AnswerService) -> None:
    ans = service.answer("Quyết định số 9999/QĐ-UBND ban hành ngày nào?")
    assert ans.abstained
    assert ans.intent == "document"
    assert not ans.citations


def test_the_reports_own_agency_is_not_the_subject(service: AnswerService) -> None:
    # "Sở TT&TT Hà Tĩnh" wrote the report: where the question comes from, not what it asks
    q = parse_query("Sở TT&TT Hà Tĩnh tuyên truyền CCHC năm 2022 theo kế hoạch số mấy?")
    words = service.docrefs.subject(q, "vi", "ke hoach").weights
    assert not {"tt", "thong", "tin"} & set(words)
    assert {"tuyen", "truyen", "cai", "cach", "2022"} <= set(words)
    assert service.answer(q.text).figure == "523/KH-UBND"
