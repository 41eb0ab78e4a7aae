"""A comparison asks each side for the same kind of figure however it is worded: the state
of the counted things (received, resolved, still being resolved), the head noun of what is
counted when a unit is said further on, provinces written by their initials, and a share a
side states only as counts computed from its part at the asked level. Tables over made-up
reports of two provinces."""

from __future__ import annotations

from bot.compare_cells import FactCells
from bot.compare_kind import asked_kind
from bot.compare_rules import statuses
from bot.compare_sides import Side, side_query
from bot.fact_answer import load_weights
from bot.intents_types import is_comparison
from core.query import parse_query
from index.facts import build_facts
from index.metadata import Report
from tests.helpers.mini_index import EveryChunk, compare, mini_corpus
from tests.helpers.typed import body

BP = Report(
    "t101", "t101.txt", province="Bình Phước", agency="Văn phòng UBND tỉnh Bình Phước",
    number="12/BC-VPUBND", date="2022-07-05", year=2022, period="6 tháng đầu năm 2022",
)  # fmt: skip
LC = Report(
    "t102", "t102.txt", province="Yên Bái", agency="UBND tỉnh Yên Bái",
    number="34/BC-UBND", date="2022-12-20", year=2022, period="Năm 2022",
)  # fmt: skip
BP_TEXT = """II. KẾT QUẢ CẢI CÁCH THỦ TỤC HÀNH CHÍNH
1. Kết quả giải quyết hồ sơ
- Tổng số hồ sơ thủ tục hành chính đã tiếp nhận trong kỳ: 5.432;
- Số lượng hồ sơ đã giải quyết: 4.321; trong đó giải quyết đúng hạn: 4.300;
- Số lượng hồ sơ đang giải quyết: 1.111.
2. Rà soát, đơn giản hóa thủ tục hành chính
Năm 2022 các sở, ngành đánh giá chất lượng 416 biểu mẫu rà soát, trong đó: số lượng thủ tục
hành chính đề nghị giữ nguyên: 352 thủ tục; số lượng thủ tục hành chính đề nghị sửa đổi, bổ
sung, kiến nghị đơn giản hóa 64 thủ tục.
"""
LC_TEXT = """II. KẾT QUẢ CẢI CÁCH THỦ TỤC HÀNH CHÍNH
1. Tình hình giải quyết hồ sơ
Trong năm, tổng số hồ sơ tiếp nhận thực hiện thủ tục hành chính của các cơ quan là: 8.765 hồ
sơ, tổng số hồ sơ đã giải quyết là 7.654 hồ sơ, số hồ sơ đang giải quyết là 1.011 hồ sơ.
2. Tiếp nhận phản ánh, kiến nghị
Văn phòng UBND tỉnh tiếp nhận 27 phản ánh, kiến nghị của người dân, doanh nghiệp liên quan
đến quy định thủ tục hành chính.
"""


def _figures(question: str) -> dict[str, str]:
    """Each side's figure cell."""
    table = compare(mini_corpus([(BP, BP_TEXT), (LC, LC_TEXT)]), question)
    assert table is not None
    lines = [line for line in body(table).splitlines() if line.startswith("| ")]
    rows = [line.strip("|").split("|") for line in lines]
    return {r[0].strip(): r[1].strip() for r in rows[1:]}


def test_resolved_is_no_received_count() -> None:
    # "resolved" asks the dossiers resolved: not the count received nor the count still open
    got = _figures("Which province resolved more administrative dossiers, Binh Phuoc or Yen Bai?")
    assert got["Bình Phước"].startswith("**4.321**"), got
    assert got["Yên Bái"].startswith("**7.654**"), got


def test_the_states_of_counted_things() -> None:
    # results returned ("trả kết quả") are the dossiers resolved; those still being resolved
    # are not
    assert statuses("ty le tra ket qua dung han") == statuses("ho so da giai quyet")
    assert statuses("so ho so dang giai quyet") == {"dang giai quyet"}
    assert statuses("tong so ho so tiep nhan") == {"tiep nhan"}


def test_still_being_resolved_is_no_resolved_count() -> None:
    got = _figures("so sanh so ho so dang giai quyet cua binh phuoc va yen bai")
    assert got["Bình Phước"].startswith("**1.111**"), got
    assert got["Yên Bái"].startswith("**1.011**"), got


def test_a_side_without_the_counted_noun_is_missing() -> None:
    # "số phản ánh, kiến nghị về quy định TTHC": feedback is counted, not procedures; Bình
    # Phước's "kiến nghị đơn giản hóa 64 thủ tục" counts procedures, so its cell is missing
    got = _figures("So sánh số phản ánh, kiến nghị về quy định TTHC đã tiếp nhận của Bình Phước "
                   "và Yên Bái.")  # fmt: skip
    assert got["Yên Bái"].startswith("**27**"), got
    assert got["Bình Phước"] == "—", got


