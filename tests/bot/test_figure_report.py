"""Which report gives a named figure, and for what period: the figure's line picks its report,
whose period is the answer, with the figure and the report named; no such line, lines in two
reports, a count, share or list asked beside the period, a bare number with another meaning, or
no report or period asked, leave it to the others. Made-up reports, topics and wordings."""

from __future__ import annotations

from dataclasses import replace

from bot.figure_nowhere import no_report_states, stated_nowhere
from bot.figure_report import asks_report_only, report_of_figure
from bot.held_date import HeldDateAnswerer
from core.query import parse_query
from core.text import fold
from tests.helpers.mini_index import REPORT, mini_corpus

FIRST = """BÁO CÁO
Kết quả cải cách hành chính 6 tháng đầu năm 2022

I. KẾT QUẢ
- Trạm quan trắc Sông Mây đã ghi nhận 8.765 lượt đo mực nước trên phần mềm Hải Âu.
- Từ ngày 01/02/2022 đến ngày 31/5/2022, phần mềm Hải Âu tiếp nhận 3.579 lượt tra cứu.
- Tính đến ngày 30/6/2022, đã cấp 6.202 thẻ thư viện số cho học sinh.
- Đã kiểm tra 57 giếng khoan trong vùng.
"""
SECOND = """BÁO CÁO
Kết quả cải cách hành chính quý III năm 2021

I. KẾT QUẢ
- Đã mở 71 lớp bồi dưỡng nghiệp vụ cho kỹ thuật viên trạm đo.
- Đã cấp 6.202 thẻ thư viện số cho học sinh.
- Có 33 trạm bơm cấp huyện được nâng cấp.
"""
OTHER = replace(REPORT, id="t002", file="t002.txt", number="12/BC-UBND", date="2021-09-20",
                year=2021, quarter=3, period="Quý III/2021")  # fmt: skip


def _held() -> HeldDateAnswerer:
    return HeldDateAnswerer(mini_corpus([(REPORT, FIRST), (OTHER, SECOND)]))


def test_the_figures_report_and_period_are_the_answer() -> None:
    q = parse_query("Văn bản nào nêu 8.765 lượt đo mực nước của trạm Sông Mây, thuộc kỳ nào?")
    ans = report_of_figure(_held(), q, (), (), "vi")
    assert ans is not None
    head = ans.text.split("\n")[0]
    assert "**6 tháng đầu năm 2022**" in head
    assert "77/BC-VPUBND" in head
    assert "8.765" in head
    assert "Quý III/2021" not in ans.text
    assert ans.citations[0].report_id == REPORT.id


def test_the_period_is_said_in_english() -> None:
    q = parse_query("Which report gives the 71 training classes, and for what period?")
    ans = report_of_figure(_held(), q, (), (), "en")
    assert ans is not None
    assert ans.text.startswith("**Q3 2021**")


def test_a_span_its_line_gives_is_said_whole_when_the_period_is_asked() -> None:
    q = parse_query("Phần mềm Hải Âu tiếp nhận 3.579 lượt tra cứu trong giai đoạn nào?")
    ans = report_of_figure(_held(), q, (), (), "vi")
    assert ans is not None
    head = ans.text.split("\n")[0]
    assert "từ 1/2/2022 đến 31/5/2022" in head
    assert "tính đến" not in head


def test_a_figure_of_two_reports_or_no_report_asked_is_left_to_the_others() -> None:
    held = _held()
    for text in (
        "Báo cáo nào cho biết đã cấp 6.202 thẻ thư viện số?",  # both reports give it
        "Báo cáo nào cho biết đã kiểm tra 57 trạm bơm?",  # 57 is stated, of other things
        "Đã ghi nhận 8.765 lượt đo mực nước trên phần mềm nào?",  # no report or period asked
    ):
        assert report_of_figure(held, parse_query(text), (), (), "vi") is None, text


