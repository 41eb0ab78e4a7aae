"""A comparison side is asked of the same figure answerer a single-figure question gets (its
fact opinion included): a side the fact ranking leaves missing takes the figure that answerer
states, when that figure keeps the asked kind of thing (unit, counted noun, share or count);
one of another kind leaves the side missing. A year written after one province dates that
province only. Tables over made-up reports."""

from __future__ import annotations

from bot.compare_answered import keeps_kind
from bot.compare_kind import asked_kind
from bot.compare_sides import Side, side_query, sides_of
from core.query import parse_query
from index.facts import Fact, build_facts
from index.lexical import tokenize
from index.metadata import Report
from tests.helpers.mini_index import compare_wired, mini_corpus, side_row
from tests.helpers.typed import body

BP = Report(
    "t301", "t301.txt", province="Bình Phước", agency="Sở TT&TT Bình Phước",
    number="21/BC-STTTT", date="2022-06-15", year=2022, period="6 tháng đầu năm 2022",
)  # fmt: skip
YB = Report(
    "t302", "t302.txt", province="Yên Bái", agency="Sở TT&TT Yên Bái",
    number="43/BC-STTTT", date="2019-04-10", year=2019, quarter=1, period="Quý I/2019",
)  # fmt: skip
# the share stated before the list of what it holds for (the question's words come after it)
BP_TEXT = """B. XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ
4. Kết quả xây dựng, phát triển các ứng dụng, dịch vụ nội bộ
- Điều hành, tác nghiệp trực tuyến được duy trì đồng bộ. Các hệ thống thông tin hỗ trợ điều hành
tác nghiệp, gửi nhận văn bản, chữ ký số được ứng dụng thường xuyên từ cấp tỉnh đến cấp xã.
Đạt tỷ lệ 100% đối với các nội dung: Ứng dụng chữ ký số trong giao dịch điện tử, trong gửi nhận
văn bản điện tử của CQNN cấp tỉnh, cấp huyện; văn bản, tài liệu chính thức trao đổi giữa CQNN
trên địa bàn tỉnh được trao đổi hoàn toàn dưới dạng điện tử.
5. Kết quả giải quyết thủ tục hành chính
- Hệ thống một cửa điện tử đã tiếp nhận 12.345 hồ sơ thủ tục hành chính; toàn tỉnh công bố 45
TTHC mới.
"""
YB_TEXT = """B. HIỆN ĐẠI HÓA HÀNH CHÍNH
2. Kết quả về ứng dụng công nghệ thông tin
- Tỷ lệ văn bản, tài liệu chính thức trao đổi giữa cơ quan nhà nước trên địa bàn tỉnh được trao
đổi hoàn toàn dưới dạng điện tử đạt 88%; tỷ lệ trao đổi văn bản điện tử của UBND cấp xã đạt 81%.
"""


def test_a_side_the_single_figure_answer_finds_is_not_missing() -> None:
    # Bình Phước's share is said before what it holds for: the side asked alone finds 100%
    index = mini_corpus([(BP, BP_TEXT), (YB, YB_TEXT)])
    table = compare_wired(
        index,
        "Tỷ lệ văn bản trao đổi hoàn toàn dưới dạng điện tử giữa các cơ quan nhà nước của Bình "
        "Phước và Yên Bái",
    )
    assert "**100%**" in side_row(table, "Bình Phước"), body(table)
    assert "**88%**" in side_row(table, "Yên Bái"), body(table)
    # a year written for one side only: the other side is its newest report, asked alike
    table = compare_wired(
        index,
        "Is the share of documents exchanged fully electronically between state agencies higher "
        "in Binh Phuoc or in Yen Bai (2019)?",
        "en",
    )
    assert "**100%**" in side_row(table, "Bình Phước"), body(table)
    assert "**88%**" in side_row(table, "Yên Bái"), body(table)


