"""A summary asked area by area of the report's own subject tells the whole report, every
area of it, or, its results asked with no report named, its one results part area by area
(bot/summary_areas.py); one area named is still that area's part. Real seed index."""

from __future__ import annotations

import pytest

from bot.answer import AnswerService

DT = "003_65220bd344690fa1"
TQ = "002_e5e7f1c560f345ee"


@pytest.mark.parametrize(
    ("question", "report"),
    [
        ("Short overview of Dong Thap's Q3 2022 CCHC report: its main areas and highlights", DT),
        ("Summarise Tuyen Quang's May 2022 report: every area and the headline results", TQ),
    ],
)
def test_areas_of_the_subject_tell_the_whole_report(
    service: AnswerService, question: str, report: str
) -> None:
    ans = service.answer(question)
    number = service.retriever.index.reports[report].number
    assert ans.text.startswith(f"**Summary** of {number}")
    assert {c.report_id for c in ans.citations} == {report}


@pytest.mark.parametrize(
    "question",
    [
        "Overview of the reform results of Dong Thap PPC office in Q3 2022, by area",
        "tom luoc ket qua CCHC nam 2022 cua Hai Duong theo linh vuc",
    ],
)
def test_results_by_area_tell_the_results_part(service: AnswerService, question: str) -> None:
    # not a part inside another ("5. Công tác tự đánh giá … chỉ số CCHC" of part I)
    head = service.answer(question).text.split("\n")[0]
    assert "II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH" in head


def test_one_area_named_is_that_part(service: AnswerService) -> None:
    ans = service.answer(
        "tóm tắt lĩnh vực tài chính công của Văn phòng UBND Đồng Tháp quý III/2022"
    )
    assert ans.text.startswith("**Tóm tắt** mục")
    assert "tài chính công" in ans.text.split("\n")[0]


def test_the_agency_named_is_no_part(service: AnswerService) -> None:
    # "the PPC Office's report": no part "Kết quả thực hiện của cơ quan" for its "office"
    ans = service.answer(
        "Summarise the public finance section of Dong Thap's PPC Office Q3 2022 report"
    )
    assert "tài chính công" in ans.text.split("\n")[0]


@pytest.mark.parametrize(
    ("question", "heading"),
    [
        # the area asked covers its sub-parts (`COVERING_SHARE`): not the self-financing
        # results under it that also say "tài chính … công (lập)"
        (
            "Summarise the public finance section of Hai Duong's 2022 report",
            "5. Cải cách tài chính công",
        ),
        # a sub-part its own words name is still that sub-part
        (
            "summarise the section on one-stop-shop mechanism results in Dong Thap's Q3 2022 report",
            "một cửa",
        ),
    ],
)
def test_an_area_covers_its_sub_parts(service: AnswerService, question: str, heading: str) -> None:
    ans = service.answer(question)
    assert heading in ans.text.split("\n")[0]
