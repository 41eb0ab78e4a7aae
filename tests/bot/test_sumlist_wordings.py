"""Summary and list questions in more wordings, and the list mechanisms they need: places a
sentence names by their kind, a list that runs on into its sentence, what the asker sets
aside ("Ngoài …"), a name the question quotes; a part named by words the question spells out.
Real parts: a small real index (tests/helpers/mini_index.py) of report texts written here."""

from __future__ import annotations

import re

import pytest

from bot.intents import Intent, read_intent, report_fields
from bot.intents_types import is_list, is_summary, section_kind
from bot.key_figures import headline, key_facts, varied
from bot.list_answer import ListAnswerer, head_words
from bot.list_asked import besides, set_aside
from bot.list_find import enumerations, places_named
from bot.list_items import quoted_names, quotes_name
from bot.list_kinds import kind_fit
from bot.section_answer import SectionAnswerer, candidate_reports, names_number
from bot.summary_answer import SummaryAnswerer, spelled_out
from core.query import parse_query
from core.text import fold
from index.facts import build_facts
from index.retrieve import Retrieval
from tests.helpers.mini_index import everything, mini_index, summarise


@pytest.mark.parametrize(
    "question",
    [
        "What does the Binh Phuoc report say overall?",
        "what does the Quang Nam report say in general",
        "Nội dung báo cáo 77/BC-VPUBND là gì?",
        "Báo cáo của Bình Phước năm 2022 có những nội dung gì?",
        "Sum up the Binh Phuoc report",
        "What's in the Quang Nam report?",
    ],
)
def test_more_ways_to_ask_for_a_summary(question: str) -> None:
    assert is_summary(parse_query(question))


@pytest.mark.parametrize(
    "question",
    [
        "Nội dung của báo cáo về dịch vụ công là gì?",
        "What does the Binh Phuoc report say about online dossiers?",
    ],
)
def test_what_a_report_says_of_a_topic_stays_no_summary(question: str) -> None:
    assert not is_summary(parse_query(question))


def test_a_summary_of_the_newest_report_is_no_report_header() -> None:
    q = parse_query("Tóm tắt báo cáo mới nhất của Quảng Nam")
    assert report_fields(q.folded) == ()
    assert read_intent(q).intent != Intent.REPORT_FACT
    # the newest report's own fields are still report facts
    assert report_fields(parse_query("Báo cáo mới nhất của Quảng Nam ký ngày nào?").folded)


@pytest.mark.parametrize(
    "question",
    [
        "Những sáng kiến mới trong cải cách TTHC mà Sở Nội vụ Bình Phước triển khai là gì?",
        "Các phần mềm dùng chung của tỉnh Quảng Nam gồm những gì?",
        "What equipment and software does the Binh Phuoc centre use?",
        "What hardware have the communes received?",
    ],
)
def test_more_ways_to_ask_for_a_list(question: str) -> None:
    assert is_list(parse_query(question))


def test_places_a_sentence_names_by_their_kind() -> None:
    found = places_named(
        "UBND thành phố Đồng Xoài và UBND thị xã Bình Long đang xây dựng đề án đô thị thông minh."
    )
    assert found
    assert found[0][1] == ["UBND thành phố Đồng Xoài", "UBND thị xã Bình Long"]
    # as OCR spells the kinds; a place named once is named once
    ocr = places_named("dua tin vé huyén Lộc Ninh; huyén Bù Đăng; lai huyén Lộc Ninh.")
    assert ocr
    assert ocr[0][1] == ["huyén Lộc Ninh", "huyén Bù Đăng"]
    # "xã hội" names no place; a kind word its comma ends names nothing
    assert places_named("Công tác xã hội hóa và các huyện, thị xã, Thành phố đều tham gia.") == []


def test_places_as_ocr_spells_them_are_places() -> None:
    assert kind_fit("place", ["huyén Binh Giang", "thanh phd Chi Linh", "UBND thij x4 Ky Anh"]) == 1.0


