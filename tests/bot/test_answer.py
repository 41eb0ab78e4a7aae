"""Answering over the real seed index: a dozen questions of our own, three phrasings each where
it matters, abstention, and bad input. (The evaluation set lives in eval/ and is not used here.)"""

from __future__ import annotations

import pytest

from bot.answer import AnswerService, detect_language
from core.errors import BadQuestionError
from core.settings import Settings
from core.text import fold
from index.generations import current_generation
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
    # stated, or first among the candidates when a rival scores nearly as well (a close call)
    assert (ans.figure or ans.candidates[0].figure) == figure
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
        # near misses: a count next to the asked one ("107 công chức được tuyển dụng"), a
        # thing the lexicon does not know, a service level no report counts
        "Năm 2022 Hải Dương tuyển dụng bao nhiêu giáo viên?",
        "How many doctors did Hai Duong recruit in 2022?",
        "How many teachers does Tuyen Quang have?",
        "What is the unemployment rate in Hai Duong?",
        "Hải Dương có bao nhiêu dịch vụ công trực tuyến mức độ 2?",
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
    # the quote of an OCR'd report is restored; the line as written holds the metadata's name
    assert signer in ans.citations[0].quote_original


def test_unsigned_report_says_so(service: AnswerService) -> None:
    """No signer's name: the answer says so (an abstention on the name asked), with the
    capacity the signature block gives, cited."""
    ans = service.answer("Báo cáo của Tuyên Quang do ai ký?")
    assert ans.abstained
    assert "không ghi người ký" in ans.text
    assert "Phó Giám đốc" in ans.text
    assert ans.citations


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


def test_which_province_has_more_is_a_table(service: AnswerService) -> None:
    # No number word, but two provinces and "hơn": the table answerer, one row per province.
    ans = service.answer("Ha Tinh va Dong Thap, tinh nao nhieu dich vu cong hon?")
    assert ans.intent == "comparison"
    said = _claims(ans.text)
    assert "| Hà Tĩnh |" in said
    assert "| Đồng Tháp |" in said


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
        # The part whose own label names the asked part, not the headline it breaks down:
        # "184.408 (trực tuyến: 42.360, …)"; "1.742 chứng thư số … (trong đó: chứng thư số cá
        # nhân là 1.101; …)" (OCR: "cé nhan"); "đang giải quyết: 13.622; trong đó, trong hạn:
        # 11.275, quá hạn: 2.347" (the breakdown's own clause, its head in the clause before).
        ("Đồng Tháp tiếp nhận bao nhiêu hồ sơ trực tuyến trong kỳ?", "42.360"),
        ("Số chứng thư số cá nhân Tuyên Quang đã cấp là bao nhiêu?", "1.101"),
        ("Số hồ sơ quá hạn đang giải quyết ở Đồng Tháp là bao nhiêu?", "2.347"),
        # Two figures of one clause score alike; the one whose label carries a state the
        # question does not ask ("đang giải quyết", "đã thực hiện được") is not the answer.
        ("How many dossiers has Dong Thap resolved?", "174.305"),
        ("Kế hoạch CCHC năm 2022 của Hải Dương gồm bao nhiêu nhiệm vụ?", "55"),
        # an English counted phrase the lexicon knows ("public services" → dịch vụ công)
        ("How many level 3 public services does Tuyen Quang provide?", "228"),
        # An item named by its own words, no known part named: "… có 10 công chức, viên chức
        # và người lao động (trong đó có 04 công chức; 05 viên chức và 01 lao động hợp đồng)";
        # "28 công chức (trong đó 10 công chức lãnh đạo và 18 công chức không giữ chức danh
        # lãnh đạo)"; a total asked is the headline ("103 người trong đó có 90 viên chức …").
        ("Trung tâm Phục vụ hành chính công Hải Dương có bao nhiêu công chức?", "04"),
        ("Trung tâm Phục vụ hành chính công Hải Dương có bao nhiêu lao động hợp đồng?", "01"),
        ("Hải Dương tiếp nhận bao nhiêu công chức không giữ chức danh lãnh đạo không qua thi "
         "tuyển?", "18"),
        ("Hải Dương tinh giản biên chế tổng cộng bao nhiêu người năm 2022?", "103"),
        # Kinds of money side by side: "Kinh phí thực hiện tự chủ: 9.961.000.000 đồng." and
        # "Kinh phí thực hiện không tự chủ: 10.000.000.000 đồng."
        ("Đồng Tháp được giao bao nhiêu kinh phí không tự chủ năm 2022?", "10.000.000.000"),
        ("kinh phi khong tu chu cua dong thap la bao nhieu", "10.000.000.000"),
        # "… được giao và hoàn thành 144/147 còn 03 nhiệm vụ đang trong thời gian thực hiện":
        # what is left answers only a question about what is left.
        ("Hải Dương đã hoàn thành bao nhiêu nhiệm vụ Chính phủ giao năm 2022?", "144/147"),
        ("Hải Dương còn bao nhiêu nhiệm vụ Chính phủ giao đang thực hiện?", "03"),
        # "… cung cấp 1.870 dịch vụ công, số dịch vụ công đang cung cấp mức độ 2 là: 598":
        # the figure naming no level is the all-levels total, not the level asked.
        ("Tuyên Quang có bao nhiêu dịch vụ công mức độ 2?", "598"),
    ],
)
def test_breakdowns_answer_the_part_asked_for(
    service: AnswerService, question: str, figure: str
) -> None:
    ans = service.answer(question)
    assert not ans.abstained, ans.text
    assert ans.figure == figure, ans.text


