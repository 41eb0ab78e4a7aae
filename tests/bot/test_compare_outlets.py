"""A comparison that names one outlet (the web portal, the newspaper, the loudspeaker stations)
takes that outlet's figure, never another outlet's that shares the question's other words ("tin",
"đăng tải", "cải cách hành chính"). Reports made up for the test."""

from __future__ import annotations

from bot.compare_kind import asked_kind
from bot.compare_outlets import fact_of_other_outlet, outlets
from core.query import parse_query
from index.facts import build_facts
from tests.bot.test_compare_answered import BP, BP19
from tests.helpers.mini_index import compare_wired, mini_corpus, side_row
from tests.helpers.typed import body

MEDIA = """A. TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH
1. Kết quả tuyên truyền trên các cơ quan thông tấn, báo chí
- Trên các ấn phẩm báo in và báo điện tử, Báo Bình Phước đã đăng tải {paper} tin và ảnh về công
tác CCHC, tập trung phản ánh việc cung cấp dịch vụ công trực tuyến mức độ cao;
2. Tuyên truyền trên Cổng thông tin điện tử của tỉnh
Cổng Thông tin điện tử đã cập nhật hơn {portal} tin, bài tuyên truyền về công tác cải cách hành
chính trên địa bàn tỉnh.
"""


def test_the_outlet_named_decides_the_figure() -> None:
    index = mini_corpus([
        (BP19, MEDIA.format(paper=70, portal=45)), (BP, MEDIA.format(paper=120, portal=95)),
    ])  # fmt: skip
    for question in (
        "How did the number of administrative reform news items posted on the Binh Phuoc "
        "provincial web portal change between 2019 and 2022?",
        "Cổng thông tin điện tử Bình Phước đăng bao nhiêu tin bài CCHC năm 2019 so với năm 2022?",
    ):
        table = compare_wired(index, question, "en" if question.startswith("How") else "vi")
        assert "**45**" in side_row(table, "Quý I/2019"), body(table)
        assert "**95**" in side_row(table, "6 tháng đầu năm 2022"), body(table)
        assert "**70**" not in body(table)
        assert "**120**" not in body(table)


def test_a_clause_of_another_outlet_is_of_another_kind() -> None:
    index = mini_corpus([(BP, MEDIA.format(paper=120, portal=95))])
    facts = {f.value: f for f in build_facts(index.reports.values(), index.chunks)}
    portal = parse_query("Số tin bài trên cổng thông tin điện tử của Bình Phước")
    assert outlets(portal.expanded) == {"portal"}
    assert fact_of_other_outlet(portal, facts["120"])
    assert not fact_of_other_outlet(portal, facts["95"])
    # no outlet named, or two: no outlet rules a figure out
    assert not fact_of_other_outlet(parse_query("Số tin bài về CCHC của Bình Phước"), facts["120"])


PRESS = """A. TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH
1. Kết quả tuyên truyền trên các cơ quan thông tấn, báo chí
- Trên các ấn phẩm báo in và báo điện tử, Báo Bình Phước đã đăng tải {paper} tin và ảnh về công
tác CCHC, tập trung phản ánh việc cung cấp dịch vụ công trực tuyến mức độ cao;
- Báo chí Trung ương và tỉnh bạn cũng đã có trên {press} tin, bài tuyên truyền về công tác cải
cách hành chính của tỉnh.
3. Kết quả tuyên truyền tại các sở, ban, ngành
Công tác tuyên truyền CCHC trên các Trang thông tin điện tử của các sở, ngành, địa phương được
chú trọng. Đồng thời đăng tải trên {pages} các tin bài, văn bản chỉ đạo về cải cách hành chính.
"""


def test_a_newspaper_named_by_its_province_takes_its_own_figures() -> None:
    assert outlets(parse_query("Ha Tinh Newspaper").expanded) == {"newspaper"}
    assert outlets(parse_query("Báo Bình Phước đăng bao nhiêu tin").expanded) == {"newspaper"}
    assert outlets(parse_query("báo cáo Bình Phước").expanded) == frozenset()
    index = mini_corpus([
        (BP19, PRESS.format(paper=70, press=40, pages="2.300")),
        (BP, PRESS.format(paper=120, press=80, pages="1.800")),
    ])  # fmt: skip
    table = compare_wired(
        index,
        "How did the number of admin-reform items Binh Phuoc Newspaper published compare "
        "between 2019 and 2022?",
        "en",
    )
    assert "**70**" in side_row(table, "Quý I/2019"), body(table)
    assert "**120**" in side_row(table, "6 tháng đầu năm 2022"), body(table)


def test_more_or_totals_ask_a_count() -> None:
    for question in (
        "Which province has more administrative procedures, Binh Phuoc or Yen Bai?",
        "Binh Phuoc vs Yen Bai administrative procedures: what are the two totals?",
    ):
        assert asked_kind(parse_query(question)).percent is False, question