REPORT = """BÁO CÁO
Kết quả công tác cải cách hành chính 6 tháng đầu năm 2022

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Xây dựng đô thị thông minh

Hệ thống giám sát điều hành thông minh đã vận hành ổn định. UBND thành phố Đồng Xoài và UBND thị xã Bình Long đang chuẩn bị các nội dung để xây dựng Đề án đô thị thông minh giai đoạn 2022-2025.

Các huyện, thị xã, thành phố tiếp tục cập nhật dữ liệu lên hệ thống.

2. Trung tâm Phục vụ hành chính công

Biên chế thuộc các cơ quan cử đến làm việc tại Trung tâm: Có 12 công chức của 9 sở, ban, ngành, 03 chiến sỹ của Công an tỉnh, 02 công chức của Bảo hiểm xã hội tỉnh, 02 nhân viên của Công ty Điện lực, 01 nhân viên Ngân hàng Nông nghiệp làm việc tại Trung tâm để hướng dẫn, tiếp nhận, luân chuyển hồ sơ, thu phí, lệ phí và trả kết quả giải quyết hồ sơ cho cá nhân, tổ chức.

3. Tuyên truyền

Tiếp tục nâng cao chất lượng chương trình chuyên đề: “Chính quyền số” (phát 02 số/tháng) trên sóng truyền hình tỉnh đã tập trung phản ánh những vấn đề nổi bật trong lĩnh vực chuyển đổi số: Nền tảng số cho nông dân; Chữ ký số cho doanh nghiệp; Thanh toán không dùng tiền mặt.

Ngoài ra, các chuyên đề pháp luật trên sóng truyền hình đã lồng ghép tuyên truyền về chuyển đổi số trong các chuyên đề, chuyên mục như: “Nông thôn mới”, “Đối thoại chính sách”, “Doanh nghiệp và hội nhập”.
"""


@pytest.fixture(scope="module")
def lists() -> tuple[ListAnswerer, object]:
    index = mini_index(REPORT)
    return ListAnswerer(index, SectionAnswerer(index)), index


def _items(answer_text: str) -> list[str]:
    return [re.sub(r"\s*\[\d+\]$", "", m) for m in re.findall(r"^- (.*)$", answer_text, re.M)]


def test_which_localities_answered_by_the_places_a_sentence_names(lists) -> None:  # type: ignore[no-untyped-def]
    answerer, index = lists
    q = parse_query("Những địa phương nào đang chuẩn bị xây dựng Đề án đô thị thông minh?")
    ans = answerer.answer(q, everything(index), "vi")
    assert ans is not None
    assert _items(ans.text) == ["UBND thành phố Đồng Xoài", "UBND thị xã Bình Long"]
    assert ans.citations
    assert "Đồng Xoài" in ans.citations[0].quote


def test_a_list_ends_where_an_item_runs_on_with_the_sentence() -> None:
    found = enumerations(
        "Biên chế cử đến Trung tâm: Có 12 công chức của 9 sở, ban, ngành, 03 chiến sỹ của Công an "
        "tỉnh, 02 công chức của Bảo hiểm xã hội tỉnh, 01 nhân viên Ngân hàng Nông nghiệp làm việc "
        "tại Trung tâm để hướng dẫn, tiếp nhận, luân chuyển hồ sơ, thu phí, lệ phí và trả kết quả."
    )
    assert any(f[-1] == "01 nhân viên Ngân hàng Nông nghiệp làm việc tại Trung tâm" for f in found)
    assert all("thu phí" not in f for f in found)


def test_what_the_asker_sets_aside_is_not_listed_again(lists) -> None:  # type: ignore[no-untyped-def]
    aside = besides(fold("Ngoài 12 công chức của 9 sở, ngành, những đơn vị nào cử người đến?"))
    assert aside == ["12", "cong", "chuc", "cua", "9", "so", "nganh"]
    assert set_aside("12 công chức của 9 Sở, ban, ngành", aside)
    assert not set_aside("03 chiến sỹ của Công an tỉnh", aside)
    answerer, index = lists
    q = parse_query(
        "Ngoài 12 công chức của 9 sở, ngành, những đơn vị nào cử người đến làm việc tại Trung tâm?"
    )
    ans = answerer.answer(q, everything(index), "vi")
    assert ans is not None
    got = _items(ans.text)
    assert got[0].startswith("03 chiến sỹ")
    assert got[-1].startswith("01 nhân viên Ngân hàng")
    assert not any("12 công chức" in i for i in got)


