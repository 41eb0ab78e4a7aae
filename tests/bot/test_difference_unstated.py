"""A difference of two things asked, answered by one figure whose quote states no difference,
reads "not sure" (bot/difference_unstated.py); a difference the quote states is kept. Made-up
answers in the reports' style."""

from __future__ import annotations

from bot.difference_unstated import difference_unstated
from core.query import parse_query
from core.result import Answer, Citation


def _stated(question: str, quote: str, figure: str) -> Answer:
    cit = Citation(1, "r", "", "", "", "", "", quote, 1.0, chunk_id="r:0001", line_start=3, line_end=3)
    return Answer(question, f"**{figure}** [1]\n> {quote}\n\nNguồn:\n[1] …", False, (cit,), figure=figure)


def test_one_things_figure_for_a_difference_is_not_sure() -> None:
    q = "Kinh phí không tự chủ đã chi nhiều hơn kinh phí tự chủ bao nhiêu?"
    ans = _stated(q, "* Kinh phí thực hiện không tự chủ: 4.000.000 đồng.", "4.000.000")
    got = difference_unstated(parse_query(q), ans)
    assert got is not None
    assert "**" not in got.text.split("Nguồn")[0]
    assert "4.000.000" in got.text  # listed as a candidate, not bold


def test_a_stated_difference_stands() -> None:
    q = "Was spending larger than revenue, and by how much?"
    ans = _stated(q, "Chi ngân sách cao hơn thu 120 tỷ đồng.", "120")
    assert difference_unstated(parse_query(q), ans) is None


def test_a_figure_asked_alone_stands() -> None:
    q = "Kinh phí không tự chủ được giao bao nhiêu?"
    ans = _stated(q, "* Kinh phí thực hiện không tự chủ: 4.000.000 đồng.", "4.000.000")
    assert difference_unstated(parse_query(q), ans) is None


def test_a_comparative_apart_from_its_than_asks_a_difference() -> None:
    q = "How much more is the total cost of the school project than the funds granted?"
    ans = _stated(q, "* Tổng kinh phí dự án: 9.000.000 đồng.", "9.000.000")
    got = difference_unstated(parse_query(q), ans)
    assert got is not None
    assert "**" not in got.text.split("Nguồn")[0]
