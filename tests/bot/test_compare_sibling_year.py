"""A part whose line names another year than the question asks, beside a part stated from an
item of the same list that names the asked year: answered from that line, its date cell saying
what year the line names; never when the lines are no items of one list. Report text made up
for the test."""

from __future__ import annotations

from tests.helpers.mini_index import mini_index
from tests.helpers.parts import parts_answer, parts_body
from tests.helpers.typed import body

LIST = """II. KẾT QUẢ THỰC HIỆN
5. Cải cách tài chính công
+ Tổng thu ngân sách toàn tỉnh năm 2022 ước đạt 8.120,5 tỷ đồng, đạt 112% dự toán giao.
+ Tổng chi ngân sách địa phương năm 2021 ước đạt 9.430,2 tỷ đồng, đạt 104% dự toán.
"""

APART = """II. KẾT QUẢ THỰC HIỆN
5. Cải cách tài chính công
+ Tổng thu ngân sách toàn tỉnh năm 2022 ước đạt 8.120,5 tỷ đồng, đạt 112% dự toán giao.
Các cơ quan, đơn vị tiếp tục thực hiện cơ chế tự chủ theo quy định hiện hành của Chính phủ.
Công tác quản lý tài sản công được tăng cường, rà soát, sắp xếp lại nhà, đất theo quy định.
Việc thanh tra, kiểm tra tài chính được thực hiện thường xuyên tại các sở, ngành, địa phương.
Công tác công khai ngân sách được thực hiện theo đúng quy định của Luật Ngân sách nhà nước.
Việc giải ngân vốn đầu tư công được đôn đốc thường xuyên, gắn trách nhiệm người đứng đầu.
Các đơn vị sự nghiệp công lập tiếp tục rà soát, sắp xếp theo hướng tinh gọn, hiệu quả.
- Tổng chi ngân sách địa phương năm 2021 ước đạt 9.430,2 tỷ đồng, đạt 104% dự toán.
"""


QUESTION = "Tổng thu và tổng chi ngân sách Bình Phước năm 2022 ước đạt bao nhiêu?"


def test_a_sibling_item_of_another_year_is_stated_with_its_year_said() -> None:
    index = mini_index(LIST)
    text = parts_body(index, QUESTION)
    assert "**8.120,5**" in text, text
    assert "**9.430,2**" in text, text
    assert "dòng ghi năm 2021" in text, text


def test_a_line_of_another_year_outside_the_list_stays_unsure() -> None:
    index = mini_index(APART)
    ans = parts_answer(index, QUESTION)
    assert ans is not None
    assert "**9.430,2**" not in body(ans), body(ans)
