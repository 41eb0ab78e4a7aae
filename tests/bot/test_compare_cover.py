"""A comparison side chooses the figure said with the question's words that set it apart from
the other figures of its report (the outlet named, a web address only the heading holds), not
the one whose own item merely shares the common words ("tin bài", "CCHC"). Tables over
made-up reports of one province at two periods."""

from __future__ import annotations

from index.metadata import Report
from tests.helpers.mini_index import compare, mini_corpus
from tests.helpers.typed import body

Q1 = Report(
    "t201", "t201.txt", province="Bình Phước", agency="Sở TT&TT tỉnh Bình Phước",
    number="", date="2019-03-25", year=2019, quarter=1, period="Quý I/2019",
)  # fmt: skip
H1 = Report(
    "t202", "t202.txt", province="Bình Phước", agency="Sở TT&TT tỉnh Bình Phước",
    number="55/BC-STTTT", date="2022-06-15", year=2022, period="6 tháng đầu năm 2022",
)  # fmt: skip


def _text(paper: int, portal: int, central: int) -> str:
    return f"""A. TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH
1. Kết quả tuyên truyền trên các cơ quan báo chí
- Báo Bình Phước đã đăng tải {paper} tin và ảnh về công tác CCHC trên các ấn phẩm, tập trung phản
ánh việc cung cấp dịch vụ công trực tuyến.
- Báo chí Trung ương và tỉnh bạn cũng đã có trên {central} tin, bài tuyên truyền về công tác cải
cách hành chính của tỉnh.
2. Tuyên truyền trên Cổng thông tin điện tử của tỉnh (binhphuoc.gov.vn)
Trong kỳ, Cổng Thông tin điện tử đã cập nhật hơn {portal} tin, bài tuyên truyền về công tác cải
cách hành chính trên địa bàn tỉnh.
"""


def _figures(question: str) -> dict[str, str]:
    index = mini_corpus([(Q1, _text(61, 47, 33)), (H1, _text(104, 88, 92))])
    table = compare(index, question)
    assert table is not None
    lines = [line for line in body(table).splitlines() if line.startswith("| ")]
    rows = [line.strip("|").split("|") for line in lines]
    return {r[0].strip(): r[1].strip() for r in rows[1:]}


def test_the_portal_named_by_its_address_is_not_the_newspaper() -> None:
    # "cổng binhphuoc.gov.vn": the heading alone names the address; the newspaper's item
    # shares "đăng", "tin", "CCHC" with the question but not the portal
    got = _figures(
        "Trên cổng binhphuoc.gov.vn có bao nhiêu tin bài CCHC: quý I/2019 và 6 tháng đầu năm "
        "2022 khác nhau ra sao?"
    )
    # the question names no province: each side is labelled with the one inferred
    assert got["Bình Phước, Quý I/2019"].startswith("**47**"), got
    assert got["Bình Phước, 6 tháng đầu năm 2022"].startswith("**88**"), got
