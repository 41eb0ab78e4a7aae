"""A part a question names by its label ("tóm tắt mục II …", "phần II … gồm những lĩnh vực
nào?"): that part, told area by area (its numbered sub-parts, a cited clause and key figures
each), whatever a sub-part's heading shares with the question's words; of two parts so
labelled ("A. … > II." and "B. … > II."), the one the question's words name. The report text
is written for the test, in the reports' style."""

from __future__ import annotations

from dataclasses import replace

from bot.section_answer import SectionAnswerer
from bot.summary_answer import SummaryAnswerer
from core.query import parse_query
from index.facts import build_facts
from index.generations import LoadedIndex
from tests.helpers.mini_index import REPORT, everything, mini_index, summarise

TOWN = """BÁO CÁO
Kết quả công tác cải cách hành chính năm 2023

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH

1. Ban hành kế hoạch

Ủy ban nhân dân thị xã đã ban hành kế hoạch cải cách hành chính năm 2023 với 41 nhiệm vụ.

2. Công tác tự đánh giá chỉ số cải cách hành chính

Thị xã đã tự đánh giá, chấm điểm chỉ số cải cách hành chính năm 2023 đạt 84,5 điểm.

II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH

1. Cải cách thể chế

Hội đồng nhân dân và Ủy ban nhân dân thị xã đã ban hành 14 văn bản trong năm 2023.

2. Cải cách thủ tục hành chính

Toàn thị xã đã tiếp nhận 8.412 hồ sơ thủ tục hành chính, giải quyết đúng hạn 97,2%.

3. Cải cách tổ chức bộ máy

Thị xã đã sắp xếp giảm 3 phòng chuyên môn và tinh giản 26 người.

4. Cải cách tài chính công

Tổng thu ngân sách trên địa bàn năm 2023 đạt 612 tỷ đồng.

III. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2024

1. Tiếp tục rà soát, đơn giản hóa thủ tục hành chính.

2. Đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính.
"""

TWO_PARTS = """BÁO CÁO
Tình hình tuyên truyền cải cách hành chính và chuyển đổi số năm 2023

A. TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Trên báo chí

Báo tỉnh đăng 130 tin, bài về cải cách hành chính.

2. Trên cổng thông tin điện tử

Cổng thông tin điện tử tỉnh đăng 75 tin, bài.

3. Trên hệ thống truyền thanh cơ sở

100% đài truyền thanh xã phát chuyên mục cải cách hành chính.

II. TỒN TẠI, HẠN CHẾ

1. Kinh phí

Kinh phí cho công tác tuyên truyền còn hạn chế.

2. Nhân lực

Cán bộ làm công tác tuyên truyền còn kiêm nhiệm.

3. Hình thức

Hình thức tuyên truyền chưa đa dạng.

B. CHUYỂN ĐỔI SỐ

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Hạ tầng số

Mạng truyền số liệu chuyên dùng kết nối 100% xã.

2. Dữ liệu số

Cơ sở dữ liệu đất đai được số hóa 62% hồ sơ.

3. Dịch vụ công trực tuyến

Tỉnh cung cấp 1.204 dịch vụ công trực tuyến.

II. TỒN TẠI, HẠN CHẾ

1. Hạ tầng

Hạ tầng kỹ thuật ở một số xã còn lạc hậu.

2. Dữ liệu

Dữ liệu các ngành còn phân tán, chưa kết nối.

3. Kỹ năng số

Kỹ năng số của người dân còn hạn chế.
"""


def _answerer(raw: str, title: str) -> tuple[SummaryAnswerer, LoadedIndex]:
    index = mini_index(raw, replace(REPORT, title=title))
    facts = build_facts(index.reports.values(), index.chunks)
    return SummaryAnswerer(index, SectionAnswerer(index), facts), index


def _summary(raw: str, title: str, question: str) -> str:
    return summarise(mini_index(raw, replace(REPORT, title=title)), question)


def test_a_part_named_by_its_label_is_told_by_its_numbered_sub_parts() -> None:
    # "mục II kết quả … cải cách hành chính": part II, not the sub-part of part I whose heading
    # also says "chỉ số cải cách hành chính", nor one sub-part of II
    text = _summary(TOWN, "Kết quả công tác cải cách hành chính năm 2023",
                    "tom tat muc II ket qua thuc hien cai cach hanh chinh nam 2023")  # fmt: skip
    body = text.split("Nguồn:")[0]
    assert "“II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH”" in body.splitlines()[0]
    for area in ("Cải cách thể chế", "Cải cách thủ tục hành chính", "tổ chức bộ máy",
                 "tài chính công"):  # fmt: skip
        assert area in body
    # each area's figure, in its own bullet; none of part I
    assert "8.412" in body
    assert "612" in body
    assert "41 nhiệm vụ" not in body
    assert "84,5" not in body


