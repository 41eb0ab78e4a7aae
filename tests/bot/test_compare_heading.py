"""A part stated from an item under its heading line, beside a part not found whose sibling
heading names it: the same item under that heading gives its figure; when the items under it
read otherwise, or no sibling heading names it, the part stays not found. Report text and
questions made up for the test."""

from __future__ import annotations

from bot.compare_heading import under_heading
from bot.compare_parts_answer import PartsAnswerer
from core.query import parse_query
from core.result import Answer
from tests.helpers.mini_index import mini_index
from tests.helpers.parts import asker, parts_body

HEADED = """II. KẾT QUẢ THỰC HIỆN
5. Cải cách tài chính công
Kinh phí quản lý hành chính được giao năm 2022: 13.000.000.000 đồng, trong đó:
* Kinh phí thực hiện tự chủ: 9.000.000.000 đồng.
+ Số kinh phí đã thực hiện đến ngày 30/6/2022: 5.778.000.000 đồng.
+ Kinh phí đã sử dụng so với kinh phí được giao đạt tỷ lệ: 64,2%.
* Kinh phí thực hiện không tự chủ: 4.000.000.000 đồng.
+ Số kinh phí đã thực hiện đến ngày 30/6/2022: 3.260.000.000 đồng.
+ Kinh phí đã sử dụng so với kinh phí được giao đạt tỷ lệ: 81,5%.
"""

OTHERWISE = HEADED.replace(
    "+ Kinh phí đã sử dụng so với kinh phí được giao đạt tỷ lệ: 81,5%.",
    "+ Dự kiến giải ngân hết trong quý IV, đạt 81,5% kế hoạch vốn.",
)

QUESTION = "Bình Phước: tỷ lệ sử dụng kinh phí tự chủ hay không tự chủ cao hơn?"


def _one_not_found(text: str) -> list[Answer]:
    """The parts' answers with the second part's not found (as when its item's words, which
    say nothing of the part, do not lead the figure answerer to it)."""
    index = mini_index(text)
    parts = PartsAnswerer(index).parts(parse_query(QUESTION))
    first = asker(index)(parts[0].query)
    chunks = {c.id: c for c in index.chunks}
    missing = Answer(parts[1].query.text, "không tìm thấy", True)
    return under_heading(parts, [first, missing], chunks.get)


def test_the_same_item_under_the_sibling_heading_gives_the_part_its_figure() -> None:
    got = _one_not_found(HEADED)
    assert got[0].figure == "64,2%"
    assert got[1].figure == "81,5%"
    assert not got[1].abstained
    assert got[1].citations[0].quote.endswith("81,5%.")


def test_an_item_that_reads_otherwise_gives_no_figure() -> None:
    got = _one_not_found(OTHERWISE)
    assert got[0].figure == "64,2%"
    assert got[1].abstained
    assert not got[1].figure


def test_both_parts_in_the_table() -> None:
    index = mini_index(HEADED)
    text = parts_body(index, QUESTION)
    assert "**64,2%**" in text, text
    assert "**81,5%**" in text, text
