"""A breakdown row whose label names no part, or the line of a side's parts that names one tier
twice (or a stray line beside one giving each tier once), is shown "not sure", never bold; a
number label the question names as a level or a year stands. Made-up cells and text, rendered
by the real table."""

from __future__ import annotations

from dataclasses import replace

from bot.compare_row_doubt import bare_part, rows_doubted, tier_twice, unsaid_label
from bot.compare_sides import Side
from bot.compare_table import Cell, render_table
from core.query import parse_query
from core.result import Citation

EAST = Side("Lạng Sơn", ("Lạng Sơn",), ())
WEST = Side("Cao Bằng", ("Cao Bằng",), ())
Q = parse_query("dịch vụ của Lạng Sơn và Cao Bằng")


def _cit(quote: str, side: Side, line: int = 10) -> Citation:
    return Citation(
        1, side.label, "BC", "1/BC", "Sở", "2022", "II.", quote, 0.5,
        province=side.label, line_start=line, line_end=line,
    )  # fmt: skip


def test_a_bare_number_label_is_not_bold() -> None:
    line = "tổng 700 dịch vụ, loại 3 là: 300, loại 4 là: 400"
    cells = [
        Cell(EAST, "700", citation=_cit(line, EAST)),
        Cell(EAST, "300", citation=_cit(line, EAST), part="3"),
        Cell(WEST, "650", citation=_cit("có 650 dịch vụ", WEST)),
    ]
    assert bare_part(Q, cells[1])
    assert not bare_part(Q, cells[0])
    assert not bare_part(Q, Cell(WEST, "41%", citation=_cit("đạt 41%", WEST), part="%"))
    text = render_table(Q, cells, "vi").text
    assert "**300**" not in text, text
    assert "300?" in text, text
    assert "**700**" in text, text
    assert "**650**" in text, text


def test_a_number_the_question_names_as_a_level_or_year_stands() -> None:
    line = "mức 2 có 51 dịch vụ, mức 3 có 87 dịch vụ"
    level = Cell(EAST, "87", citation=_cit(line, EAST), part="3")
    assert not bare_part(parse_query("DVC mức 2 và 3 của Lạng Sơn và Cao Bằng"), level)
    assert not bare_part(parse_query("services at level 3, Lạng Sơn vs Cao Bằng"), level)
    assert not bare_part(parse_query("DVC cấp độ 3, 4 của Lạng Sơn và Cao Bằng"), level)
    assert bare_part(parse_query("DVC cấp độ 2 của Lạng Sơn và Cao Bằng"), level)
    assert bare_part(Q, level)
    dated = Cell(EAST, "87", citation=_cit("đến 5/2021 có 87", EAST), part="5/2021")
    year = Cell(EAST, "87", citation=_cit("năm 2021 có 87", EAST), part="2021")
    asked = parse_query("dịch vụ năm 2021 của Lạng Sơn và Cao Bằng")
    assert not bare_part(asked, dated)
    assert not bare_part(asked, year)
    assert bare_part(Q, year)


_EACH_TIER = "tổng 310, cấp tỉnh: 190, cấp huyện: 70, cấp xã: 50"


def _each_tier_once() -> list[Cell]:
    """East's three tiers, each from one line naming each tier once."""
    return [
        Cell(EAST, n, citation=_cit(_EACH_TIER, EAST), part=f"{tier} level")
        for n, tier in (("190", "provincial"), ("70", "district"), ("50", "commune"))
    ]


def test_one_tier_named_twice_doubts_that_line_only() -> None:
    wrong = "cấp xã nhận 75 hồ sơ; chuyển sang một cửa 25; cấp xã trả lại 15 hồ sơ"
    cells = [
        *_each_tier_once(),
        Cell(WEST, "75", citation=_cit(wrong, WEST, 20), part="commune level"),
        Cell(WEST, "25", citation=_cit(wrong, WEST, 20), part="một cửa"),
        Cell(WEST, "15", citation=_cit(wrong, WEST, 20), part="cấp xã"),
    ]
    assert tier_twice(cells) == {3, 4, 5}
    out = rows_doubted(Q, cells)
    assert out[:3] == cells[:3]
    assert all(c.citation is None and c.doubted for c in out[3:])
    text = render_table(
        parse_query("tasks at provincial, district and commune level, Lang Son vs Cao Bang"),
        cells, "en",
    ).text  # fmt: skip
    assert "**75**" not in text, text
    assert "**15**" not in text, text
    assert "**190**" in text, text
    assert "**50**" in text, text


