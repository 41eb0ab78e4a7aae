"""More measures asked of each side of a comparison: what is still left beside the part done
of its whole, a rank asked as where a place ended up, measures named in a sentence about the
answer's form, and a part label's joining word. Questions and report lines made up for the
test."""

from __future__ import annotations

from bot.answer import Citation
from bot.compare_measures import (
    COUNT,
    DONE,
    GAIN,
    RANK,
    RATE,
    REMAIN,
    asked_measures,
    companions,
    question_measures,
)
from bot.compare_sides import Side
from bot.compare_table import Cell, side_measures, with_companions
from bot.part_words import part_label
from core.query import parse_query
from core.text import fold

RATIO = "Sở được giao và hoàn thành 27/30 đề án còn 03 đề án đang trong thời gian thực hiện."


def _cit(n: int, quote: str) -> Citation:
    return Citation(n, "r1", "", "", "", "", "", quote, 1.0, chunk_id="c1", line_start=n)


def test_what_is_still_left_is_asked() -> None:
    assert REMAIN in asked_measures(
        fold("Kon Tum hoàn thành bao nhiêu đề án, còn bao nhiêu đang làm?")
    )
    assert REMAIN in asked_measures(
        fold("how many projects were done and how many are still pending?")
    )
    assert REMAIN in asked_measures(fold("số đề án còn lại là bao nhiêu?"))
    # "còn" opening a clause of another side asks nothing left
    assert REMAIN not in asked_measures(fold("Kon Tum có bao nhiêu đề án, còn Gia Lai thì sao?"))
    assert REMAIN not in asked_measures(fold("how many projects were done?"))


def test_the_figure_left_beside_the_part_done_of_its_whole() -> None:
    assert companions(RATIO, "27/30", {DONE, REMAIN}, False) == ["còn 03"]
    assert companions(RATIO, "27/30", {DONE, REMAIN}, True) == ["still 03"]
    # the figure left, asked with the part done: the ratio beside it
    assert companions(RATIO, "03", {COUNT, DONE, REMAIN}, False) == ["27/30"]
    # nothing left asked: nothing added
    assert companions(RATIO, "27/30", {COUNT, DONE}, False) == []
    # two ratios in the item: which one the figure left is of is not known
    two = "Sở hoàn thành 27/30 đề án và 12/15 dự án, còn 03 đề án đang thực hiện."
    assert companions(two, "27/30", {DONE, REMAIN}, False) == []
    # a figure left said before the ratio is no part of it
    before = "Còn 03 đề án chưa xong; Sở hoàn thành 27/30 đề án."
    assert companions(before, "27/30", {DONE, REMAIN}, False) == []


def test_where_a_place_ended_up_asks_its_rank() -> None:
    asked = asked_measures(fold("how many places did Kon Tum move up, and where did it end up?"))
    assert {GAIN, RANK} <= asked
    line = "Chỉ số năm 2023 của tỉnh Kon Tum đạt 80,12 điểm, tăng 5 bậc, xếp thứ 21/63 tỉnh."
    assert companions(line, "5", asked, True) == ["rank 21/63"]
    assert RANK not in asked_measures(fold("where did Kon Tum send the dossiers?"))


def test_measures_named_in_a_sentence_about_the_answers_form() -> None:
    text = "In Kon Tum, how do schools compare with clinics on e-invoices? Give counts and rates."
    q = parse_query(text)
    assert asked_measures(q.folded, q.text) == frozenset()  # the parsed question drops it
    assert question_measures(q.folded, q.text) == {COUNT, RATE}
    line = "Số lượng trạm y tế đã đăng ký sử dụng hóa đơn điện tử là: 37/49 trạm, cá nhân hành nghề, đạt tỷ lệ 75,5%."
    a = Cell(Side("schools", (), ()))
    b = Cell(Side("clinics", (), ()), "37/49", line, "", _cit(1, line))
    assert side_measures(q, b.side, [a, b]) == {COUNT, RATE}
    assert with_companions(q, [a, b], True)[1].beside == "75,5%"


def test_a_part_label_drops_the_word_joining_it() -> None:
    assert part_label("va ty le") == "ty le"
    assert part_label("và tỷ lệ hoàn thành") == "tỷ lệ hoàn thành"
    assert part_label("and the share") == "the share"
    assert part_label("vận chuyển") == "vận chuyển"
    assert part_label("và") == "và"  # nothing left: the word kept
