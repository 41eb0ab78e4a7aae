"""The period words after a breakdown's item, up to the next figure, say the year it is for
("19 quyết định … ban hành trong 6 tháng cuối năm 2021, 12 quyết định … 6 tháng đầu năm
2022"): the part of the asked year is the answer. The report text is written for the test,
in the reports' style."""

from __future__ import annotations

import pytest

from bot.extractive.sites import _figures_of
from tests.helpers.mini_index import ask, mini_index

LINE = (
    "Sở Tư pháp đã tiến hành tự kiểm tra 31 văn bản QPPL, trong đó có 19 quyết định QPPL ban "
    "hành trong 6 tháng cuối năm 2021, 12 quyết định QPPL ban hành trong 6 tháng đầu năm 2022; "
    "phát hiện 03 văn bản có sai sót về thể thức."
)
REPORT = f"BÁO CÁO\nCông tác cải cách hành chính năm 2022\n\nII. KẾT QUẢ THỰC HIỆN\n\n1. Cải cách thể chế\n\n{LINE}\n"  # fmt: skip


def test_an_items_period_after_it_gives_its_year() -> None:
    years = {f.figure: f.years for f in _figures_of(LINE, [])}
    assert years["19"] == {"2021"}
    assert years["12"] == {"2022"}
    assert years["31"] == frozenset()


@pytest.mark.parametrize(
    ("question", "language", "figure"),
    [
        ("Of the 31 legal documents Binh Phuoc self-checked, how many were issued in the first six months of 2022?", "en", "12"),
        ("Trong 31 văn bản QPPL tự kiểm tra, bao nhiêu quyết định ban hành 6 tháng cuối năm 2021?", "vi", "19"),
    ],
)  # fmt: skip
def test_the_part_of_the_asked_year_is_stated(question: str, language: str, figure: str) -> None:
    assert ask(mini_index(REPORT), question, language).figure == figure
