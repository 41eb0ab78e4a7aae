"""A question asking two counts gets both when the stated figure's sentence gives the second
(bot/second_figure.py), and "cấp … tính đến" is no "cấp tỉnh" (bot/extractive/question.py).
Report text written for the test, in the reports' style."""

from __future__ import annotations

import pytest

from bot import counted
from bot.extractive.parts_said import asked_parts
from bot.render import document
from bot.second_figure import breakdown, largest_part, second_count
from core.query import parse_query
from core.result import Answer, Citation

QUOTE = ("Tại Trung tâm Phục vụ hành chính công tỉnh hiện có 41 công chức của 12 sở, ban, "
         "ngành được cử đến làm việc, 03 cán bộ Công an tỉnh.")  # fmt: skip


def stated(figure: str, quote: str = QUOTE, language: str = "vi") -> Answer:
    cit = Citation(1, "t001", "Báo cáo", "77/BC-VPUBND", "Văn phòng UBND tỉnh Bình Phước",
                   "2022-07-05", "2. Cải cách thủ tục hành chính", quote, 0.9)  # fmt: skip
    text = f"**{figure}** (Bình Phước, kỳ báo cáo 2022) [1]\n> {quote}\n\nNguồn:\n[1] 77/BC-VPUBND"
    return Answer("?", text, False, (cit,), figure=figure, language=language)


@pytest.mark.parametrize(
    ("question", "nouns"),
    [
        ("Có bao nhiêu công chức của bao nhiêu sở, ban, ngành làm việc tại Trung tâm?",
         ["can bo", "co quan"]),
        ("How many civil servants work at the centre, and from how many departments?",
         ["can bo", "co quan"]),
        ("Tỉnh tổ chức bao nhiêu lớp tập huấn với bao nhiêu lượt người?", ["lop", "luot"]),
        ("Có bao nhiêu công chức làm việc tại Trung tâm?", ["can bo"]),
    ],
)  # fmt: skip
def test_the_counts_a_question_asks(question: str, nouns: list[str]) -> None:
    assert counted.asked_nouns(parse_query(question).folded) == nouns


@pytest.mark.parametrize(
    "question",
    [
        "Có bao nhiêu công chức của bao nhiêu sở, ban, ngành làm việc tại Trung tâm?",
        "How many civil servants work at the provincial centre, and from how many departments?",
    ],
)
def test_both_counts_asked_are_stated(question: str) -> None:
    got = second_count(parse_query(question), stated("41"))
    assert got is not None
    head = got.text.split(">")[0]
    assert "**41**" in head
    assert "**12** sở, ban, ngành [1]" in head
    # every front end shows the added figure bold, as the first one
    figures = [r.text for b in document(got).blocks for r in b.runs if r.kind == "figure"]
    assert figures == ["41", "12"]


def test_one_count_asked_is_left_alone() -> None:
    assert second_count(parse_query("Có bao nhiêu công chức làm việc tại Trung tâm?"), stated("41")) is None  # fmt: skip


def test_no_second_figure_of_the_asked_noun_adds_nothing() -> None:
    q = parse_query("Tỉnh tổ chức bao nhiêu lớp tập huấn với bao nhiêu lượt người tham gia?")
    assert second_count(q, stated("5", "Tỉnh đã tổ chức 5 lớp tập huấn về cải cách hành chính.")) is None  # fmt: skip


def test_a_count_of_departments_is_an_agency_count() -> None:
    # "bao nhiêu đơn vị": any unit; "bao nhiêu công chức": not 12 departments
    assert counted.other_thing("bao nhieu don vi", QUOTE, "12") == ""
    assert counted.other_thing("bao nhieu cong chuc", QUOTE, "12") == "co quan"


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("bao nhieu sim ky so da duoc cap tinh den het thang 5/2022", ()),
        ("Số chứng thư số được cấp tính tới ngày 20/5 là bao nhiêu?", ()),
        ("Có bao nhiêu dịch vụ công cấp tỉnh?", (("cap", "tinh"),)),
    ],
)
def test_issued_as_of_is_no_provincial_level(question: str, parts: tuple[tuple[str, ...], ...]) -> None:  # fmt: skip
    assert asked_parts(parse_query(question)) == parts


def test_the_second_count_from_the_next_sentence_is_quoted_under_it() -> None:
    first = "Sàn giao dịch TMĐT tỉnh có 312 doanh nghiệp tham gia."
    nxt = "Trong quý, đã đăng tải 87 tin tức, văn bản về thương mại điện tử."
    cit = Citation(1, "t001", "Báo cáo", "", "Sở TT&TT Bình Phước", "", "B.I.2", first, 0.9,
                   context=f"{first} {nxt} Sàn chưa đáp ứng yêu cầu.")  # fmt: skip
    ans = Answer("?", f"**312** (Bình Phước) [1]\n> {first}\n\nNguồn:\n[1] x", False, (cit,),
                 figure="312", language="en")  # fmt: skip
    q = parse_query("How many businesses joined the e-commerce platform, and how many news items were posted?")  # fmt: skip
    got = second_count(q, ans)
    assert got is not None
    assert got.text.split("\n")[2:4] == ["**87** tin tức [1]", f"> {nxt}"]
    figures = [r.text for b in document(got).blocks for r in b.runs if r.kind == "figure"]
    assert figures == ["312", "87"]


