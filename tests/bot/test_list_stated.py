"""A list answer says the figure its lead-in states (bot/list_stated.py): the share, date or
count the words leading into an inline list give, as the report has them, cited with the list;
the sentence before it too when it states the figure and tells of the same thing; nothing when
the lead-in states none (a document's number and date, a bare year are no figure). The report
text is written for the test, in the reports' style."""

from __future__ import annotations

import pytest

from bot.intents_types import lists_and_counts
from bot.list_answer import ListAnswerer
from bot.list_stated import states_figure
from bot.section_answer import SectionAnswerer
from core.query import parse_query
from tests.helpers.mini_index import everything, mini_index

REPORT = """BÁO CÁO
Kết quả chuyển đổi số năm 2022

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Dữ liệu

- 95% cơ quan cấp tỉnh đã có cơ sở dữ liệu chuyên ngành, nổi bật là cơ sở dữ liệu của các ngành: Xây dựng, Công Thương, Nông nghiệp và Phát triển nông thôn, Văn hóa, Thể thao và Du lịch.

2. Nền tảng

Trục liên thông văn bản của tỉnh vận hành từ ngày 15/3/2020, bảo đảm liên thông văn bản điện tử giữa các cơ quan nhà nước. Hiện nay, trục liên thông văn bản của tỉnh đã kết nối với các hệ thống của Trung ương như: Hệ thống quản lý văn bản của Chính phủ; Cổng dịch vụ công quốc gia; Hệ thống thông tin báo cáo quốc gia.

3. Thương mại điện tử

Sàn giao dịch của tỉnh có hơn 250 gian hàng; đã đăng gần 300 tin, sản phẩm; hỗ trợ tiêu thụ nông sản của các huyện như: bưởi Phúc Trạch, cam Vũ Quang, chè Tây Sơn.

4. Ứng dụng

Thực hiện Kế hoạch số 45/KH-UBND ngày 12/02/2022 của UBND tỉnh, các cơ quan đã triển khai các phần mềm: quản lý văn bản và điều hành, thư điện tử công vụ, chữ ký số.
"""


def _list(question: str) -> str:
    index = mini_index(REPORT)
    ans = ListAnswerer(index, SectionAnswerer(index)).answer(
        parse_query(question), everything(index), "vi"
    )
    assert ans is not None
    return ans.text.split("Nguồn:")[0]


@pytest.mark.parametrize(
    ("clause", "states"),
    [
        ("100% cơ quan nhà nước có cơ sở dữ liệu chuyên ngành, gồm các ngành:", True),
        ("Nền tảng đi vào hoạt động từ ngày 01/10/2019 đã tạo kết nối", True),
        ("Toàn tỉnh có 1.204 dịch vụ công trực tuyến, trong đó:", True),
        # a document's number and date, a bare year, a lone digit: no figure
        ("Thực hiện Kế hoạch số 45/KH-UBND ngày 12/02/2022 của UBND tỉnh, các cơ quan:", False),
        ("Năm 2022, tỉnh đã triển khai các hệ thống như:", False),
        ("Giai đoạn 2 gồm các nhiệm vụ:", False),
        # a standard's number counts nothing
        ("Các nhà máy áp dụng hệ thống quản lý môi trường ISO 14001:2015 gồm:", False),
    ],
)
def test_states_figure(clause: str, states: bool) -> None:
    assert states_figure(clause) is states


def test_the_share_leading_into_a_list_is_said() -> None:
    text = _list("Những ngành nào có cơ sở dữ liệu chuyên ngành?")
    assert "95% cơ quan cấp tỉnh" in text
    assert "- Công Thương" in text


def test_the_sentence_before_says_since_when_of_the_same_thing() -> None:
    text = _list("Trục liên thông văn bản của tỉnh đã kết nối với những hệ thống nào?")
    assert "15/3/2020" in text
    assert "- Cổng dịch vụ công quốc gia" in text


def test_other_matters_before_the_lead_in_clause_are_not_its_lead_in() -> None:
    # the figures of the clauses before the ";" tell of other matters than the list's
    text = _list("Sàn giao dịch hỗ trợ tiêu thụ những nông sản nào?")
    assert "- cam Vũ Quang" in text
    assert "250 gian hàng" not in text
    assert "Câu dẫn" not in text


def test_a_lead_in_naming_only_a_document_adds_nothing() -> None:
    text = _list("Các cơ quan đã triển khai những phần mềm nào?")
    assert "45/KH-UBND" not in text
    assert "thư điện tử công vụ" in text


CENTRE = """BÁO CÁO
Kết quả chương trình bồi dưỡng giáo viên năm 2023

I. KẾT QUẢ

1. Lớp bồi dưỡng

Các trường tham gia lớp bồi dưỡng: Có 27 giáo viên của 14 trường tiểu học, 06 giáo viên của Trung tâm Giáo dục thường xuyên, 04 giáo viên của Trường Phổ thông dân tộc nội trú.

2. Học liệu

Lớp bồi dưỡng đã dùng các học liệu: bài giảng điện tử, sách hướng dẫn, kho đề kiểm tra.
"""


@pytest.mark.parametrize(
    ("question", "both"),
    [
        ("Những trường nào tham gia lớp bồi dưỡng, số giáo viên là bao nhiêu?", True),
        ("Which schools joined the training course, and how many teachers?", True),
        ("Những trường nào tham gia lớp bồi dưỡng?", False),
        ("Có bao nhiêu giáo viên tham gia lớp bồi dưỡng?", False),
    ],
)
def test_lists_and_counts(question: str, both: bool) -> None:
    assert lists_and_counts(parse_query(question)) is both


def test_a_list_whose_items_count_the_things_answers_a_number_asked_beside_it() -> None:
    index = mini_index(CENTRE)
    answerer = ListAnswerer(index, SectionAnswerer(index))
    q = parse_query("Những trường nào tham gia lớp bồi dưỡng, số giáo viên là bao nhiêu?")
    ans = answerer.answer(q, everything(index), "vi", counted=True)
    assert ans is not None
    assert "- 27 giáo viên của 14 trường tiểu học" in ans.text
    # a list whose items count nothing does not answer a number asked
    q = parse_query("Lớp bồi dưỡng đã dùng những học liệu nào, bao nhiêu học liệu?")
    assert answerer.answer(q, everything(index), "vi", counted=True) is None
