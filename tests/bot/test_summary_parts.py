"""A report summary's parts: one bullet per top-level section, naming its sub-sections, and
each section's key figures stated in its own bullet.
Real parts: a small real index (tests/helpers/mini_index.py) of a report text written here."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.structure import Section, Words, paragraphs
from bot.summary_parts import named_by, nothing_said, restates, run_in_parts
from bot.summary_render import restated as _restated
from index.chunk import chunk_report
from tests.helpers.mini_index import REPORT, mini_index, summarise

AREAS = """BÁO CÁO
Kết quả công tác cải cách hành chính năm 2023

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

Ủy ban nhân dân tỉnh đã ban hành kế hoạch cải cách hành chính năm 2023 với 48 nhiệm vụ cụ thể giao cho các sở, ngành.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ

1. Cải cách thể chế

Các sở, ngành đã tham mưu ban hành 27 văn bản quy phạm pháp luật trong năm 2023.

2. Cải cách thủ tục hành chính

Tổng số thủ tục hành chính thuộc thẩm quyền của tỉnh là 1.654 thủ tục, trong đó cấp tỉnh 1.201 thủ tục.

3. Cải cách tài chính công

Tỷ lệ giải ngân vốn đầu tư công của tỉnh năm 2023 đạt 91,4% kế hoạch vốn được giao.

III. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2024

Tiếp tục rà soát, đơn giản hóa thủ tục hành chính và nâng cao chất lượng phục vụ người dân.
"""


def _summary(question: str) -> str:
    return summarise(mini_index(AREAS), question)


def _bullets(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("- **")]


def test_a_report_summary_is_one_bullet_per_top_level_section_naming_its_areas() -> None:
    bullets = _bullets(_summary("Tóm tắt báo cáo cải cách hành chính năm 2023"))
    labels = [re.match(r"- \*\*(.*?)\*\*", b).group(1) for b in bullets]  # type: ignore[union-attr]
    assert labels == [
        "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ",
        "III. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2024",
    ]  # fmt: skip
    # the results section names what it covers, area by area, after its label
    assert (
        "** (1. Cải cách thể chế; 2. Cải cách thủ tục hành chính; 3. Cải cách tài chính "
        "công):" in bullets[1]
    )


def test_a_key_figure_is_stated_in_the_bullet_of_its_section() -> None:
    bullets = _bullets(_summary("Tóm tắt báo cáo cải cách hành chính năm 2023"))
    results = next(b for b in bullets if b.startswith("- **II."))
    assert "91,4%" in results
    assert "1.654" in results
    assert "48" in next(b for b in bullets if b.startswith("- **I."))
    # each figure once, cited
    text = "\n".join(bullets)
    assert text.count("1.654") == 1
    assert re.search(r"1\.654[^\[]*\[\d+\]", text)


def test_a_part_that_says_there_is_nothing_has_nothing_to_tell() -> None:
    long = (
        "Kết quả thực hiện luân chuyển, điều động cán bộ lãnh đạo giữa các phòng chuyên môn và "
        "các đơn vị sự nghiệp trực thuộc trong kỳ báo cáo của cơ quan"
    )
    assert len(long) > 120  # too long to be a label: the item labels itself whole
    assert nothing_said(f"{long}: Không có.", f"{long}: Không có.")
    assert nothing_said("Kết quả thanh tra công vụ", "Kết quả thanh tra công vụ: Không phát sinh")
    assert not nothing_said(
        f"{long}: Đã điều động 03 công chức.", f"{long}: Đã điều động 03 công chức."
    )


RESTATED = """BÁO CÁO
Kết quả thực hiện công tác cải cách hành chính năm 2023

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

Ủy ban nhân dân tỉnh đã ban hành kế hoạch cải cách hành chính năm 2023 với 48 nhiệm vụ cụ thể giao cho các sở, ngành.

II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH

1. Cải cách thể chế

Các sở, ngành đã tham mưu ban hành 27 văn bản quy phạm pháp luật trong năm 2023.

2. Cải cách thủ tục hành chính

Tổng số thủ tục hành chính thuộc thẩm quyền của tỉnh là 1.654 thủ tục, trong đó cấp tỉnh 1.201 thủ tục.

3. Cải cách tài chính công

