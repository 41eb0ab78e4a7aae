"""A breakdown told apart by year ("Tổng số vốn được bố trí: …" over "- Kế hoạch vốn đã cấp
năm 2023: …", "- … năm 2024: …"): the item said of the year asked is named, the report's own
year too, so it is stated rather than the total over the years or a rival left in doubt
(bot/extractive/years.py). The report text is written for the test, in the reports' style."""

from __future__ import annotations

import pytest

from bot.extractive.years import under_figure, year_fit, year_named
from index.generations import LoadedIndex
from index.metadata import Report
from tests.helpers.mini_index import ask, mini_index

YEAR_2024 = Report(
    "t024", "t024.txt", province="Lâm Đồng", agency="Văn phòng UBND tỉnh Lâm Đồng",
    number="205/BC-VPUBND", date="2024-10-02", year=2024, quarter=3, period="Quý III/2024",
)  # fmt: skip

REPORT = """BÁO CÁO
Kết quả cải cách hành chính quý III năm 2024

II. KẾT QUẢ THỰC HIỆN

5. Cải cách tài chính công

- Kết quả giải ngân vốn đầu tư công (Dự án: Nhà lưu trữ chuyên dụng tỉnh):

* Tổng mức đầu tư dự án: 21.800.000.000 đồng.

* Tổng số vốn được bố trí: 16.000.000.000 đồng.

Trong đó:

- Kế hoạch vốn đã cấp năm 2023 là: 6.400.000.000 đồng (Giải ngân vốn đạt 100%)

- Kế hoạch vốn đã cấp năm 2024 là: 9.600.000.000 đồng (Đang thực hiện)

+ Nguồn vốn đã giải ngân đến ngày 20/9/2024: 4.750.000.000 đồng, đạt tỷ lệ: 49,5%.
"""


@pytest.fixture(scope="module")
def index() -> LoadedIndex:
    return mini_index(REPORT, YEAR_2024)


def test_a_line_under_a_figure_is_an_item_of_its_breakdown() -> None:
    assert under_figure(["- Kết quả giải ngân:", "* Tổng số vốn được bố trí: 16.000.000.000 đồng."])
    assert not under_figure(["- Kết quả giải ngân vốn đầu tư công năm 2024:"])  # a year only
    assert not under_figure(["Tính đến ngày 20/9/2024, trong đó:"])  # a date only
    assert not under_figure([])


def test_the_reports_own_year_names_a_year_item() -> None:
    assert year_fit(frozenset({"2024"}), (2024,), 2024, item=True)[1] == 1
    # a figure hanging from no figure: the report's own year tells nothing apart
    assert year_fit(frozenset({"2024"}), (2024,), 2024)[1] == 0


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("Năm 2024, vốn cấp cho dự án nhà lưu trữ là bao nhiêu?", "9.600.000.000"),
        ("du an nha luu tru chuyen dung duoc cap bao nhieu von nam 2024", "9.600.000.000"),
        ("How much capital was granted for 2024 to the archive project?", "9.600.000.000"),
        ("Năm 2023 dự án nhà lưu trữ chuyên dụng được cấp bao nhiêu vốn?", "6.400.000.000"),
    ],
)
def test_the_year_item_asked_is_stated(index: LoadedIndex, question: str, figure: str) -> None:
    ans = ask(index, question, "en" if question.isascii() and "du an" not in question else "vi")
    assert ans.figure == figure


def test_the_total_over_the_years_is_never_bold_for_one_year(index: LoadedIndex) -> None:
    # "allocated" reads as "bố trí", the total's own word: the year item may go unnamed by
    # it, but neither the total nor the disbursed capital stands in bold for one year
    ans = ask(index, "How much capital was allocated for 2024 to the archive project?", "en")
    assert ans.figure in ("", "9.600.000.000")


def test_a_date_names_no_year_item() -> None:
    assert year_named("von nam 2024 la bao nhieu")
    assert not year_named("con lai bao nhieu von (den 20/9/2024)")
