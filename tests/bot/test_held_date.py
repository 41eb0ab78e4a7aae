"""The day a named figure holds for: the figures a question names pick their lines, the day
those lines give is the answer; lines that disagree, or give no day of their own, are shown
without a bold day. Made-up report lines and the author's own wordings."""

from __future__ import annotations

from bot.extractive.held_span import SPAN_GAP
from bot.held_date import LONG_WORD, HeldDateAnswerer, held_day
from bot.held_date_ask import SMALLEST_NAMED, Named, asks_held_date, named_figures
from core.query import parse_query
from tests.helpers.facts import clause_fact
from tests.helpers.mini_index import mini_index

RAW = """BÁO CÁO
Kết quả cải cách hành chính 6 tháng đầu năm 2022

I. KẾT QUẢ
- Tính đến ngày 30/6/2022, Trung tâm đã tiếp nhận 12.345 hồ sơ trực tuyến.
- Từ ngày 01/01/2022 đến hết ngày 25/6/2022, đã giải quyết 8.765 hồ sơ đúng hạn.
- Vốn đầu tư công giải ngân đến ngày 20/6/2022: 4.987.654.321 đồng.
- Thực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2022, tỉnh đã cấp 2.468 chữ ký số.
"""


def test_the_day_asked_of_a_figure_is_read_in_both_languages() -> None:
    for text in (
        "500 giấy phép được cập nhật tới thời điểm nào?",
        "so lieu 500 ho so tinh den thoi diem nao",
        "The 500 dossiers figure is as of which date?",
        "By what date had the province received 500 dossiers?",
        "Which date does the 500 dossiers figure hold for?",
    ):
        assert asks_held_date(parse_query(text)), text
    assert not asks_held_date(parse_query("Báo cáo được ký ngày nào?"))


def test_figures_named_leave_out_dates_years_document_numbers_and_levels() -> None:
    q = parse_query("Theo Kế hoạch 56/KH-UBND ngày 2/3/2021, năm 2021 có 1.234 giấy phép mức 3, 4")
    assert {n.value for n in named_figures(q)} == {1234.0, 1.234}
    assert SMALLEST_NAMED == 10


def test_a_rounded_amount_fits_the_exact_figure_it_rounds() -> None:
    (n,) = named_figures(parse_query("4,9 tỷ đồng vốn giải ngân chốt vào ngày nào"))
    assert n == Named(4.9, 1, 1e9)
    assert n.fits(4_912_000_000.0)
    assert not n.fits(5_100_000_000.0)


def test_the_day_of_a_line_its_span_end_and_no_issue_date() -> None:
    assert held_day(clause_fact("Tính đến ngày 30/6/2022, đã tiếp nhận 12 hồ sơ")) == "30/6/2022"
    f = clause_fact("Từ ngày 01/01/2022 đến hết ngày 25/6/2022, đã giải quyết 87 hồ sơ")
    assert held_day(f) == "25/6/2022"
    assert len(" đến hết ngày ") <= SPAN_GAP
    issued = clause_fact("Thực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2022, đã cấp 24 chữ ký số")
    assert held_day(issued) == ""
    two = clause_fact("Ngày 02/3/2022 cấp 10 chứng thư; ngày 9/5/2022 cấp thêm 5 chứng thư")
    assert held_day(two) == ""


def test_the_day_the_line_gives_is_stated_in_bold() -> None:
    held = HeldDateAnswerer(mini_index(RAW))
    ans = held.answer(parse_query("Số 12.345 hồ sơ trực tuyến thống kê tới thời điểm nào?"),
                      (), (), "vi")  # fmt: skip
    assert ans is not None
    assert ans.figure == "30/6/2022"
    assert "**30/6/2022**" in ans.text
    en = held.answer(parse_query("The 4.99 billion dong disbursed: up to which day?"), (), (), "en")
    assert en is not None
    assert en.figure == "20/6/2022"


def test_a_line_with_only_an_issue_date_is_not_pinned() -> None:
    held = HeldDateAnswerer(mini_index(RAW))
    ans = held.answer(parse_query("2.468 chữ ký số: cập nhật tới lúc nào?"), (), (), "vi")
    assert ans is not None
    assert not ans.figure
    assert "**" not in ans.text
    assert "5/1/2022" not in ans.text.split("\n")[0]


def test_no_figure_named_or_none_held_is_left_to_the_others() -> None:
    held = HeldDateAnswerer(mini_index(RAW))
    assert (
        held.answer(parse_query("Hồ sơ trực tuyến được thống kê tới ngày nào?"), (), (), "vi")
        is None
    )
    assert held.answer(parse_query("99.999 hồ sơ chốt vào ngày nào?"), (), (), "vi") is None
    assert held.answer(parse_query("Có bao nhiêu hồ sơ 12.345?"), (), (), "vi") is None


def test_a_deadline_or_another_figure_asked_is_no_day_of_a_figure() -> None:
    for text in (
        "Đến ngày nào tỉnh phải hoàn thành 120 nhiệm vụ?",
        "By what date must the 120 tasks be finished?",
        "Trong 500 hồ sơ, bao nhiêu hồ sơ trực tuyến, tính đến ngày nào?",
        "How many of the 500 dossiers were online, and as of which date?",
    ):
        assert not asks_held_date(parse_query(text)), text


def test_a_named_figure_picks_only_a_line_of_its_measure_and_unit() -> None:
    held = HeldDateAnswerer(mini_index(RAW))
    # "12.345" is held by a line of dossiers, not of servers; a share named is no count
    q = parse_query("Số liệu 12.345 máy chủ tính đến ngày nào?")
    assert held.answer(q, (), (), "vi") is None
    assert held.answer(parse_query("Tỷ lệ 12.345% tính đến ngày nào?"), (), (), "vi") is None
    assert LONG_WORD == 4
