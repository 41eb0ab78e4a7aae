"""A figure said of the day a question names takes the place of one said of another year: the
report text is written for the test, in the reports' style."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

import bot.extractive.tuning as tuning
from bot.extractive.answerer import ExtractiveAnswerer
from bot.extractive.choice import Candidate
from bot.extractive.dates_asked import asked_days, dated_first, day_unsaid, said_days
from bot.extractive.years import PERIOD
from core.query import parse_query
from index.metadata import Report
from tests.helpers.mini_index import ask, everything, mini_index

PROJECT = """BÁO CÁO
Tình hình cải cách hành chính quý I năm 2024

II. KẾT QUẢ THỰC HIỆN

4. Cải cách tài chính công

- Tiến độ thanh toán vốn của công trình nâng cấp phần mềm một cửa điện tử cấp xã:

* Dự toán được phê duyệt: 3.900.000.000 đồng.

Cụ thể:

- Vốn bố trí trong năm 2023 gồm 1.200.000.000 đồng (Thanh toán hoàn thành 100%)

- Vốn bố trí trong năm 2024 gồm 2.700.000.000 đồng (Chưa quyết toán)

+ Số vốn thanh toán tới ngày 14/3/2024 là 810.000.000 đồng, bằng tỷ lệ 30%.
"""

QUARTER = Report(
    "t004", "t004.txt", province="Lai Châu", agency="Sở Nội vụ tỉnh Lai Châu",
    number="41/BC-SNV", date="2024-03-25", year=2024, quarter=1, period="Quý I/2024",
)  # fmt: skip


def test_the_days_a_question_names() -> None:
    assert asked_days("da chi tra toi 14/3/2024 la bao nhieu") == {(14, 3, 2024)}
    assert asked_days("paid out as of 14 mar 2024") == {(14, 3, 2024)}
    assert asked_days("by march 14th, 2024") == {(14, 3, 2024)}
    assert asked_days("over 2024") == frozenset()


def test_a_day_said_zero_padded_is_the_same_day() -> None:
    assert said_days("Số tiền chi trả lũy kế tới ngày 04/3/2024 đạt 95 triệu") == {
        (4, 3, 2024)
    }
    # a document's issue date is no day a figure holds for
    assert said_days("căn cứ Công văn số 77/UBND-KT ngày 04/3/2024, 12 xã đã nhập liệu") == frozenset()


def test_the_share_paid_by_the_day_asked_not_the_year_befores_funds() -> None:
    index = mini_index(PROJECT, QUARTER)
    ans = ask(index, "Tới 14/3/2024, phần mềm một cửa cấp xã đã thanh toán mấy % vốn?")
    assert ans.figure == "30%"
    english = ask(
        index, "By 14 March 2024, what percentage of the one-stop software funds had been paid?"
    )
    assert english.figure in {"30%", ""}  # never the year before's 100% in bold


def test_the_day_asked_decides_before_the_coverage_check() -> None:
    # the year before's funding line ranks first (100%, another year) and covers a little less
    # of the question than the line said of the day asked (30%): the threshold between the two,
    # the day's line is found, not "not found" on the other year's coverage
    index = mini_index(PROJECT, QUARTER)
    question = (
        "Vốn năm 2024 của công trình phần mềm một cửa cấp xã, tính tới 14/3/2024 đã thanh"
        " toán được bao nhiêu phần trăm?"
    )
    answerer = ExtractiveAnswerer(index, 0.404, 3)
    ans = answerer.answer(parse_query(question), everything(index), "vi")
    assert ans.figure == "30%"
    assert "100%" not in ans.text.split("\n")[0]


def _said(sentence: str, coverage: float, doubts: frozenset[str] = frozenset()) -> Candidate:
    chunk = SimpleNamespace(report_id="t004", sentence=lambda span: sentence)
    return cast(Candidate, SimpleNamespace(
        hit=SimpleNamespace(chunk=chunk), span=None, coverage=coverage, doubts=doubts,
        figure=sentence.rstrip(".").split()[-1],
    ))  # fmt: skip


_BEFORE = "Vốn bố trí trong năm 2023 gồm 1.200 triệu đồng, thanh toán hoàn thành 100%"
_ASKED = parse_query("Trong năm 2024 công trình phần mềm một cửa cấp xã trả được mấy % vốn?")


def test_the_year_asked_without_a_day_puts_the_line_said_of_it_first() -> None:
    before = _said(_BEFORE, 0.6, frozenset({PERIOD}))
    day = _said("Lũy kế đến hết ngày 14/3/2024 đã thanh toán 810 triệu đồng, bằng 30%.", 0.55)
    ranked, decided = dated_first(_ASKED, [before, day])
    assert (ranked[0].figure, decided) == ("30%", True)
    # a line covering much less of the question: the year alone tells nothing apart
    thin = _said("Số hồ sơ trực tuyến tới ngày 14/3/2024 chiếm 88%.", 0.2)
    assert dated_first(_ASKED, [before, thin])[0][0] is before
    # a sentence of two figures ranked says the year of both: it tells neither apart
    both = _said("Chi thường xuyên năm 2024 đạt 21% dự toán, riêng chi sự nghiệp đạt 19%.", 0.6)
    inner = cast(Candidate, SimpleNamespace(**{**vars(both), "figure": "19%"}))
    assert dated_first(_ASKED, [before, both, inner])[0][0] is before
    # a line said of no year asked, or a question naming no year: as ranked
    other = _said("Năm 2022 công trình trả được 45%.", 0.6)
    assert dated_first(_ASKED, [before, other])[0][0] is before
    bare = parse_query("Công trình phần mềm một cửa cấp xã trả được mấy % vốn?")
    assert dated_first(bare, [before, day])[0][0] is before


def test_a_year_said_as_a_baseline_is_not_the_lines_period() -> None:
    before = _said(_BEFORE, 0.6, frozenset({PERIOD}))
    for line in (
        "Giá trị thanh toán quý này tăng 12% so với cùng kỳ năm 2024.",
        "Mức chi trả vượt 7% so với năm 2024.",
        "Payments rose by 9% compared with 2024.",
        "The share paid was 3% higher than in 2024.",
    ):
        assert dated_first(_ASKED, [before, _said(line, 0.6)])[0][0] is before, line
    # the year asked said of the line's own period, beside a baseline: still its period
    own = _said("Năm 2024 đã trả 30% vốn, tăng 5% so với năm 2023.", 0.6)
    assert dated_first(_ASKED, [before, own])[0][0] is own


def test_a_runner_up_right_at_the_rival_coverage_threshold() -> None:
    before = _said(_BEFORE, 0.6, frozenset({PERIOD}))
    line = "Số vốn thanh toán đến ngày 14/3/2024 bằng tỷ lệ 30%."
    at = tuning.PART_RIVAL_COVERAGE * 0.6
    assert dated_first(_ASKED, [before, _said(line, at)])[0][0].figure == "30%"
    assert dated_first(_ASKED, [before, _said(line, at - 0.01)])[0][0] is before


def test_a_day_range_no_candidate_says_is_not_found_not_a_hedge() -> None:
    asked = parse_query("Tỷ lệ hồ sơ giải quyết đúng hạn từ 01/2/2024 đến 10/3/2024 là bao nhiêu?")
    other_day = _said("Tính đến ngày 12/3/2024, 640 dịch vụ công mức độ 3 đạt tỷ lệ 41%.", 0.5)
    level = _said("Số dịch vụ công mức độ 4 là 910, đạt tỷ lệ 59%.", 0.5)
    assert day_unsaid(asked, [other_day, level])
    # one figure said of a day asked: the candidates stand
    of_range = _said("Từ ngày 01/2/2024 đến ngày 10/3/2024, tiếp nhận 5.120 hồ sơ.", 0.4)
    assert not day_unsaid(asked, [other_day, of_range])
    # a question naming no day, or no candidates: nothing said against them
    assert not day_unsaid(parse_query("Tỷ lệ hồ sơ đúng hạn năm 2024?"), [other_day])
    assert not day_unsaid(asked, [])
