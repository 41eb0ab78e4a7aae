"""A side's figure that counts things of another year (bot/compare_other_year.py): made "not
sure", never bold; a comparison's base year, a target year or a year asked leaves it stated.
Made-up sentences, and the real comparison answerer on a recruitment question."""

from __future__ import annotations

import re

from bot.answer import AnswerService
from bot.compare_other_year import dated_other_year, other_year_unsure
from bot.compare_sides import Side
from bot.compare_table import Cell
from core.query import parse_query
from core.result import Citation

DATED = "Bổ nhiệm vào ngạch đối với 40 công chức được tuyển dụng năm 2020 đủ điều kiện."


def _cell(quote: str, figure: str, years: tuple[int, ...] = ()) -> Cell:
    cit = Citation(1, "r", "t", "1/BC", "UBND", "20/12/2021", "II", quote, 1.0,
                   province="Lorem", period="Năm 2021")  # fmt: skip
    return Cell(Side("Lorem", ("Lorem",), years), figure, "", "", cit)


def test_a_figure_of_another_year_is_unsure() -> None:
    [cell] = other_year_unsure(
        parse_query("lorem tuyen dung bao nhieu cong chuc"), [_cell(DATED, "40")]
    )
    assert not cell.figure
    assert cell.doubted[0][0] == "40"


def test_the_year_asked_leaves_it_stated() -> None:
    q = parse_query("lorem tuyen dung nam 2020 bao nhieu cong chuc")
    assert other_year_unsure(q, [_cell(DATED, "40")])[0].figure == "40"


def test_a_base_or_target_year_dates_nothing() -> None:
    assert not dated_other_year("Xếp thứ 24, tăng 6 hạng so với năm 2018.", "6", {"2021"})
    assert not dated_other_year("Phấn đấu 90 hồ sơ trực tuyến đến năm 2025.", "90", {"2021"})
    assert not dated_other_year("Tuyển dụng 12 công chức năm 2021.", "12", {"2021"})
    assert dated_other_year(DATED, "40", {"2021"})


def test_the_answerer_bolds_no_figure_of_another_year(service: AnswerService) -> None:
    ans = service.answer(
        "Hải Dương: số công chức tuyển qua thi tuyển và số tiếp nhận không "
        "qua thi tuyển, bên nào nhiều hơn?"
    )
    for row in ans.text.splitlines():
        cols = [c.strip() for c in row.split("|")]
        bold = re.search(r"\*\*([\d.,]+)\*\*", row)
        if bold is None or len(cols) < 6:
            continue
        known = set(re.findall(r"(?:19|20)\d\d", cols[4]))  # the date the row holds for
        assert not dated_other_year(cols[3], bold.group(1), known), row


def test_a_documents_date_or_a_spans_bound_dates_nothing() -> None:
    by_decree = "Tuyển dụng 12 công chức theo Nghị định 45/2030/NĐ-CP ngày 08 tháng 4 năm 2030."
    assert not dated_other_year(by_decree, "12", {"2031"})
    assert not dated_other_year("Có 12 hồ sơ tồn từ cuối năm 2030.", "12", {"2031"})
    assert not dated_other_year("Phấn đấu 90 hồ sơ đến hết năm 2035.", "90", {"2031"})
    assert dated_other_year("Tuyển dụng 12 công chức năm 2030.", "12", {"2031"})
