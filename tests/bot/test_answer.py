"""Answering over the real seed index: a dozen questions of our own, three phrasings each where
it matters, abstention, and bad input. (The evaluation set lives in eval/ and is not used here.)"""

from __future__ import annotations

import pytest

from bot.answer import AnswerService
from index.errors import BadQuestionError
from index.retrieve import Filters

TQ = "002_e5e7f1c560f345ee"


@pytest.mark.parametrize(
    "question",
    [
        "how many level-4 DVCs does Tuyên Quang have?",
        "Tuyên Quang có bao nhiêu dịch vụ công mức độ 4?",
        "tuyen quang co bao nhieu dvc muc do 4",
    ],
)
def test_tuyen_quang_level4(service: AnswerService, question: str) -> None:
    ans = service.answer(question)
    assert not ans.abstained
    assert ans.figure == "1.044"
    first = ans.citations[0]
    assert (first.report_id, first.number, first.date) == (TQ, "98/BC-STTTT", "23/5/2022")
    assert first.agency == "Sở Thông tin và Truyền thông Tuyên Quang"
    assert "1.044" in first.quote
    assert "55,82%" in first.quote
    assert "20/5/2022" in ans.text
    assert first.section.startswith("II.")
    assert first.line_start > 0


@pytest.mark.parametrize(
    ("question", "figure", "report"),
    [
        ("Các sở, ban, ngành Hà Tĩnh có bao nhiêu DVC trực tuyến mức độ 4 năm 2022?", "658", "000"),
        ("ha tinh cac so ban nganh co bao nhieu dvc truc tuyen muc do 4", "658", "000"),
        ("Hà Tĩnh đã tiếp nhận bao nhiêu hồ sơ qua dịch vụ BCCI đến 14/6/2022?", "17.667", "000"),
        ("Năm 2019 quý I, Báo Hà Tĩnh đăng bao nhiêu tin ảnh về CCHC?", "60", "001"),
        ("Đồng Tháp tiếp nhận bao nhiêu phản ánh kiến nghị trong quý III năm 2022?", "78", "003"),
        ("dong thap tiep nhan bao nhieu pakn quy 3 2022", "78", "003"),
        ("How many citizen petitions (PAKN) did Dong Thap receive in Q3 2022?", "78", "003"),
        ("Chỉ số PAR INDEX 2021 của Hải Dương đạt bao nhiêu điểm?", "87.38/100", "004"),
        ("hai duong par index 2021 dat bao nhieu diem", "87.38/100", "004"),
        ("What was Hai Duong's PAR INDEX 2021 score?", "87.38/100", "004"),
        ("Tuyên Quang đã cấp bao nhiêu chứng thư số?", "1.742", "002"),
    ],
)
def test_figures_across_reports(
    service: AnswerService, question: str, figure: str, report: str
) -> None:
    ans = service.answer(question)
    assert not ans.abstained, ans.text
    assert ans.figure == figure
    assert ans.citations[0].report_id.startswith(report)
    assert figure in ans.citations[0].quote


def test_english_question_gets_english_answer(service: AnswerService) -> None:
    ans = service.answer("What was Hai Duong's PAR INDEX 2021 score?")
    assert ans.language == "en"
    assert "Sources:" in ans.text


@pytest.mark.parametrize(
    "question",
    [
        "Nghệ An có bao nhiêu DVC mức độ 4?",
        "Tuyên Quang năm 2015 có bao nhiêu dịch vụ công mức độ 4?",
        "Hải Dương có bao nhiêu bệnh viện đạt chuẩn quốc tế?",
        "What is the GDP growth rate of Dong Thap?",
    ],
)
def test_abstains_without_guessing(service: AnswerService, question: str) -> None:
    ans = service.answer(question)
    assert ans.abstained
    assert ans.figure == ""
    assert ans.text.startswith(("Không tìm thấy", "Not found"))


