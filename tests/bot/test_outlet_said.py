"""A figure is said of the outlet its own clause names (bot/outlets.py, bot/compare_guard.py):
another outlet's count is no answer for the outlet asked, another report's count of another
outlet or another thing is not "the same figure at another date", and parts of one place
compared from reports of two periods are not set side by side in bold."""

from __future__ import annotations

from dataclasses import replace

from bot.compare_guard import one_period, outlet_checked
from bot.compare_parts import Part
from bot.compare_sides import Side
from bot.compare_table import Cell
from bot.outlets import other_outlet, said_outlets, same_thing
from core.query import parse_query
from core.result import Citation
from core.text import fold

_PAPER = (
    "Trên các ấn phẩm báo in và báo điện tử, Báo tỉnh đã đăng tải 140 tin và ảnh trên 3 ấn phẩm."
)
_PORTAL = "Trong năm, Cổng Thông tin điện tử đã cập nhật hơn 95 tin, bài về cải cách hành chính."
_PRESS = "Báo chí Trung ương cũng đã có trên 40 tin, bài tuyên truyền về CCHC của tỉnh."
_NONE = "Đồng thời đăng tải trên 1.200 các tin bài về hoạt động cải cách hành chính."


def test_the_clause_before_a_figure_names_its_outlet() -> None:
    assert said_outlets(_PAPER, "3") == {"newspaper"}
    assert said_outlets(_PORTAL, "95") == {"portal"}
    assert said_outlets(_NONE, "1.200") == frozenset()


def test_another_outlet_s_figure_is_not_the_asked_outlet_s() -> None:
    for asked in ("bao nhieu tin tren cong thong tin dien tu", "cong ttdt tinh dang bao nhieu tin"):
        assert other_outlet(asked, _PAPER, "3")
        assert not other_outlet(asked, _PORTAL, "95")
    # a clause naming no outlet is not judged; two outlets asked: not judged either
    assert not other_outlet("bao nhieu tin tren cong thong tin dien tu", _NONE, "1.200")
    assert not other_outlet(fold("Báo chí Trung ương và Cổng thông tin điện tử"), _PAPER, "140")


def test_an_english_question_names_the_central_press_in_its_own_word_order() -> None:
    # "central … press" expands word by word in English order ("trung uong bao chi")
    asked = parse_query("How many stories did the central and out-of-province press run?")
    assert other_outlet(asked.expanded, _PAPER, "3")
    assert not other_outlet(asked.expanded, _PRESS, "40")


def test_a_figure_said_too_must_be_of_the_same_outlet_and_thing() -> None:
    later = "Đồng thời đăng tải trên 1.500 các tin bài về hoạt động cải cách hành chính."
    assert same_thing(_NONE, "1.200", later, "1.500")
    assert not same_thing(_NONE, "1.200", _PRESS, "40")
    assert not same_thing("Tiếp nhận 120 hồ sơ trực tuyến.", "120", "Cung cấp 95 dịch vụ.", "95")


def _cit(quote: str, period: str) -> Citation:
    return Citation(1, "r", "", "", "", "", "", quote, 1.0, province="Hà Tĩnh", period=period)


def _parts(*labels: str) -> list[Part]:
    return [Part(label, parse_query(f"số tin {label} là bao nhiêu")) for label in labels]


def test_a_part_of_another_outlet_is_not_found() -> None:
    parts = _parts("trên Báo tỉnh", "trên Cổng thông tin điện tử")
    cells = [Cell(Side(p.label, (), ()), f, q, "", _cit(q, "Quý I/2023"))
             for p, f, q in zip(parts, ("140", "3"), (_PAPER, _PAPER), strict=True)]  # fmt: skip
    out = outlet_checked(parts, cells)
    assert out[0].figure == "140"
    assert out[1].citation is None
    assert not out[1].figure
    assert not out[1].doubted


def test_parts_from_two_periods_are_not_sure() -> None:
    parts = _parts("Báo chí Trung ương", "Cổng thông tin điện tử")
    cells = [
        Cell(Side(parts[0].label, (), ()), "40", _PRESS, "", _cit(_PRESS, "6 tháng đầu năm 2022")),
        Cell(Side(parts[1].label, (), ()), "95", _PORTAL, "", _cit(_PORTAL, "Quý I/2019")),
    ]
    out = one_period(parts, cells)
    assert all(c.citation is None and c.doubted and c.doubted[0][0] in ("40", "95") for c in out)
    # one period: both stay
    same = [replace_period(c, "Quý I/2019") for c in cells]
    assert one_period(parts, same) == same


def test_parts_that_are_periods_keep_their_figures() -> None:
    parts = [
        Part("2021", parse_query("số tin năm 2021")),
        Part("2022", parse_query("số tin năm 2022")),
    ]
    cells = [
        Cell(Side("2021", (), ()), "40", _PRESS, "", _cit(_PRESS, "Năm 2021")),
        Cell(Side("2022", (), ()), "95", _PRESS, "", _cit(_PRESS, "Năm 2022")),
    ]
    assert one_period(parts, cells) == cells


def replace_period(cell: Cell, period: str) -> Cell:
    assert cell.citation is not None
    return replace(cell, citation=replace(cell.citation, period=period))


def test_the_words_after_a_colon_name_the_figure_s_outlet_first() -> None:
    # a heading-like opening names several outlets, the words after its colon the figure's
    listed = "Tuyên truyền trên báo chí, Cổng TTĐT: Báo Hà Tĩnh đăng 60 tin, bài."
    assert said_outlets(listed, "60") == {"newspaper"}
    # nothing named after the colon: the outlet before it is the figure's
    assert said_outlets("Trên Cổng thông tin điện tử tỉnh: đăng 95 tin, bài.", "95") == {"portal"}
    assert said_outlets("Đài Phát thanh và Truyền hình tỉnh: phát 24 phóng sự.", "24") == {"radio"}
    # a full stop closes the clause: an earlier sentence's outlet is not the figure's
    assert said_outlets("Báo tỉnh đăng 10 tin. Ngoài ra, có 30 tin khác.", "30") == frozenset()


def test_an_answer_s_quote_and_a_fact_s_clause_are_read_alike() -> None:
    from bot.figure_clause import SENTENCE_OPENS, clause_before, figure_at
    from bot.outlets import clause_outlets

    for quote, figure in ((_PAPER, "140"), (_PORTAL, "95"), (_PRESS, "40"), (_NONE, "1.200")):
        found = figure_at(quote, figure)
        assert found is not None
        folded, at = found
        before = clause_before(folded, at.start(), SENTENCE_OPENS)
        assert clause_outlets(before) == said_outlets(quote, figure)