def test_the_list_a_quoted_name_leads_into(lists) -> None:  # type: ignore[no-untyped-def]
    assert quoted_names(fold("Chuyên đề 'Chính quyền số' đề cập những nội dung nào?")) == [
        "chinh quyen so"
    ]
    assert quotes_name("chương trình chuyên đề: “Chính quyền số” (phát", ["chinh quyen so"])
    answerer, index = lists
    q = parse_query("Chuyên đề 'Chính quyền số' trên sóng truyền hình đề cập những nội dung nào?")
    ans = answerer.answer(q, everything(index), "vi")
    assert ans is not None
    assert _items(ans.text) == [
        "Nền tảng số cho nông dân", "Chữ ký số cho doanh nghiệp",
        "Thanh toán không dùng tiền mặt",
    ]  # fmt: skip


PARTS = """BÁO CÁO
Kết quả công tác cải cách hành chính năm 2022

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

1. Ban hành kế hoạch

UBND tỉnh đã ban hành kế hoạch CCHC năm 2022 với 40 nhiệm vụ.

2. Công tác xác định chỉ số CCHC và kết quả công bố chỉ số CCHC của tỉnh

- Tổ chức tự đánh giá chỉ số CCHC năm 2021 theo hướng dẫn của Bộ Nội vụ.
- Công bố chỉ số CCHC của các sở, ban, ngành và UBND cấp huyện.
- Chỉ số CCHC của tỉnh xếp thứ 20/63 tỉnh, thành phố.

II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH

1. Cải cách thể chế

Đã ban hành 15 văn bản quy phạm pháp luật và kiểm tra 30 văn bản.

2. Cải cách thủ tục hành chính

Toàn tỉnh có 1.700 thủ tục hành chính, đã tiếp nhận 90.000 hồ sơ.

3. Cải cách tài chính công

Tổng thu ngân sách đạt 120% dự toán được giao.
"""


def test_a_part_named_by_words_the_question_spells_out() -> None:
    q = parse_query("Tóm tắt kết quả cải cách hành chính của tỉnh năm 2022")
    # the expansion's abbreviation is no word of the question's own
    assert "cchc" not in spelled_out(q, ["ket", "qua", "cai", "cach", "hanh", "chinh", "cchc"])
    typed = parse_query("Tóm tắt kết quả CCHC năm 2022")
    assert "cchc" in spelled_out(typed, ["ket", "qua", "cchc", "cai", "cach", "hanh", "chinh"])
    index = mini_index(PARTS)
    summary = SummaryAnswerer(index, SectionAnswerer(index))
    ans = summary.answer(q, everything(index), "vi")
    assert ans is not None
    head = ans.text.splitlines()[0]
    assert "KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH" in head
    assert "Cải cách thể chế" in ans.text
    assert "Cải cách tài chính công" in ans.text


def test_a_report_named_by_its_number_is_the_one_summarised() -> None:
    assert names_number("bao cao 77/bc-vpubnd co nhung diem chinh nao", "77/BC-VPUBND")
    assert names_number("tom tat bao cao so 77", "77/BC-VPUBND")
    assert not names_number("tom tat bao cao so 770", "77/BC-VPUBND")
    assert not names_number("ke hoach 177/kh-ubnd", "77/BC-VPUBND")
    index = mini_index(PARTS)
    # named, though no chunk of it was retrieved
    q = parse_query("Báo cáo 77/BC-VPUBND có những điểm chính nào?")
    assert candidate_reports(index, q, Retrieval([])) == ["t001"]


TASKS = """BÁO CÁO
Kết quả công tác cải cách hành chính năm 2022

I. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH

1. Cải cách thủ tục hành chính

Toàn tỉnh có 1.700 thủ tục hành chính, đã tiếp nhận 90.000 hồ sơ.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ CCHC TRỌNG TÂM NĂM 2023

1. Tiếp tục thực hiện các nhiệm vụ trong Kế hoạch cải cách hành chính năm 2023.

2. Kiểm tra công tác cải cách hành chính theo kế hoạch đã ban hành.

3. Đẩy mạnh thanh toán trực tuyến phí, lệ phí trên Cổng dịch vụ công.
"""


