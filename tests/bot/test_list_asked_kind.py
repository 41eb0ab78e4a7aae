"""Lists over a small report: the list of the asked kind of thing (agencies, posts, places,
decrees), from the passage whose lead-in says what the question asks was done to them."""

from __future__ import annotations

import pytest

from bot.list_answer import ListAnswerer
from bot.section_answer import SectionAnswerer
from core.query import parse_query
from index.generations import LoadedIndex
from tests.helpers.mini_index import everything, mini_index

TEXT = """BÁO CÁO
Kết quả cải cách hành chính năm 2023

I. KẾT QUẢ THỰC HIỆN

1. Cải cách tổ chức bộ máy

Thực hiện kế hoạch biên chế, các cơ quan, đơn vị đã sử dụng đúng chỉ tiêu được giao, cụ thể:

- Biên chế công chức được giao 950 người; số có mặt 910 người.

- Số người làm việc tại các đơn vị sự nghiệp công lập là 12.400 người.

2. Cải cách thủ tục hành chính

Nhân sự các cơ quan bố trí làm việc tại Bộ phận Một cửa liên thông: Có 15 công chức của 10 sở, ngành, 03 cán bộ của Công an tỉnh, 02 nhân viên của Kho bạc Nhà nước và 02 nhân viên Ngân hàng Vietcombank làm việc tại Bộ phận để tiếp nhận hồ sơ.

3. Chế độ công vụ

- Kết quả bổ nhiệm công chức: Đã bổ nhiệm 01 công chức giữ chức vụ Phó Chánh Văn phòng; bổ nhiệm 01 viên chức giữ chức vụ Trưởng phòng Hành chính và bổ nhiệm 01 Trưởng phòng Quản trị.

- Sở tham mưu ban hành quy định về chức năng, nhiệm vụ, quyền hạn của các phòng chuyên môn.

4. Công tác văn bản

Sở đã đăng bài tuyên truyền về công tác thanh tra công vụ; đưa tin về huyện Đồng Phú, huyện Lộc Ninh.

Về thanh tra theo thẩm quyền: Đã thanh tra văn bản hành chính do HĐND và UBND thị xã Bình Long và các huyện Hớn Quản, Bù Đốp, Chơn Thành.

II. KIẾN NGHỊ, ĐỀ XUẤT

Đề nghị các Bộ, ngành Trung ương sớm ban hành Thông tư hướng dẫn để địa phương thực hiện:

- Hướng dẫn thực hiện Nghị định số 45/2021/NĐ-CP về quản lý tài sản công.

- Hướng dẫn về định mức biên chế của các đơn vị sự nghiệp.

- Hướng dẫn thực hiện Nghị định số 78/2022/NĐ-CP về tự chủ tài chính.
"""


@pytest.fixture(scope="module")
def index() -> LoadedIndex:
    """The small report's index."""
    return mini_index(TEXT)


def _answer(index: LoadedIndex, question: str) -> str:
    ans = ListAnswerer(index, SectionAnswerer(index)).answer(
        parse_query(question), everything(index), "vi"
    )
    assert ans is not None, question
    return ans.text


def test_agencies_are_the_list_that_names_agencies(index: LoadedIndex) -> None:
    # the figures the "cơ quan, đơn vị" lead-in introduces name no agency
    text = _answer(index, "Những cơ quan, đơn vị nào có người làm việc tại Bộ phận Một cửa?")
    assert "Công an tỉnh" in text
    assert "Kho bạc" in text
    assert "12.400" not in text


def test_posts_are_the_list_that_names_posts(index: LoadedIndex) -> None:
    text = _answer(index, "Sở đã bổ nhiệm những chức danh nào?")
    assert "Phó Chánh Văn phòng" in text
    assert "Trưởng phòng Quản trị" in text
    assert "quyền hạn" not in text


def test_places_of_the_clause_that_says_what_was_done(index: LoadedIndex) -> None:
    # the news about two districts follows "thanh tra" a clause earlier: not what was asked
    text = _answer(index, "Sở thanh tra văn bản hành chính của những huyện nào?")
    assert "Hớn Quản" in text
    assert "Chơn Thành" in text
    assert "Lộc Ninh" not in text


def test_decrees_the_province_asks_guidance_on(index: LoadedIndex) -> None:
    text = _answer(index, "Tỉnh kiến nghị các Bộ, ngành Trung ương hướng dẫn những Nghị định nào?")
    assert "45/2021" in text
    assert "78/2022" in text
