"""How a body is organised (bot/org_answer.py): the question asking it, the units a paragraph
names read with their diacritics, and the paragraph naming the asked body's leader and units
told sentence by sentence under its label (its staff asked: the paragraphs after it counting its
staff too), or nothing. The report text is written for the test."""

from __future__ import annotations

from bot.org_answer import (
    MIN_UNITS,
    STAFF_PARAS,
    OrgAnswerer,
    asks_organisation,
    names_asked_body,
    sentences,
    staff_after,
    unit_count,
)
from bot.section_answer import SectionAnswerer
from core.query import parse_query
from tests.helpers.mini_index import everything, mini_index
from tests.helpers.paras import paras

REPORT = """BÁO CÁO
Kết quả công tác cải cách hành chính năm 2022

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

1. Kiện toàn bộ máy

Đối với Trung tâm Hành chính công tỉnh:
Giám đốc Trung tâm do Phó Chánh Văn phòng UBND tỉnh kiêm nhiệm. Trung tâm có Tổ Tiếp nhận hồ sơ, Tổ Hướng dẫn thủ tục và Tổ Tổng hợp, mỗi tổ có 04 công chức.

2. Công tác tuyên truyền

- Đài Phát thanh và Truyền hình tỉnh phát 15 phóng sự về cải cách hành chính; lãnh đạo tỉnh chỉ đạo đăng tin trên tờ báo tỉnh và tờ rơi tại Bệnh viện Đa khoa tỉnh.
"""


def _answer(question: str, report: str = REPORT) -> str | None:
    index = mini_index(report)
    ans = OrgAnswerer(SectionAnswerer(index)).answer(parse_query(question), everything(index), "vi")
    return ans.text if ans else None


def test_organisation_asked() -> None:
    assert asks_organisation(parse_query("How is the district reception desk structured?"))
    assert asks_organisation(parse_query("bo phan tiep nhan co co cau to chuc ra sao"))
    assert not asks_organisation(parse_query("How many staff work at the reception desk?"))


def test_units_read_with_diacritics() -> None:
    assert unit_count("Tổ Tiếp nhận và Tổ Tổng hợp") == MIN_UNITS
    assert unit_count("Phòng Nội vụ và Ban Tiếp dân") == MIN_UNITS
    assert unit_count("Tổ Tiếp nhận hồ sơ") < MIN_UNITS  # one unit is no team list
    # "phóng sự", "tờ báo", "tô", "tổ chức", "phòng chống", "ban hành": no units
    assert unit_count("15 phóng sự trên tờ báo, tô màu; tổ chức phòng chống; ban hành") == 0


def test_asked_body_named() -> None:
    text = "Trung tâm có Tổ Tiếp nhận hồ sơ và Bộ phận Một cửa."
    assert names_asked_body(text, {"ai", "phu", "trach", "bo", "phan", "mot", "cua"})
    assert not names_asked_body(text, {"ai", "dung", "dau", "ban", "chi", "dao"})


def test_organisation_paragraph_quoted() -> None:
    text = _answer("Ai đứng đầu Trung tâm Hành chính công tỉnh và trung tâm gồm những tổ nào?")
    assert text is not None
    first = "Đối với Trung tâm Hành chính công tỉnh: Giám đốc Trung tâm do Phó Chánh Văn phòng"
    assert text.splitlines()[1].startswith(f"- {first}")  # a sentence a bullet
    assert any(x.startswith("- Trung tâm có Tổ Tiếp nhận hồ sơ") for x in text.splitlines())
    assert "phóng sự" not in text
    assert not any(x.startswith("> ") for x in text.splitlines())  # bullets, not a quote


STAFFED = """BÁO CÁO
Tình hình y tế và giáo dục huyện năm 2031

I. KẾT QUẢ

1. Sắp xếp bộ máy

Về Trung tâm Y tế huyện Sông Lam (bệnh viện huyện):

Giám đốc Trung tâm Y tế là bác sĩ chuyên khoa II; có Phòng Kế hoạch và Phòng Điều dưỡng.

Trung tâm bố trí 9 viên chức làm việc tại khoa cấp cứu và phòng xét nghiệm.

Về Trường Trung học phổ thông Sông Lam:

Hiệu trưởng là nhà giáo ưu tú; có 40 viên chức làm việc.
"""


