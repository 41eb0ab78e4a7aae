"""More measures asked of each side of a comparison: what is still left beside the part done
of its whole, a rank asked as where a place ended up, measures named in a sentence about the
answer's form, and a part label's joining word. Questions and report lines made up for the
test."""

from __future__ import annotations

from bot.answer import Citation
from bot.compare_measures import (
    COUNT,
    DONE,
    FORM_MAX_WORDS,
    GAIN,
    RANK,
    RATE,
    REMAIN,
    _form_sentences,
    asked_measures,
    companions,
    question_measures,
)
from bot.compare_sides import Side
from bot.compare_table import Cell, side_measures, with_companions
from bot.part_words import part_label
from core.query import parse_query
from core.text import fold

RATIO = "Ban quản lý cấp xong 52/60 giấy phép bến bãi, còn 8 giấy phép chờ thẩm định."


def _cit(n: int, quote: str) -> Citation:
    return Citation(n, "r1", "", "", "", "", "", quote, 1.0, chunk_id="c1", line_start=n)


def test_what_is_still_left_is_asked() -> None:
    assert REMAIN in asked_measures(
        fold("Mây Xanh cấp bao nhiêu giấy phép bến bãi, còn bao nhiêu chờ duyệt?")
    )
    assert REMAIN in asked_measures(fold("how many permits were issued, how many still pending?"))
    assert REMAIN in asked_measures(fold("số giấy phép còn lại là bao nhiêu?"))
    # "còn" opening a clause of another side asks nothing left, a place opening "Lai" too
    assert REMAIN not in asked_measures(fold("Mây Xanh cấp bao nhiêu giấy phép, còn Đồi Cát?"))
    assert REMAIN not in asked_measures(fold("Mây Xanh cấp bao nhiêu giấy phép, còn Lai Châu?"))
    assert REMAIN not in asked_measures(fold("how many permits were issued?"))
    # "outstanding" of people means excellent; a negated "remaining" asks nothing left
    assert REMAIN not in asked_measures(
        fold("How many outstanding ferry pilots did each town honour?")
    )
    assert REMAIN not in asked_measures(
        fold("how many permits did each town issue in total, not the remaining ones?")
    )


def test_the_figure_left_beside_the_part_done_of_its_whole() -> None:
    assert companions(RATIO, "52/60", {DONE, REMAIN}, False) == ["còn 8"]
    assert companions(RATIO, "52/60", {DONE, REMAIN}, True) == ["still 8"]
    # the figure left, asked with the part done: the ratio beside it
    assert companions(RATIO, "8", {COUNT, DONE, REMAIN}, False) == ["52/60"]
    # nothing left asked: nothing added
    assert companions(RATIO, "52/60", {COUNT, DONE}, False) == []
    # two ratios in the item: which one the figure left is of is not known
    two = "Ban quản lý cấp xong 52/60 giấy phép và 7/9 chứng chỉ, còn 8 giấy phép chờ duyệt."
    assert companions(two, "52/60", {DONE, REMAIN}, False) == []
    # a figure left said before the ratio is no part of it
    before = "Còn 8 giấy phép chưa cấp; Ban quản lý cấp xong 52/60 giấy phép."
    assert companions(before, "52/60", {DONE, REMAIN}, False) == []
    # a figure after "còn" that is not the whole less the part is some other thing
    other = "Ban quản lý cấp xong 52/60 giấy phép bến bãi, còn 3 giấy phép trễ hạn."
    assert companions(other, "52/60", {DONE, REMAIN}, False) == []
    assert companions(other, "3", {COUNT, DONE, REMAIN}, False) == []


def test_where_a_place_ended_up_asks_its_rank() -> None:
    asked = asked_measures(
        fold("Where did Mây Xanh end up after climbing, and by how many positions?")
    )
    assert {GAIN, RANK} <= asked
    line = "Điểm thi đua của huyện Mây Xanh năm nay tăng 4 bậc, xếp thứ 9/27 huyện."
    assert companions(line, "4", asked, True) == ["rank 9/27"]
    assert RANK not in asked_measures(fold("where did Mây Xanh send the permits?"))


def test_measures_named_in_a_sentence_about_the_answers_form() -> None:
    text = "In Mây Xanh, how do ferry permits compare with bus permits? Show totals and shares."
    q = parse_query(text)
    assert asked_measures(q.folded, q.text) == frozenset()  # the parsed question drops it
    assert question_measures(q.folded, q.text) == {COUNT, RATE}
    line = "Bến xe khách đã cấp 66/80 giấy phép, đạt tỷ lệ 82,5%."
    a = Cell(Side("ferry permits", (), ()))
    b = Cell(Side("bus permits", (), ()), "66/80", line, "", _cit(1, line))
    assert side_measures(q, b.side, [a, b]) == {COUNT, RATE}
    assert with_companions(q, [a, b], True)[1].beside == "82,5%"


def test_a_sentence_naming_anything_else_is_not_re_read() -> None:
    text = "Compare ferry permits in Mây Xanh and Đồi Cát. I hear both ranked high. Totals only, please."
    q = parse_query(text)
    assert "ranked" not in q.folded  # the parsed question drops the aside …
    assert question_measures(q.folded, q.text) == {COUNT}  # … and it is not re-read
    # a form sentence longer than FORM_MAX_WORDS is no short request: not read
    head = "Compare ferry permits in Mây Xanh and Đồi Cát. "
    assert _form_sentences(head + " ".join(["shares"] * FORM_MAX_WORDS)) != []
    assert _form_sentences(head + " ".join(["shares"] * (FORM_MAX_WORDS + 1))) == []


def test_a_part_label_drops_the_word_joining_it() -> None:
    assert part_label("va ty le") == "ty le"
    assert part_label("và tỷ lệ hoàn thành") == "tỷ lệ hoàn thành"
    assert part_label("and the share") == "the share"
    assert part_label("vận chuyển") == "vận chuyển"
    assert part_label("và") == "và"  # nothing left: the word kept