def test_unknown_province_names_what_is_covered(service: AnswerService) -> None:
    ans = service.answer("Nghệ An có bao nhiêu DVC mức độ 4?")
    assert "Nghệ An" in ans.text
    assert "Tuyên Quang" in ans.text


def test_abstention_shows_nearest_passages(service: AnswerService) -> None:
    ans = service.answer("Hải Dương có bao nhiêu bệnh viện đạt chuẩn quốc tế?")
    assert ans.citations
    assert all(c.province == "Hải Dương" for c in ans.citations)


def test_filters_narrow_to_a_province(service: AnswerService) -> None:
    ans = service.answer("có bao nhiêu dịch vụ công mức độ 4?", filters=Filters(("Tuyên Quang",)))
    assert {c.province for c in ans.citations} == {"Tuyên Quang"}


def test_follow_up_keeps_the_topic(service: AnswerService) -> None:
    first = "Tuyên Quang có bao nhiêu dịch vụ công mức độ 4?"
    ans = service.answer("còn Hà Tĩnh thì sao?", history=[(first, "1.044")])
    assert ans.citations
    assert ans.citations[0].province == "Hà Tĩnh"


@pytest.mark.parametrize(
    ("question", "message"),
    [("", "empty"), ("   \n\t ", "empty"), ("x" * 100_000, "too long"), ("?!…", "no words"),
     ("abc\x00def", "binary")],
)  # fmt: skip
def test_bad_questions(service: AnswerService, question: str, message: str) -> None:
    with pytest.raises(BadQuestionError, match=message):
        service.answer(question)


def test_control_characters_are_removed(service: AnswerService) -> None:
    ans = service.answer("Tuyên Quang\x07 có bao nhiêu\x1b dịch vụ công mức độ 4?")
    assert ans.figure == "1.044"


def test_other_language_does_not_crash(service: AnswerService) -> None:
    ans = service.answer("東京の人口は何人ですか")
    assert ans.abstained


def test_timings_are_reported(service: AnswerService) -> None:
    ans = service.answer("Tuyên Quang có bao nhiêu dịch vụ công mức độ 4?")
    assert set(ans.timings_ms) == {"parse", "retrieve", "answer", "total"}


@pytest.mark.parametrize(
    ("question", "signer", "report"),
    [
        ("Ai ký báo cáo của Hải Dương?", "Nguyén Minh Hung", "004"),
        ("Who signed the Hải Dương report?", "Nguyén Minh Hung", "004"),
        ("ai ky bao cao quy 1 nam 2019 cua ha tinh", "Bùi Đắc Thế", "001"),
    ],
)
def test_who_signed_comes_from_metadata_with_a_citation(
    service: AnswerService, question: str, signer: str, report: str
) -> None:
    ans = service.answer(question)
    assert ans.figure == signer
    assert ans.citations[0].report_id.startswith(report)
    assert signer in ans.citations[0].quote


def test_unsigned_report_says_so(service: AnswerService) -> None:
    ans = service.answer("Báo cáo của Tuyên Quang do ai ký?")
    assert ans.abstained
    assert "người ký" in ans.text


def _claims(text: str) -> str:
    """The answer's own lines: no quoted sources, no source list."""
    body = text.split("\nNguồn:")[0].split("\nSources:")[0]
    return "\n".join(line for line in body.splitlines() if not line.startswith(">"))


def test_comparison_of_two_provinces_answers_each_side(service: AnswerService) -> None:
    ans = service.answer(
        "Đồng Tháp và Tuyên Quang mỗi tỉnh tiếp nhận bao nhiêu hồ sơ thủ tục hành chính?"
    )
    assert not ans.abstained
    # One table row per province, in the question's order, each figure cited (issue #16).
    said = _claims(ans.text)
    assert "| Đồng Tháp | **203.566** [1] |" in said
    assert "| Tuyên Quang | **75.639** [2] |" in said
    assert "| từ 15/12/2021 đến 17/5/2022 | [2] |" in said
    assert [c.report_id[:3] for c in ans.citations] == ["003", "002"]