Tỷ lệ giải ngân vốn đầu tư công của tỉnh năm 2023 đạt 91,4% kế hoạch vốn được giao.
"""


def test_a_part_whose_heading_restates_the_title_is_the_whole_report() -> None:
    title = "Kết quả thực hiện công tác cải cách hành chính năm 2023 và nhiệm vụ năm 2024"
    assert restates(["II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH"], title)
    assert not restates(["II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ"], title)
    # a subject the title joins after its opening one is a part of its own
    joined = "Tình hình tuyên truyền cải cách hành chính và xây dựng chính quyền điện tử năm 2023"
    assert not restates(["B. XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ"], joined)
    assert not restates(["II. Kết quả thực hiện công tác cải cách hành chính ở cấp huyện"], title)
    # "the results of administrative reform in 2023" is the report's subject: all of it is told,
    # the steering work (part I) with its figure too
    titled = replace(REPORT, title="Kết quả thực hiện công tác cải cách hành chính năm 2023")
    index = mini_index(RESTATED, titled)
    text = summarise(index, "Tóm lược kết quả cải cách hành chính năm 2023")
    labels = [b.split("**")[1] for b in _bullets(text)]
    assert [lb.split(".")[0] for lb in labels] == ["I", "II"]
    assert "48" in _bullets(text)[0]


def test_a_part_summary_states_each_figure_in_its_areas_bullet() -> None:
    bullets = _bullets(_summary("Tóm tắt phần kết quả thực hiện các nhiệm vụ"))
    finance = next(b for b in bullets if "tài chính công**" in b)
    assert "91,4%" in finance
    assert "1.654" in next(b for b in bullets if "thủ tục hành chính**" in b)


def _one(word: str) -> float:
    return 1.0


def test_a_word_only_a_translation_added_is_held_beside_its_neighbour() -> None:
    # "media training" → "truyền thông", "đào tạo": a heading's "thông báo" holds "thông" as
    # a word, not the term "truyền thông"; a typed word is held wherever the heading has it.
    words = ["truyen", "thong", "dao", "tao"]
    notice = Words.of("1. Đào tạo và thông báo tuyển dụng")
    media = Words.of("2. Đào tạo về truyền thông")
    assert named_by(words, notice, _one, words, set())[0] == 0.5  # "đào tạo" only
    assert named_by(words, media, _one, words, set())[0] == 1.0
    assert named_by(words, notice, _one, words, {"thong"})[0] == 0.75
    assert named_by(words, notice, _one)[0] == 0.75  # no sequence: every word as before


def test_a_heading_holds_a_translated_pair_across_its_stop_words() -> None:
    # "shortcomings" → "tồn tại, hạn chế": the sequence drops "tại" (a stop word), so the
    # heading is read without its stop words too; a heading without the pair does not hold it
    seq = ["shortcomings", "ton", "han", "che"]
    words = ["ton", "han", "che"]
    own = Words.of("3. Tồn tại, hạn chế")
    other = Words.of("2. Hạn chế tồn đọng hồ sơ")
    assert named_by(words, own, _one, seq, set())[0] == 1.0
    assert named_by(words, other, _one, seq, set())[0] < 1.0


_ASKED_BY = """I. KẾT QUẢ ĐẠT ĐƯỢC

1. Công khai, minh bạch

Các cơ quan đã giúp người dân tra cứu 1.200 hồ sơ trực tuyến trong kỳ.

2. Tuyên truyền

Các sở, ngành phát hành 5.000 tờ rơi hướng dẫn dịch vụ công.

II. TỒN TẠI, HẠN CHẾ

1. Hạ tầng

Một số xã chưa có đường truyền ổn định để tiếp nhận hồ sơ.

2. Nhân lực