def test_a_figure_no_report_states_is_said_not_found_not_every_period() -> None:
    held = _held()
    for text, en in (
        ("Báo cáo nào cho biết đã cấp 9.999 thẻ thư viện số, thuộc kỳ nào?", False),
        ("Which report gives the 4.321 training classes, and for what period?", True),
    ):
        ans = report_of_figure(held, parse_query(text), (), (), "en" if en else "vi")
        assert ans is not None, text
        assert ans.abstained
        assert not ans.figure
        assert not ans.citations
        assert "**" not in ans.text
        assert ("9.999" if not en else "4.321") in ans.text
        assert "Quý III/2021" not in ans.text
        assert "6 tháng" not in ans.text


def test_a_count_share_or_list_asked_with_the_period_is_left_to_the_others() -> None:
    held = _held()
    for text in (
        "Trong 8.765 lượt đo, bao nhiêu lượt đo mực nước, số liệu thuộc kỳ nào?",
        "Trạm Sông Mây có bao nhiêu lượt đo trong 8.765 lượt, tính cho giai đoạn nào?",
        "Những trạm nào ghi nhận 8.765 lượt đo mực nước, trong giai đoạn nào?",
        "Tỷ lệ lượt đo chiếm bao nhiêu trong 8.765 lượt, thuộc kỳ báo cáo nào?",
    ):
        assert not asks_report_only(fold(text)), text
        assert report_of_figure(held, parse_query(text), (), (), "vi") is None, text


def test_a_bare_number_of_another_measure_or_level_is_no_answer() -> None:
    held = _held()
    for text in (
        "Báo cáo nào nêu 57 trạm bơm được nâng cấp, thuộc kỳ nào?",  # the 57 are wells
        "Báo cáo nào nêu 33 trạm bơm cấp xã được nâng cấp, thuộc kỳ nào?",  # they are district's
    ):
        assert report_of_figure(held, parse_query(text), (), (), "vi") is None, text


def test_a_report_named_by_its_number_is_no_figure_named() -> None:
    q = parse_query("Báo cáo số 77 cho biết 8.765 lượt đo mực nước thuộc kỳ nào?")
    assert report_of_figure(_held(), q, (), (), "vi") is None


THIRD = """BÁO CÁO
Kết quả cải cách hành chính quý II năm 2020

I. KẾT QUẢ
- Tỷ lệ phiếu khảo sát được trả lời đúng hạn đạt 97,6%.
- Người dân phản ánh qua đường dây nóng 4417 của trung tâm điều hành.
"""


def _with_third() -> HeldDateAnswerer:
    third = replace(REPORT, id="t003", file="t003.txt", number="5/BC-UBND", date="2020-07-01",
                    year=2020, quarter=2, period="Quý II/2020")  # fmt: skip
    return HeldDateAnswerer(mini_corpus([(REPORT, FIRST), (third, THIRD)]))


def test_a_share_a_report_states_is_stated_however_the_question_names_it() -> None:
    held = _with_third()
    for text in (
        "Which report says 97.6 percent of survey forms were answered on time, for what period?",
        "Báo cáo nào nêu 97,6% phiếu khảo sát được trả lời đúng hạn, thuộc kỳ nào?",
    ):
        assert stated_nowhere(held.index, parse_query(text)) == [], text


def test_a_number_a_report_writes_is_stated_whatever_its_marks() -> None:
    held = _with_third()
    for text in (
        "Báo cáo nào nêu số đường dây nóng 4.417, thuộc kỳ nào?",
        "Which report gives the hotline number 4,417, and for what period?",
        "Báo cáo nào nêu số đường dây nóng 4417, thuộc kỳ nào?",
    ):
        assert stated_nowhere(held.index, parse_query(text)) == [], text
    assert stated_nowhere(held.index, parse_query("Báo cáo nào nêu đường dây nóng 4.418?")) == [
        "4.418"
    ]


def test_a_share_stated_nowhere_is_said_back_with_its_percent() -> None:
    held = _with_third()
    q = parse_query(
        "Which report says 93.1% of survey forms were answered on time, for what period?"
    )
    nowhere = stated_nowhere(held.index, q)
    assert nowhere == ["93.1%"]
    assert "93.1%" in no_report_states(q, nowhere, "en").text