def test_two_years_of_one_province_cite_both_reports(service: AnswerService) -> None:
    ans = service.answer(
        "Tỷ lệ cơ quan cấp tỉnh, cấp huyện ở Hà Tĩnh có hạ tầng an toàn thông tin năm 2019 và năm 2022?"
    )
    assert not ans.abstained
    assert {c.report_id[:3] for c in ans.citations} == {"000", "001"}
    assert _claims(ans.text).count("**63%**") == 2


def test_a_reference_year_is_not_a_comparison(service: AnswerService) -> None:
    """ "so với quý IV/2018" names a year no report covers: one answer, not two sides."""
    ans = service.answer(
        "Đến 27/02/2019 Hà Tĩnh phát sinh bao nhiêu hồ sơ DVC mức 3, mức 4, so với quý IV/2018?"
    )
    assert not ans.abstained
    assert "Không tìm thấy cho" not in ans.text
    assert ans.citations[0].report_id.startswith("001")


def test_number_asked_but_not_given_abstains(service: AnswerService) -> None:
    ans = service.answer("Tuyên Quang có bao nhiêu trạm BTS?")
    assert ans.abstained
    assert ans.text.startswith("Không tìm thấy")


def test_currency_suffix_stays_with_its_figure(service: AnswerService) -> None:
    ans = service.answer(
        "Mỗi tháng công chức Bộ phận Một cửa ở Hải Dương được hỗ trợ bao nhiêu đồng?"
    )
    assert not ans.abstained
    assert ans.figure == "300.000"


def test_document_number_questions_lead_with_the_number(service: AnswerService) -> None:
    ans = service.answer(
        "Nghị quyết về chuyển đổi số của Ban Chấp hành Đảng bộ tỉnh Tuyên Quang là nghị quyết số mấy?"
    )
    assert not ans.abstained
    assert ans.figure == "48-NQ/TU"
    assert "ngày 15/11/2021" in ans.text


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        # The headline when the whole is asked, the item when the question names what sets it
        # apart ("cấp xã", "cấp tỉnh", "cấp huyện" in "… 1.044 (trong đó: 1.002 … cấp tỉnh;
        # 36 … cấp huyện; 06 … cấp xã)").
        ("Tuyên Quang có bao nhiêu DVC mức độ 3?", "228"),
        ("Tuyên Quang có bao nhiêu DVC mức độ 4 ở cấp xã?", "06"),
        ("Tuyên Quang có bao nhiêu DVC mức độ 3 cấp tỉnh?", "71"),
        ("tuyen quang co bao nhieu dvc muc 3 cap huyen", "114"),
        ("Đồng Tháp có bao nhiêu thủ tục hành chính cấp tỉnh?", "1.409"),
        # "184.408 (trực tuyến: 42.360, trực tiếp và qua dịch vụ bưu chính: 142.048)"
        ("Đồng Tháp tiếp nhận bao nhiêu hồ sơ trực tiếp và qua bưu chính?", "142.048"),
        # A total is what the whole province has: "Toàn tỉnh tính đến nay có 1.889 TTHC".
        ("Hải Dương có tổng cộng bao nhiêu TTHC?", "1.889"),
        ("hai duong co tong so bao nhieu thu tuc hanh chinh", "1.889"),  # not "số bao nhiêu"
        # "Các sở, ban, ngành … 251 DVC trực tuyến mức độ 3": DVC is the asked service.
        ("How many level 3 online services do the departments of Ha Tinh have?", "251"),
    ],
)
def test_breakdowns_answer_the_part_asked_for(
    service: AnswerService, question: str, figure: str
) -> None:
    ans = service.answer(question)
    assert not ans.abstained, ans.text
    assert ans.figure == figure, ans.text
