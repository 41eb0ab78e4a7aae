"""An average asked alone of the sides ("trung bình mỗi xã có bao nhiêu …") takes the average
a side's line gives beside its total, never the total in bold; a side whose line states no
average is only a figure it may be; a side with its own clause ("…, còn cả cấp xã Y có bao
nhiêu") keeps its count. Made-up reports of two provinces."""

from __future__ import annotations

from index.metadata import Report
from tests.helpers.mini_index import compare, mini_corpus
from tests.helpers.typed import body

ONE = Report(
    "t321", "t321.txt", province="Bình Phước", agency="Sở Thông tin và Truyền thông Bình Phước",
    number="15/BC-STTTT", date="2022-06-15", year=2022, period="6 tháng đầu năm 2022",
)  # fmt: skip
TWO = Report(
    "t322", "t322.txt", province="Lâm Đồng", agency="Sở Thông tin và Truyền thông Lâm Đồng",
    number="36/BC-STTTT", date="2022-05-20", year=2022, period="5 tháng đầu năm 2022",
)  # fmt: skip
ONE_TEXT = """B. CHÍNH QUYỀN ĐIỆN TỬ
7. Kết quả cung cấp dịch vụ công trực tuyến mức độ 3 và 4
- Tổng cấp xã có 4.800 DVC trực tuyến mức độ 4 (trung bình mỗi xã có 40 DVC mức 4).
"""
TWO_TEXT = """II. KẾT QUẢ CẢI CÁCH HÀNH CHÍNH
4. Hiện đại hóa hành chính
- Số dịch vụ công đang cung cấp mức độ 4 là: 700, đạt tỷ lệ 41,5% (trong đó: 600 dịch vụ công cấp tỉnh; 80 dịch vụ công cấp huyện; 20 dịch vụ công cấp xã).
"""


def _table(question: str, language: str = "vi") -> str:
    table = compare(mini_corpus([(ONE, ONE_TEXT), (TWO, TWO_TEXT)]), question, language)
    assert table is not None
    return body(table)


def test_the_average_asked_is_bold_not_its_total() -> None:
    text = _table("Trung bình mỗi xã có bao nhiêu DVC mức độ 4: Bình Phước so với Lâm Đồng?")
    assert "**40**" in text, text
    assert "**4.800**" not in text, text


def test_a_side_stating_no_average_is_not_bold() -> None:
    text = _table("Average level-4 online services per commune: Binh Phuoc vs Lam Dong", "en")
    assert "**40**" in text, text
    assert "**20**" not in text, text
    assert "**700**" not in text, text


def test_a_side_asking_its_own_count_keeps_it() -> None:
    text = _table(
        "Trung bình mỗi xã ở Bình Phước có bao nhiêu DVC mức 4, còn cả cấp xã Lâm Đồng có bao nhiêu?"
    )
    assert "**40**" in text, text
    assert "chưa chắc" not in text, text


def test_a_closing_which_is_more_names_nothing_of_a_side() -> None:
    # the last clause's "bên nào nhiều hơn" asks of both sides: the measure named once holds
    text = _table(
        "Trung bình mỗi xã ở Bình Phước có bao nhiêu DVC mức 4, còn cả cấp xã Lâm Đồng có bao"
        " nhiêu — bên nào nhiều hơn?"
    )
    assert "**40**" in text, text
    assert "**20**" in text, text
