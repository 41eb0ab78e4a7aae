"""A difference or ratio asked between two sides of a comparison table of places
(`bot/compare_apart.py`): the table says which side is larger and by how much, computed from
the two cited figures; an unsure side, a part, or two periods of one place add nothing.
Wordings made up for the test."""

from __future__ import annotations

from bot.answer import AnswerService
from bot.compare_apart import TIMES_ASKED, one_kind, with_gap
from bot.compare_more_than import more_than_at, ratio_sentence_out
from bot.compare_only import DIFFERENCE_ASKED
from bot.compare_parts import parts_of
from bot.compare_sides import Side, side_query
from bot.compare_table import Cell, render_table
from core.query import parse_query
from core.result import Answer, Citation
from tests.helpers.mini_index import mini_index
from tests.helpers.parts import parts_service
from tests.helpers.typed import body

_CITED = Citation(1, "r", "", "", "", "", "", "line", 1.0)


def _cell(province: str, figure: str, kind: str = "count|||", years: tuple[int, ...] = ()) -> Cell:
    return Cell(Side(province, (province,), years), figure, citation=_CITED, kind=kind)


def _gap(question: str, cells: list[Cell]) -> str:
    return with_gap(parse_query(question), Answer(question, "T", False), cells, en=False).text


def test_a_ratio_asked_may_hedge_its_number() -> None:
    for text in ("A gấp khoảng mấy lần B?", "A gấp bao nhiêu lần B", "how many times greater"):
        assert TIMES_ASKED.search(parse_query(text).folded), text
    assert not TIMES_ASKED.search(parse_query("A gấp rút triển khai").folded)


def test_a_hedged_ratio_asked_is_no_topic_of_a_side() -> None:
    """"gấp chừng mấy lần" only says how the sides differ: each side's own question keeps its
    topic words and none of the ratio's ("lần" would read as a counted unit)."""
    q = parse_query("so thu tuc cap xa cua Ben Tre va Long An, gap chung may lan?")
    folded = side_query(q, Side("Bến Tre", ("Bến Tre",), ())).folded
    assert "thu tuc cap xa" in folded, folded
    assert not {"gap", "chung", "lan"} & set(folded.split()), folded


def test_a_unit_said_on_one_side_only_is_one_kind() -> None:
    assert one_kind("count||xa|", "count||xa|thu tuc") == "count||xa|thu tuc"
    assert one_kind("count||xa|ho so", "count||xa|thu tuc") is None  # two units
    assert one_kind("count||xa|", "count||huyen|") is None  # two scopes
    assert one_kind("", "") == ""


def test_the_gap_of_two_places_is_computed_and_nothing_else_is() -> None:
    two = [_cell("Long An", "330"), _cell("Bến Tre", "305", "count|||thu tuc")]
    assert "Chênh lệch (tính từ hai số trên): 25." in _gap("A và B chênh nhau bao nhiêu?", two)
    assert "Gấp 1,08 lần (tính toán)." in _gap("A gấp mấy lần B?", two)
    assert _gap("A và B, bên nào nhiều hơn?", two) == "T"  # no difference asked
    unsure = Cell(Side("Bến Tre", ("Bến Tre",), ()), doubted=(("305", _CITED),))
    assert _gap("chênh nhau bao nhiêu?", [two[0], unsure]) == "T"
    periods = [_cell("Long An", "330", years=(2021,)), _cell("Long An", "305", years=(2022,))]
    assert _gap("chênh nhau bao nhiêu?", periods) == "T"  # the table's change line says it


def test_the_gap_of_one_level_across_two_provinces_is_said_under_the_table() -> None:
    """Made-up level-3 service counts of two provinces, each quoted from its own report."""
    q = parse_query("Số dịch vụ công mức độ 3 của Quảng Trị và Phú Yên chênh lệch bao nhiêu?")

    def said(province: str, figure: str) -> Cell:
        quote = f"Tỉnh đang cung cấp {figure} dịch vụ công trực tuyến mức độ 3."
        cit = Citation(1, province, "BC", "1/BC", "Sở", "2022", "II.", quote, 0.5)
        return Cell(Side(province, (province,), ()), figure, citation=cit, kind="count|3||")

    cells = [said("Quảng Trị", "640"), said("Phú Yên", "415")]
    text = with_gap(q, render_table(q, cells, "vi"), cells, en=False).text
    assert "**640**" in text, text
    assert "**415**" in text, text
    assert "Lớn hơn: Quảng Trị (640 so với 415). Chênh lệch (tính từ hai số trên): 225." in text


def test_a_ratio_asked_splits_the_parts_either_side() -> None:
    words = parse_query("số hồ sơ cấp tỉnh gấp khoảng mấy lần cấp xã").folded.split()
    at = words.index("gap")
    assert more_than_at(words, at) == words.index("lan") - at + 1  # the part after: "cấp xã"
    words = parse_query("cấp tỉnh gấp mấy lần?").folded.split()
    assert more_than_at(words, words.index("gap")) == 0  # no part after the ratio asked
    words = parse_query("hồ sơ gấp rút xử lý").folded.split()
    assert more_than_at(words, words.index("gap")) == 0  # "gấp rút" (urgent) asks no ratio


def test_a_ratio_of_two_tiers_each_on_its_own_line(service: AnswerService) -> None:
    # each tier's count of procedures is its own line of the report: 272 and 120
    text = body(service.answer(
        "Hải Dương: số TTHC thuộc thẩm quyền giải quyết của UBND cấp huyện gấp khoảng mấy lần cấp xã?"
    ))
    assert "**272**" in text, text
    assert "**120**" in text, text
    assert "Gấp 2,27 lần (tính toán)." in text, text


def test_the_gap_asked_is_a_difference_and_no_part_of_a_part() -> None:
    for text in ("Long An: tasks set vs tasks done — what's the gap?", "how big is the gap"):
        assert DIFFERENCE_ASKED.search(parse_query(text).folded), text
    parts = parts_of(parse_query(
        "Long An 2021: how many tasks were set vs actually done, and how big is the gap?"), en=True)
    assert [p.label for p in parts] == ["set", "actually done"]
    assert all("gap" not in p.query.folded for p in parts)


def test_a_ratio_asked_in_a_sentence_of_its_own_leaves_the_parts_before() -> None:
    assert ratio_sentence_out("A có bao nhiêu? B gấp chừng mấy lần A?") == "A có bao nhiêu?"
    assert ratio_sentence_out("B gấp mấy lần A?") == "B gấp mấy lần A?"  # the one sentence
    assert ratio_sentence_out("A bao nhiêu? Vì sao?") == "A bao nhiêu? Vì sao?"
    text = "II. KẾT QUẢ\n\n5. Cấp phép xây dựng\n\n" + (
        "- Trong kỳ, Sở Xây dựng đã cấp 40 giấy phép loại A, 150 giấy phép loại B.\n"
    )
    ans = parts_service(mini_index(text)).answer(
        "Bình Phước: Sở Xây dựng cấp giấy phép loại A là bao nhiêu, loại B là bao nhiêu? "
        "Loại B gấp xấp xỉ mấy lần?"
    )
    assert "**40**" in ans.text, ans.text
    assert "**150**" in ans.text, ans.text
    assert "Gấp 3,75 lần (tính toán)." in ans.text, ans.text