@pytest.mark.parametrize(
    "question",
    [
        "What are Binh Phuoc's key administrative reform tasks for 2023?",
        "What are the main tasks of the province for next year?",
        "What will Binh Phuoc do in 2023 for administrative reform?",
        "What are the province's tasks for the coming period?",
        "What does Binh Phuoc plan to do next year on administrative reform?",
    ],
)
def test_the_tasks_ahead_said_in_english_are_the_tasks_section(question: str) -> None:
    q = parse_query(question)
    assert section_kind(q) == "tasks"
    assert read_intent(q).intent == Intent.SECTION
    index = mini_index(TASKS)
    ans = SectionAnswerer(index).answer(q, everything(index), "en")
    assert ans is not None
    assert "NHIỆM VỤ CCHC TRỌNG TÂM NĂM 2023" in ans.text.splitlines()[0]
    assert "Kiểm tra công tác cải cách hành chính" in ans.text
    assert len(ans.citations) == 3


@pytest.mark.parametrize(
    "question",
    ["How many tasks did Binh Phuoc complete in 2022?", "What did Binh Phuoc do in 2022?"],
)
def test_tasks_counted_or_done_are_no_tasks_ahead(question: str) -> None:
    assert section_kind(parse_query(question)) != "tasks"


NAMED_PARTS = """BÁO CÁO
Tình hình tuyên truyền cải cách hành chính và kết quả cải cách hành chính năm 2022

A. TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Tuyên truyền trên báo chí

Báo tỉnh đã đăng tải 60 tin, bài về công tác cải cách hành chính.

2. Tuyên truyền trên Cổng thông tin điện tử

Cổng thông tin điện tử đã cập nhật hơn 45 tin, bài tuyên truyền.

3. Tuyên truyền tại cơ sở

Các xã đã phát hành hơn 30 ngàn tờ rơi hướng dẫn thủ tục hành chính.

II. ĐÁNH GIÁ CHUNG

1. Ưu điểm

Công tác tuyên truyền được lãnh đạo tỉnh quan tâm chỉ đạo sát sao.

2. Tồn tại, hạn chế

Kinh phí phục vụ tuyên truyền cải cách hành chính còn hạn chế.

B. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH

1. Cải cách thể chế

Đã ban hành 15 văn bản quy phạm pháp luật và kiểm tra 30 văn bản.

2. Cải cách tài chính công

- Kinh phí quản lý hành chính được giao: 19.961.000.000 đồng.

- Kinh phí đã sử dụng so với kinh phí được giao đạt tỷ lệ: 70,3%.

- Nguồn vốn đầu tư công đã giải ngân đạt tỷ lệ: 64,7%.

3. Hiện đại hóa hành chính

Toàn tỉnh có 1.700 dịch vụ công trực tuyến, 90% hồ sơ được số hóa.
"""


@pytest.mark.parametrize(
    ("question", "part", "told", "figure"),
    [
        # "kết quả tuyên truyền": the results under part A, not part A with its assessment
        ("Tóm tắt kết quả tuyên truyền CCHC của tỉnh năm 2022", "I. KẾT QUẢ ĐẠT ĐƯỢC",
         "Tuyên truyền tại cơ sở", "60"),
        # "tài chính" is no "tại chính": the public-finance area, not the results part above it
        ("tom tat ket qua cai cach tai chinh cong nam 2022", "2. Cải cách tài chính công",
         "Nguồn vốn đầu tư công", "19.961.000.000"),
    ],
)
def test_a_summary_of_the_part_its_headings_name_most_narrowly(
    question: str, part: str, told: str, figure: str
) -> None:
    index = mini_index(NAMED_PARTS)
    ans = SummaryAnswerer(index, SectionAnswerer(index)).answer(
        parse_query(question), everything(index), "vi"
    )
    assert ans is not None
    head = ans.text.splitlines()[0]
    assert f"“{part}”" in head
    assert told in ans.text
    assert figure in ans.text
    assert "Ưu điểm" not in ans.text
    assert "Cải cách thể chế" not in ans.text


