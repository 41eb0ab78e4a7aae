"""A side whose figure counts one service level where the question asks two or more levels
together: "not sure", its figure a candidate. Lines and wordings written for the test."""

from __future__ import annotations

from bot.compare_levels_whole import levels_joined_beside_each, one_level_of_many
from bot.compare_sides import Side
from bot.compare_table import Cell
from core.query import parse_query
from core.result import Citation


def _cell(line: str, figure: str, part: str = "", side: str = "Tỉnh A") -> Cell:
    cit = Citation(1, "r", "báo cáo", "1/BC", "Sở", "1/1/2022", "mục", line, 0.9,
                   chunk_id="r:0001", line_start=1, line_end=1)  # fmt: skip
    return Cell(Side(side, (side,), ()), figure=figure, citation=cit, part=part)


_ONE = _cell("Cổng dịch vụ công đang cung cấp 640 dịch vụ công trực tuyến mức độ 4;", "640")
_BOTH = _cell("Tổng số dịch vụ công mức độ 3 và 4 là 910 dịch vụ.", "910")
_NONE = _cell("Cổng dịch vụ công đang cung cấp 1.205 dịch vụ công trực tuyến.", "1.205")


def test_one_level_of_two_asked_together_is_not_sure() -> None:
    q = parse_query("Dịch vụ công trực tuyến mức độ 3 và mức độ 4 ở tỉnh A so với tỉnh B")
    got = one_level_of_many(q, [_ONE, _BOTH, _NONE])
    assert got[0].citation is None
    assert got[0].figure == ""
    assert [f for f, _ in got[0].doubted] == ["640"]
    # a figure of every asked level, or of none named: stands
    assert got[1].figure == "910"
    assert got[2].figure == "1.205"


def test_one_level_asked_each_or_alone_or_as_a_part_stands() -> None:
    each = parse_query("Tỉnh A và tỉnh B có bao nhiêu DVC mức độ 3 và mức độ 4, lần lượt?")
    alone = parse_query("Online services at level 4 in province A versus province B")
    for q in (each, alone):
        assert one_level_of_many(q, [_ONE])[0].figure == "640"
    both = parse_query("level 3 and level 4 online services, province A versus province B")
    row = _cell(_ONE.citation.quote if _ONE.citation else "", "640", part="level 4")
    assert one_level_of_many(both, [row])[0].figure == "640"
    assert one_level_of_many(both, [_ONE])[0].figure == ""


_SPLIT = "Trong kỳ, tỉnh đưa lên cổng 120 thủ tục ở mức 3 và thêm 345 thủ tục ở mức 4."
_EACH = [_cell(_SPLIT, "120", "mức độ 3", "Tỉnh B"), _cell(_SPLIT, "345", "mức độ 4", "Tỉnh B")]


def test_levels_together_beside_another_sides_each_level_is_not_sure() -> None:
    q = parse_query("Số DVC mức 3 và mức 4 của tỉnh A so với tỉnh B?")
    got = levels_joined_beside_each(q, [_BOTH, *_EACH])
    assert got[0].citation is None
    assert got[0].figure == ""
    assert [f for f, _ in got[0].doubted] == ["910"]
    assert [c.figure for c in got[1:]] == ["120", "345"]  # the side of each level stands


def test_levels_together_stand_without_a_side_of_each_level() -> None:
    q = parse_query("Số DVC mức 3 và mức 4 của tỉnh A so với tỉnh B?")
    other = _cell("Tỉnh B có 700 DVC mức độ 3, 4.", "700", side="Tỉnh B")
    assert [c.figure for c in levels_joined_beside_each(q, [_BOTH, other])] == ["910", "700"]
    # one level's row only is no side of each level
    assert levels_joined_beside_each(q, [_BOTH, _EACH[0]])[0].figure == "910"
    # one level asked: nothing to read as each
    alone = parse_query("Số DVC mức 4 của tỉnh A so với tỉnh B?")
    assert levels_joined_beside_each(alone, [_BOTH, *_EACH])[0].figure == "910"


def test_levels_named_after_a_province_may_be_its_own_and_stand() -> None:
    # made-up wording; the provinces are real names the parser knows
    own = parse_query("DVC tích hợp: Lai Châu (mức 3 và mức 4) so với Sơn La?")
    assert levels_joined_beside_each(own, [_BOTH, *_EACH])[0].figure == "910"
    lead = parse_query("DVC mức 3 và mức 4: Lai Châu so với Sơn La?")
    assert levels_joined_beside_each(lead, [_BOTH, *_EACH])[0].figure == ""