def test_goals_and_tasks_are_counted_apart() -> None:
    q = parse_query("Kế hoạch xác định bao nhiêu mục tiêu và bao nhiêu nhiệm vụ?")
    quote = "Kế hoạch CCHC năm 2022 xác định 21 mục tiêu cụ thể, gắn với 40 nhiệm vụ, 66 hoạt động."
    got = second_count(q, stated("21", quote))
    assert got is not None
    assert "**40** nhiệm vụ [1]" in got.text


@pytest.mark.parametrize(
    "question",
    [
        "Số dịch vụ công cấp tỉnh đến nay là bao nhiêu?",  # said with diacritics: the level
        "so dich vu cong cap tinh den nay la bao nhieu",  # no date after it: the level
    ],
)
def test_the_provincial_level_before_den_nay_stays(question: str) -> None:
    assert asked_parts(parse_query(question)) == (("cap", "tinh"),)


SPLIT = ("Trong năm, Sở tiếp nhận 120 hồ sơ góp ý, trong đó có 95 hồ sơ đã trả lời đúng hạn, "
         "25 hồ sơ đang xử lý.")  # fmt: skip


@pytest.mark.parametrize(
    "question",
    [
        "Sở tiếp nhận bao nhiêu hồ sơ góp ý và kết quả giải quyết như thế nào?",
        "How many feedback files did the department receive and how were they handled?",
    ],
)
def test_a_count_asked_with_how_it_turned_out_states_its_breakdown(question: str) -> None:
    ans = breakdown(parse_query(question), stated("120", SPLIT))
    assert ans is not None
    added = ans.text.split("\n")[2]
    assert added.startswith("Trong đó có **95** hồ sơ")
    assert "**25** hồ sơ đang xử lý [1]" in added


def test_no_breakdown_when_only_the_count_is_asked_or_none_is_given() -> None:
    assert (
        breakdown(parse_query("Sở tiếp nhận bao nhiêu hồ sơ góp ý?"), stated("120", SPLIT)) is None
    )
    q = parse_query("Có bao nhiêu công chức và kết quả thực hiện ra sao?")
    assert breakdown(q, stated("41")) is None


PLACES = ("Số máy tính cấp mới cho các trường học: 150 bộ (trong đó khối tiểu học: 64, khối "
          "trung học cơ sở: 51; khối mầm non 35). Năm tới bổ sung thêm.")  # fmt: skip


@pytest.mark.parametrize(
    ("question", "figure", "top"),
    [
        ("Số máy tính cấp mới chia theo từng bậc học là bao nhiêu, bậc nào nhiều nhất?",
         "64", "Nhiều nhất: khối tiểu học (64)."),
        ("How were the 150 computers broken down by school level, and which level got the most?",
         "150", "Largest: khối tiểu học (64)."),
    ],
)  # fmt: skip
def test_a_whole_asked_apart_lists_every_part_and_its_largest(question: str, figure: str, top: str) -> None:  # fmt: skip
    lang = "en" if question.startswith("How") else "vi"
    ans = breakdown(parse_query(question), stated(figure, PLACES, lang))
    assert ans is not None
    added = ans.text.split("\n")[2:4]
    assert added[0].startswith("Trong đó khối tiểu học: **64**")
    assert "khối mầm non **35** [1]" in added[0]  # the breakdown stops at its bracket
    assert added[1] == top


LATER = ("Toàn huyện có 540 tuyến đường liên thôn, đạt 62,5%; số cầu dân sinh là 210, đạt 12,5% "
         "(trong đó: 35 cầu bê tông; 90 cầu thép; 85 cầu gỗ).")  # fmt: skip


def test_a_breakdown_of_a_later_figure_is_not_the_stated_ones() -> None:
    q = parse_query("Huyện có bao nhiêu tuyến đường liên thôn, chia theo từng loại bao nhiêu?")
    assert breakdown(q, stated("540", LATER)) is None  # "trong đó" breaks down 210, not 540
    got = breakdown(parse_query("Có bao nhiêu cầu dân sinh, chia theo từng loại?"), stated("210", LATER))
    assert got is not None  # a share of 210 between it and its bracket is no other figure
    assert "**90** cầu thép" in got.text
    semi = "Xã có 30 giếng khoan; trong đó 12 giếng mới."
    assert breakdown(q, stated("30", semi)) is None  # a ";" ends the stated figure's part


def test_a_decimal_comma_does_not_split_a_part() -> None:
    part = "trong đó: chi mua sắm 3,7 tỷ đồng, chi sửa chữa 1,9 tỷ đồng"
    assert largest_part(part) == ("chi mua sắm tỷ đồng", "3,7")


def test_no_largest_part_when_two_tie_or_a_piece_holds_no_figure() -> None:
    assert largest_part("trong đó 5 hồ sơ cấp huyện, 5 hồ sơ cấp xã") is None
    assert largest_part("trong đó cấp huyện và cấp xã 9") is None
    assert largest_part("trong đó 4 công chức; 6 viên chức và 1 hợp đồng") == ("viên chức", "6")
    assert largest_part("trong đó 7") is None  # one piece: below MIN_PIECES