def test_staff_asked_adds_the_paragraph_counting_the_bodys_staff() -> None:
    text = _answer(
        "Trung tâm Y tế huyện Sông Lam được tổ chức và bố trí nhân sự như thế nào?", STAFFED
    )
    assert text is not None
    assert (
        "- Trung tâm bố trí 9 viên chức làm việc tại khoa cấp cứu và phòng xét nghiệm. [2]" in text
    )
    assert "Trường Trung học" not in text  # a label line opens another body
    plain = _answer("Ai đứng đầu Trung tâm Y tế huyện Sông Lam, gồm những phòng nào?", STAFFED)
    assert plain is not None
    assert "9 viên chức" not in plain  # its staff not asked


def test_body_not_named_falls_through() -> None:
    # the report names no steering committee: neither paragraph answers
    assert _answer("Ai đứng đầu Ban Chỉ đạo cải cách hành chính tỉnh?") is None
    assert _answer("Who leads the provincial reform steering committee?") is None


def test_too_little_of_the_body_falls_through() -> None:
    # a unit the paragraph names, of a body (the hospital) it does not: under MIN_BODY
    assert _answer("Ai phụ trách Tổ Tiếp nhận hồ sơ của Bệnh viện Đa khoa tỉnh?") is None


def test_staff_is_read_in_at_most_staff_paras_paragraphs_after_the_make_up() -> None:
    assert STAFF_PARAS == 2  # its own staff, and the staff other agencies send it
    lines = paras(
        "Hiệu trưởng do Phó Trưởng phòng kiêm nhiệm; có Tổ A và Tổ B.\n"
        + "\n".join(f"Tổ {n} có {n + 3} viên chức." for n in range(STAFF_PARAS + 1))
    )
    assert staff_after(lines, lines[0]) == lines[1 : 1 + STAFF_PARAS]
    assert staff_after(lines, lines[-1]) == []
    no_count = paras("Hiệu trưởng kiêm nhiệm; có Tổ A và Tổ B.\nViên chức làm việc theo ca.")
    assert staff_after(no_count, no_count[0]) == []  # counts no staff


def test_a_paragraph_counting_others_than_staff_is_no_staff() -> None:
    trained = paras(
        "Giám đốc Bệnh viện kiêm nhiệm; có Khoa Nội và Khoa Ngoại.\n"
        "Tổ chức 3 lớp tập huấn cho 120 cán bộ y tế xã."
    )
    assert staff_after(trained, trained[0]) == []
    headcount = paras("Giám đốc kiêm nhiệm; có Tổ A và Tổ B.\nBiên chế được giao: 25 người.")
    assert staff_after(headcount, headcount[0]) == headcount[1:]


def test_no_sentence_ends_after_an_initial_or_an_abbreviation() -> None:
    assert sentences("Trưởng ban là ông Trần Q. Bảo. Văn phòng đặt tại UBND TP. Hạ Long.") == [
        "Trưởng ban là ông Trần Q. Bảo.",
        "Văn phòng đặt tại UBND TP. Hạ Long.",
    ]
    # a capital after the stop that is a Vietnamese letter ("Đ", "Ấ") opens a sentence too
    assert sentences("Tổ có 5 người. Địa điểm ở TX. Sơn Tây. Ấp mới có 2 tổ.") == [
        "Tổ có 5 người.",
        "Địa điểm ở TX. Sơn Tây.",
        "Ấp mới có 2 tổ.",
    ]


def test_a_paragraph_is_told_sentence_by_sentence() -> None:
    assert sentences("Trung tâm có 3 tổ. Biên chế: 10 công chức (04 công chức). ") == [
        "Trung tâm có 3 tổ.",
        "Biên chế: 10 công chức (04 công chức).",
    ]
