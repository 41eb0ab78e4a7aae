"""Money and budget figures are told apart by their own labels: the kind of money (total
investment, disbursed, not yet disbursed; revenue "tổng thu" and spending "tổng chi"), the year
a figure is for ("năm 2021", OCR "naim 2021", not "so với năm 2020"; a breakdown's items
that of their headline), a share that is a part's
("trong đó: … đạt 121%"); a figure whose label names none of the asked parts while another's
does is not stated in bold. The report text is written for the test, in the reports' style."""

from __future__ import annotations

from bot.extractive.sites import _figures_of
from bot.extractive.words import label_years, pairs_apart
from bot.extractive.years import PERIOD, year_fit
from index.metadata import Report
from tests.helpers.mini_index import ask, mini_index

PROJECT = """BÁO CÁO
Kết quả cải cách hành chính quý II năm 2023

II. KẾT QUẢ THỰC HIỆN

5. Cải cách tài chính công

- Kết quả thực hiện Kế hoạch giải ngân vốn đầu tư công (Dự án: Trụ sở tiếp công dân tỉnh):

* Tổng murc đầu tư dự án: 8.460.000.000 đồng.

* Tổng số vốn được bố trí: 7.200.000.000 đồng.

Trong đó:

- Kế hoạch vốn đã cấp naim 2022 là: 2.700.000.000 đồng (Giải ngân vốn đạt 100%)

- Kế hoạch vốn đã cấp năm 2023 là: 4.500.000.000 đồng (Đang thực hiện)

+ Nguồn vốn đã giải ngân đến ngày 20/6/2023: 1.935.000.000 đồng, đạt tỷ lệ: 43%.

+ Nguồn vốn còn lại: 2.565.000.000 đồng.
"""

BUDGET = """BÁO CÁO
Kết quả cải cách hành chính năm 2023

II. KẾT QUẢ THỰC HIỆN

5. Cải cách tài chính công

- Kết quả thực hiện các quy định về quản lý tài chính - ngân sách tại địa phương, cụ thể:

+ Tổng thu toàn tỉnh nim 2023 wéc đạt 12.845,300 tỷ đồng; đạt 117% so với dự toán giao, trong đó: Thu ước đạt 9.120 tỷ đồng, đạt 121% dự toán giao.

+ Tổng chi ngân sách địa phương năm 2023 ước đạt 13.002,450 tỷ đồng, đạt 109% dự toán năm, trong đó: Chi đầu tư phát triển ước đạt 4.310,200 tỷ đồng, bằng 126% dự toán.
"""

YEAR_2023 = Report(
    "t002", "t002.txt", province="Bình Phước", agency="UBND tỉnh Bình Phước",
    number="88/BC-UBND", date="2023-12-10", year=2023, quarter=0, period="Năm 2023",
)  # fmt: skip
QUARTER_2023 = Report(
    "t003", "t003.txt", province="Bình Phước", agency="Văn phòng UBND tỉnh Bình Phước",
    number="91/BC-VPUBND", date="2023-06-25", year=2023, quarter=2, period="Quý II/2023",
)  # fmt: skip


def test_a_year_after_nam_is_part_of_the_label_not_a_figure() -> None:
    plan = _figures_of("- Kế hoạch vốn đã cấp naim 2022 là: 2.700.000.000 đồng", [])
    assert [f.figure for f in plan] == ["2.700.000.000"]
    assert plan[0].years == frozenset({"2022"})
    assert "ke" in plan[0].own  # the label goes on past the year: "kế hoạch vốn … năm 2022"


def test_a_year_compared_with_is_not_the_year_a_figure_is_for() -> None:
    assert label_years(("xep", "thu", "nam", "2022")) == frozenset({"2022"})
    assert label_years(("tang", "so", "voi", "nam", "2021")) == frozenset()
    assert label_years(("cung", "ky", "nam", "2021")) == frozenset()
    assert label_years(("den", "ngay", "20", "6", "2023")) == frozenset()  # a date


def test_the_total_investment_is_the_figure_labelled_so() -> None:
    (total,) = _figures_of("* Tổng murc đầu tư dự án: 8.460.000.000 đồng.", [])
    assert ("tong", "muc", "dau", "tu") in total.quals  # "murc": OCR's "ư"
    ans = ask(
        mini_index(PROJECT, QUARTER_2023),
        "Tổng mức đầu tư dự án trụ sở tiếp công dân là bao nhiêu?",
    )
    assert ans.figure == "8.460.000.000"


def test_disbursed_is_not_the_allocated_capital() -> None:
    ans = ask(
        mini_index(PROJECT, QUARTER_2023),
        "du an tru so tiep cong dan da giai ngan duoc bao nhieu tien",
    )
    assert ans.figure == "1.935.000.000"


def test_the_capital_plan_of_the_year_asked() -> None:
    index = mini_index(PROJECT, QUARTER_2023)
    ans = ask(index, "Kế hoạch vốn năm 2022 đã cấp cho dự án trụ sở tiếp công dân là bao nhiêu?")
    assert ans.figure == "2.700.000.000"


def test_a_figure_of_another_year_than_the_one_asked_is_in_doubt() -> None:
    assert PERIOD in year_fit(frozenset({"2023"}), (2022,), 2023)[2]
    assert year_fit(frozenset({"2022"}), (2022,), 2023)[1] == 1  # a year not the report's
    assert year_fit(frozenset({"2023"}), (2023,), 2023) == (0.0, 0, frozenset())
    # no year asked: the report's figures of earlier years stay as they are ("PAR INDEX năm
    # 2021" in a 2022 report is its latest)
    assert year_fit(frozenset({"2022"}), (), 2023) == (0.0, 0, frozenset())
    # an item of a breakdown is of its headline's year
    clause = "Tổng chi năm 2022 đạt 900 tỷ đồng, trong đó: chi đầu tư đạt 300 tỷ đồng."
    assert [f.years for f in _figures_of(clause, [])] == [frozenset({"2022"})] * 2


def test_revenue_is_not_spending_and_the_total_is_not_its_part() -> None:
    index = mini_index(BUDGET, YEAR_2023)
    share = ask(index, "Tổng thu ngân sách năm 2023 của tỉnh đạt bao nhiêu % dự toán?")
    assert share.figure == "117%"
    spending = ask(index, "Tổng chi ngân sách địa phương năm 2023 đạt bao nhiêu phần trăm dự toán?")
    assert spending.figure == "109%"
    # The part "Thu ước đạt 9.120" never stands in bold for the total revenue.
    total = ask(index, "tong thu ngan sach toan tinh nam 2023 uoc dat bao nhieu")
    assert total.figure in {"12.845,300", ""}
    assert total.figure != "9.120"


def test_not_self_managed_funds_are_no_self_managed_funds() -> None:
    (own,) = _figures_of("* Kinh phí thực hiện tự chủ: 6.250.000.000 đồng.", [])
    (other,) = _figures_of("* Kinh phí thực hiện không tự chủ: 4.100.000.000 đồng.", [])
    assert ("tu", "chu") in own.quals
    assert ("tu", "chu") not in other.quals
    assert ("khong", "tu", "chu") in other.quals


def test_a_runner_up_says_a_two_word_count_only_with_its_words_side_by_side() -> None:
    assert pairs_apart([("giao", "vien")], [["giao", "duc", "bao", "cao", "vien"]]) == 1
    assert pairs_apart([("giao", "vien")], [["tuyen", "dung", "giao", "vien"]]) == 0
    assert pairs_apart([("cong", "chuc")], [["coeng", "chic"]]) == 0  # OCR: by skeletons
