"""A figure of another measure than the one asked, a unit's own allotment for the whole
province's figure, and an undated passage for a "when", answered "not found" with the nearest
line cited (bot/near_miss_asked.py, through bot/near_miss.py). The report lines are written for
the test."""

from __future__ import annotations

from dataclasses import replace

from bot.near_miss import near_miss
from bot.near_miss_asked import other_measure, other_staff, undated, unit_own
from core.query import parse_query
from core.result import Answer, Citation


def cited(quote: str, agency: str = "Sở Nội vụ Bình Phước") -> Citation:
    """A citation of `quote` in a report by `agency`."""
    return Citation(1, "t001", "Báo cáo", "51/BC-SNV", agency, "2021-12-10", "II. Kết quả",
                    quote, 0.9, context=quote)  # fmt: skip


def stated(figure: str, quote: str, agency: str = "Sở Nội vụ Bình Phước") -> Answer:
    """An answer stating `figure` in bold, citing `quote`."""
    return Answer("?", f"**{figure}** [1]\n> {quote}", False, (cited(quote, agency),),
                  figure=figure, language="en")  # fmt: skip


def passage(quote: str) -> Answer:
    """An answer quoting `quote`, no figure stated."""
    return Answer("?", f"[1]\n> {quote}", False, (cited(quote),), language="en")


BROADCAST = "Đài truyền thanh huyện phát 03-06 lượt/ngày chuyên mục cải cách hành chính."
ALLOTTED = "Kinh phí hoạt động được giao: 8.200.000.000 đồng."


def test_a_count_stated_for_a_score_becomes_not_found() -> None:
    q = parse_query("What score did the province reach in the 2020 PAPI?")
    ans = other_measure(q, stated("03", BROADCAST), "en")
    assert ans is not None
    assert ans.abstained
    assert ans.text.startswith("Not found")
    assert "03" in ans.text
    assert "luot" in ans.text
    # the near-miss checks run it on a figure asked
    vi = parse_query("Chỉ số PAPI năm 2020 của tỉnh đạt bao nhiêu điểm?")
    assert near_miss(vi, stated("03", BROADCAST), "vi", "figure") is not None


def test_a_score_stated_for_a_score_stands() -> None:
    q = parse_query("What score did Binh Phuoc reach in the 2020 PAPI?")
    assert other_measure(q, stated("41,82", "PAPI 2020 đạt 41,82 điểm."), "en") is None


def test_a_bare_figure_stated_for_a_rank_becomes_not_found() -> None:
    q = parse_query("Bình Phước đứng thứ mấy về chỉ số PAPI năm 2020?")
    bare = "Đã cấp 1.520 chứng thư số (trong đó cá nhân là 310)."
    ans = other_measure(q, stated("310", bare), "vi")
    assert ans is not None
    assert ans.abstained
    assert "thứ hạng" in ans.text
    ranked = "Năm 2020, chỉ số PAPI của tỉnh xếp thứ 12 cả nước."
    assert other_measure(q, stated("12", ranked), "vi") is None


def test_an_allotment_stated_for_budget_revenue_becomes_not_found() -> None:
    q = parse_query("What was Binh Phuoc's total budget revenue in 2021?")
    ans = other_measure(q, stated("8.200.000.000", ALLOTTED), "en")
    assert ans is not None
    assert ans.abstained
    assert "budget revenue" in ans.text
    revenue = "Tổng thu ngân sách năm 2021 ước đạt 11.250 tỷ đồng."
    assert other_measure(q, stated("11.250", revenue), "en") is None


def test_a_units_own_allotment_is_no_figure_of_the_whole_province() -> None:
    q = parse_query("Tổng số biên chế toàn tỉnh Bình Phước được giao là bao nhiêu?")
    own = "Sở quản lý, sử dụng 48 biên chế công chức do Ủy ban nhân dân tỉnh giao."
    ans = unit_own(q, stated("48", own), "vi")
    assert ans is not None
    assert ans.abstained
    assert "Sở Nội vụ Bình Phước" in ans.text
    # the province's own committee speaks for the province; a clause that says the whole
    # province ("toàn tỉnh") does too
    assert unit_own(q, stated("48", own, "UBND tỉnh Bình Phước"), "vi") is None
    whole = "Biên chế công chức toàn tỉnh được giao là 2.310 biên chế."
    assert unit_own(q, stated("2.310", whole), "vi") is None
    # a giver named between ("được Chính phủ giao"): the province's, not the unit's
    tasks = "Tỉnh có 24 nhiệm vụ được Chính phủ giao, đã hoàn thành 20 nhiệm vụ."
    assert (
        unit_own(parse_query("Toàn tỉnh có bao nhiêu nhiệm vụ?"), stated("24", tasks), "vi") is None
    )


def test_a_when_answered_by_an_undated_passage_becomes_not_found() -> None:
    q = parse_query("When did Binh Phuoc's document management system go live?")
    plan = "- Tiếp tục nâng cấp hệ thống quản lý văn bản và điều hành của tỉnh."
    ans = undated(q, passage(plan), "en")
    assert ans is not None
    assert ans.abstained
    dated = "Hệ thống quản lý văn bản và điều hành đi vào hoạt động từ ngày 15/3/2018."
    assert undated(q, passage(dated), "en") is None
    # a question that asks no date is not judged
    what = parse_query("What does Binh Phuoc plan for its document management system?")
    assert undated(what, passage(plan), "en") is None


def test_a_count_of_public_employees_is_no_count_of_civil_servants() -> None:
    q = parse_query("Năm 2021 Bình Phước tuyển dụng bao nhiêu công chức?")
    employees = "Tiếp nhận 03 viên chức vào làm việc tại Trung tâm Y tế huyện."
    ans = other_staff(q, stated("03", employees), "vi")
    assert ans is not None
    assert ans.abstained
    assert "viên chức" in ans.text
    civil = "Tuyển dụng 27 công chức qua thi tuyển."
    assert other_staff(q, stated("27", civil), "vi") is None
    # "cán bộ, công chức, viên chức" named together: the whole staff, not judged
    staff = parse_query("Bao nhiêu cán bộ, công chức được đào tạo?")
    assert other_staff(staff, stated("03", employees), "vi") is None


def test_a_bold_figure_is_judged_on_the_line_that_writes_it() -> None:
    # a comparison whose first side is unsure ([1]) and whose second states a rank ([2]): the
    # rank is read with its own line, not the first side's
    first = cited("Tỉnh A tăng 3 bậc, xếp thứ 9 về chỉ số PAPI năm 2020.")
    second = replace(cited("Tỉnh B xếp thứ 21/63 tỉnh, thành phố về chỉ số PAPI năm 2020."), n=2)
    table = Answer("?", "| A | chưa chắc: 9? [1] |\n| B | **21/63** [2] |", False,
                   (first, second), figure="21/63", language="vi")  # fmt: skip
    q = parse_query("Chỉ số PAPI năm 2020 của tỉnh A và tỉnh B xếp thứ mấy?")
    assert other_measure(q, table, "vi") is None
