"""A side unsure among one line's total and its parts in parentheses: the total when the
question names none of the parts, unsure otherwise. Lines and wordings written for the test."""

from __future__ import annotations

from bot.compare_headline import HEAD_WORDS, NOUN_WORDS, headline, headline_of_parts
from bot.compare_sides import Side
from bot.compare_table import Cell
from core.query import parse_query
from core.result import Citation

_LINE = (
    "Đến nay đã cấp 2.400 thẻ thư viện cho học sinh, sinh viên và giáo viên (trong đó: "
    "thẻ học sinh là 1.500; thẻ sinh viên là 700; thẻ giáo viên là 200)."
)


def _unsure(line: str, figures: list[str]) -> Cell:
    cit = Citation(1, "r", "báo cáo", "1/BC", "Sở", "1/1/2022", "mục", line, 0.9,
                   chunk_id="r:0001", line_start=1, line_end=1)  # fmt: skip
    return Cell(Side("Tỉnh A", ("Tỉnh A",), ()), doubted=tuple((f, cit) for f in figures))


def test_total_heading_parentheses_and_the_parts_words() -> None:
    got = headline(_LINE, ["1.500", "2.400", "700"])
    assert got is not None
    assert got[0] == "2.400"
    assert {"hoc", "sinh", "giao"} <= got[1]
    assert "the" not in got[1]  # the counted thing's first NOUN_WORDS words: not a part's own
    assert NOUN_WORDS == 3
    # a figure inside the parentheses is no total; a figure outside them is not a part
    assert headline(_LINE, ["1.500", "700"]) is None
    assert headline(_LINE + " Ngoài ra 90 thẻ khác.", ["2.400", "90"]) is None
    # a part with no word of its own beside the counted thing: whether asked cannot be told
    bare = "cấp 2.400 thẻ thư viện (trong đó: thẻ thư viện là 1.500; thẻ học sinh là 900)"
    assert headline(bare, ["2.400", "1.500"]) is None


def test_total_too_far_before_its_parentheses_is_none() -> None:
    far = "cấp 2.400 " + "từ " * (HEAD_WORDS + 1) + "(trong đó: loại A là 1.500; loại B là 900)"
    assert headline(far, ["2.400", "1.500"]) is None


def test_side_takes_the_total_unless_a_part_is_asked() -> None:
    cell = _unsure(_LINE, ["1.500", "2.400", "700"])
    plain = parse_query("Số thẻ thư viện đã cấp của tỉnh A so với tỉnh B")
    assert headline_of_parts(plain, [cell])[0].figure == "2.400"
    part = parse_query("Số thẻ thư viện cấp cho sinh viên của tỉnh A so với tỉnh B")
    kept = headline_of_parts(part, [cell])[0]
    assert kept.citation is None
    assert len(kept.doubted) == 3
