"""Reading what a question asks, and which messages continue the previous question. Our own
wordings, in Vietnamese, without diacritics and in English (the evaluation set is not used)."""

from __future__ import annotations

import pytest

from bot.conversation import is_follow_up, merge, subject_words, with_history
from bot.intents import FIELDS, Intent, read_intent, report_fields, smalltalk_kind
from core.query import parse_query


@pytest.mark.parametrize(
    ("message", "kind", "en"),
    [
        ("xin chào", "greet", False),
        ("Chào bạn!", "greet", False),
        ("chao ban nhe", "greet", False),
        ("Hello there", "greet", True),
        ("cảm ơn", "thanks", False),
        ("Cảm ơn bạn nhiều nhé!", "thanks", False),
        ("cam on ban", "thanks", False),
        ("thanks a lot!", "thanks", True),
        ("ok, thanks", "thanks", True),
        ("bạn là ai?", "who", False),
        ("Who are you?", "who", True),
        ("bạn làm được gì?", "help", False),
        ("what can you do?", "help", True),
        ("ok", "ack", False),
        ("Vâng", "ack", False),
        ("got it", "ack", True),
        ("tạm biệt", "bye", False),
    ],
)
def test_small_talk_is_recognised_in_both_languages(message: str, kind: str, en: bool) -> None:
    assert smalltalk_kind(parse_query(message).folded) == (kind, en)
    assert read_intent(parse_query(message)).intent == Intent.SMALLTALK


@pytest.mark.parametrize(
    "message",
    [
        "cảm ơn, còn Hà Tĩnh thì sao?",
        "chào bạn, Hải Dương có bao nhiêu TTHC?",
        "ok vậy tỷ lệ hồ sơ đúng hạn là bao nhiêu",
        "Ai ký báo cáo này?",
    ],
)
def test_a_question_with_a_greeting_is_not_small_talk(message: str) -> None:
    assert smalltalk_kind(parse_query(message).folded) is None