def test_a_clause_about_spending_does_not_answer_a_revenue_question(
    service: AnswerService,
) -> None:
    # "Tổng chi ngân sách địa phương … đạt 128% dự toán": spending, not revenue.
    ans = service.answer("Hải Dương thu ngân sách năm 2022 đạt bao nhiêu phần trăm dự toán?")
    assert ans.figure not in {"128%", "148%"}, ans.text


# ---------------------------------------------------------------------------------------------
# Intents: small talk, report facts, out of scope


@pytest.mark.parametrize(
    ("message", "language", "opening"),
    [
        ("xin chào", "vi", "Xin chào"),
        ("Cảm ơn bạn nhiều nhé!", "vi", "Rất vui"),
        ("bạn là ai?", "vi", "Tôi là Hỏi Báo Cáo"),
        ("what can you do?", "en", "I find figures"),
        ("Hello", "en", "Hello"),
        ("ok", "vi", "Vâng"),
    ],
)
def test_small_talk_gets_a_polite_reply_and_examples_never_a_figure(
    service: AnswerService, message: str, language: str, opening: str
) -> None:
    ans = service.answer(message)
    assert ans.intent == "smalltalk"
    assert ans.language == language
    assert ans.text.startswith(opening)
    assert "**" not in ans.text
    assert not ans.figure
    assert not ans.citations
    assert not ans.retrieved
    assert ("for example" if language == "en" else "ví dụ") in ans.text


def test_thanks_after_a_question_is_small_talk(service: AnswerService) -> None:
    first = "Tuyên Quang có bao nhiêu dịch vụ công mức độ 4?"
    ans = service.answer("cảm ơn bạn", history=[(first, "**1.044** …")])
    assert ans.intent == "smalltalk"
    assert "**" not in ans.text
    assert not ans.citations


@pytest.mark.parametrize("message", ["Giới thiệu đi", "Làm được những gì?", "Ai vậy?"])
def test_a_bare_ask_after_a_question_is_no_small_talk(
    service: AnswerService, message: str
) -> None:
    first = "Tuyên Quang có bao nhiêu dịch vụ công mức độ 4?"
    ans = service.answer(message, history=[(first, "**1.044** …")])
    assert ans.intent != "smalltalk"


def test_ok_after_an_english_question_is_answered_in_english(service: AnswerService) -> None:
    ans = service.answer("ok", history=[("How many level 4 services does Tuyen Quang have?", "")])
    assert ans.language == "en"


def test_out_of_scope_says_so(service: AnswerService) -> None:
    ans = service.answer("thời tiết hôm nay thế nào?")
    assert ans.intent == "out_of_scope"
    assert ans.abstained
    assert not ans.citations
    assert "ngoài nội dung" in ans.text


