"""Lists as reports write them: documents announced by their kinds and named by their subjects
("gồm các kế hoạch, quyết định về: A; B; C"), one document's subject cut at its own semicolons
("Công văn số 63 về góp ý …; cung cấp câu hỏi …; Công văn số 74 …"), and a list the sentence
goes on after ("Các hệ thống: A; B; C tiếp tục phát huy hiệu quả"). Real parts: a small real
index of a report text written here (tests/helpers/mini_index.py)."""

from __future__ import annotations

import pytest

from bot.list_answer import ListAnswerer
from bot.list_find import docs_announced, names_doc
from bot.list_items import last_trimmed
from bot.section_answer import SectionAnswerer
from core.query import parse_query
from index.generations import LoadedIndex
from tests.helpers.mini_index import everything, mini_index
from tests.helpers.typed import bullets

REPORT = """BÁO CÁO
Kết quả công tác cải cách hành chính năm 2022

I. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH

1. Cải cách thể chế

Để hoàn thiện thể chế, UBND tỉnh đã ban hành các văn bản: Kế hoạch số 149/KH-UBND ngày 14/01/2022 về xây dựng, ban hành văn bản QPPL năm 2022; Kế hoạch số 147/KH-UBND ngày 14/01/2022 về kiểm tra, rà soát văn bản QPPL năm 2022; Chỉ thị số 11/CT-UBND ngày 10/7/2022 về nâng cao chất lượng xây dựng văn bản QPPL.

2. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số

- Kết quả hoàn thiện thể chế phục vụ xây dựng, phát triển Chính quyền điện tử, Chính quyền số
+ UBND tỉnh đã chỉ đạo và ban hành các văn bản để triển khai nhiệm vụ hoàn thiện thể chế, phục vụ xây dựng, phát triển Chính quyền điện tử, Chính quyền số gồm các kế hoạch, quyết định về: Quản lý, kết nối và chia sẻ dữ liệu số của cơ quan nhà nước; phát triển kinh tế số và xã hội số của tỉnh năm 2022; ban hành Danh mục cơ sở dữ liệu dùng chung của tỉnh; ban hành Bộ Chỉ số đánh giá chuyển đổi số của tỉnh.
+ Thành lập tổ công nghệ số cộng đồng tại các xã, phường, thị trấn trên địa bàn tỉnh.

II. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

III. HIỆN ĐẠI HÓA HÀNH CHÍNH

- Hệ thống các cơ sở dữ liệu chuyên ngành được duy trì, bảo đảm phục vụ cho công tác quản lý nhà nước của các ngành, địa phương, phát huy hiệu quả (quản lý tài chính, tài sản công, quản lý cán bộ, quản lý tài nguyên, quản lý bản đồ địa chính, quản lý giáo dục, quản lý xây dựng, quy hoạch đô thị, quản lý đối tượng, chính sách người có công).
- Các hệ thống: Công báo điện tử của tỉnh; Điều hành tác nghiệp; Thư điện tử của tỉnh; Theo dõi YKCĐ tiếp tục phát huy hiệu quả.

IV. CÔNG TÁC KHÁC

Quý III năm 2022, Văn phòng ban hành Công văn số 63/VPUBND-KSTTHC ngày 30/6/2022 về việc góp ý dự thảo Báo cáo chỉ số PAPI năm 2021 của tỉnh; cung cấp câu hỏi tại Chương trình gặp gỡ, đối thoại giữa lãnh đạo tỉnh với thanh niên về cải cách hành chính năm 2022; Công văn số 74/VPUBND-KSTTHC ngày 10/6/2022 về việc dự thảo Đề án xác định chỉ số cải cách hành chính.
"""


@pytest.fixture(scope="module")
def index() -> LoadedIndex:
    return mini_index(REPORT)


def _list(index: LoadedIndex, question: str) -> list[str]:
    ans = ListAnswerer(index, SectionAnswerer(index)).answer(
        parse_query(question), everything(index), "vi"
    )
    assert ans is not None
    return bullets(ans)


def test_a_lead_in_announcing_documents_by_kind(index: LoadedIndex) -> None:
    assert docs_announced("ban hành các văn bản gồm các kế hoạch, quyết định về: ")
    assert docs_announced("Sở đã tham mưu ban hành các văn bản sau:")
    assert not docs_announced("Các hệ thống dùng chung của tỉnh như:")
    assert not docs_announced("các kế hoạch đã được triển khai đúng tiến độ.")
    # the documents it announces are of the kind asked ("which documents"), not penalised as
    # a list of no document
    lists = ListAnswerer(index, SectionAnswerer(index))
    subjects = next(e for e in lists.enumerations("t001") if "Bộ Chỉ số" in " ".join(e.items))
    assert lists._head_fit(subjects, ["van", "ban"]) >= 1.5


def test_documents_named_by_their_subjects_answer_which_documents(index: LoadedIndex) -> None:
    q = "Tỉnh đã ban hành những văn bản nào phục vụ phát triển chính quyền điện tử, chính quyền số?"
    lines = _list(index, q)
    assert len(lines) == 4
    assert "chia sẻ dữ liệu số" in lines[0]
    assert "Bộ Chỉ số đánh giá chuyển đổi số" in lines[3]
    assert not any("149/KH-UBND" in line for line in lines)


def test_a_documents_subject_cut_at_its_semicolons_stays_one_item(index: LoadedIndex) -> None:
    assert names_doc("Công văn số 74/VPUBND-KSTTHC ngày 10/6/2022 về việc dự thảo Đề án")
    assert not names_doc("cung cấp câu hỏi tại Chương trình gặp gỡ, đối thoại")
    lines = _list(index, "Quý III năm 2022 Văn phòng đã ban hành những công văn nào?")
    assert len(lines) == 2
    assert "63/VPUBND-KSTTHC" in lines[0]
    assert "cung cấp câu hỏi" in lines[0]
    assert "74/VPUBND-KSTTHC" in lines[1]


def test_documents_with_no_subject_pieces_are_left_as_listed(index: LoadedIndex) -> None:
    lines = _list(index, "UBND tỉnh đã ban hành những văn bản nào về văn bản QPPL năm 2022?")
    assert len(lines) == 3
    assert all(names_doc(line.lstrip("- ")) for line in lines)


def test_a_list_the_sentence_goes_on_after(index: LoadedIndex) -> None:
    # the last item holds no more than its name; what follows is said of all of them
    assert last_trimmed(["Công báo điện tử của tỉnh", "Điều hành tác nghiệp",
                         "Thư điện tử của tỉnh", "Theo dõi YKCĐ tiếp tục phát huy hiệu quả"])[-1] == (
        "Theo dõi YKCĐ"
    )  # fmt: skip
    assert last_trimmed(["Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính"])[-1] == "Sở Tài chính"
    # what follows the list counts as what the question says of the things, as a lead-in does
    lists = ListAnswerer(index, SectionAnswerer(index))
    systems = next(e for e in lists.enumerations("t001") if "Điều hành tác nghiệp" in e.items)
    assert systems.tail == "tiếp tục phát huy hiệu quả"
    lines = _list(index, "Những hệ thống nào của tỉnh tiếp tục phát huy hiệu quả?")
    assert len(lines) == 4
    assert "Công báo điện tử" in lines[0]
    assert lines[3].startswith("- Theo dõi YKCĐ [")