def test_a_unit_said_further_on_is_no_head() -> None:
    q = parse_query("Số phản ánh, kiến nghị về quy định TTHC đã tiếp nhận của Bình Phước")
    asked = asked_kind(side_query(q, Side("Bình Phước", ("Bình Phước",), ())))
    assert asked.units == {"phan anh kien nghi"}


def test_terse_initials_are_a_comparison() -> None:
    q = parse_query("ho so da giai quyet bp vs yb")
    assert is_comparison(q)
    got = _figures("ho so da giai quyet bp vs yb")
    assert got["Bình Phước"].startswith("**4.321**"), got
    assert got["Yên Bái"].startswith("**7.654**"), got


BP_SERVICES = """II. KẾT QUẢ CẢI CÁCH HÀNH CHÍNH
6. Xây dựng chính quyền điện tử
- Kết quả cung cấp dịch vụ công trực tuyến
Hiện nay, trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh đang cung cấp 1.800
dịch vụ công trực tuyến, trong đó c¢o6 450 dịch vụ công trực tuyến mức độ 4 (tương đương với
dịch vụ công toàn trình); 900 dịch vụ công trực tuyến mức độ 3.
"""
YB_SERVICES = """II. KẾT QUẢ CẢI CÁCH HÀNH CHÍNH
1. Chính quyền điện tử
Cổng Dịch vụ công tỉnh cung cấp 2.000 dịch vụ công, số dịch vụ công đang cung cấp mức độ 4
là: 800, đạt tỷ lệ 40,00%.
"""


def _services(question: str) -> dict[str, str]:
    table = compare(mini_corpus([(BP, BP_SERVICES), (LC, YB_SERVICES)]), question)
    assert table is not None
    lines = [line for line in body(table).splitlines() if line.startswith("| ")]
    return {r[0].strip(): r[1].strip() for r in (x.strip("|").split("|") for x in lines[1:])}


def test_a_share_of_the_part_at_the_asked_level_is_computed() -> None:
    # Bình Phước states counts only: the level-4 part over its whole, marked as computed (the
    # part's words, OCR-broken, say little beside its level)
    got = _services("So sánh tỷ lệ dịch vụ công mức độ 4 trên tổng số dịch vụ công của Bình "
                    "Phước và Yên Bái.")  # fmt: skip
    assert got["Yên Bái"].startswith("**40,00%**"), got
    assert got["Bình Phước"].startswith("25,0% (tính toán từ"), got



BP_2019 = Report(
    "t103", "t103.txt", province="Bình Phước", agency="Sở TT&TT Bình Phước",
    number="21/BC-STTTT", date="2019-03-30", year=2019, quarter=1, period="Quý I/2019",
)  # fmt: skip
EXCHANGE_2019 = """B. HIỆN ĐẠI HÓA HÀNH CHÍNH
2. Kết quả về ứng dụng CNTT
- 100% văn bản, tài liệu chính thức trao đổi giữa cơ quan nhà nước được trao đổi dưới dạng
điện tử; Tỷ lệ trao đổi văn bản điện tử của UBND cấp xã với các cơ quan cấp tỉnh và huyện
đạt 90%; 88% cơ quan hành chính nhà nước cấp huyện có máy chủ.
"""
EXCHANGE_2022 = """B. XÂY DỰNG CHÍNH QUYỀN SỐ
4. Kết quả xây dựng các ứng dụng, dịch vụ nội bộ
- Văn bản, tài liệu chính thức trao đổi giữa CQNN trên địa bàn tỉnh được trao đổi hoàn toàn
dưới dạng điện tử. Tỷ lệ trao đổi văn bản điện tử của UBND cấp xã với các cơ quan cấp tỉnh và
huyện đạt 97%.
"""


def test_an_english_share_is_of_what_follows_of() -> None:
    # "the rate of electronic document exchange between … communes and … agencies": a share
    # of documents exchanged; the agencies after "between" say between whom
    text = ("Compare the rate of electronic document exchange between Binh Phuoc's commune "
            "People's Committees and provincial agencies in 2019 and 2022.")  # fmt: skip
    q = parse_query(text)
    asked = asked_kind(side_query(q, Side("Quý I/2019", ("Bình Phước",), (2019,))))
    assert asked.units == {"van ban"}
    table = compare(mini_corpus([(BP_2019, EXCHANGE_2019), (BP, EXCHANGE_2022)]), text, "en")
    assert table is not None
    lines = [line for line in body(table).splitlines() if line.startswith("| ")]
    got = {r[0].strip(): r[1].strip() for r in (x.strip("|").split("|") for x in lines[1:])}
    assert got["Quý I/2019"].startswith("**90%**"), got
    assert got["6 tháng đầu năm 2022"].startswith("**97%**"), got