def test_signer_of_an_unsigned_report_names_no_other_signer(service: AnswerService) -> None:
    ans = service.answer("Ai ký báo cáo 342/BC-VPUBND?")
    assert ans.intent == "report_fact"
    assert ans.abstained
    assert "không ghi người ký" in ans.text
    assert {c.report_id for c in ans.citations} == {"003_65220bd344690fa1"}
    assert "Hung" not in ans.text
    assert "Bùi Đắc Thế" not in ans.text
    # the signature block, cited at its own line: signed for the Chief of Office by a deputy
    assert "Phần chữ ký ghi: KT. Chánh Văn phòng, Phó Chánh Văn phòng." in ans.text
    assert fold("Phó Chánh Văn phòng") in fold(ans.citations[0].quote)


def test_signature_block_in_english(service: AnswerService) -> None:
    ans = service.answer("Who signed the Tuyen Quang report?")
    assert ans.abstained
    assert "does not give its signer" in ans.text
    assert "KT. Giám đốc, Phó Giám đốc (a Deputy Director, for the Director)" in ans.text


def test_how_many_reports_and_which_province_a_report_is_from(service: AnswerService) -> None:
    listed = service.answer("Có bao nhiêu báo cáo trong kho?")
    assert listed.intent == "report_fact"
    assert listed.text.startswith("5 báo cáo:")
    province = service.answer("Which province is report 342/BC-VPUBND from?")
    assert province.figure == "Đồng Tháp"
    assert [c.report_id[:3] for c in province.citations] == ["003"]


def test_the_newest_report_of_a_province(service: AnswerService) -> None:
    ans = service.answer("What is the latest report from Ha Tinh?")
    assert ans.intent == "report_fact"
    assert [c.report_id[:3] for c in ans.citations] == ["000"]  # 15/6/2022, not Q1/2019
    assert "104/BC-STTTT" in ans.text


def test_a_report_title_reads_restored(service: AnswerService) -> None:
    ans = service.answer("Tiêu đề báo cáo của Hải Dương là gì?")
    # the metadata holds the OCR title ("Két qua thuc hién cong tac ... nim 2022")
    assert ans.figure.startswith("Kết quả thực hiện công tác Cải cách hành chính năm 2022")


@pytest.mark.parametrize(
    ("question", "value", "report"),
    [
        ("Báo cáo 98/BC-STTTT ban hành ngày nào?", "23/5/2022", "002"),
        ("bao cao so 342 do co quan nao ban hanh", "Văn phòng UBND tỉnh Đồng Tháp", "003"),
        ("What period does report 104/BC-STTTT cover?", "6 tháng đầu năm 2022", "000"),
        ("Số hiệu báo cáo năm 2022 của Hải Dương là gì?", "140/BC-UBND", "004"),
        ("Who signed report 140/BC-UBND?", "Nguyén Minh Hung", "004"),
        ("Báo cáo ngày 15/9/2022 do ai ký?", "", "003"),
        # "báo cáo 6 tháng đầu năm" names a period, not report number 6
        ("Số hiệu báo cáo 6 tháng đầu năm 2022 của Hà Tĩnh?", "104/BC-STTTT", "000"),
        ("Which report number covers the first half of the year?", "104/BC-STTTT", "000"),
        # the newest or the oldest of all reports when no province is named
        ("Số hiệu báo cáo mới nhất?", "140/BC-UBND", "004"),
        ("Who signed the earliest report?", "Bùi Đắc Thế", "001"),
        # titles as the reports print them (corpus/reports.toml), and the dates a title says
        # the figures run between as part of the period
        ("Tiêu đề báo cáo 342/BC-VPUBND là gì?",
         "Công tác cải cách hành chính quý III năm 2022 (số liệu tính từ 15/6/2022 đến 14/9/2022)",
         "003"),
        ("Báo cáo 342/BC-VPUBND là báo cáo kỳ nào?",
         "Quý III/2022 (số liệu tính từ 15/6/2022 đến 14/9/2022)", "003"),
        # a report named by its title's own words, in Vietnamese or in English
        ("Báo cáo về Đề án đẩy mạnh cải cách hành chính do cơ quan nào ban hành?",
         "Sở Thông tin và Truyền thông Tuyên Quang", "002"),
        ("Who issued the report on the scheme to promote administrative reform?",
         "Sở Thông tin và Truyền thông Tuyên Quang", "002"),
        ("Ai ký báo cáo tình hình tuyên truyền cải cách hành chính và hiện đại hóa hành chính?",
         "Bùi Đắc Thế", "001"),
    ],
)
def test_report_facts_come_from_the_metadata_of_the_named_report(
    service: AnswerService, question: str, value: str, report: str
) -> None:
    ans = service.answer(question)
    assert ans.intent == "report_fact"
    assert [c.report_id[:3] for c in ans.citations] == [report]
    assert ans.figure == value
    if value:
        assert f"**{value}**" in ans.text
    assert ans.citations[0].line_start > 0


