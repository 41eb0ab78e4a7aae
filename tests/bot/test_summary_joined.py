"""Which part a summary question names when it joins two topics, the second an area inside the
first, and when it says how it asks ("làm được gì", "tóm tắt ngắn", "số liệu chính") beside
its topic. Real parts: a small real index (tests/helpers/mini_index.py) of a report written
here."""

from __future__ import annotations

from dataclasses import replace

from bot.part_before_colon import named_before_colon
from bot.summary_named import ASKED_FOR
from core.query import parse_query
from tests.helpers.mini_index import REPORT, mini_index, summarise

TOWN = """BÁO CÁO
Tình hình thực hiện nhiệm vụ năm 2024 của thị xã

I. CÔNG TÁC CHỈ ĐẠO

Ủy ban nhân dân thị xã đã làm việc với các phường về kế hoạch năm 2024 gồm 28 nhiệm vụ.

II. KẾT QUẢ THỰC HIỆN

1. Hoàn thiện thể chế

- Công tác soạn thảo văn bản
+ Đã soạn thảo 17 văn bản quy phạm pháp luật.
+ Đã lấy ý kiến góp ý của 9 cơ quan.
- Công tác tự kiểm tra văn bản
+ Đã tự kiểm tra 23 văn bản.
+ Phát hiện 2 văn bản cần sửa đổi.

2. Kiểm soát thủ tục hành chính

- Kết quả rà soát thủ tục hành chính
+ Đã rà soát 45 thủ tục hành chính thuộc thẩm quyền của thị xã.
+ Đề xuất đơn giản hóa 8 thủ tục hành chính.
+ Công bố công khai 45 quy trình nội bộ.
- Kết quả tiếp nhận phản ánh, kiến nghị của người dân
+ Tiếp nhận 14 phản ánh, kiến nghị về thủ tục hành chính.
+ Đã xử lý xong 12 phản ánh, kiến nghị.
+ Còn 2 phản ánh đang xem xét, trả lời.

3. Quản lý ngân sách

- Kết quả thu ngân sách
+ Thu ngân sách đạt 312 tỷ đồng.
+ Tăng 6 phần trăm so với năm trước.
+ Thu từ đất đạt 64 tỷ đồng.
- Kết quả chi ngân sách
+ Chi ngân sách đạt 287 tỷ đồng.
+ Giải ngân vốn đầu tư đạt 91 phần trăm.
+ Chi thường xuyên đạt 203 tỷ đồng.

III. PHƯƠNG HƯỚNG NĂM 2025

1. Tiếp tục rà soát thủ tục hành chính.

2. Đẩy mạnh thu ngân sách.
"""


def _summary(question: str) -> str:
    return summarise(mini_index(TOWN, replace(REPORT, title="Tình hình thực hiện nhiệm vụ năm 2024")), question)


def test_two_joined_topics_the_second_inside_the_first_are_told_by_the_part_holding_both() -> None:
    # the feedback area's heading path holds every word asked, but the question asks the
    # whole procedure-control part and that area of it: the part, its review area told too
    text = _summary("Tóm tắt kiểm soát thủ tục hành chính và tiếp nhận phản ánh năm 2024")
    assert "“2. Kiểm soát thủ tục hành chính”" in text.splitlines()[0]
    assert "45" in text
    assert "14" in text


def test_a_heading_that_says_both_joined_words_is_kept() -> None:
    # one area asked by the words of its own heading: the narrow area, not its part
    text = _summary("Tóm tắt kết quả tiếp nhận phản ánh, kiến nghị của người dân ở thị xã 2024")
    assert "45" not in text
    assert "14" in text


def test_what_was_done_and_a_short_summary_are_asked_not_topic_words() -> None:
    # "làm được những gì", "ngắn" (the report's own text says "làm việc"): the budget part asked
    text = _summary("Trong quản lý ngân sách năm 2024 thị xã làm được những gì, tóm tắt ngắn")
    assert "“3. Quản lý ngân sách”" in text.splitlines()[0]
    assert "312" in text
    assert "287" in text
    text = _summary("Kiểm soát thủ tục hành chính ở thị xã đã làm được những gì? Tóm tắt ngắn gọn")
    assert "“2. Kiểm soát thủ tục hành chính”" in text.splitlines()[0]
    # the key figures asked ("số liệu chính") name no topic: the budget part, not the report
    text = _summary("tóm tắt ngắn kết quả quản lý ngân sách, nêu số liệu chính")
    assert "“3. Quản lý ngân sách”" in text.splitlines()[0]


def test_the_asking_words_are_read_out_and_topic_words_kept() -> None:
    def left(folded: str) -> str:
        return " ".join(ASKED_FOR.sub(" ", folded).split())

    assert left("da lam duoc gi ve ngan sach") == "da ve ngan sach"
    assert left("tom tat ngan gon ket qua") == "ket qua"
    assert left("tom tat ngan ket qua, neu so lieu chinh") == "ket qua, neu"
    # "ngàn", "ngân sách" and "số liệu chính thức" are topics, not how a summary is asked
    assert left("hon 30 ngan to roi") == "hon 30 ngan to roi"
    assert left("so lieu chinh thuc ve ngan sach") == "so lieu chinh thuc ve ngan sach"


def test_a_part_named_before_a_colon_is_told_whole_not_an_area_listed_after_it() -> None:
    # "kết quả thu ngân sách" after the colon is the revenue area's heading; the part named
    # before it is the budget, both areas told
    text = _summary("Tóm tắt phần quản lý ngân sách năm 2024: kết quả thu ngân sách")
    assert "“3. Quản lý ngân sách”" in text.splitlines()[0]
    assert "312" in text
    assert "287" in text


def test_the_words_before_the_colon_name_the_part() -> None:
    asked = "summarise the budget section of the town report: revenue and spending"
    assert named_before_colon(asked, asked) == "summarise the budget section of the town report"
    asked = "Phần ngân sách: thu, chi"
    assert named_before_colon(parse_query(asked).folded, asked) == "phan ngan sach"
    assert named_before_colon("phan ngan sach: thu, chi", "phan ngan sach: thu, chi") == (
        "phan ngan sach"
    )  # typed without accents: still the part noun
    # no part noun before the colon: a time or a list, nothing cut
    for whole in ("ket qua thu ngan sach: bao nhieu ty dong?", "tom tat bao cao 6 thang"):
        assert named_before_colon(whole, whole) == whole


def test_words_that_fold_like_a_part_noun_name_no_part() -> None:
    # "mức", "phản", "phân" fold to "muc", "phan": a level or a feedback before a colon is no
    # part named, the whole question is kept
    for typed in ("Tóm tắt dịch vụ công mức độ 4: số hồ sơ, tỷ lệ", "Tóm tắt phản ánh, kiến nghị: số đã xử lý",
                  "Tóm tắt phân cấp ngân sách: thu, chi"):  # fmt: skip
        folded = parse_query(typed).folded
        assert ":" in folded
        assert named_before_colon(folded, typed) == folded
    # the same question naming "mục" is cut at its colon
    typed = "Tóm tắt mục dịch vụ công: số hồ sơ, tỷ lệ"
    assert named_before_colon(parse_query(typed).folded, typed) == "tom tat muc dich vu cong"
