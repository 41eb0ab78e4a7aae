"""`bot.side_facts.SideFacts`: what one comparison side's facts are before any ranking. The
side's reports (named ones, else those of its provinces and years); the facts by report and the
parts by their whole; whether a fact is a figure of the asked unit (its own unit, the unit said
close around it, by its whole or by its parts, as OCR misreads it too); how many of the topic
words it says; whether the question names a part; whether its subsection is one statement; its
scope; and what rules a fact out of a side: another year's, what is left, a new addition or a
target unasked, a figure of another unit or of another outlet, a count of every channel when
the online one is asked, a share of other things. Two made-up reports over a real mini index."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.compare_kind import Asked, asked_kind
from bot.compare_sides import Side, side_query
from bot.side_facts import SHORT_SECTION, SideFacts
from core.query import ParsedQuery, parse_query
from index.facts import Fact, build_facts
from index.metadata import Report
from tests.helpers.mini_index import mini_corpus

BP = Report(
    "t501", "t501.txt", province="Bình Phước", agency="UBND tỉnh Bình Phước",
    number="77/BC-UBND", date="2022-12-10", year=2022, period="Năm 2022",
)  # fmt: skip
YB = Report(
    "t502", "t502.txt", province="Yên Bái", agency="UBND tỉnh Yên Bái",
    number="52/BC-UBND", date="2021-12-20", year=2021, period="Năm 2021",
)  # fmt: skip
BP_TEXT = """I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
1. Thực hiện kế hoạch CCHC
Đã thực hiện 41 nhiệm vụ trong tổng số 46 nhiệm vụ, còn 05 nhiệm vụ đang triển khai, bảo đảm
hoàn thành 100% nhiệm vụ.
II. KẾT QUẢ THỰC HIỆN
2. Thủ tục hành chính
Tổng số thủ tục hành chính của tỉnh là 1.845 thủ tục (cấp tỉnh: 1.409; cấp huyện: 290; cấp xã: 146).
Trong năm, tỉnh tiếp nhận 125.300 hồ sơ, trong đó 98.120 hồ sơ tiếp nhận trực tuyến.
Đã giải quyết 120.000 hồ sơ (đúng hạn 115.000 hồ sơ; trước hạn 60.000 hồ sơ).
Tỷ lệ TTHC được cung cấp trực tuyến đạt 60%; tỷ lệ hồ sơ trực tuyến đạt 45%.
Trong năm đã xây dựng mới 12 phần mềm chuyên ngành, nâng cấp 25 phần mềm.
Báo Bình Phước đã đăng tải 320 tin, bài về cải cách hành chính.
Tỉnh đã tiếp nhận 78 phản ánh, kiến nghị về TTHC của người dân, doanh nghiệp.
"""
YB_TEXT = """I. CHÍNH QUYỀN ĐIỆN TỬ
1. Dịch vụ công trực tuyến
Tỉnh cung cấp 236 dịch vụ công trực tuyến mức độ 3 và 468 dịch vụ công trực tuyến mức độ 4.
II. GIẢI QUYẾT HỒ SƠ
2. Tiếp nhận hồ sơ
Năm 2020 tỉnh tiếp nhận 80.000 hồ sơ; năm 2021 tỉnh tiếp nhận 95.000 hồ sơ, trong đó có 60.500
hồ sơ trực tuyến.
"""
BINH_PHUOC = Side("Bình Phước", ("Bình Phước",), (2022,))
YEN_BAI = Side("Yên Bái", ("Yên Bái",), (2021,))


@pytest.fixture(scope="module")
def sides() -> SideFacts:
    index = mini_corpus([(BP, BP_TEXT), (YB, YB_TEXT)])
    return SideFacts(index, build_facts(index.reports.values(), index.chunks))


def _fact(sides: SideFacts, value: str) -> Fact:
    """The one fact stating `value` as written."""
    (f,) = [f for f in sides.matcher.facts if f.value == value]
    return f


def _asked(sides: SideFacts, question: str, side: Side) -> tuple[ParsedQuery, Asked]:
    """The question as asked of one side, and the kind of figure it asks there."""
    sq = side_query(parse_query(question), side)
    return sq, asked_kind(sq, sides.vocabulary)


def _excluded(
    sides: SideFacts, question: str, side: Side, value: str, online: bool = False
) -> bool:
    sq, asked = _asked(sides, question, side)
    return sides._excluded(sq, side, asked, _fact(sides, value), online)


def _units(*units: str, scope: str = "") -> Asked:
    return Asked(False, frozenset(units), frozenset(), scope, ())


def _unitless(f: Fact, clause: str = "") -> Fact:
    """The fact with nothing of its own that names a unit: no unit, item or label, and a
    clause of the figure alone (or `clause`)."""
    return replace(f, unit="", counts="", counts_folded="", label="", label_folded="",
                   clause=clause or f.value)  # fmt: skip


# ---------------------------------------------------------------------------------------------
# The side's reports and facts


def test_facts_are_kept_by_report_and_parts_by_their_whole(sides: SideFacts) -> None:
    assert set(sides.by_report) == {"t501", "t502"}
    assert all(f.report_id == rid for rid, fs in sides.by_report.items() for f in fs)
    whole = _fact(sides, "1.845")
    assert [c.value for c in sides.children[whole.id]] == ["1.409", "290", "146"]
    assert _fact(sides, "125.300").id in sides.children  # "trong đó 98.120 …" is its part
    assert _fact(sides, "320").id not in sides.children  # a figure with no parts


def test_the_vocabulary_is_the_reports_words_only(sides: SideFacts) -> None:
    assert {"thu", "tuc", "nhiem", "vu", "truc", "tuyen"} <= sides.vocabulary
    assert "procedures" not in sides.vocabulary  # an English question's word says nothing


def test_a_side_of_named_reports_is_exactly_those_reports(sides: SideFacts) -> None:
    timeline = Side("2021", ("Bình Phước",), (2022,), reports=("t502",))
    assert sides._reports(timeline) == ["t502"]  # not its province's nor its year's


def test_a_side_of_no_reports_named_is_its_provinces_at_its_years(sides: SideFacts) -> None:
    assert sides._reports(BINH_PHUOC) == ["t501"]
    assert sides._reports(Side("Bình Phước", ("Bình Phước",), (2021,))) == []  # no such report
    assert sides._reports(Side("2021", (), (2021,))) == ["t502"]  # every province that year
    assert sorted(sides._reports(Side("Cả hai", (), ()))) == ["t501", "t502"]


# ---------------------------------------------------------------------------------------------
# A figure of the asked unit


def test_a_figure_of_its_own_unit_is_of_that_unit(sides: SideFacts) -> None:
    assert sides._unit_said(_units("thu tuc"), _fact(sides, "1.845"))
    assert sides._unit_said(_units("ho so"), _fact(sides, "125.300"))


def test_a_figure_of_another_unit_is_not(sides: SideFacts) -> None:
    assert not sides._unit_said(_units("thu tuc"), _fact(sides, "125.300"))
    assert not sides._unit_said(_units("ho so"), _fact(sides, "41"))


def test_a_unit_named_close_around_the_figure_in_its_clause_is_its_unit(sides: SideFacts) -> None:
    before = _unitless(_fact(sides, "1.845"), "Tổng số TTHC đang thực hiện: 1.845.")
    assert sides._unit_said(_units("thu tuc"), before)  # "TTHC": the abbreviation's words
    after = _unitless(_fact(sides, "1.845"), "Đã công bố 1.845 TTHC thuộc thẩm quyền giải quyết.")
    assert sides._unit_said(_units("thu tuc"), after)


def test_a_unit_named_far_from_the_figure_in_its_clause_is_not(sides: SideFacts) -> None:
    far = ("Về thủ tục hành chính, tỉnh tiếp tục rà soát, đơn giản hóa quy trình nội bộ, công "
           "khai đầy đủ trên Cổng thông tin điện tử, tăng cường kiểm tra việc thực hiện tại các "
           "cơ quan, đơn vị và địa phương, kết quả đạt 1.845.")  # fmt: skip
    assert far.index("1.845") - far.index("thủ tục") > 150
    assert not sides._unit_said(_units("thu tuc"), _unitless(_fact(sides, "1.845"), far))


def test_a_unit_whose_vowels_ocr_broke_is_still_said(sides: SideFacts) -> None:
    f = _unitless(_fact(sides, "125.300"), "Đã cấp 125.300 ching thu sб cho cán bộ.")
    assert sides._unit_said(_units("chung thu"), f)


def test_a_unit_with_a_misread_letter_in_each_word_is_still_said(sides: SideFacts) -> None:
    # "hd sư" for "hồ sơ" (folding mends "hd" to "ho"; "su" is still one letter off)
    f = _unitless(_fact(sides, "125.300"), "Tiếp nhận 125.300 hd sư của tổ chức.")
    assert sides._unit_said(_units("ho so"), f)
    assert not sides._unit_said(_units("thu tuc"), f)


def test_a_part_counts_what_its_whole_counts(sides: SideFacts) -> None:
    part = _unitless(_fact(sides, "98.120"))  # its whole: "125.300 hồ sơ"
    assert sides._unit_said(_units("ho so"), part)
    assert not sides._unit_said(_units("ho so"), replace(part, parent=""))  # no whole: no unit


def test_a_whole_counts_what_its_parts_count() -> None:
    index = mini_corpus([(BP, BP_TEXT)])
    facts = build_facts(index.reports.values(), index.chunks)
    whole = next(f for f in facts if f.value == "125.300")
    plain = [_unitless(f) if f.id == whole.id else f for f in facts]
    sides = SideFacts(index, plain)
    assert sides._unit_said(_units("ho so"), _unitless(whole))  # its part "98.120 hồ sơ …"
    no_parts = SideFacts(index, [f for f in plain if f.parent != whole.id])
    assert not no_parts._unit_said(_units("ho so"), _unitless(whole))


# ---------------------------------------------------------------------------------------------
# Topic words, parts named, short subsections, scope


def test_the_topic_words_a_fact_says_are_counted(sides: SideFacts) -> None:
    asked = replace(_units("thu tuc"), words=("thu", "tuc", "hanh", "chinh", "phan", "mem"))
    assert sides._said(asked, _fact(sides, "1.845")) == 4  # "thủ tục hành chính"
    assert sides._said(asked, _fact(sides, "12")) == 2  # "phần mềm"
    assert sides._said(asked, _fact(sides, "125.300")) == 0


def test_a_topic_word_whose_vowel_ocr_broke_is_still_said(sides: SideFacts) -> None:
    asked = replace(_units("thu tuc"), words=("thu", "tuc", "hanh", "chinh"))
    misread = replace(_unitless(_fact(sides, "1.845")), counts_folded="thu tuc hanh chanh", lead="")
    assert sides._said(asked, misread) == 4  # "chănh": "chinh" without its vowels
    unread = replace(misread, counts_folded="thu tuc hanh")
    assert sides._said(asked, unread) == 3


def test_a_question_naming_a_part_s_own_words_names_the_part(sides: SideFacts) -> None:
    _, asked = _asked(sides, "Bình Phước và Yên Bái giải quyết bao nhiêu hồ sơ trước hạn?",
                      BINH_PHUOC)  # fmt: skip
    whole = _fact(sides, "120.000")
    assert sides._part_named(asked, _fact(sides, "60.000"), whole)


def test_one_word_of_a_part_s_two_does_not_name_it(sides: SideFacts) -> None:
    # "trước hạn" shares "hạn" with "đúng hạn": one word of its two
    _, asked = _asked(sides, "Bình Phước và Yên Bái giải quyết bao nhiêu hồ sơ trước hạn?",
                      BINH_PHUOC)  # fmt: skip
    assert not sides._part_named(asked, _fact(sides, "115.000"), _fact(sides, "120.000"))


def test_the_words_a_part_shares_with_its_whole_do_not_name_it(sides: SideFacts) -> None:
    _, asked = _asked(sides, "Bình Phước và Yên Bái tiếp nhận bao nhiêu hồ sơ?", BINH_PHUOC)
    assert not sides._part_named(asked, _fact(sides, "98.120"), _fact(sides, "125.300"))
    # a part whose words are all its whole's has nothing to be named by
    part = replace(_fact(sides, "98.120"), label_folded="tiep nhan ho so")
    assert not sides._part_named(asked, part, _fact(sides, "125.300"))


def test_a_subsection_of_few_figures_is_one_statement(sides: SideFacts) -> None:
    def size(f: Fact) -> int:
        return sum(1 for g in sides.by_report[f.report_id] if g.section == f.section)

    two, three = _fact(sides, "236"), _fact(sides, "80.000")
    assert (size(two), size(three)) == (2, SHORT_SECTION)
    assert sides._short_section(two)
    assert sides._short_section(three)  # at most SHORT_SECTION


def test_a_subsection_of_many_figures_is_not_one_statement(sides: SideFacts) -> None:
    f = _fact(sides, "1.845")
    assert sum(1 for g in sides.by_report["t501"] if g.section == f.section) > SHORT_SECTION
    assert not sides._short_section(f)


def test_a_figure_at_the_asked_scope_or_with_a_part_there_has_the_scope(sides: SideFacts) -> None:
    district = _units("thu tuc", scope="huyen")
    assert sides._has_scope(district, _fact(sides, "290"))  # "cấp huyện: 290"
    assert sides._has_scope(district, _fact(sides, "1.845"))  # its part is at the district


def test_a_figure_of_no_scope_and_no_parts_has_no_scope(sides: SideFacts) -> None:
    assert not sides._has_scope(_units("ho so", scope="huyen"), _fact(sides, "125.300"))


def test_a_part_at_another_scope_has_not_the_next_part_s_scope(sides: SideFacts) -> None:
    assert not sides._has_scope(_units("thu tuc", scope="huyen"), _fact(sides, "1.409"))


# ---------------------------------------------------------------------------------------------
# What rules a fact out of a side

_PROCEDURES = "Bình Phước và Yên Bái có bao nhiêu thủ tục hành chính?"


def test_a_figure_of_the_asked_unit_is_not_ruled_out(sides: SideFacts) -> None:
    assert not _excluded(sides, _PROCEDURES, BINH_PHUOC, "1.845")
    assert not _excluded(sides, "Bình Phước và Yên Bái tiếp nhận bao nhiêu hồ sơ?", YEN_BAI,
                         "95.000")  # fmt: skip


def test_a_figure_of_another_unit_is_ruled_out(sides: SideFacts) -> None:
    assert _excluded(sides, _PROCEDURES, BINH_PHUOC, "125.300")
    assert _excluded(sides, _PROCEDURES, BINH_PHUOC, "41")


def test_a_count_of_another_kind_of_thing_about_the_unit_is_ruled_out(sides: SideFacts) -> None:
    # "78 phản ánh, kiến nghị về TTHC" counts feedback about procedures, not procedures
    assert _excluded(sides, _PROCEDURES, BINH_PHUOC, "78")


def test_a_part_at_another_scope_than_asked_is_ruled_out(sides: SideFacts) -> None:
    asked = "Bình Phước và Yên Bái có bao nhiêu thủ tục hành chính cấp huyện?"
    assert _excluded(sides, asked, BINH_PHUOC, "1.409")  # "cấp tỉnh"
    assert not _excluded(sides, asked, BINH_PHUOC, "290")


def test_another_year_s_figure_is_ruled_out(sides: SideFacts) -> None:
    asked = "Bình Phước và Yên Bái tiếp nhận bao nhiêu hồ sơ?"
    assert _excluded(sides, asked, YEN_BAI, "80.000")  # "Năm 2020 …" for the 2021 side
    assert not _excluded(sides, asked, Side("Yên Bái", ("Yên Bái",), (2020,)), "80.000")


def test_what_is_left_is_ruled_out_unless_asked(sides: SideFacts) -> None:
    assert _excluded(sides, "Bình Phước và Yên Bái thực hiện bao nhiêu nhiệm vụ?", BINH_PHUOC,
                     "05")  # fmt: skip
    assert not _excluded(sides, "Bình Phước và Yên Bái còn bao nhiêu nhiệm vụ chưa hoàn thành?",
                         BINH_PHUOC, "05")  # fmt: skip


def test_a_target_is_ruled_out_unless_asked(sides: SideFacts) -> None:
    assert _excluded(sides, "Bình Phước và Yên Bái thực hiện bao nhiêu nhiệm vụ?", BINH_PHUOC,
                     "100%")  # fmt: skip
    assert not _excluded(sides, "Bình Phước và Yên Bái đặt mục tiêu hoàn thành bao nhiêu % "
                         "nhiệm vụ?", BINH_PHUOC, "100%")  # fmt: skip


def test_the_new_ones_are_ruled_out_unless_asked(sides: SideFacts) -> None:
    # "xây dựng mới 12 phần mềm" unasked: the new ones only
    assert _excluded(sides, "Bình Phước và Yên Bái xây dựng bao nhiêu phần mềm?", BINH_PHUOC,
                     "12")  # fmt: skip
    assert not _excluded(sides, "Bình Phước và Yên Bái xây dựng mới bao nhiêu phần mềm?",
                         BINH_PHUOC, "12")  # fmt: skip


def test_another_outlet_s_count_is_ruled_out(sides: SideFacts) -> None:
    portal = "Cổng thông tin điện tử Bình Phước và Yên Bái đăng bao nhiêu tin bài?"
    assert _excluded(sides, portal, BINH_PHUOC, "320")  # "Báo Bình Phước đã đăng tải 320 tin"
    paper = "Báo Bình Phước và Yên Bái đăng bao nhiêu tin bài?"
    assert not _excluded(sides, paper, BINH_PHUOC, "320")


def test_the_count_of_every_channel_is_ruled_out_when_the_online_one_is_asked(
    sides: SideFacts,
) -> None:
    online = "Bình Phước và Yên Bái tiếp nhận bao nhiêu hồ sơ trực tuyến?"
    assert _excluded(sides, online, BINH_PHUOC, "125.300", online=True)
    assert not _excluded(sides, online, BINH_PHUOC, "98.120", online=True)


def test_a_share_of_other_things_is_ruled_out(sides: SideFacts) -> None:
    asked = "Tỷ lệ hồ sơ trực tuyến của Bình Phước và Yên Bái là bao nhiêu?"
    assert _excluded(sides, asked, BINH_PHUOC, "60%")  # "tỷ lệ TTHC …": a share of procedures
    assert not _excluded(sides, asked, BINH_PHUOC, "45%")