@pytest.mark.parametrize(
    "question",
    ["Ai ký báo cáo 999/BC-UBND?", "ai ky bao cao nam 2020 cua ha tinh",
     "Báo cáo của Nghệ An ban hành ngày nào?", "Ai ký báo cáo của Sở Nội vụ Hà Tĩnh?"],
)  # fmt: skip
def test_report_facts_of_reports_not_held_are_not_found(
    service: AnswerService, question: str
) -> None:
    ans = service.answer(question)
    assert ans.abstained
    assert not ans.figure
    assert not ans.citations
    assert "Không tìm thấy" in ans.text


# ---------------------------------------------------------------------------------------------
# Answer as data; calibrated confidence


def test_a_figure_answer_carries_what_it_counts_and_alternatives(service: AnswerService) -> None:
    ans = service.answer("Tuyên Quang có bao nhiêu dịch vụ công mức độ 4 cấp huyện?")
    assert ans.intent == "figure"
    assert ans.figure == "36"
    assert "cap huy" in fold(ans.counts)  # restored: "cấp huyện"
    assert ans.holds_for == "Tuyên Quang, tính đến 20/5/2022"
    assert 1 <= len(ans.candidates) <= 2
    assert all(c.figure and c.counts and c.citation.report_id == TQ for c in ans.candidates)
    assert ans.figure not in {c.figure for c in ans.candidates}


@pytest.mark.parametrize(
    "question",
    [
        # a difference the report does not state (the rest of the states is two or more items)
        "Số hồ sơ Đồng Tháp đã giải quyết, không tính hồ sơ giải quyết trước hạn, là bao nhiêu?",
    ],
)
def test_unsure_figures_are_listed_as_candidates_without_bold(
    service: AnswerService, question: str
) -> None:
    ans = service.answer(question)
    assert ans.text.startswith("Chưa chắc chắn — các số liệu có thể phù hợp:")
    assert "**" not in ans.text
    assert not ans.figure
    assert 2 <= len(ans.candidates) <= 3
    assert "part" in ans.doubts
    for c in ans.candidates:
        assert c.figure in c.counts
        assert f"- {c.figure} — “{c.counts}”" in ans.text
        assert f"[{c.citation.n}]" in ans.text


def test_leaving_out_all_other_parts_states_the_one_left(service: AnswerService) -> None:
    # the report states the new dossiers of the period beside those carried over
    ans = service.answer(
        "Không kể hồ sơ tồn từ kỳ trước, Đồng Tháp mới tiếp nhận bao nhiêu hồ sơ trong kỳ?"
    )
    assert ans.figure == "184.408", ans.text


def test_unsure_in_english(service: AnswerService) -> None:
    ans = service.answer(
        "How many dossiers did Dong Thap receive, excluding dossiers carried over from the previous"
        " period?"
    )
    assert ans.language == "en"
    assert ans.text.startswith("Not sure — the figures that may fit:")
    assert not ans.figure
    assert ans.candidates


def test_an_english_part_word_finds_the_part(service: AnswerService) -> None:
    ans = service.answer("How many dossiers did Dong Thap receive online this quarter?")
    assert ans.figure == "42.360"


def test_a_sibling_part_is_not_stated_for_the_asked_one(service: AnswerService) -> None:
    # The report gives "Tổng cấp xã có 12.096 DVC …" and "Tổng cấp huyện có 1599 …".
    ans = service.answer("Ở Hà Tĩnh, riêng cấp huyện có tổng bao nhiêu DVC trực tuyến mức 4?")
    assert ans.figure != "12.096"
    assert "**12.096**" not in ans.text


# ---------------------------------------------------------------------------------------------
# Conversation and filters


def test_a_complete_question_after_another_is_not_merged(service: AnswerService) -> None:
    first = "Tuyên Quang có bao nhiêu dịch vụ công mức độ 4?"
    ans = service.answer("Hải Dương có bao nhiêu TTHC?", history=[(first, "1.044")])
    assert {c.province for c in ans.citations} == {"Hải Dương"}


