"""A figure said of a past year only ("Kế hoạch vốn đã cấp năm 2021: … (Giải ngân vốn đạt
100%)" in a 2022 report) is a remark on the past: when the question names no year, its words
naming the asked part ("giải ngân") do not make it the answer in bold over the report's own
figure; when the question names that year, it is the answer. The report text is written for
the test, in the reports' style."""

from __future__ import annotations

from bot.extractive.sites import _figures_of
from bot.extractive.years import past_remarks
from tests.helpers.mini_index import ask, mini_index

REPORT = """BÁO CÁO
Công tác cải cách hành chính 6 tháng đầu năm 2022

II. KẾT QUẢ THỰC HIỆN

5. Cải cách tài chính công

- Kết quả thực hiện Kế hoạch giải ngân vốn đầu tư công (Dự án: Trụ sở tiếp dân, kho hồ sơ của Ủy ban nhân dân tỉnh):

* Tổng mức đầu tư dự án: 8.120.500.000 đồng.

* Tổng số vốn được bố trí: 7.000.000.000 đồng.

Trong đó:

- Kế hoạch vốn đã cấp năm 2021 là: 2.000.000.000 đồng (Giải ngân vốn đạt 100%)
- Kế hoạch vốn đã cấp năm 2022 là: 5.000.000.000 đồng (Đang thực hiện)

+ Nguồn vốn đã giải ngân đến ngày 30/6/2022: 2.950.000.000 đồng, đạt tỷ lệ: 59%.

+ Nguồn vốn còn lại: 2.050.000.000 đồng.
"""


def test_figures_said_of_past_years_only_are_remarks_when_no_year_is_asked() -> None:
    facts = _figures_of("- Kế hoạch vốn đã cấp năm 2021 là: 2.000.000.000 đồng (Giải ngân vốn đạt 100%)", [])  # fmt: skip
    assert past_remarks(facts, (), 2022) == {0, 1}
    assert past_remarks(facts, (2021,), 2022) == set()
    assert past_remarks(facts, (), 2021) == set()


def test_a_past_year_remark_is_not_stated_for_a_question_naming_no_year() -> None:
    index = mini_index(REPORT)
    ans = ask(index, "giai ngan von du an tru so tiep dan kho ho so dat bao nhieu phan tram")
    assert ans.figure != "100%", ans.text
    ans = ask(index, "nam 2021 du an tru so tiep dan giai ngan von dat bao nhieu phan tram")
    assert ans.figure == "100%", ans.text
