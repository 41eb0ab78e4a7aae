"""What a figure counts in a comparison: a figure followed by a noun of its own counts that
noun, not the asked unit an earlier figure of its sentence carries; a dash closes a part of a
question that compares two parts. Made-up reports of two provinces."""

from __future__ import annotations

from dataclasses import replace

from bot.compare_kind import Asked, asked_kind, fits, lex_before
from bot.compare_parts import parts_of
from bot.compare_rules import counts_other
from bot.fact_answer import Context, view
from core.query import parse_query
from index.facts import build_facts
from index.metadata import Report
from tests.helpers.mini_index import compare, mini_corpus
from tests.helpers.typed import body

BP = Report(
    "t301", "t301.txt", province="Bình Phước", agency="UBND tỉnh Bình Phước",
    number="31/BC-UBND", date="2022-07-05", year=2022, period="6 tháng đầu năm 2022",
)  # fmt: skip
YB = Report(
    "t302", "t302.txt", province="Yên Bái", agency="UBND tỉnh Yên Bái",
    number="52/BC-UBND", date="2022-12-20", year=2022, period="Năm 2022",
)  # fmt: skip
BP_TEXT = """III. PHÁT TRIỂN VĂN HÓA ĐỌC
1. Thư viện số
- Thư viện tỉnh đã cấp 2.418 thẻ thư viện cho bạn đọc.
"""
YB_TEXT = """III. PHÁT TRIỂN VĂN HÓA ĐỌC
1. Thư viện số
- Thư viện tỉnh phối hợp với các trường cấp 5.820 thẻ thư viện cho học sinh, sinh viên các
trường trên địa bàn và 14 máy đọc sách cho các điểm bưu điện văn hóa xã.
"""


def _index():  # type: ignore[no-untyped-def]
    return mini_corpus([(BP, BP_TEXT), (YB, YB_TEXT)])


def test_a_figure_with_its_own_noun_counts_that_noun() -> None:
    index = _index()
    facts = build_facts(index.reports.values(), index.chunks)
    cards = frozenset({"the thu vien"})
    by_value = {f.value: f for f in facts}
    assert counts_other(by_value["14"], cards)  # "… và 14 máy đọc sách": e-readers
    assert not counts_other(by_value["5.820"], cards)  # "5.820 thẻ thư viện": the cards
    assert not counts_other(by_value["2.418"], cards)


def test_the_cell_is_the_figure_of_the_asked_noun() -> None:
    table = compare(_index(), "So sánh số thẻ thư viện đã cấp của Bình Phước và Yên Bái")
    assert table is not None
    rows = [r.strip("|").split("|") for r in body(table).splitlines() if r.startswith("| ")]
    got = {r[0].strip(): r[1].strip() for r in rows[1:]}
    assert "5.820" in got["Yên Bái"]
    assert "14" not in got["Yên Bái"].replace("5.820", "")
    assert "2.418" in got["Bình Phước"]


def test_a_dash_closes_the_part_after_the_contrast() -> None:
    q = parse_query(
        "Library card uptake in Binh Phuoc: pupils versus university students — which share is larger?"
    )
    parts = parts_of(q, True)
    assert [p.label for p in parts] == ["pupils", "university students"]
    # what the closing clause asks (a share) is asked of each part
    assert all("share" in p.query.folded for p in parts)


BP_PRESS = """IV. CÔNG TÁC TUYÊN TRUYỀN
1. Kết quả
- Báo chí Trung ương và tỉnh bạn có văn phòng trên địa bàn cũng đã đăng trên 70 tin, bài tuyên
truyền về công tác cải cách hành chính của tỉnh, trong đó tập trung vào chuyển đổi số.
- Tổ chức 12 hội nghị tập huấn về chuyển đổi số cho cán bộ cấp xã.
"""
YB_PRESS = """IV. CÔNG TÁC TUYÊN TRUYỀN
1. Kết quả
- Báo chí Trung ương và tỉnh bạn có văn phòng trên địa bàn cũng đã đăng trên 45 tin, bài tuyên
truyền về công tác cải cách hành chính của tỉnh, trong đó tập trung vào dịch vụ công.
- Cổng dịch vụ công của tỉnh tích hợp 611 dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia.
"""


def test_the_noun_phrase_after_a_figure_says_what_it_counts() -> None:
    index = mini_corpus([(BP, BP_PRESS), (YB, YB_PRESS)])
    table = compare(index, "bao chi trung uong viet ve CCHC: Binh Phuoc va Yen Bai bao nhieu bai?")
    assert table is not None
    rows = [r.strip("|").split("|") for r in body(table).splitlines() if r.startswith("| ")]
    got = {r[0].strip(): r[1].strip() for r in rows[1:]}
    assert "70" in got["Bình Phước"]
    assert "45" in got["Yên Bái"]


def test_a_kind_of_the_asked_unit_fits() -> None:
    index = mini_corpus([(BP, BP_PRESS), (YB, YB_PRESS)])
    facts = build_facts(index.reports.values(), index.chunks)
    served = next(f for f in facts if f.value == "611")  # "611 dịch vụ công trực tuyến"
    asked = Asked(percent=False, units=frozenset({"dich vu"}), levels=frozenset(), scope="",
                  words=("dich", "vu"))  # fmt: skip
    assert fits(asked, served)  # "services" asked: public services are services
    assert not fits(replace(asked, units=frozenset({"ho so"})), served)


def test_the_words_after_a_figure_and_its_unit_are_its_item() -> None:
    index = mini_corpus([(BP, BP_PRESS), (YB, YB_PRESS)])
    facts = build_facts(index.reports.values(), index.chunks)
    press = next(f for f in facts if f.value == "70")  # "… trên 70 tin, bài tuyên truyền về …"
    ctx = Context({}, 1, (), 2022, 2)
    asked = view(parse_query("bao nhiêu bài tuyên truyền cải cách hành chính"))
    assert lex_before(asked, press, ctx) >= 0.6  # not its aside ("trong đó …") nor its subject
    meeting = next(f for f in facts if f.value == "12")  # "12 hội nghị tập huấn về chuyển đổi số"
    assert lex_before(view(parse_query("bao nhiêu hội nghị về dịch vụ công")), meeting, ctx) < 0.6


def test_information_is_no_news_item() -> None:
    # "thông tin" (information) holds "tin" (a news item) as a word: no unit counted
    assert "tin" not in asked_kind(parse_query("số xã có cổng thông tin điện tử bao nhiêu")).units
    assert "tin" in asked_kind(parse_query("bao nhiêu tin đăng trên cổng thông tin điện tử")).units


def test_how_many_is_no_machine() -> None:
    # "mấy" (how many) and "máy" (machines) fold alike: a count of ranks asks no machines
    assert "may" not in asked_kind(parse_query("Bình Phước tăng mấy bậc trên bảng xếp hạng?")).units
    assert "may" not in asked_kind(parse_query("binh phuoc tang may bac tren bang xep hang")).units
    assert "may" in asked_kind(parse_query("Bình Phước được cấp bao nhiêu máy?")).units


def test_a_word_saying_which_of_the_things_is_no_noun_of_its_own() -> None:
    index = mini_corpus([(BP, "II. Hồ sơ\n- Tiếp nhận 1.240 hồ sơ trực tuyến và 310 trực tiếp.\n")])
    facts = build_facts(index.reports.values(), index.chunks)
    in_person = next(f for f in facts if f.value == "310")
    assert not counts_other(in_person, frozenset({"ho so"}))