def test_chained_follow_up_answers_about_the_original_topic(service: AnswerService) -> None:
    first = "Hà Tĩnh có bao nhiêu tin bài về CCHC trong quý I năm 2019?"
    history = [(first, "…"), ("còn Tuyên Quang thì sao?", "…")]
    ans = service.answer("còn Hà Tĩnh?", history=history)
    assert ans.citations
    assert ans.citations[0].province == "Hà Tĩnh"


@pytest.mark.parametrize(
    ("question", "filters", "named"),
    [
        ("Tuyên Quang có bao nhiêu dịch vụ công mức độ 4?", Filters(("Hà Tĩnh",)), "Tuyên Quang"),
        ("How many level-4 services did Tuyen Quang offer?", Filters(("Đồng Tháp",)),
         "Tuyên Quang"),
        ("Hà Tĩnh năm 2022 có bao nhiêu DVC mức độ 4?", Filters((), (2019,)), "2022"),
    ],
)  # fmt: skip
def test_filters_that_exclude_the_question_say_so_and_nothing_else(
    service: AnswerService, question: str, filters: Filters, named: str
) -> None:
    ans = service.answer(question, filters=filters)
    assert ans.abstained
    assert not ans.citations
    assert not ans.figure
    assert "**" not in ans.text
    assert named in ans.text
    assert ("filters" in ans.text) or ("Bộ lọc" in ans.text)


def test_service_tells_front_ends_the_reports_choices_and_chunks_of_its_index(
    service: AnswerService, seed_settings: Settings
) -> None:
    reports = service.reports()
    assert sorted(r.id for r in reports)[:1] == ["000_e698a6639bf0946b"]
    assert len(reports) == 5
    provinces, years = service.filter_choices()
    assert provinces == sorted({r.province for r in reports})
    assert years == sorted({str(r.year) for r in reports if r.year}, reverse=True)
    assert service.generation() == current_generation(seed_settings.index.dir)
    ans = service.answer("Tuyên Quang có bao nhiêu dịch vụ công mức độ 4?")
    chunk = service.chunk(ans.retrieved[0])
    assert chunk is not None
    assert chunk.id == ans.retrieved[0]
    assert chunk in service.chunks()
    assert service.chunk("no-such-chunk") is None


@pytest.mark.parametrize(
    ("question", "language"),
    [
        # a province's syllables ("Ha Tinh") are no Vietnamese words of the question
        ("Which reports do you have for Ha Tinh?", "en"),
        ("How many level 4 services does Tuyên Quang have?", "en"),
        ("do ai ky bao cao tuyen quang", "vi"),
        ("Hà Tĩnh có bao nhiêu báo cáo?", "vi"),
        ("ha tinh co bao nhieu dich vu cong muc do 4", "vi"),
        # a terse comparison with no question word
        ("Binh Phuoc road works: 2021 budget vs money paid out to date?", "en"),
        ("Lang Son bridge: funds allocated this year against funds transferred?", "en"),
        ("Hà Tĩnh vs Đồng Tháp: dịch vụ công mức độ 4 bao nhiêu?", "vi"),
    ],
)
def test_the_answer_language_is_the_question_language(question: str, language: str) -> None:
    assert detect_language(question, fold(question)) == language


@pytest.mark.parametrize(
    "question",
    [
        "How many level 3 services did Ha Tinh provide in the second half of 2022?",
        "Hà Tĩnh 6 tháng cuối năm 2022 tiếp nhận bao nhiêu hồ sơ qua bưu chính?",
    ],
)
def test_a_half_year_no_report_covers_is_not_found(service: AnswerService, question: str) -> None:
    # Hà Tĩnh's 2022 report covers the first six months only.
    ans = service.answer(question)
    assert ans.abstained
    assert not ans.figure
    assert "6 tháng cuối năm 2022" in ans.text