OVERDUE_TEXT = """II. KẾT QUẢ CẢI CÁCH THỦ TỤC HÀNH CHÍNH
1. Kết quả giải quyết hồ sơ
Tổng số hồ sơ thủ tục hành chính đã tiếp nhận trong kỳ: 5.432.
Số lượng hồ sơ đã giải quyết: 4.321; trong đó, giải quyết trước hạn: 3.000, đúng hạn: 1.200,
quá hạn: 121.
Số lượng hồ sơ đang giải quyết: 1.111; trong đó, trong hạn: 1.000, quá hạn: 111.
"""


def test_a_part_of_several_statements_is_a_row_for_each() -> None:
    # "quá hạn" of the dossiers resolved and of those still open: neither stands for both,
    # each row says which statement it is of
    table = compare(mini_corpus([(BP, OVERDUE_TEXT), (LC, LC_TEXT)]),
                    "So sánh số hồ sơ quá hạn của Bình Phước và Yên Bái")  # fmt: skip
    assert table is not None
    rows = [r for r in body(table).splitlines() if r.startswith("| Bình Phước")]
    assert len(rows) == 2, body(table)
    assert "**121**" in rows[0], rows
    assert "đã giải quyết" in rows[0], rows
    assert "**111**" in rows[1], rows
    assert "đang giải quyết" in rows[1], rows
    assert any(r.startswith("| Yên Bái | — |") for r in body(table).splitlines())


WHOLES_TEXT = """II. KẾT QUẢ CẢI CÁCH THỦ TỤC HÀNH CHÍNH
2. Cải cách thủ tục hành chính
- Số lượng TTHC thuộc thẩm quyền giải quyết:

Toàn tỉnh tính đến nay có 1.733 TTHC, trong đó:
+ Số lượng TTHC thuộc thẩm quyền giải quyết của các sở, ban, ngành: 1.381;
+ Số lượng TTHC thuộc thẩm quyền giải quyết của UBND cấp huyện: 247;
+ Số lượng TTHC thuộc thẩm quyền giải quyết của UBND cấp xã: 105;
Số lượng TTHC thuộc cơ quan ngành dọc thực hiện tại Trung tâm Phục vụ hành chính công, Bộ phận
Tiếp nhận và trả kết quả cấp huyện, cấp xã theo Quyết định số 99/QĐ-TTg ngày 07/10/2019 của Thủ
tướng Chính phủ: 88 TTHC (trong đó TTHC thực hiện tại Trung tâm Phục vụ hành chính công: 31,
TTHC thực hiện tại Bộ phận Tiếp nhận và trả kết quả cấp huyện: 43; cấp xã 14).
"""


def test_the_part_of_the_whole_the_question_names() -> None:
    # "số TTHC cấp huyện": the part of every procedure of the province (247), not the part of
    # the line agencies' procedures under one decision (43)
    table = compare(mini_corpus([(BP, WHOLES_TEXT), (LC, LC_TEXT)]),
                    "so TTHC cap huyen cua Binh Phuoc va Yen Bai, tinh nao nhieu hon")  # fmt: skip
    assert table is not None
    row = next(r for r in body(table).splitlines() if r.startswith("| Bình Phước"))
    assert "**247**" in row, body(table)


def test_a_sure_side_answer_never_takes_the_part_of_a_narrower_whole() -> None:
    # the side's own answer, however sure, does not settle on "43" (a part of the procedures of
    # one decision) over "247" (a part of every procedure): the question names that whole
    index = mini_corpus([(BP, WHOLES_TEXT), (LC, LC_TEXT)])
    cells = FactCells(index, build_facts(index.reports.values(), index.chunks),
                      EveryChunk(index), load_weights())  # fmt: skip
    q = parse_query("so TTHC cap huyen cua Binh Phuoc va Yen Bai, tinh nao nhieu hon")
    asked = asked_kind(side_query(q, Side("Bình Phước", ("Bình Phước",), ())), cells.vocabulary)
    narrow, wide = (next(f for f in cells.by_report["t101"] if f.value == v) for v in ("43", "247"))
    assert cells._less_whole(asked, narrow, wide)
    assert not cells._less_whole(asked, wide, narrow)
