"""A change asked since one period ("changed since 2019", "tăng hay giảm so với 2019", "năm
2019 so với hiện nay"): that period's report beside the province's newest, with the change line
computed from the two cited figures (`bot/compare_since.py`, `bot/compare_table.py`)."""

from __future__ import annotations

from bot.answer import AnswerService
from bot.compare_sides import side_query, sides_of
from bot.compare_since import since_asked
from bot.docref_ask import read_docref
from bot.intents import Intent, read_intent, report_fields
from bot.intents_types import is_comparison
from core.query import parse_query
from tests.helpers.typed import body


def test_the_shapes_of_a_change_since_a_period() -> None:
    for text in (
        "How has the number of leaflets in Ha Tinh changed since 2019?",
        "Has the share of X in Hà Tĩnh improved since Q1 2019?",
        "Số tờ rơi ở Hà Tĩnh tăng hay giảm so với năm 2019?",
        "so to roi o ha tinh tu 2019 den nay the nao",
        "Số tờ rơi ở Hà Tĩnh năm 2019 so với hiện nay thế nào?",
        "Ha Tinh leaflets compared with 2019?",
        "Số tờ rơi ở Hà Tĩnh thay đổi ra sao kể từ quý I/2019?",
        "How have Ha Tinh's leaflets changed since Q1/2019?",
        "so to roi ha tinh ke tu thang 3/2019 the nao",
    ):
        q = parse_query(text)
        assert since_asked(q), text
        assert is_comparison(q), text
    for text in (
        "Số tờ rơi ở Hà Tĩnh năm 2019?",  # one period, no change asked
        "Số tờ rơi ở Hà Tĩnh năm 2022 so với năm 2019?",  # two years: the years' own sides
        "Số hồ sơ ở Hà Tĩnh tăng hay giảm so với cùng kỳ năm 2021?",  # the report's own change
        "Leaflets in Ha Tinh and Tuyen Quang since 2019?",  # two provinces
        "Ha Tinh leaflets since 12/2019?",  # a bare "/2019": the tail of a date, no period
        # the period too far from "so với hiện nay" (over `_PERIOD_TO_NOW_GAP`): not its side
        "Số tờ rơi năm 2019 mà các sở, ngành ở Hà Tĩnh đã phát hành so với hiện nay?",
    ):
        assert not since_asked(parse_query(text)), text


def test_the_sides_are_the_named_period_and_the_newest_report(service: AnswerService) -> None:
    index = service.retriever.index
    q = parse_query("Số tờ rơi phát hành ở Hà Tĩnh tăng hay giảm so với năm 2019?")
    sides = sides_of(q, index)
    reports = [index.reports[s.reports[0]] for s in sides]
    newest = max((r for r in index.reports.values() if r.province == "Hà Tĩnh"),
                 key=lambda r: (r.year, r.date))  # fmt: skip
    assert [r.year for r in reports] == [2019, newest.year]
    assert reports[1].id == newest.id
    now = side_query(q, sides[1])
    assert "2019" not in now.folded
    assert "so voi" not in now.folded
    # a province with no later report than the year named: no comparison, one figure
    assert (
        sides_of(parse_query("Số DVC của Tuyên Quang tăng hay giảm so với năm 2022?"), index) == []
    )


def test_a_change_since_a_period_is_told_both_sides_cited(service: AnswerService) -> None:
    # "Q1/2019": the year after "/" with the quarter before it
    ans = service.answer(
        "How have the news items posted on Ha Tinh's e-commerce exchange changed since Q1/2019?"
    )
    text = body(ans)
    assert len({c.report_id for c in ans.citations}) == 2
    assert "Change," in text
    assert "computed from" in text


def test_the_same_figure_in_both_reports_is_unchanged(service: AnswerService) -> None:
    ans = service.answer("so to roi tuyen truyen CCHC phat hanh o Ha Tinh tu 2019 den nay the nao")
    assert len({c.report_id for c in ans.citations}) == 2
    assert "không đổi" in body(ans)


def test_two_measures_give_no_direction(service: AnswerService) -> None:
    # 2019 counts level-3 services of province and districts, 2022 each level of the
    # departments: two measures, so no way up or down is told
    ans = service.answer("Số DVC trực tuyến của Hà Tĩnh so với năm 2019 thế nào?")
    text = body(ans).split("\nNguồn:")[0]
    assert len({c.report_id for c in ans.citations}) == 2
    assert "Thay đổi" not in text
    assert "tăng" not in text
    assert "giảm" not in text


def test_a_document_asked_across_the_reports_is_that_document() -> None:
    # "qua các kỳ báo cáo" dates the question over every report: the plan each names is
    # asked, not the reports' own numbers
    for text in (
        "Qua các kỳ báo cáo, chỉ thị về chuyển đổi số của Hà Tĩnh mang số hiệu gì?",
        "Across the reports, what is the number of Ha Tinh's plan on IT application?",
    ):
        q = parse_query(text)
        assert report_fields(q.folded) == (), text
        ask = read_docref(q)
        assert ask is not None, text
        assert ask.field == "number", text
    assert report_fields(parse_query("Số hiệu các báo cáo của Hà Tĩnh là gì?").folded)


def test_a_change_since_a_year_without_its_report_is_no_comparison(service: AnswerService) -> None:
    reports = list(service.retriever.index.reports.values())
    # Tuyên Quang and Đồng Tháp have no report of 2019: one figure, no table
    for text in ("Số dịch vụ công mức độ 4 của Tuyên Quang thay đổi thế nào kể từ năm 2019?",
                 "Has Dong Thap's count of online services grown since 2019?"):
        q = parse_query(text)
        assert since_asked(q), text
        assert not is_comparison(q, reports), text
        assert read_intent(q, reports=reports).intent != Intent.COMPARISON, text
    # Hà Tĩnh has 2019's report and a later one: a comparison
    q = parse_query("Số dịch vụ công mức độ 4 của Hà Tĩnh thay đổi thế nào kể từ năm 2019?")
    assert is_comparison(q, reports)
    assert read_intent(q, reports=reports).intent == Intent.COMPARISON