@pytest.mark.parametrize(
    ("question", "fields"),
    [
        ("Ai ký báo cáo 342/BC-VPUBND?", ("signer",)),
        ("Who signed the Dong Thap report?", ("signer",)),
        ("Báo cáo 98/BC-STTTT ban hành ngày nào?", ("date",)),
        ("bao cao cua hai duong ban hanh ngay nao", ("date",)),
        ("When was report 140/BC-UBND issued?", ("date",)),
        ("Báo cáo quý I/2019 của Hà Tĩnh do cơ quan nào ban hành?", ("agency",)),
        ("Which agency wrote the Tuyen Quang report?", ("agency",)),
        ("Số hiệu báo cáo của Đồng Tháp là gì?", ("number",)),
        ("What is the report number of the Hai Duong report?", ("number",)),
        ("Tiêu đề báo cáo 104/BC-STTTT là gì?", ("title",)),
        ("Báo cáo 342/BC-VPUBND là báo cáo quý nào?", ("period",)),
        ("What period does report 104/BC-STTTT cover?", ("period",)),
        ("Có những báo cáo nào?", FIELDS),
        ("Ai ký và ban hành ngày nào báo cáo 140/BC-UBND?", ("date", "signer")),
        # more wordings staff use, in both languages
        ("Ngày ký báo cáo 342/BC-VPUBND?", ("date",)),
        ("bao cao 98/BC-STTTT ban hanh ngay bao nhieu", ("date",)),
        ("Signing date of the Hai Duong report?", ("date",)),
        ("Tên đầy đủ của báo cáo Hải Dương?", ("title",)),
        ("What is the Hai Duong report about?", ("title",)),
        ("What is the name of the Tuyen Quang report?", ("title",)),
        ("Kỳ báo cáo của báo cáo Tuyên Quang?", ("period",)),
        ("Which organisation prepared the Ha Tinh 2019 report?", ("agency",)),
        ("Who is the author of the Dong Thap report?", ("agency",)),
        # "ký báo cáo" (signs) folds like "kỳ báo cáo" (period): the signer only
        ("Người ký báo cáo của Hải Dương là ai?", ("signer",)),
        ("ai ky bao cao tuyen quang", ("signer",)),
        ("What is the number of the Ha Tinh Q1 2019 report?", ("number",)),
        # a possessive instead of "the": the province's report
        ("What is the number of Tuyen Quang's 2022 digital government report?", ("number",)),
        ("Give me the report's number for Ha Tinh Q1 2019", ("number",)),
        # "report No. 98" names the report; the number is not what is asked
        ("What is report No. 98 about?", ("title",)),
        ("Who signed report No. 98/BC-STTTT?", ("signer",)),
        ("When was report no. 342 issued?", ("date",)),
        ("Give me the number and date of the Tuyen Quang report", ("number", "date")),
        ("What are the agency and number of the Dong Thap report?", ("number", "agency")),
        ("Bao cao 140/BC-UBND cua tinh nao?", ("province",)),
        ("Which province is report 342/BC-VPUBND from?", ("province",)),
        ("Có bao nhiêu báo cáo trong kho?", FIELDS),
        ("How many reports do you have?", FIELDS),
        ("Báo cáo mới nhất của Hà Tĩnh là báo cáo nào?", FIELDS),
        ("bao cao moi nhat cua ha tinh ban hanh ngay nao", ("date",)),
        # a name asked as "tên là gì", a date as "lập vào thời gian nào", a number as the
        # report's reference
        ("Báo cáo số 98 của Tuyên Quang tên là gì?", ("title",)),
        ("Báo cáo của Đồng Tháp có tên gì?", ("title",)),
        ("Báo cáo 140/BC-UBND được lập vào thời gian nào?", ("date",)),
        ("What is the reference of the Dong Thap report?", ("number",)),
        # the report named by its agency's long name
        ("What is the number of the Binh Phuoc Department of Planning and Investment report?",
         ("number",)),
        ("In what year was report 104/BC-STTTT issued?", ("date", "period")),
        ("Who put their name to the Hai Duong report?", ("signer",)),
        # the name of an official by their post asks who signed, not the report's title
        ("Give the name of the vice chairman who signed the Binh Phuoc report", ("signer",)),
        ("What time span does the Dong Thap report cover?", ("period",)),
        # in what capacity it is signed: the signature block's role, not the name
        ("Báo cáo 98/BC-STTTT ký với chức danh gì?", ("role",)),
        ("Ông Nguyễn Minh Hùng ký báo cáo 140/BC-UBND với danh nghĩa gì?", ("role",)),
        ("In what capacity was the Dong Thap report signed?", ("role",)),
        # the signer's title is a post, not the report's title
        ("Which title did the signatory of the Binh Phuoc report hold?", ("role",)),
        ("What is the signer's title on report 12/BC-UBND?", ("role",)),
        ("Tell me the post held by the official who signed report 12/BC-UBND", ("role",)),
        # whom it is sent to: the "Nơi nhận" list, not the issuing agency
        ("Báo cáo quý I/2019 của Hà Tĩnh gửi những cơ quan nào?", ("recipients",)),
        ("Who are the recipients of report 140/BC-UBND?", ("recipients",)),
        ("To which ministries was the Binh Phuoc report sent?", ("recipients",)),
        ("Which agencies did the office submit report 77/BC-VPUBND to?", ("recipients",)),
        # a stranded "to" before the purpose; another field asked beside the recipients
        ("Which unit is report 77/BC-VPUBND forwarded to for review?", ("recipients",)),
        ("Who issued the Binh Phuoc report, and which department was it sent to for approval?",
         ("agency", "recipients")),
        ("Báo cáo 77 do cơ quan nào ban hành và gửi những cơ quan nào?", ("agency", "recipients")),
        # the dates its figures run between: the period, with its data span
        ("Số liệu trong báo cáo quý III/2022 của Đồng Tháp tính từ ngày nào đến ngày nào?",
         ("period",)),
        ("Which dates do the numbers in the Tuyen Quang report run between?", ("period",)),
        ("What is the date range of the data in report 140/BC-UBND?", ("period",)),
        ("Ngày tháng năm ban hành báo cáo Đồng Tháp?", ("date",)),
        ("Report 98/BC-STTTT is about what?", ("title",)),
        ("Có mấy báo cáo của Hà Tĩnh?", FIELDS),
        ("Which report was issued most recently?", FIELDS),
        ("Báo cáo nào được ban hành sớm nhất?", FIELDS),
        # the report named by what it is about ("về Đề án …") is still the report asked about
        ("Báo cáo về Đề án đẩy mạnh CCHC do cơ quan nào ban hành?", ("agency",)),
        # which reports mention a thing: every field of each
        ("Báo cáo nào đề cập đến hóa đơn điện tử?", FIELDS),
        ("Which report of Tuyen Quang mentions e-invoices?", FIELDS),
        # "did X issue its report on <period>": "report" is the noun issued, not the verb
        # "reported on"
        ("When did Ha Tinh issue its report on the first half of 2022?", ("date",)),
        ("Who signed the report on the third quarter of 2022 that Dong Thap sent?", ("signer",)),
        ("When did Hai Duong publish the report on its 2022 reform work?", ("date",)),
        # the fields asked of the report named right after them; the plan named after that is
        # what the report is about ("bc" is "báo cáo")
        ("so hieu va ngay ky bc cua van phong ubnd binh phuoc ve ke hoach cai cach 2022",
         ("number", "date")),
        ("Ngày ban hành báo cáo của Sở Nội vụ về chương trình chuyển đổi số?", ("date",)),
        # a name asked beside who signed is the signer's, not the report's title
        ("ai ky bc 77 cua vp ubnd binh phuoc, ho ten la gi", ("signer",)),
        ("Who signed report 77/BC-VPUBND, and what is their name?", ("signer",)),
        ("Ai ký báo cáo 77 và tên báo cáo là gì?", ("signer", "title")),
        # "số và ngày" is the report's number and date ("số ngày" alone counts days)
        ("so va ngay bc cua so noi vu binh phuoc", ("number", "date")),
        ("Ngày và số báo cáo của Văn phòng UBND tỉnh?", ("number", "date")),
        # a person asked by a signing: "which official (name) signed", "what officer signed"
        ("Which officer (name) signed report 77/BC-VPUBND?", ("signer",)),
        ("what official signed the Binh Phuoc home affairs report", ("signer",)),
        # where it was sent, asked as "gửi những đâu"
        ("bc 77 gui nhung dau", ("recipients",)),
    ],
)
def test_report_fact_questions(question: str, fields: tuple[str, ...]) -> None:
    q = parse_query(question)
    assert report_fields(q.folded) == fields
    assert read_intent(q).intent == Intent.REPORT_FACT


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Báo cáo của Hải Dương có bao nhiêu nhiệm vụ CCHC?", Intent.FIGURE),
        # "trong số văn bản …": among the documents, not a document's number
        ("Trong số văn bản Hải Dương rà soát, bao nhiêu văn bản ban hành năm 2021?", Intent.FIGURE),
        ("Theo báo cáo, kế hoạch CCHC năm 2022 của Hải Dương số mấy?", Intent.FIGURE),
        ("Số ngày giải quyết một hồ sơ theo báo cáo của Bình Phước?", Intent.FIGURE),
        ("Ngày và số hồ sơ tiếp nhận qua bưu chính theo báo cáo?", Intent.FIGURE),
        # the plan named before the report is the one asked
        ("Số hiệu của kế hoạch CCHC nêu trong bc của Bình Phước?", Intent.FIGURE),
        ("Tuyên Quang có bao nhiêu dịch vụ công mức độ 4?", Intent.FIGURE),
        ("how many online dossiers did Dong Thap receive?", Intent.FIGURE),
        ("số hồ sơ trực tuyến Đồng Tháp tiếp nhận trong kỳ", Intent.FIGURE),
        ("Tỷ lệ hồ sơ giải quyết đúng hạn của Đồng Tháp là bao nhiêu?", Intent.PERCENT),
        ("ty le ho so dung han cua dong thap", Intent.PERCENT),
        ("What share of dossiers were settled on time in Dong Thap?", Intent.PERCENT),
        ("So sánh số TTHC của Đồng Tháp và Hải Dương", Intent.COMPARISON),
        ("Hà Tĩnh năm 2019 và 2022 có bao nhiêu DVC mức độ 4?", Intent.COMPARISON),
        ("Liệt kê những khó khăn trong công tác CCHC của Hải Dương", Intent.SECTION),
        ("Sở Nội vụ Hà Tĩnh đề ra nhiệm vụ gì cho quý IV?", Intent.SECTION),
        ("Summarise the difficulties Tuyen Quang reports", Intent.SECTION),
        # "kỳ báo cáo" inside a content question is when, not a question about the report
        ("Trong kỳ báo cáo Đồng Tháp tiếp nhận bao nhiêu hồ sơ?", Intent.FIGURE),
        # legal reporters ("báo cáo viên pháp luật") are not reports
        ("Hải Dương bồi dưỡng bao nhiêu báo cáo viên pháp luật?", Intent.FIGURE),
        ("What is the number of dossiers in the Dong Thap report?", Intent.FIGURE),
        ("What is the number of Dong Thap's dossiers in the Q3 report?", Intent.FIGURE),
        ("What is the number and share of online dossiers in the Dong Thap report?", Intent.PERCENT),
        ("Trong kỳ báo cáo của tỉnh, Đồng Tháp đã làm gì để cải cách TTHC?", Intent.PASSAGE),
        ("What was Tuyen Quang's PAR Index ranking in 2021?", Intent.FIGURE),
        # a count asked in other English words
        ("Give me the count of dossiers Dong Thap received online.", Intent.FIGURE),
        ("Count the level 3 public services at district level in Tuyen Quang", Intent.FIGURE),
        ("What was the figure for level 3 online services in Ha Tinh?", Intent.FIGURE),
        # "first" and "latest" near "report" are no question about the newest report
        ("How many dossiers does the report give for the first quarter?", Intent.FIGURE),
        ("According to the report, what is the latest number of level 4 services?", Intent.FIGURE),
        # a share asked in other English words
        ("What fraction of its tasks had Hai Duong carried out?", Intent.PERCENT),
        ("What proportion of dossiers were settled on time?", Intent.PERCENT),
        ("How many per cent of services are at level 4?", Intent.PERCENT),
        # "report on" as the verb of what was done stays a content question
        ("What did Hai Duong report on its digital certificates?", Intent.PASSAGE),
    ],
)
def test_figure_percent_comparison_section(question: str, intent: Intent) -> None:
    assert read_intent(parse_query(question)).intent == intent