KEY_FIGURES = """BÁO CÁO
Kết quả triển khai Đề án xây dựng chính quyền điện tử năm 2022

I. KẾT QUẢ ĐẠT ĐƯỢC

Tỷ lệ văn bản trao đổi giữa các cơ quan hành chính nhà nước hoàn toàn dưới dạng điện tử đạt 98%.

Tiếp tục triển khai chữ ký số trong cơ quan nhà nước: Tính đến hết tháng 05/2022, đã cấp 1.742 chứng thư số cho các cơ quan, tổ chức và cá nhân (trong đó: chứng thư số cá nhân là 1.101; chứng thư số của tổ chức là 427; sim ký số cá nhân là 214), thường xuyên duy trì hoạt động của chữ ký số trong các cơ quan nhà nước tỉnh.

Cổng Dịch vụ công tỉnh thực hiện cung cấp 1.870 dịch vụ công, số dịch vụ công đang cung cấp mức độ 2 là: 598 dịch vụ công; số dịch vụ công đang cung cấp mức độ 3 là: 228 dịch vụ công (trong đó: 71 dịch vụ công cấp tỉnh; 114 dịch vụ công cấp huyện; 43 dịch vụ công cấp xã); số dịch vụ công đang cung cấp mức độ 4 là: 1.044 dịch vụ công (trong đó: 1.002 dịch vụ công cấp tỉnh; 36 dịch vụ công cấp huyện; 06 dịch vụ công cấp xã).

Đã hoàn thành tích hợp 584 dịch vụ công mức độ 3, 4 trên Cổng Dịch vụ công Quốc gia, đạt tỷ lệ 46%.

Hệ thống hội nghị truyền hình đã phục vụ trên 30 cuộc họp được tổ chức trực tuyến.

II. TỒN TẠI, HẠN CHẾ

Hạ tầng công nghệ thông tin của một số xã còn thiếu, 13 cán bộ làm kiêm nhiệm.
"""


def test_a_summary_tells_the_totals_and_each_sections_text() -> None:
    index = mini_index(KEY_FIGURES)
    facts = build_facts(index.reports.values(), index.chunks)
    told = [f.value for f in key_facts(facts)]
    assert {"1.870", "1.742"} <= set(told)  # the totals of online services, of certificates
    text = summarise(index, "Tóm tắt báo cáo của Bình Phước")
    # a key figure is told with the part that states it, or among the report's key figures
    said = text.split("Nguồn:", 1)[0]
    # (its bullet may lead with it: the clause of the part's most key figure heads the part)
    assert re.search(r"(?:^- \*\*I\. KẾT QUẢ|Số liệu|\*\*Số liệu chính\*\*)[^\n]*1\.870", said, re.M)
    # a section's bullet tells its text, not its heading again
    assert "TỒN TẠI, HẠN CHẾ**: TỒN TẠI" not in text
    assert "13 cán bộ làm kiêm nhiệm" in text


COUNTED = """BÁO CÁO
Kết quả cải cách hành chính năm 2022

I. KẾT QUẢ ĐẠT ĐƯỢC

Tổng số hồ sơ tiếp nhận trong kỳ là 75.639 hồ sơ.

Số hồ sơ đã giải quyết đúng hạn là 72.529 hồ sơ.

Số hồ sơ đang giải quyết là 7.863 hồ sơ.

Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước đạt 95%.

Cấp huyện có 1.599 dịch vụ công trực tuyến mức độ 4.

Cấp xã có 12.096 dịch vụ công trực tuyến mức độ 4.
"""


def test_a_sections_figures_are_told_by_the_things_they_count() -> None:
    index = mini_index(COUNTED)
    facts = build_facts(index.reports.values(), index.chunks)
    # the districts' and the communes' online services are two things; dossiers one, told
    # first by their total
    assert [f.value for f in varied(facts, 4)] == ["75.639", "1.599", "12.096", "72.529"]
    # a share is told before a third count of dossiers
    five = [f.value for f in varied(facts, 5)]
    assert "95%" in five
    assert "7.863" not in five


def test_a_clause_is_told_around_its_total_not_a_part() -> None:
    index = mini_index(KEY_FIGURES)
    facts = build_facts(index.reports.values(), index.chunks)
    part = next(f for f in facts if f.value == "214")
    clause = [f for f in facts if (f.chunk_id, f.span_start) == (part.chunk_id, part.span_start)]
    assert headline(part, clause).value == "1.742"
    share = next(f for f in facts if f.value == "98%")
    assert headline(share, [share]) is share


