"""A side's figure at the scope the question names for every side outweighs a figure of no
scope that words the question does not say would otherwise leave standing ("… cấp xã được
trang bị máy tính" beside "… hồ sơ cán bộ công chức … đạt 100%"). Made-up reports of one
province in two periods."""

from __future__ import annotations

from index.metadata import Report
from tests.helpers.mini_index import compare, mini_corpus
from tests.helpers.typed import body

OLD = Report(
    "t201", "t201.txt", province="Bình Phước", agency="Sở Thông tin và Truyền thông Bình Phước",
    number="", date="2019-03-25", year=2019, period="Quý I/2019", quarter=1,
)  # fmt: skip
NEW = Report(
    "t202", "t202.txt", province="Bình Phước", agency="Sở Thông tin và Truyền thông Bình Phước",
    number="51/BC-STTTT", date="2022-06-15", year=2022, period="6 tháng đầu năm 2022",
)  # fmt: skip
OLD_TEXT = """B. HIỆN ĐẠI HÓA HÀNH CHÍNH
2. Kết quả về ứng dụng CNTT
- 100% CBCC cấp tỉnh, cấp huyện, 91% CBCC cấp xã được trang bị máy tính.
- Hiện nay, các đơn vị đã tổ chức cập nhật hơn 21.300 hồ sơ cán bộ công chức, viên chức vào hệ thống phần mềm (đạt 100%).
"""
NEW_TEXT = """B. XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ
2. Kết quả xây dựng hạ tầng kỹ thuật
- 100% CBCC cấp tỉnh, cấp huyện, 96% CBCC cấp xã được trang bị máy tính.
"""


def test_the_scope_asked_outweighs_unsaid_words() -> None:
    table = compare(
        mini_corpus([(OLD, OLD_TEXT), (NEW, NEW_TEXT)]),
        "Tỷ lệ CBCC cấp xã ở Bình Phước quý I/2019 so với 6 tháng đầu năm 2022?",
    )
    assert table is not None
    text = body(table)
    assert "**91%**" in text, text
    assert "**96%**" in text, text
    assert "**100%**" not in text, text
