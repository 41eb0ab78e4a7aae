"""What a question asks a figure to measure against what the figure's own words make it
(bot/measure_asked.py). The report lines are written for the test."""

from __future__ import annotations

import pytest

from bot.measure_asked import (
    asked_measure,
    budget_asked,
    budget_unsaid,
    counted_noun,
    figure_measure,
    mismatch,
)
from core.query import parse_query
from core.text import fold


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("What score did Binh Phuoc reach in the 2020 SIPAS?", "score"),
        ("Bình Phước đạt bao nhiêu điểm?", "score"),
        ("Bình Phước xếp thứ mấy cả nước về chỉ số PAPI?", "rank"),
        ("How much funding did the department spend on training in 2021?", "money"),
        ("Kinh phí tập huấn năm 2021 là bao nhiêu?", "money"),
        # a count or a share asked: judged elsewhere (bot/counted.py), not here
        ("Có bao nhiêu điểm cầu truyền hình trực tuyến?", ""),
        ("Bao nhiêu hồ sơ được giải quyết trong năm 2021?", ""),
        ("Tỷ lệ giải ngân vốn đầu tư công đạt bao nhiêu?", ""),
    ],
)
def test_what_a_question_asks_a_figure_to_be(question: str, measure: str) -> None:
    assert asked_measure(parse_query(question).folded) == measure


@pytest.mark.parametrize(
    ("sentence", "figure", "measure"),
    [
        (
            "Đài phát thanh huyện phát 03-06 lượt/ngày chuyên mục cải cách hành chính.",
            "03",
            "count",
        ),
        ("Kinh phí hỗ trợ tập huấn là 450.000.000 đồng.", "450.000.000", "money"),
        ("Thu nội địa ước đạt 2.100,5 tỷ đồng.", "2.100,5", "money"),
        ("Chỉ số SIPAS năm 2020 của tỉnh đạt 82,15/100 điểm.", "82,15/100", "score"),
        ("Tỉnh tăng 4 bậc so với năm trước.", "4", "rank"),
        ("Năm 2020, tỉnh xếp thứ 12 cả nước.", "12", "rank"),
        ("Thời gian giải quyết rút ngắn còn 15 ngày làm việc.", "15", "time"),
        ("Tỷ lệ hồ sơ đúng hạn đạt 97,2%.", "97,2%", "percent"),
        ("Chỉ số của tỉnh năm 2020 đạt 81,7.", "81,7", ""),  # no unit: not judged
    ],
)
def test_what_a_figure_is_by_its_own_words(sentence: str, figure: str, measure: str) -> None:
    assert figure_measure(sentence, figure) == measure


def test_a_count_is_no_score_and_a_share_may_be_one() -> None:
    score = parse_query("What score did Binh Phuoc reach in the 2020 SIPAS?").folded
    broadcast = "Đài phát thanh huyện phát 03-06 lượt/ngày chuyên mục cải cách hành chính."
    assert mismatch(score, broadcast, "03") == "count"
    assert counted_noun(broadcast, "03") == "luot"
    assert mismatch(score, "Chỉ số SIPAS năm 2020 đạt 84,6%.", "84,6%") == ""
    assert mismatch(score, "Chỉ số SIPAS năm 2020 đạt 82,15/100 điểm.", "82,15/100") == ""


def test_a_count_of_things_is_no_amount_of_money() -> None:
    money = parse_query("Kinh phí tập huấn năm 2021 là bao nhiêu?").folded
    assert mismatch(money, "Tổ chức 12 lớp tập huấn cho 640 học viên.", "12") == "count"
    assert mismatch(money, "Kinh phí tập huấn là 450.000.000 đồng.", "450.000.000") == ""


def test_the_budget_side_asked_must_be_said() -> None:
    revenue = parse_query("What was Binh Phuoc's total budget revenue in 2021?").expanded
    assert budget_asked(revenue) == "revenue"
    assert budget_unsaid("revenue", "Kinh phí hoạt động được giao: 8.200.000.000 đồng.")
    assert not budget_unsaid("revenue", "Tổng thu ngân sách năm 2021 ước đạt 11.250 tỷ đồng.")
    spending = parse_query("Tổng chi ngân sách tỉnh năm 2021 là bao nhiêu?").expanded
    assert budget_asked(spending) == "spending"
    assert budget_unsaid("spending", "Tổng thu ngân sách năm 2021 ước đạt 11.250 tỷ đồng.")
    assert not budget_unsaid("spending", "Tổng chi ngân sách địa phương đạt 9.870 tỷ đồng.")
    # a count of things asked is no budget side, whatever words follow it
    assert budget_asked(parse_query("Tổng số thủ tục hành chính là bao nhiêu?").expanded) == ""


