"""A summary asked of a topic no heading names, narrower than the report, is told from the
one part whose running text holds the topic (bot/summary_body.py); the report's own subject
is still the whole report. Real seed index."""

from __future__ import annotations

from bot.answer import AnswerService

HD = "004_b819450d24d342ba"


def test_a_topic_only_a_parts_text_names_is_that_part(service: AnswerService) -> None:
    # no heading says "xe ô tô", "thẩm định giá" or "mua sắm tập trung"; the public-finance
    # part's paragraphs do
    ans = service.answer(
        "Tóm tắt việc điều chuyển xe ô tô, thẩm định giá và mua sắm tập trung ở Hải Dương"
    )
    head = ans.text.split("\n")[0]
    assert head.startswith("**Tóm tắt** mục “")
    assert "tài chính công" in head.lower()
    assert {c.report_id for c in ans.citations} == {HD}


def test_the_reports_own_subject_is_the_whole_report(service: AnswerService) -> None:
    ans = service.answer("Summarise Hai Duong's 2022 administrative reform report")
    number = service.retriever.index.reports[HD].number
    assert ans.text.startswith(f"**Summary** of {number}")


def test_a_report_named_by_its_number_is_the_whole_report(service: AnswerService) -> None:
    # the number's words ("bc") stand in its opening lines: no part of it is asked
    number = service.retriever.index.reports[HD].number
    ans = service.answer(f"Tóm tắt giúp tôi báo cáo {number} của Hải Dương")
    assert ans.text.startswith(f"**Tóm tắt** báo cáo {number}")