def test_out_of_scope_needs_no_place_and_no_known_words() -> None:
    def never(_: str) -> bool:
        return False

    assert read_intent(parse_query("thời tiết hôm nay thế nào"), never).intent == (
        Intent.OUT_OF_SCOPE
    )
    # A named province keeps it a question about the reports (answered or "not found").
    assert read_intent(parse_query("thời tiết Hà Tĩnh hôm nay"), never).intent != (
        Intent.OUT_OF_SCOPE
    )


# ---------------------------------------------------------------------------------------------
# Follow-ups

TQ = "Tuyên Quang có bao nhiêu dịch vụ công mức độ 4?"


@pytest.mark.parametrize(
    "message",
    ["còn Hà Tĩnh thì sao?", "con ha tinh thi sao", "what about Dong Thap?", "và Hải Dương?",
     "Hà Tĩnh?", "mức độ 3?", "quý II/2022 thì sao?", "còn cấp huyện?", "năm 2019?"],
)  # fmt: skip
def test_follow_ups_merge(message: str) -> None:
    assert is_follow_up(parse_query(message))


@pytest.mark.parametrize(
    "message",
    ["Hải Dương có bao nhiêu TTHC?", "xin chào", "cảm ơn bạn", "ok",
     "Tỷ lệ hồ sơ đúng hạn của Đồng Tháp là bao nhiêu?", "Còn Hải Dương có bao nhiêu TTHC?",
     "Ai ký báo cáo 342/BC-VPUBND?"],
)  # fmt: skip
def test_complete_questions_and_small_talk_never_merge(message: str) -> None:
    q = parse_query(message)
    assert not is_follow_up(q)
    assert with_history(q, [(TQ, "…")]) == q