DIRECTIVES = """BÁO CÁO
Kết quả ứng dụng công nghệ thông tin quý I năm 2022

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Công tác chỉ đạo, điều hành

Trong quý I năm 2022, hệ thống văn bản về CNTT tiếp tục được UBND tỉnh quan tâm, chỉ đạo Sở Thông tin và Truyền thông tham mưu ban hành, cụ thể:

- Kế hoạch số 12/KH-UBND ngày 10/01/2022 của UBND tỉnh về ứng dụng công nghệ thông tin năm 2022.

- Văn bản số 88/UBND-KGVX ngày 15/01/2022 về việc tăng cường bảo đảm an toàn thông tin mạng.

- Quyết định số 205/QĐ-UBND ngày 28/01/2022 ban hành Bộ tiêu chí đánh giá chính quyền điện tử.

2. Kết quả về ứng dụng CNTT

Các cơ quan đã triển khai các hệ thống: quản lý văn bản và điều hành, thư điện tử công vụ, hội nghị truyền hình trực tuyến.
"""


def test_which_documents_asked_without_nhung_are_the_documents_listed() -> None:
    q = parse_query("Văn bản chỉ đạo nào về CNTT được ban hành ở Bình Phước trong quý I/2022?")
    assert is_list(q)
    index = mini_index(DIRECTIVES)
    ans = ListAnswerer(index, SectionAnswerer(index)).answer(q, everything(index), "vi")
    assert ans is not None
    got = _items(ans.text)
    assert len(got) == 3
    assert got[0].startswith("Kế hoạch số 12/KH-UBND")
    assert "205/QĐ-UBND" in got[2]
    assert len(ans.citations) == 3


TEAMS = """BÁO CÁO
Kết quả cải cách hành chính năm 2022

I. KẾT QUẢ THỰC HIỆN

1. Cải cách thủ tục hành chính

+ Về tổ chức bộ máy, nhân sự:

Đối với Trung tâm Phục vụ hành chính công tỉnh:

Giám đốc Trung tâm là Phó Chánh Văn phòng UBND tỉnh; 01 Phó Giám đốc chuyên trách và có 03 tổ chuyên môn, gồm: T6 Hanh chinh - Tong hop; T6 Hudng dan, tiép nhan va tra két qua giai quyét TTHC; T6 Kiém tra - Giam sat.

Biên chế của Trung tâm Phục vụ hành chính công: Có 10 công chức, viên chức và người lao động (trong đó có 04 công chức; 05 viên chức và 01 lao động hợp đồng).
"""


def test_which_teams_are_the_items_that_open_with_the_kind_as_ocr_misreads_it() -> None:
    index = mini_index(TEAMS)
    q = parse_query("What specialised teams does Binh Phuoc's Public Administration Service Centre have?")
    ans = ListAnswerer(index, SectionAnswerer(index)).answer(q, everything(index), "en")
    assert ans is not None
    got = _items(ans.text)
    assert len(got) == 3
    assert all("Kiểm tra" in i or "Hướng dẫn" in i or "Hành chính" in i for i in got)
    assert not any("công chức" in i for i in got)


def test_items_that_open_with_the_asked_kind_name_it() -> None:
    index = mini_index(TEAMS)
    answerer = ListAnswerer(index, SectionAnswerer(index))
    q = parse_query("What specialised teams does the centre have?")
    head = head_words(q)
    assert head[0] == "to"
    teams = next(e for e in answerer.enumerations("t001") if e.items[0].startswith("T6"))
    staff = next(e for e in answerer.enumerations("t001") if e.items[0].startswith("10"))
    # "T6 Hướng dẫn" is "Tổ Hướng dẫn": every item names a team
    assert answerer._head_fit(teams, head) >= answerer._head_fit(staff, head) + 1.0


@pytest.mark.parametrize(
    ("question", "item", "aside"),
    [
        # what is set aside is the centre's own staff: staff of another agency are listed
        ("Ngoài công chức của Trung tâm, những cơ quan nào cử người đến?",
         "03 công chức của Bảo hiểm xã hội tỉnh", False),
        ("ngoai vien chuc cua so, nhung don vi nao tham gia", "05 viên chức của Bệnh viện tỉnh", False),
        ("Ngoài cán bộ của các huyện, những đơn vị nào được tập huấn?",
         "40 cán bộ của các huyện", True),
        ("Ngoài 12 công chức của 9 sở, ngành, những đơn vị nào cử người đến?",
         "12 công chức của 9 Sở, ban, ngành", True),
    ],
)  # fmt: skip
def test_set_aside_of_its_owner(question: str, item: str, aside: bool) -> None:
    assert set_aside(item, besides(fold(question))) is aside
