"""Summary questions in more wordings, and the summary mechanisms they need: a part named
by words the question spells out, a report named by its number, the tasks ahead asked in
English, the part its headings name most narrowly, the key figures a summary tells.
Real parts: a small real index (tests/helpers/mini_index.py) of report texts written here."""

from __future__ import annotations

import re

import pytest

from bot.intents import Intent, read_intent
from bot.intents_types import section_kind
from bot.key_figures import headline, key_facts, varied
from bot.section_answer import SectionAnswerer, candidate_reports, names_number
from bot.summary_answer import SummaryAnswerer, spelled_out
from core.query import parse_query
from index.facts import build_facts
from index.retrieve import Retrieval
from tests.helpers.mini_index import everything, mini_index, summarise

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