def test_a_subject_of_its_own_is_found() -> None:
    assert subject_words(parse_query("còn Hà Tĩnh thì sao?")) == []
    assert "tthc" in subject_words(parse_query("Hải Dương có bao nhiêu TTHC?"))


def test_follow_up_takes_the_new_province_and_keeps_the_topic() -> None:
    q = with_history(parse_query("còn Hà Tĩnh thì sao?"), [(TQ, "1.044")])
    assert q.provinces == ("Hà Tĩnh",)
    assert "dich vu cong" in q.folded
    assert "muc do 4" in q.folded
    assert "tuyen quang" not in q.folded
    assert q.text == "còn Hà Tĩnh thì sao?"


def test_chained_follow_ups_keep_the_original_topic() -> None:
    history = [(TQ, "1.044"), ("còn Hà Tĩnh thì sao?", "…")]
    q = with_history(parse_query("còn Đồng Tháp?"), history)
    assert q.provinces == ("Đồng Tháp",)
    assert "dich vu cong" in q.folded
    assert "muc do 4" in q.folded
    assert "ha tinh" not in q.folded
    assert "tuyen quang" not in q.folded


def test_small_talk_between_questions_is_skipped() -> None:
    history = [(TQ, "1.044"), ("cảm ơn", "Rất vui được giúp bạn.")]
    q = with_history(parse_query("còn Hà Tĩnh?"), history)
    assert q.provinces == ("Hà Tĩnh",)
    assert "muc do 4" in q.folded


