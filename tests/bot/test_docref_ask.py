"""Reading a document question: which field, which type, which numbers it names; and what is
not one (counts, lists, the report's own number)."""

from __future__ import annotations

import pytest

from bot.docref_ask import DocAsk, read_docref
from core.query import parse_query


def ask(text: str) -> DocAsk | None:
    return read_docref(parse_query(text))


@pytest.mark.parametrize(
    ("text", "field", "kind"),
    [
        ("Kế hoạch tuyên truyền CCHC của Hà Tĩnh là kế hoạch số mấy?", "number", "ke hoach"),
        ("ke hoach chuyen doi so cua hai duong so may", "number", "ke hoach"),
        ("Quyết định ban hành quy chế là số bao nhiêu?", "number", "quyet dinh"),
        ("What is the number of Hai Duong's plan on digital transformation?", "number",
         "ke hoach"),
        ("Under which decision did Ha Tinh issue its reform programme?", "number", "quyet dinh"),
        ("tờ trình này căn cứ công văn nào của Bộ Y tế", "number", "cong van"),
        ("Hà Tĩnh ban hành kế hoạch tuyên truyền năm 2022 vào ngày nào?", "date", "ke hoach"),
        ("When was Tuyen Quang's plan on e-commerce issued?", "date", "ke hoach"),
        # "văn bản hướng dẫn": a guiding document of any type; a bare "hướng dẫn" is the type
        ("Kế hoạch số hóa được lập theo văn bản hướng dẫn nào của Bộ?", "number", ""),
        ("Sở làm theo hướng dẫn nào của Bộ Tài chính?", "number", "huong dan"),
    ],
)
def test_field_and_type(text: str, field: str, kind: str) -> None:
    got = ask(text)
    assert got is not None
    assert (got.field, got.kind) == (field, kind)


def test_the_type_nearest_the_asking_words_is_the_asked_one() -> None:
    # the directive is named (with its number): the letter is what is asked
    got = ask("Hà Tĩnh triển khai Chỉ thị 02/CT-TTg bằng công văn số mấy?")
    assert got is not None
    assert (got.field, got.kind, got.named) == ("number", "cong van", ())


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Kế hoạch số 19/KH-VPUBND ban hành ngày nào?", "date"),
        ("Quyết định 1149/QĐ-BNV do cơ quan nào ban hành?", "issuer"),
        ("Văn bản số 357/UBND-KGVX1 về việc gì?", "subject"),
    ],
)
def test_a_named_number_is_looked_up(text: str, field: str) -> None:
    got = ask(text)
    assert got is not None
    assert got.field == field
    assert len(got.named) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Hải Dương ban hành bao nhiêu quyết định năm 2022?",  # a count
        "How many decisions did the People's Committee issue?",
        "Sở TT&TT Tuyên Quang đã tham mưu ban hành những văn bản nào?",  # a list
        "Which plans did Ha Tinh issue in 2022?",
        "Tuyên Quang có bao nhiêu dịch vụ công mức độ 4?",  # no document at all
        "Ai ký báo cáo 140/BC-UBND?",
        "bao cao so 104 do co quan nao ban hanh",  # a report by its bare number
        "What was the complaint resolution rate in Hai Duong last year?",  # resolving, no Resolution
    ],
)
def test_not_a_document_question(text: str) -> None:
    assert ask(text) is None


def test_a_report_number_asked_may_be_the_report_itself() -> None:
    got = ask("Báo cáo của Sở TT&TT Tuyên Quang là báo cáo số mấy?")
    assert got is not None
    assert got.about_report


@pytest.mark.parametrize(
    "text",
    [
        "Kế hoạch CCHC năm 2022 của Hải Dương hoàn thành khi nào?",  # when the work ends
        "Kế hoạch chuyển đổi số giao cho cơ quan nào thực hiện?",  # who does the work
        "Kế hoạch CCHC năm 2022 của Hải Dương có những nội dung gì?",  # what the plan holds
    ],
)
def test_work_under_a_document_is_not_the_document(text: str) -> None:
    assert ask(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "What is the document number of the Binh Phuoc office report for Q2 2021?",
        "Văn bản báo cáo quý II/2021 của Văn phòng UBND tỉnh Bình Phước có số hiệu là gì?",
        "so van ban cua bao cao quy 2 2021 binh phuoc la so may",
        "Which document number does the Binh Phuoc office's 2022 reform report carry?",
    ],
)
def test_a_generic_document_that_is_the_report_asks_its_own_number(text: str) -> None:
    # "document"/"văn bản" said of the report itself: the report's number, not a document it names
    got = ask(text)
    assert got is not None
    assert (got.field, got.kind, got.about_report) == ("number", "bao cao", True)


@pytest.mark.parametrize(
    "text",
    [
        "Văn phòng làm báo cáo quý II theo văn bản số mấy của Bộ Nội vụ?",
        "What is the document number of the plan the Binh Phuoc report cites?",
    ],
)
def test_a_document_a_report_names_stays_a_document(text: str) -> None:
    got = ask(text)
    assert got is not None
    assert got.about_report is False


def test_a_reports_reference_number_is_no_named_document() -> None:
    # no document type named: the report facts' question (intents), not the documents'
    assert ask("What is the reference number of the Binh Phuoc office's report?") is None


def test_a_generic_document_number_of_a_report_described_at_length_is_the_reports() -> None:
    # the report named after many words of description; no other type of document between
    long = ("What's the document number and signing date of Binh Phuoc's Q2 2021 online public "
            "services and digital government report?")  # fmt: skip
    ask = read_docref(parse_query(long))
    assert ask is not None
    assert ask.about_report
    # a document named by its subject, no report named: any document
    other = read_docref(parse_query("Which document number did Binh Phuoc issue on data security in 2021?"))
    assert other is None or not other.about_report


def test_a_resolution_named_beside_a_rate_is_still_a_document() -> None:
    found = ask("Which resolution set the target for the online filing rate?")
    assert found is not None
    assert found.kind == "nghi quyet"
