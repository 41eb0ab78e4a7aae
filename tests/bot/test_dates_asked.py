"""A figure said of the day a question names takes the place of one said of another year: the
report text is written for the test, in the reports' style."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from bot.extractive.answerer import ExtractiveAnswerer
from bot.extractive.choice import Candidate
from bot.extractive.dates_asked import asked_days, dated_first, said_days
from bot.extractive.years import PERIOD
from core.query import parse_query
from index.metadata import Report
from tests.helpers.mini_index import ask, everything, mini_index

PROJECT = """BÁO CÁO
Kết quả cải cách hành chính quý II năm 2023

II. KẾT QUẢ THỰC HIỆN

5. Cải cách tài chính công

- Kết quả thực hiện Kế hoạch giải ngân vốn đầu tư công (Dự án: Nhà lưu trữ hồ sơ tỉnh):

* Tổng mức đầu tư dự án: 6.300.000.000 đồng.

Trong đó:

- Kế hoạch vốn đã cấp năm 2022 là: 2.000.000.000 đồng (Giải ngân vốn đạt 100%)

- Kế hoạch vốn đã cấp năm 2023 là: 4.300.000.000 đồng (Đang thực hiện)

+ Nguồn vốn đã giải ngân đến ngày 05/6/2023: 1.720.000.000 đồng, đạt tỷ lệ: 40%.
"""

QUARTER = Report(
    "t004", "t004.txt", province="Bình Phước", agency="Văn phòng UBND tỉnh Bình Phước",
    number="93/BC-VPUBND", date="2023-06-15", year=2023, quarter=2, period="Quý II/2023",
)  # fmt: skip


def test_the_days_a_question_names() -> None:
    assert asked_days("giai ngan den 5/6/2023 dat bao nhieu") == {(5, 6, 2023)}
    assert asked_days("disbursed as of 5 jun 2023") == {(5, 6, 2023)}
    assert asked_days("by june 5th, 2023") == {(5, 6, 2023)}
    assert asked_days("in 2023") == frozenset()


def test_a_day_said_zero_padded_is_the_same_day() -> None:
    assert said_days("Nguồn vốn đã giải ngân đến ngày 05/6/2023: 1.720.000.000 đồng") == {
        (5, 6, 2023)
    }
    # a document's issue date is no day a figure holds for
    assert said_days("theo Quyết định số 12/QĐ-UBND ngày 05/6/2023 có 40 hồ sơ") == frozenset()


def test_the_share_disbursed_by_the_day_asked_not_last_years_plan() -> None:
    index = mini_index(PROJECT, QUARTER)
    ans = ask(index, "Dự án nhà lưu trữ giải ngân được bao nhiêu % vốn tính đến 5/6/2023?")
    assert ans.figure == "40%"
    english = ask(
        index, "What share of the archive project's capital was disbursed by 5 June 2023?"
    )
    assert english.figure in {"40%", ""}  # never last year's 100% in bold


def test_the_day_asked_decides_before_the_coverage_check() -> None:
    # last year's plan line ranks first (100%, another year) and covers a little less of the
    # question than the line said of the day asked (40%): the threshold between the two, the
    # day's line is found, not "not found" on the other year's coverage
    index = mini_index(PROJECT, QUARTER)
    question = (
        "Du an luu tru cua van phong UBND: bao nhieu % von nam 2023 da giai ngan den 5/6/2023?"
    )
    answerer = ExtractiveAnswerer(index, 0.404, 3)
    ans = answerer.answer(parse_query(question), everything(index), "vi")
    assert ans.figure == "40%"
    assert "100%" not in ans.text.split("\n")[0]



def _said(sentence: str, coverage: float) -> Candidate:
    chunk = SimpleNamespace(report_id="t004", sentence=lambda span: sentence)
    return cast(Candidate, SimpleNamespace(
        hit=SimpleNamespace(chunk=chunk), span=None, coverage=coverage, doubts=frozenset(),
        figure=sentence.rstrip(".").split()[-1],
    ))  # fmt: skip


def test_the_year_asked_without_a_day_puts_the_line_said_of_it_first() -> None:
    last = _said("- Kế hoạch vốn đã cấp năm 2022 là: 2.000.000.000 đồng (Giải ngân vốn đạt 100%)", 0.55)
    last = cast(Candidate, SimpleNamespace(**{**vars(last), "doubts": frozenset({PERIOD})}))
    day = _said("+ Nguồn vốn đã giải ngân đến ngày 05/6/2023: 1.720.000.000 đồng, đạt tỷ lệ: 40%.", 0.5)
    q = parse_query("Dự án nhà lưu trữ giải ngân được bao nhiêu phần trăm vốn năm 2023?")
    ranked, decided = dated_first(q, [last, day])
    assert (ranked[0].figure, decided) == ("40%", True)
    # a line covering much less of the question: the year alone tells nothing apart
    thin = _said("Tổng số hồ sơ tiếp nhận đến ngày 05/6/2023 đạt tỷ lệ 96%.", 0.2)
    assert dated_first(q, [last, thin])[0][0] is last
    # a sentence of two figures ranked says the year of both: it tells neither apart
    both = _said("Tổng thu năm 2023 đạt 130% dự toán, trong đó thu nội địa đạt 133%.", 0.55)
    inner = cast(Candidate, SimpleNamespace(**{**vars(both), "figure": "133%"}))
    assert dated_first(q, [last, both, inner])[0][0] is last
    # a line said of no year asked, or a question naming no year: as ranked
    other = _said("Tỷ lệ giải ngân năm 2021 đạt 30%.", 0.55)
    assert dated_first(q, [last, other])[0][0] is last
    assert dated_first(parse_query("Dự án nhà lưu trữ giải ngân bao nhiêu %?"), [last, day])[0][0] is last