def test_a_stray_line_beside_a_line_of_each_tier_once_is_doubted_alone() -> None:
    stray = "riêng cấp xã 9 việc"
    cells = [
        *_each_tier_once(),
        Cell(EAST, "9", citation=_cit(stray, EAST, 30), part="cấp xã"),
    ]
    assert tier_twice(cells) == {3}
    out = rows_doubted(Q, cells)
    assert out[:3] == cells[:3]
    assert out[3].citation is None
    assert out[3].doubted


def test_parts_of_one_tier_that_differ_otherwise_stand() -> None:
    line = "mức độ 3 cấp xã: 11; mức độ 4 cấp xã: 27"
    cells = [
        Cell(EAST, "11", citation=_cit(line, EAST), part="mức độ 3 — cấp xã"),
        Cell(EAST, "27", citation=_cit(line, EAST), part="mức độ 4 — cấp xã"),
        Cell(WEST, "8", citation=_cit("cấp xã: 8", WEST), part="cấp xã"),
    ]
    assert tier_twice(cells) == set()
    assert rows_doubted(Q, cells) == cells


def test_one_figure_under_two_names_of_its_tier_stands() -> None:
    line = "cấp xã: 6"
    cells = [
        Cell(EAST, "6", citation=_cit(line, EAST), part="commune level"),
        Cell(EAST, "6", citation=_cit(line, EAST), part="cấp xã"),
    ]
    assert tier_twice(cells) == set()


def test_an_english_label_whose_line_says_none_of_its_terms_is_not_bold() -> None:
    newspaper = "Báo tỉnh đưa 40 bài"
    commune = "đài truyền thanh cơ sở các xã phát 700 bài"
    asked = parse_query("news items on commune radio, Lạng Sơn vs Cao Bằng")
    cells = [
        Cell(EAST, "40", citation=_cit(newspaper, EAST), part="commune radio"),
        Cell(WEST, "700", citation=_cit(commune, WEST), part="commune radio"),
    ]
    assert unsaid_label(cells[0])
    assert not unsaid_label(cells[1])
    text = render_table(asked, cells, "en").text
    assert "**40**" not in text, text
    assert "40?" in text, text
    assert "**700**" in text, text


def test_one_mapped_word_or_a_vietnamese_label_is_not_judged() -> None:
    line = "Báo chí Trung ương đăng 50 tin, bài"
    # "national" alone maps to one term the line words otherwise: not judged
    assert not unsaid_label(Cell(EAST, "50", citation=_cit(line, EAST), part="national"))
    # the whole label's term ("báo chí Trung ương") is said
    assert not unsaid_label(Cell(EAST, "50", citation=_cit(line, EAST), part="national press"))
    assert unsaid_label(
        Cell(EAST, "50", citation=_cit("cổng tỉnh 50 tin", EAST), part="national press")
    )
    assert not unsaid_label(Cell(EAST, "50", citation=_cit(line, EAST), part="trang địa phương"))
    # the line says one of the label's terms: it stands
    said = Cell(EAST, "50", citation=_cit("các xã có 50 bài", EAST), part="commune radio")
    assert not unsaid_label(said)
    # an abbreviation the line writes is its term spelled out
    abbreviated = "trang TTĐT đăng 50 tin"
    cell = Cell(EAST, "50", citation=_cit(abbreviated, EAST), part="village websites")
    assert not unsaid_label(cell)


def test_a_label_said_before_the_figure_in_its_paragraph_is_said() -> None:
    """A label's terms said in the sentence before the figure's, of one paragraph, are said
    of it; a paragraph's words after the quote, or another paragraph's, are not."""
    quote = "Trong tháng đã phát 70 bài."
    before = f"Đài truyền thanh các xã được nâng cấp. {quote}"
    cell = Cell(
        EAST, "70", citation=replace(_cit(quote, EAST), context=before), part="commune radio"
    )
    assert not unsaid_label(cell)
    after = f"{quote} Đài truyền thanh các xã được nâng cấp."
    cell = Cell(
        EAST, "70", citation=replace(_cit(quote, EAST), context=after), part="commune radio"
    )
    assert unsaid_label(cell)
    assert unsaid_label(Cell(EAST, "70", citation=_cit(quote, EAST), part="commune radio"))