def test_a_half_year_a_report_covers_is_answered(service: AnswerService) -> None:
    ans = service.answer("Hà Tĩnh 6 tháng đầu năm 2022 tiếp nhận bao nhiêu hồ sơ qua bưu chính?")
    assert not ans.abstained
    assert ans.figure == "17.667"


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        # "I'd like to know": "i" is a Vietnamese syllable, "like", "know" no topic words
        ("I'd like to know how many digital certificates Tuyen Quang has issued.", "1.742"),
        ("Count the level 4 public services at commune level in Tuyen Quang", "06"),
    ],
)
def test_a_question_in_everyday_english_gets_the_figure(
    service: AnswerService, question: str, figure: str
) -> None:
    ans = service.answer(question)
    assert not ans.abstained
    assert ans.figure == figure


@pytest.mark.parametrize(
    ("question", "reports"),
    [
        ("Báo cáo nào đề cập đến hóa đơn điện tử?", ["000"]),
        ("Which reports talk about leaflets?", ["000", "001"]),
        ("Which report covers SIPAS?", ["000", "004"]),
    ],
)
def test_which_report_mentions_a_thing(
    service: AnswerService, question: str, reports: list[str]
) -> None:
    ans = service.answer(question)
    assert ans.intent == "report_fact"
    assert [c.report_id[:3] for c in ans.citations] == reports


def test_no_report_of_the_province_mentions_it(service: AnswerService) -> None:
    ans = service.answer("Which report of Tuyen Quang mentions e-invoices?")
    assert ans.abstained
    assert not ans.citations


@pytest.mark.parametrize(
    ("question", "role", "signer"),
    [
        ("Ông Bùi Đắc Thế ký báo cáo quý I/2019 của Hà Tĩnh với chức danh gì?", "Phó Giám đốc",
         "Bùi Đắc Thế"),
        ("Ông Nguyễn Minh Hùng ký báo cáo 140/BC-UBND của Hải Dương với danh nghĩa gì?",
         "KT. Chủ tịch", "Nguyén Minh Hung"),
        ("Báo cáo 342/BC-VPUBND ký với chức danh gì?", "Phó Chánh Văn phòng", ""),
    ],
)
def test_the_capacity_a_report_is_signed_in_comes_from_its_signature_block(
    service: AnswerService, question: str, role: str, signer: str
) -> None:
    """"Ký với chức danh gì": the signature block's role (signed for the head, by a deputy),
    with the signer's name where the report gives one; never the name alone."""
    ans = service.answer(question)
    assert not ans.abstained
    assert role in ans.figure
    assert signer in ans.text
    assert ans.citations


def test_recipients_are_the_reports_own_list(service: AnswerService) -> None:
    ans = service.answer("Báo cáo quý I/2019 về tuyên truyền CCHC của Hà Tĩnh gửi những cơ quan nào?")
    assert not ans.abstained
    for recipient in ("Bộ TT&TT", "UBND tỉnh", "Sở Nội vụ"):
        assert recipient in ans.figure
    assert "Lưu" not in ans.figure  # the archive copy is no recipient
    assert ans.citations[0].report_id.startswith("001")


def test_the_period_answer_gives_the_data_span_and_the_title(service: AnswerService) -> None:
    ans = service.answer(
        "Số liệu trong báo cáo quý III/2022 của Đồng Tháp tính từ ngày nào đến ngày nào?"
    )
    assert "15/6/2022" in ans.figure
    assert "14/9/2022" in ans.figure
    # the title says the period in the report's words, and what else it covers
    ans = service.answer("Báo cáo CCHC năm 2022 của Hải Dương là báo cáo kỳ nào?")
    assert ans.figure == "Năm 2022"
    assert "nhiệm vụ trọng tâm năm 2023" in ans.text


def test_a_half_year_a_later_report_writes_about_is_not_uncovered(service: AnswerService) -> None:
    """No report's period is the second half of 2021, but Hải Dương's 2022 report counts the
    documents issued then: the passages answer, not "no report covers it"."""
    ans = service.answer(
        "Trong số văn bản QPPL Hải Dương tự kiểm tra, bao nhiêu văn bản ban hành 6 tháng cuối "
        "năm 2021?"
    )
    assert ans.intent == "figure"  # "trong số văn bản": among the documents, not a number
    assert "không có báo cáo nào khớp" not in ans.text
    assert not ans.abstained
    # a half-year nobody writes about still is
    ans = service.answer("Số hồ sơ quá hạn của Đồng Tháp trong 6 tháng đầu năm 2022 là bao nhiêu?")
    assert ans.abstained