def test_a_year_written_after_one_province_dates_that_province_only() -> None:
    index = mini_corpus([(BP, BP_TEXT), (YB, YB_TEXT)])
    q = parse_query("Tỷ lệ văn bản điện tử: Bình Phước so với Yên Bái quý I/2019")
    sides = {s.label: s.years for s in sides_of(q, index)}
    assert sides == {"Bình Phước": (), "Yên Bái": (2019,)}
    # both dated alike when both have a report of that year
    q = parse_query("Tỷ lệ văn bản điện tử của Bình Phước và Yên Bái năm 2019")
    assert [s.years for s in sides_of(q, index)] == [(), (2019,)]


def test_a_side_answer_of_another_kind_never_fills_the_side() -> None:
    index = mini_corpus([(BP, BP_TEXT), (YB, YB_TEXT)])
    facts = build_facts(index.reports.values(), index.chunks)
    side = Side("Bình Phước", ("Bình Phước",), ())

    def fact(value: str) -> Fact:
        return next(f for f in facts if f.report_id == "t301" and f.value == value)

    q = parse_query("Số hồ sơ thủ tục hành chính tiếp nhận của Bình Phước và Yên Bái")
    sq = side_query(q, side)
    vocabulary = frozenset(t for text in index.folded for t in tokenize(text))
    asked = asked_kind(sq, vocabulary)
    assert keeps_kind(q, sq, side, asked, fact("12.345"))
    assert not keeps_kind(q, sq, side, asked, fact("45"))  # TTHC, not dossiers
    assert not keeps_kind(q, sq, side, asked, fact("100%"))  # a share for a count
    # a share of documents: the share whose clause names them, not a count
    q = parse_query("Tỷ lệ văn bản trao đổi hoàn toàn dưới dạng điện tử của Bình Phước và Yên Bái")
    sq = side_query(q, side)
    asked = asked_kind(sq, vocabulary)
    assert keeps_kind(q, sq, side, asked, fact("100%"))
    assert not keeps_kind(q, sq, side, asked, fact("12.345"))


def test_a_side_with_no_figure_of_the_asked_kind_shows_no_bold_figure() -> None:
    # Yên Bái states no dossier count: its side reads missing, never another figure in bold
    index = mini_corpus([(BP, BP_TEXT), (YB, YB_TEXT)])
    table = compare_wired(index, "Số hồ sơ thủ tục hành chính tiếp nhận của Bình Phước và Yên Bái")
    assert "**12.345**" in side_row(table, "Bình Phước"), body(table)
    assert "**" not in side_row(table, "Yên Bái"), body(table)


BP19 = Report(
    "t303", "t303.txt", province="Bình Phước", agency="Sở TT&TT Bình Phước",
    number="", date="2019-04-05", year=2019, quarter=1, period="Quý I/2019",
)  # fmt: skip
PRESS = """A. TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH
1. Kết quả tuyên truyền trên các cơ quan thông tấn, báo chí
- Trên các ấn phẩm báo in và báo điện tử, Báo Bình Phước đã đăng tải {own} tin và ảnh về công tác
CCHC, tập trung phản ánh việc cung cấp dịch vụ công trực tuyến mức độ cao;
- Báo chí Trung ương và tỉnh bạn có thông báo hoạt động trên địa bàn cũng đã có trên {press} tin,
bài tuyên truyền về công tác cải cách hành chính của tỉnh.
"""


def test_a_side_figure_is_of_the_thing_the_question_names() -> None:
    # the central press's articles, not the provincial newspaper's (which the ranking's word
    # overlap alone preferred): the side's own answer reads the sentence that names them
    index = mini_corpus([
        (BP19, PRESS.format(own=70, press=40)), (BP, PRESS.format(own=120, press=80)),
    ])  # fmt: skip
    table = compare_wired(
        index,
        "Báo chí Trung ương và tỉnh bạn đưa bao nhiêu tin, bài về cải cách hành chính của Bình "
        "Phước năm 2019 và năm 2022?",
    )
    assert "**40**" in side_row(table, "Quý I/2019"), body(table)
    assert "**80**" in side_row(table, "6 tháng đầu năm 2022"), body(table)
