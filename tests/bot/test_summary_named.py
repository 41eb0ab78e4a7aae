"""The part a summary question names: by a heading the OCR damaged, by a section of running
text with no areas of its own, by its headings, its areas' labels and a phrase of its text.
Real parts: a small real index (tests/helpers/mini_index.py) of a report text written here."""

from __future__ import annotations

from dataclasses import replace

from bot.structure import Words
from bot.summary_named import described_part_names
from bot.summary_parts import flanked, held_words
from core.query import parse_query
from tests.helpers.mini_index import REPORT, mini_index, summarise

DISTRICT = """BÁO CÁO
Kết quả công tác cải cách hành chính năm 2023

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

1. Ban hành kế hoạch

Ủy ban nhân dân huyện đã ban hành kế hoạch cải cách hành chính năm 2023 với 35 nhiệm vụ.

2. Công tác kiểm tra

Trong năm, huyện đã kiểm tra công tác cải cách hành chính tại 12 cơ quan, đơn vị.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ

1. Cải cách thể chế

Các phòng chuyên môn đã tham mưu ban hành 9 văn bản trong năm 2023.

2. Cải cách tổ chức bộ máy

- Kết quả rà soát chức năng, nhiệm vụ của các cơ quan chuyên môn
+ Đã sắp xếp giảm 4 phòng chuyên môn thuộc Ủy ban nhân dân huyện.
+ Đã kiện toàn chức năng của 6 đơn vị sự nghiệp công lập.
- Về quản lý biên chế công chức
+ Biên chế công chức được giao 210 người; có mặt 198 người.
+ Số người tinh giản biên chế trong năm là 7 người.

3. Cải cách tài chính công

Tỷ lệ giải ngân vốn đầu tư công của huyện năm 2023 đạt 88,6% kế hoạch.

III. ĐÁNH GIÁ CHUNG

Năm 2023, huyện đã triển khai đồng bộ các nhiệm vụ cải cách hành chính, nhất là công tác tham mưu chỉ đạo, điều hành; rà soát và công khai thủ tục hành chính. Qua đó, kỷ luật, kỷ cương hành chính được nâng lên rõ rệt.

IV. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2024

1. Tiếp tục rà soát, đơn giản hóa thủ tục hành chính.

2. Đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính.

3. Nâng cao chất lượng phục vụ người dân.
"""


def _summary(question: str) -> str:
    # the report's subject, its title, names every part of it
    return summarise(mini_index(DISTRICT, replace(REPORT, title="Kết quả cải cách hành chính năm 2023")), question)


def test_a_part_of_running_text_named_by_its_heading_is_told_by_its_clauses() -> None:
    # "phần đánh giá chung": section III, one paragraph with no areas, not section I whose
    # text the question's words score best
    text = _summary("Tóm tắt phần đánh giá chung trong báo cáo cải cách hành chính năm 2023")
    head, bullet = text.splitlines()[:2]
    assert "“III. ĐÁNH GIÁ CHUNG”" in head
    assert "tham mưu chỉ đạo, điều hành" in bullet
    assert "kỷ luật, kỷ cương" in bullet
    # the clause the first one runs on into is not told a second time
    assert bullet.count("rà soát và công khai thủ tục hành chính") == 1


def test_a_part_named_by_its_heading_its_areas_and_a_phrase_of_its_text() -> None:
    # "sắp xếp" is said only in the part's text, "quản lý biên chế" by an area's label (an
    # item heading a list of its own, no colon after it), "tổ chức bộ máy" by its heading
    text = _summary("Tóm tắt kết quả sắp xếp tổ chức bộ máy và quản lý biên chế năm 2023")
    assert "“2. Cải cách tổ chức bộ máy”" in text.splitlines()[0]
    assert "210" in text


def test_a_short_word_is_held_misread_between_its_neighbours() -> None:
    seq = ["sap", "xep", "chuc", "bo", "may"]
    assert flanked("bo", seq, Words.of("3. Cải cách tổ chirc by may"))
    # alone, or beside other words, a two-letter word is too easily another one
    assert not flanked("bo", seq, Words.of("3. Cải cách by hành chính"))
    assert not flanked("bo", seq, Words.of("3. Tổ chức bo máy"))  # held as is: has_word's
    assert "bo" in held_words(["chuc", "bo", "may"], Words.of("Tổ chirc by máy"), seq)


def test_a_word_of_the_text_is_held_only_beside_its_neighbour() -> None:
    seq = ["sap", "xep", "chuc", "bo", "may"]
    scattered = Words.of("Xếp loại công chức; lịch sắp tới")
    phrase = Words.of("Đã sắp xếp giảm 4 phòng")
    assert held_words(["sap", "xep"], scattered, seq, set()) == set()
    assert held_words(["sap", "xep"], phrase, seq, set()) == {"sap", "xep"}


def test_heading_named_in_words() -> None:
    q = parse_query("What is written under the staff training heading in the 2021 report?")
    assert described_part_names(q) == ["staff training"]
    # a kind of section asked: its kind finds it, not a part named "e government"
    q = parse_query("What tasks are listed at the end of the e-government part?")
    assert described_part_names(q) == []


def test_an_english_word_read_several_ways_is_one_concept_of_the_part_named() -> None:
    # "staffing" reads as "biên chế", "nhân sự" and "cán bộ": the part's heading and its
    # area's label say one of them, which holds the asked word whole (all three counted
    # apart, the heading held too little of the topic and the whole report was told)
    text = _summary("Give a brief overview of the district's apparatus and staffing in 2023")
    assert "“2. Cải cách tổ chức bộ máy”" in text.splitlines()[0]
    assert "210" in text


PATROL = """BÁO CÁO
Kết quả công tác quản lý bảo vệ rừng năm 2023

I. TUẦN TRA BẢO VỆ RỪNG

1. Kết quả tuần tra rừng phòng hộ tại các xã, thị trấn ven biển

- Tuần tra theo tuyến: các tổ đội thực hiện 140 lượt tuần tra ven biển.
- Tuần tra phối hợp: các xã phối hợp biên phòng 25 đợt truy quét.
- Tuần tra ban đêm: các thị trấn duy trì 60 ca trực đêm.

2. Kết quả tuần tra rừng phòng hộ ven biển bằng máy bay không người lái

Các đội bay kiểm tra ghi nhận 9 điểm cháy và phát cảnh báo kịp thời.

II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2024

1. Tiếp tục tăng cường tuần tra bảo vệ rừng.

2. Nâng cao chất lượng trực phòng cháy.
"""


def test_a_section_without_parts_its_heading_names_fully_is_told_not_a_sibling_with_parts() -> None:
    # "2." is one paragraph (no parts of its own); "1.", told item by item, with the heading
    # above it, names most of the question's words too (all but "máy bay"), and "1." alone
    # has parts
    index = mini_index(PATROL, replace(REPORT, title="Kết quả quản lý bảo vệ rừng năm 2023"))
    text = summarise(index, "Tóm tắt kết quả tuần tra rừng phòng hộ ven biển bằng máy bay")
    assert "“2. Kết quả tuần tra rừng phòng hộ ven biển bằng máy bay" in text.splitlines()[0]
    assert "9 điểm cháy" in text
    assert "140 lượt" not in text
    # the sibling with parts, named by its own words, is still the part told
    text = summarise(index, "Tóm tắt kết quả tuần tra rừng phòng hộ tại các xã ven biển")
    head = text.splitlines()[0]
    assert "“1. Kết quả tuần tra rừng phòng hộ tại các xã, thị trấn ven biển”" in head