def test_a_new_level_replaces_the_old_one() -> None:
    q = merge(parse_query("còn mức độ 3?"), parse_query(TQ))
    assert "muc do 3" in q.folded
    assert "muc do 4" not in q.folded
    assert q.provinces == ("Tuyên Quang",)


def test_a_new_period_replaces_the_old_one() -> None:
    prev = parse_query("Hà Tĩnh quý I năm 2019 có bao nhiêu tin bài về CCHC?")
    q = merge(parse_query("năm 2022 thì sao?"), prev)
    assert q.years == (2022,)
    assert "2019" not in q.folded
    assert "tin bai" in q.folded


def test_do_ai_ky_asks_the_signer_only() -> None:
    assert report_fields(parse_query("Báo cáo của Tuyên Quang do ai ký?").folded) == ("signer",)
    assert report_fields(parse_query("Báo cáo này do ai ban hành?").folded) == ("agency",)


def test_the_number_of_things_in_a_report_is_a_count_not_its_number() -> None:
    # a place or thing counted in the report ("… dossiers in the … report") is no report number
    q = parse_query("What is the number of the dossiers received in the Binh Phuoc report?")
    assert report_fields(q.folded) == ()


def test_a_date_given_to_name_the_report_is_not_asked() -> None:
    for text in ("Who signed the Bình Phước report dated 3 March 2021?",
                 "Ai ký báo cáo ban hành ngày 3/3/2021 của Sở Nội vụ?",
                 "ai ky bao cao ky ngay 3/3/2021?"):  # fmt: skip
        assert report_fields(parse_query(text).folded) == ("signer",), text
    # a date asked beside it still is
    both = parse_query("When was report 12/BC-SNV issued and who signed it?")
    assert report_fields(both.folded) == ("date", "signer")