def test_a_province_named_dong_is_no_currency() -> None:
    # "Đồng Tháp" names a province: a count asked of it asks no money
    assert asked_measure(parse_query("Số xã nông thôn mới ở Đồng Tháp, bao nhiêu?").folded) == ""
    assert asked_measure(parse_query("Học phí ở Đồng Tháp là bao nhiêu đồng?").folded) == "money"


def test_a_rank_asked_needs_a_figure_written_as_a_rank() -> None:
    rank = parse_query("Bình Phước đứng thứ mấy cả nước về chỉ số PAPI?").folded
    assert asked_measure(rank) == "rank"
    # a bare figure is no rank (a score may stand bare, a rank never does)
    assert mismatch(rank, "Đã cấp 1.520 chứng thư số (trong đó cá nhân là 310).", "310") == "other"
    assert mismatch(rank, "Năm 2020, tỉnh xếp thứ 12 cả nước.", "12") == ""
    assert mismatch(rank, "Chỉ số PAPI của tỉnh đứng hạng 5 toàn quốc.", "5") == ""
    assert mismatch(rank, "Tỉnh tăng 4 bậc so với năm trước.", "4") == ""
    # another measure stays named as such
    assert mismatch(rank, "Chỉ số PAPI năm 2020 đạt 44,1/80 điểm.", "44,1/80") == "score"


@pytest.mark.parametrize(
    "question",
    [
        "What share of its running costs does the provincial radio station cover from its own revenue?",
        "How much of its operating costs does the unit fund from its own revenues?",
        "percentage of recurrent expenditure the e-portal meets out of its own revenue",
    ],
)
def test_a_units_own_revenue_is_no_budget_revenue(question: str) -> None:
    assert budget_asked(parse_query(question).expanded) != "revenue"


def test_cover_reads_as_covering_costs() -> None:
    from core.lexicon import to_vietnamese

    assert "bao dam chi phi" in to_vietnamese("the centre covers its costs")
    assert "bao dam chi phi" in to_vietnamese("can the archive cover the costs of scanning")
    assert "tu bao dam" in to_vietnamese("the station covers itself")
    assert "tu bao dam" in to_vietnamese("spending met from the clinic's own revenues")
    assert to_vietnamese("mobile coverage in 2022") == ["phu song"]


_FINANCIAL = {"bao dam chi phi", "tu bao dam", "chi phi", "kinh phi", "ngan sach", "thu"}


@pytest.mark.parametrize(
    "question",
    [
        "What topics did the legal training sessions cover?",
        "Which communes does the land survey cover",
        "does the inspection plan cover all departments",
        "how much of the province do the new cameras cover",
    ],
)
def test_a_bare_cover_names_no_cost(question: str) -> None:
    from core.lexicon import to_vietnamese

    # "cover" alone is what a training, survey or plan spans: only "cover … costs" is money,
    # and only "covered by" / "coverage" a network's reach
    assert not (_FINANCIAL | {"phu song"}) & set(to_vietnamese(fold(question)))


def test_a_network_covers_by_coverage_or_covered_by() -> None:
    from core.lexicon import to_vietnamese

    assert "phu song" in to_vietnamese("how many villages are covered by 4g")
    assert "phu song" in to_vietnamese("4g network coverage of communes")


def test_a_bare_figure_in_a_clause_writing_no_amount_is_no_amount_of_money() -> None:
    asked = fold("Kinh phí sửa chữa trụ sở xã năm nay là bao nhiêu?")
    assert mismatch(asked, "Đài đã phát 14 phóng sự trên 3 kênh.", "3") == "other"
    # an amount written in the clause keeps its figures open to the other checks
    assert mismatch(asked, "Kinh phí sửa chữa là 430 triệu đồng, gồm 2 hạng mục.", "430") == ""
    assert mismatch(asked, "Đã giải ngân 1,2 tỷ cho 2 hạng mục.", "1,2") == ""


def test_where_a_province_placed_asks_a_rank_and_an_event_that_took_place_does_not() -> None:
    placed = parse_query("In the 2020 SIPAS, where did Binh Phuoc place among the provinces?")
    assert asked_measure(placed.folded) == "rank"
    held = parse_query("Where did the 2021 training on digital signatures take place?")
    assert asked_measure(held.folded) == ""
    for located in ("Where were the new reception desks placed in 2023?",
                    "where are the self-service kiosks placed", "Where is the camera placed?"):  # fmt: skip
        assert asked_measure(parse_query(located).folded) == ""