def test_of_two_parts_so_labelled_the_one_the_words_name() -> None:
    # "phần II … hạn chế về chuyển đổi số": B.II, not A.II (both "II. TỒN TẠI, HẠN CHẾ")
    answerer, index = _answerer(TWO_PARTS, "Tình hình tuyên truyền và chuyển đổi số năm 2023")
    q = parse_query("Tóm tắt phần II tồn tại, hạn chế về chuyển đổi số, dữ liệu, hạ tầng")
    ans = answerer.labelled(q, everything(index), "vi")
    assert ans is not None
    assert "phân tán" in ans.text
    assert "lạc hậu" in ans.text
    assert "kiêm nhiệm" not in ans.text


def test_a_label_the_report_lacks_names_no_part() -> None:
    answerer, index = _answerer(TOWN, "Kết quả công tác cải cách hành chính năm 2023")
    q = parse_query("Mục VI của báo cáo gồm những lĩnh vực nào?")
    assert answerer.labelled(q, everything(index), "vi") is None
    # nor does a question that names no label
    q = parse_query("Kết quả cải cách hành chính gồm những lĩnh vực nào?")
    assert answerer.labelled(q, everything(index), "vi") is None


DIGITAL = """BÁO CÁO
Kết quả chuyển đổi số năm 2023

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

Ủy ban nhân dân huyện đã ban hành kế hoạch với 17 nhiệm vụ.

II. KẾT QUẢ ĐẠT ĐƯỢC

Huyện đã cung cấp 214 dịch vụ công trực tuyến.

III. NHIỆM VỤ TRỌNG TÂM VỀ CHUYỂN ĐỔI SỐ NĂM 2024 CỦA HUYỆN

1. Phát triển hạ tầng số

Hoàn thành kết nối mạng cáp quang tới 9 xã.

2. Phát triển dữ liệu số

Số hóa 4.730 hồ sơ hộ tịch.

3. Nhiệm vụ chuyển đổi số cấp xã

a) Nhiệm vụ về chữ ký số

Cấp 138 chứng thư số cho cán bộ, công chức.

b) Nhiệm vụ về hệ thống văn bản điện tử

Kết nối hệ thống quản lý văn bản với 11 đơn vị.

4. Phát triển kinh tế số

Hỗ trợ 3.960.000.000 đồng cho doanh nghiệp chuyển đổi số.
"""


def test_a_labelled_part_whose_heading_names_the_topic_is_told_whole() -> None:
    # made up: "tasks of digital transformation (part III)": part III's own heading names the
    # topic; its area "3. Nhiệm vụ chuyển đổi số cấp xã" (parts of its own) names it too, saying
    # less beside it, yet is only one of III's areas
    answerer, index = _answerer(DIGITAL, "Kết quả chuyển đổi số năm 2023")
    for question in ("What are the tasks of digital transformation (part III)?",
                     "nhiem vu chuyen doi so (phan III) gom nhung gi?"):  # fmt: skip
        ans = answerer.answer(parse_query(question), everything(index), "vi")
        assert ans is not None
        body = ans.text.split("Nguồn:")[0]
        assert "III. NHIỆM VỤ TRỌNG TÂM VỀ CHUYỂN ĐỔI SỐ NĂM 2024" in body.splitlines()[0]
        for figure in ("9 xã", "4.730", "3.960.000.000"):
            assert figure in body


def test_a_part_inside_the_labelled_one_its_heading_names_is_told() -> None:
    # "kết quả chuyển đổi số (phần B)": B's heading leaves "kết quả" unnamed; B's results are told
    answerer, index = _answerer(TWO_PARTS, "Tình hình tuyên truyền và chuyển đổi số năm 2023")
    q = parse_query("Tóm tắt kết quả chuyển đổi số (phần B) năm 2023")
    ans = answerer.answer(q, everything(index), "vi")
    assert ans is not None
    assert "I. KẾT QUẢ ĐẠT ĐƯỢC" in ans.text.splitlines()[0]
    assert "1.204" in ans.text
    assert "lạc hậu" not in ans.text
