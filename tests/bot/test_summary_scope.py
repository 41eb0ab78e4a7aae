"""What a summary covers, read from how staff ask: the whole report when the question names the
report by its subject ("báo cáo CCHC … có những điểm chính nào?"), the part its topic words
name ("công tác chỉ đạo, điều hành … có gì nổi bật?", "báo cáo nói gì về …", "what did the
office report about …"); the words that ask for a summary are no topic; a key figure a bullet's
cut-short clause leaves out is still told. Real parts: a small real index of a report text
written here (tests/helpers/mini_index.py)."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from bot.intents import report_fields
from bot.intents_types import asks_about, is_summary, section_kind
from bot.section_answer import SectionAnswerer
from bot.summary_answer import SummaryAnswerer
from bot.typed_answers import TypedAnswers
from core.query import parse_query
from index.generations import LoadedIndex
from tests.helpers.mini_index import REPORT, EveryChunk, everything, mini_index, summarise

TITLED = replace(REPORT, title="Công tác cải cách hành chính năm 2022")

PARTS = """BÁO CÁO
Công tác cải cách hành chính năm 2022

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH

1. Kết quả thực hiện của cơ quan

- Tiến độ thực hiện Kế hoạch cải cách hành chính: Thực hiện Kế hoạch số 367/KH-UBND ngày 25 tháng 12 năm 2021 của Ủy ban nhân dân tỉnh về cải cách hành chính tỉnh năm 2022, Văn phòng ban hành Kế hoạch số 19/KH-VPUBND ngày 31 tháng 12 năm 2021 với các nội dung nhiệm vụ cụ thể và phân công thực hiện đối với từng đơn vị, đến nay trên 91% các nhiệm vụ (21/23 nhiệm vụ) đã được triển khai thực hiện tại đơn vị.

2. Kết quả thực hiện của Ủy ban nhân dân Tỉnh

Quý III năm 2022, Tỉnh có 36 nhiệm vụ được Chính phủ giao, trong đó có 32 nhiệm vụ giải quyết đúng hạn và trước hạn.

II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH

1. Cải cách thể chế

Đã ban hành 15 văn bản quy phạm pháp luật và kiểm tra 30 văn bản.

2. Cải cách thủ tục hành chính

- Số lượng thủ tục hành chính thuộc thẩm quyền giải quyết của Tỉnh: 1.845 thủ tục.

- Kết quả giải quyết hồ sơ: Tổng số hồ sơ đã tiếp nhận: 203.566 hồ sơ; đã giải quyết 174.305 hồ sơ.

- Kết quả tiếp nhận, xử lý phản ánh, kiến nghị: tỷ lệ giải quyết phản ánh, kiến nghị đạt 96,1%.

3. Cải cách tài chính công

Tổng thu ngân sách đạt 120% dự toán được giao.

III. ĐÁNH GIÁ CHUNG

Văn phòng đã triển khai tích cực, đồng bộ các nội dung, nhiệm vụ cải cách hành chính; nhiều mô hình nổi bật được nhân rộng, bật lên phong trào thi đua trong nội bộ cơ quan.
"""


def _index() -> LoadedIndex:
    return mini_index(PARTS, TITLED)


@pytest.mark.parametrize(
    "question",
    [
        "Báo cáo CCHC năm 2022 của Bình Phước có những điểm chính nào?",
        "bao cao cai cach hanh chinh nam 2022 cua binh phuoc co nhung noi dung chinh gi",
    ],
)
def test_a_report_named_by_its_subject_is_summarised_whole(question: str) -> None:
    # "cải cách hành chính" heads parts I and II too; the question names the report by it
    text = summarise(_index(), question)
    head = text.splitlines()[0]
    assert head.startswith("**Tóm tắt** báo cáo"), head
    assert "I. CÔNG TÁC CHỈ ĐẠO" in text
    assert "II. KẾT QUẢ THỰC HIỆN" in text


def test_the_words_asking_for_a_summary_name_no_part() -> None:
    # "nổi bật" is no topic word: the part the rest of the question names
    q = "Công tác chỉ đạo, điều hành CCHC của Bình Phước năm 2022 có gì nổi bật?"
    head = summarise(_index(), q).splitlines()[0]
    assert "“I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH”" in head


def test_a_key_figure_a_cut_short_bullet_leaves_out_is_told() -> None:
    # the first clause of "1. Kết quả thực hiện của cơ quan" is cut before "21/23": the figure
    # is told after it, in its area's bullet
    text = summarise(_index(), "Tóm tắt công tác chỉ đạo, điều hành CCHC của Bình Phước")
    bullets = text.split("**Số liệu chính**")[0]
    assert "21/23" in bullets
    assert "36 nhiệm vụ" in text


@pytest.mark.parametrize(
    "question",
    [
        "Những kết quả nổi bật trong cải cách hành chính của Bình Phước năm 2022 là gì?",
        "What stands out in the Binh Phuoc report?",
        "Thành tích nổi bật nhất của tỉnh năm 2022?",
    ],
)
def test_highlights_asked_are_a_summary(question: str) -> None:
    assert is_summary(parse_query(question))


@pytest.mark.parametrize(
    "question",
    [
        "Công tác tuyên truyền CCHC của tỉnh đã làm được gì tốt?",
        "What went well in the province's administrative-reform communication?",
        "Điểm mạnh của công tác cải cách hành chính năm 2022 là gì?",
        "What did the province do well in e-government?",
    ],
)
def test_what_went_well_asks_for_the_strengths(question: str) -> None:
    assert section_kind(parse_query(question)) == "strengths"


@pytest.mark.parametrize(
    "question",
    [
        "What did the Binh Phuoc provincial office report about administrative procedure reform?",
        "What has Binh Phuoc reported on administrative procedures in 2022?",
    ],
)
def test_report_as_a_verb_asks_no_report_title(question: str) -> None:
    q = parse_query(question)
    assert report_fields(q.folded) == ()
    assert asks_about(q)


def test_a_reports_subject_is_still_its_title() -> None:
    assert report_fields(parse_query("What is the Binh Phuoc report about?").folded) == ("title",)
    assert not asks_about(parse_query("Báo cáo có bao nhiêu hồ sơ về thủ tục hành chính?"))


@pytest.mark.parametrize(
    ("question", "language", "part", "figure"),
    [
        ("Báo cáo của Bình Phước nói gì về công tác chỉ đạo, điều hành cải cách hành chính?",
         "vi", "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", "36"),
        ("What did the Binh Phuoc provincial office report about administrative procedure "
         "(TTHC) reform in 2022?", "en", "2. Cải cách thủ tục hành chính", "203.566"),
    ],
)  # fmt: skip
def test_what_a_report_says_about_a_part_is_that_parts_summary(
    question: str, language: str, part: str, figure: str
) -> None:
    index = _index()
    typed = TypedAnswers(index, EveryChunk(index))
    ans = typed.answer(parse_query(question), everything(index), language)
    assert ans is not None
    head = ans.text.splitlines()[0]
    assert f"“{part}”" in head, head
    assert figure in ans.text
    assert "Cải cách tài chính công" not in ans.text


NESTED = """BÁO CÁO
Kết quả triển khai Đề án xây dựng chính quyền điện tử năm 2022