Cán bộ làm công nghệ thông tin còn kiêm nhiệm.
"""


def test_who_asks_is_no_topic_word_of_a_part() -> None:
    # "giúp mình" (help me) names no part, though the report says "giúp" and "minh bạch":
    # the results part is summarised, not the whole report
    index = mini_index(_ASKED_BY)
    text = summarise(index, "Tóm tắt giúp mình kết quả đạt được")
    assert "KẾT QUẢ ĐẠT ĐƯỢC" in text.splitlines()[0], text
    assert "Hạ tầng" not in text


def test_areas_run_into_one_heading_are_told_apart() -> None:
    # the OCR ran "3." and "4." into the body of "2.": each numbered area is a part of its own
    text = ("2. Rà soát quy trình nội bộ của các sở.\n3. Nâng cấp phần mềm một cửa điện tử.\n"
            "4. Tập huấn kỹ năng số cho công chức cấp xã.")  # fmt: skip
    paras = [p for chunk in chunk_report(REPORT, text) for p in paragraphs(chunk)]
    sec = Section(REPORT.id, ("IV. NHIỆM VỤ", "2. Rà soát quy trình nội bộ của các sở."), paras)
    labels = [p.label for p in run_in_parts(sec)]
    assert [lb[:2] for lb in labels] == ["2.", "3.", "4."]
    assert "phần mềm một cửa" in labels[1]
    # numbers that do not go on from the heading's are the area's own list
    sec = Section(REPORT.id, ("IV. NHIỆM VỤ", "5. Khác"), paras)
    assert len(run_in_parts(sec)) == 1


LISTED = """BÁO CÁO
Tình hình hiện đại hóa hành chính quý II năm 2023

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Công tác chỉ đạo

Sở đã tham mưu ban hành 4 văn bản chỉ đạo về ứng dụng công nghệ thông tin trong quý.

2. Kết quả ứng dụng công nghệ thông tin

- Hệ thống thư điện tử công vụ được duy trì ổn định. Đã cấp 2.400 hộp thư cho cán bộ, công chức của tỉnh.

- Mạng truyền số liệu chuyên dùng đã kết nối đến 18 sở, ngành và 10 huyện, thị xã.

- Hệ thống hội nghị truyền hình trực tuyến phục vụ 35 cuộc họp của tỉnh với các huyện.

- Hệ thống chữ ký số chuyên dùng được ứng dụng trong gửi nhận văn bản từ cấp tỉnh đến cấp xã.

- Kho dữ liệu dùng chung của tỉnh lưu trữ 96.000 hồ sơ điện tử đã số hóa.
"""


def test_a_sub_section_listing_its_areas_tells_each_in_a_line() -> None:
    # "2." lists five areas: each a sub-bullet with its clause and figure, the last ones too,
    # not one bullet of its first clause and a run of figures
    index = mini_index(LISTED)
    text = summarise(index, "Tóm tắt phần kết quả đạt được")
    subs = [line for line in text.splitlines() if line.startswith("  - ")]
    assert len(subs) == 4, text  # the first area's line carries the heading
    assert "chữ ký số" in subs[2]
    assert "96.000" in subs[3]
    heads = _bullets(text)
    assert [h.split("**")[1] for h in heads] == [
        "1. Công tác chỉ đạo", "2. Kết quả ứng dụng công nghệ thông tin"
    ]  # fmt: skip
    assert "2.400" in heads[1]


def test_an_item_whose_label_is_its_clause_is_said_once() -> None:
    lead = "Kết quả rà soát, sắp xếp lại các phòng chuyên môn thuộc các sở, ngành của tỉnh"
    assert _restated(f"{lead}: Đã giảm 7 phòng …", f"{lead}: Đã giảm 7 phòng của các sở. [1]")
    assert _restated(f"2. {lead}.", f"{lead}. [2]")
    assert not _restated("Về quản lý biên chế", "Tỉnh được giao 1.200 biên chế công chức. [3]")


LEAD_IN = """BÁO CÁO
Kết quả công tác cải cách hành chính năm 2023

I. KẾT QUẢ THỰC HIỆN

1. Hoạt động của Bộ phận Một cửa

- Bộ phận Một cửa cấp huyện tiếp nhận 12.800 hồ sơ thủ tục hành chính trong năm.

- Về nhân sự:

- Bộ phận Một cửa cấp huyện có 9 công chức làm việc thường xuyên.

- Bộ phận Một cửa cấp xã bố trí 2 công chức mỗi xã.

2. Cải cách thể chế

Huyện đã rà soát 14 văn bản trong năm 2023.
"""


def test_a_lead_in_with_nothing_after_its_colon_is_no_bullet() -> None:
    # "Về nhân sự:" only announces the items after it: no bullet of a label with nothing said
    assert nothing_said("Về nhân sự", "Về nhân sự:")
    assert not nothing_said("Về nhân sự", "Về nhân sự: có 9 công chức.")
    index = mini_index(LEAD_IN)
    text = summarise(index, "Tóm tắt hoạt động của Bộ phận Một cửa")
    lines = [line for line in text.splitlines() if line.startswith("- ")]
    assert not any("Về nhân sự" in line for line in lines), text
    assert any("9 công chức" in line for line in lines), text