I. Kết quả đạt được

1. Việc ban hành các văn bản triển khai Đề án

Sở đã tham mưu ban hành 12 kế hoạch về chuyển đổi số và an toàn thông tin mạng của tỉnh.

2. Kết quả cung cấp dịch vụ công trực tuyến

Cổng Dịch vụ công tỉnh cung cấp 1.870 dịch vụ công, trong đó 1.044 dịch vụ công mức độ 4.

3. Tồn tại, hạn chế

- Người dân chưa có thói quen thực hiện thủ tục hành chính trên Cổng dịch vụ công của tỉnh.
- Hệ thống máy chủ của các cơ quan được đầu tư rải rác, thiếu đồng bộ giữa các đơn vị.

4. Nguyên nhân

- Kinh phí thường xuyên hằng năm để duy trì các hệ thống công nghệ thông tin chưa được cân đối.

5. Kiến nghị, đề xuất

- Hằng năm bố trí ít nhất 1% tổng chi ngân sách địa phương cho chuyển đổi số của tỉnh.

II. Kết quả 5 tháng đầu năm 2022 về xây dựng chính quyền số

Tỷ lệ văn bản trao đổi hoàn toàn dưới dạng điện tử đạt 98% giữa các cơ quan nhà nước.

III. Cải cách tài chính công

- Kết quả thực hiện thu ngân sách nhà nước: tổng thu ngân sách đạt 120% dự toán được giao.
- Tiến độ, kết quả thực hiện các kiến nghị sau thanh tra, kiểm tra, kiểm toán nhà nước: Không có.
- Kết quả thực hiện cơ chế tự chủ tài chính: các đơn vị sự nghiệp thực hiện đúng quy định về tự chủ.
"""


def test_an_assessment_filed_under_the_results_is_named_not_told() -> None:
    text = summarise(mini_index(NESTED), "Tóm tắt báo cáo của Bình Phước")
    labels = re.findall(r"^- \*\*(.*?)\*\*", text, re.MULTILINE)
    assert labels[0] == "I. Kết quả đạt được"
    # the results' bullet names the assessment under them, states the proposal's figure
    results = text.splitlines()[1]
    assert "3. Tồn tại, hạn chế; 4. Nguyên nhân; 5. Kiến nghị, đề xuất)" in results
    assert "1%" in results
    # and tells results, not the limitations under them
    assert "thói quen" not in results
    assert "máy chủ" not in results
    assert "II. Kết quả 5 tháng đầu năm 2022" in text


def test_a_part_that_says_there_is_nothing_is_no_bullet() -> None:
    text = summarise(mini_index(NESTED), "Tóm tắt kết quả cải cách tài chính công của Bình Phước")
    assert "“III. Cải cách tài chính công”" in text.splitlines()[0]
    assert "thu ngân sách" in text
    assert "kiến nghị sau thanh tra" not in text
    assert "Không có" not in text


def test_the_words_asking_what_a_report_says_are_no_topic() -> None:
    index = _index()
    summary = SummaryAnswerer(index, SectionAnswerer(index))
    q = parse_query("Báo cáo của Bình Phước nói gì về công tác chỉ đạo, điều hành?")
    words, _ = summary.parts.topic_words(q)
    assert "noi" not in words  # "nói gì về", though the report says "nội bộ"
    assert {"chi", "dao", "dieu", "hanh"} <= set(words)


TWO_AREAS = """BÁO CÁO
Kết quả cải cách hành chính năm 2022

I. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH

1. Cải cách thể chế

Đã ban hành 15 văn bản quy phạm pháp luật và kiểm tra 30 văn bản.

2. Cải cách tổ chức bộ máy

- Kết quả rà soát, sắp xếp tổ chức bộ máy của các sở, ban, ngành:
+ Đã sắp xếp giảm 22 tổ chức bên trong của các sở, ban, ngành.
+ Giảm số lượng cấp phó trưởng phòng theo phương án sắp xếp đã duyệt.
- Về tình hình quản lý, sử dụng biên chế công chức, viên chức:
+ Biên chế công chức năm 2022 tỉnh được giao 1.858 người; số có mặt là 1.752 người.
+ Số lượng giải quyết tinh giản biên chế là 103 người.

3. Cải cách tài chính công

Tổng thu ngân sách đạt 120% dự toán được giao.
"""


def test_a_part_of_two_areas_each_with_its_own_list_is_summarised() -> None:
    text = summarise(mini_index(TWO_AREAS), "Điểm qua kết quả cải cách tổ chức bộ máy năm 2022")
    head = text.splitlines()[0]
    assert "“2. Cải cách tổ chức bộ máy”" in head, head
    assert "Kết quả rà soát, sắp xếp tổ chức bộ máy" in text
    assert "Về tình hình quản lý, sử dụng biên chế" in text
    assert "Cải cách tài chính công" not in text


# A report all about CCHC: a heading naming CCHC ("2. … chỉ số cải cách hành chính") is no
# limitations section, and the section on staffing names its quota only in an area's label.
KINDS = """BÁO CÁO
Kết quả thực hiện công tác cải cách hành chính năm 2022

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH

1. Công tác kiểm tra cải cách hành chính

Sở Nội vụ đã kiểm tra công tác cải cách hành chính tại 12 cơ quan, đơn vị và kịp thời chấn chỉnh các thiếu sót.

2. Công tác xác định chỉ số cải cách hành chính

Ủy ban nhân dân tỉnh công bố chỉ số cải cách hành chính năm 2021 của 20 sở, ngành và 9 huyện, thị xã.

II. KẾT QUẢ THỰC HIỆN

1. Cải cách tổ chức bộ máy

- Kết quả sắp xếp tổ chức: Đã sắp xếp giảm 7 phòng chuyên môn thuộc các sở, ngành.

- Về quản lý biên chế: Tỉnh được giao 1.200 biên chế công chức, thực tế có mặt 1.150 người.

- Về phân cấp quản lý nhà nước: Các cơ quan thực hiện đúng quy định về phân cấp.

2. Cải cách tài chính công

Tổng thu ngân sách trên địa bàn đạt 110% dự toán được giao.

III. ĐÁNH GIÁ CHUNG

1. Ưu điểm

- Công tác chỉ đạo, điều hành được lãnh đạo tỉnh quan tâm thường xuyên.

2. Những tồn tại, hạn chế

- Một số đơn vị gửi báo cáo định kỳ chậm so với thời gian quy định.

- Việc số hóa hồ sơ thủ tục hành chính còn gặp nhiều khó khăn do thiếu thiết bị.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Những hạn chế trong công tác cải cách hành chính của Bình Phước là gì?",
        "Tóm tắt những tồn tại, hạn chế trong công tác CCHC năm 2022 của Bình Phước.",
    ],
)
def test_a_kind_asked_is_the_section_whose_heading_names_it(question: str) -> None:
    # the report's subject ("cải cách hành chính") heads part I's areas too: the section whose
    # heading names the limitations holds them, not the one whose heading says "CCHC"
    index = mini_index(KINDS, TITLED)
    ans = TypedAnswers(index, EveryChunk(index)).answer(
        parse_query(question), everything(index), "vi"
    )
    assert ans is not None
    assert "số hóa hồ sơ" in ans.text
    assert "chỉ số cải cách hành chính năm 2021" not in ans.text


def test_a_topic_its_part_and_an_areas_label_name_together_is_that_part() -> None:
    # "tổ chức bộ máy" is the part's heading, "biên chế" one area's label: the part told area
    # by area, not one figure of it
    index = mini_index(KINDS, TITLED)
    q = "Báo cáo của Bình Phước nói gì về cải cách bộ máy và biên chế?"
    ans = TypedAnswers(index, EveryChunk(index)).answer(parse_query(q), everything(index), "vi")
    assert ans is not None
    assert "“1. Cải cách tổ chức bộ máy”" in ans.text.splitlines()[0]
    assert "1.200" in ans.text
    assert "giảm 7 phòng" in ans.text
