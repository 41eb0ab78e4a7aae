"""Several measures asked of each side of a comparison (a count and its share, a total and its
average, an amount and its rate, a count and the part of it done): each side's cell shows the
figures of the asked measures its own item states, never another item's, never one not asked.
Questions and report lines made up for the test."""

from __future__ import annotations

from bot.answer import Citation
from bot.compare_measures import (
    AMOUNT,
    AVERAGE,
    COUNT,
    DONE,
    RATE,
    _figures,
    asked_measures,
    companions,
    names_side,
)
from bot.compare_sides import Side
from bot.compare_table import Cell, with_companions
from core.query import parse_query


def _asked(q: str) -> frozenset[str]:
    return asked_measures(parse_query(q).folded, q)


def test_the_measures_a_question_asks() -> None:
    assert _asked("Quảng Trị cấp bao nhiêu giấy phép hạng A và hạng B, và mỗi hạng là mấy phần trăm?") == {
        COUNT,
        RATE,
    }
    assert _asked("Sở Y tế và Sở Xây dựng: có tổng cộng bao nhiêu phòng và trung bình mỗi phòng bao nhiêu máy?") == {
        COUNT,
        AVERAGE,
    }
    assert _asked("how much of each fund was spent, in VND and %?") == {AMOUNT, RATE}
    assert _asked("how many projects did each office get and how many were completed?") == {
        COUNT,
        DONE,
    }
    # one measure only: the figure alone answers it
    assert _asked("tỷ lệ hồ sơ trực tuyến của Bình Phước so với Long An?") == {RATE}
    assert _asked("Bình Phước có bao nhiêu hồ sơ so với Long An?") == {COUNT}
    # the part done asked alone is not a count asked besides
    assert _asked("Đến cuối quý, Kon Tum hay Gia Lai đã xong được bao nhiêu đề án?") == {DONE}
    # "mấy" written without its marks asks how many, "máy tính" (computers) does not
    assert _asked("Kon Tum hoan thanh may de an?") == {DONE}
    assert _asked("so may tinh da hoan thanh may tinh bang") != {DONE}


def test_a_count_named_right_after_the_compare_words_is_asked() -> None:
    # "so sánh số X" asks X's count as "compare the number of X" does; with an average asked
    # besides, each side's row shows its total beside its average
    assert _asked("Xã A và xã B: so sánh số phòng học, mỗi trường trung bình mấy phòng?") == {
        COUNT,
        AVERAGE,
    }
    assert _asked("đối chiếu số giấy phép của Kon Tum và Gia Lai") == {COUNT}
    # "so sánh số liệu" names no count, nor does "so sánh" alone
    assert COUNT not in _asked("So sánh số liệu về tỷ lệ hồ sơ của Kon Tum và Gia Lai")
    # "Sở" folds to "so" as "số" does: a department compared names no count
    assert COUNT not in _asked("So sánh Sở Y tế Kon Tum với Sở Y tế Gia Lai về tỷ lệ tiêm")
    # "số tiền" (and "số vốn", "số thu") asks an amount of money, not a count
    assert COUNT not in _asked("So sánh số tiền Kon Tum và Gia Lai đã chi cho trường học")
    assert COUNT not in _asked("so sánh số vốn giải ngân giữa hai xã")


LEVELS = (
    "Tính đến ngày 10/3/2023, Cổng tỉnh cung cấp 2.000 dịch vụ công, số dịch vụ công mức độ 2 "
    "là: 700, đạt tỷ lệ 35%; số dịch vụ công mức độ 3 là: 300, đạt tỷ lệ 15% (trong đó: 80 "
    "dịch vụ công cấp tỉnh; 120 dịch vụ công cấp huyện; 100 dịch vụ công cấp xã);"
)


def test_a_share_shows_the_count_of_its_own_item_only() -> None:
    asked = {COUNT, RATE}
    assert companions(LEVELS, "15%", asked, False) == ["300"]
    assert companions(LEVELS, "35%", asked, False) == ["700"]
    assert companions(LEVELS, "300", asked, False) == ["15%"]
    # a part of a breakdown aside gets no share of the item it stands in
    assert companions(LEVELS, "80", asked, False) == []
    # a measure not asked is never added
    assert companions(LEVELS, "15%", {RATE}, False) == []
    assert companions(LEVELS, "15%", {RATE, AVERAGE}, False) == []


def test_a_total_and_its_average() -> None:
    line = "- Tổng cấp xã có 9.870 thủ tục trực tuyến (bình quân mỗi xã có 47 thủ tục)."
    asked = {COUNT, AVERAGE}
    assert companions(line, "9.870", asked, False) == ["trung bình 47"]
    assert companions(line, "47", asked, True) == ["total 9.870"]


def test_an_amount_and_its_rate() -> None:
    line = "Kinh phí không tự chủ: giao 5.000.000.000 đồng, đã thực hiện 3.125.500.000 đồng, đạt 62,5%."
    asked = {AMOUNT, RATE}
    assert companions(line, "62,5%", asked, False) == ["3.125.500.000 đồng"]
    assert companions(line, "3.125.500.000", asked, False) == ["62,5%"]


def test_a_count_and_the_part_of_it_done() -> None:
    line = (
        "Năm 2023, Sở có 48 dự án được giao, trong đó có 41 dự án hoàn thành đúng hạn, "
        "7 dự án đang thực hiện."
    )
    asked = {COUNT, DONE}
    assert companions(line, "41", asked, True) == ["of 48"]
    assert companions(line, "48", asked, False) == ["trong đó 41"]
    # a whole of another thing is no whole of the part
    other = "Tỉnh ban hành 6 nội dung, trong đó xác định 20 mục tiêu, 45 nhiệm vụ."
    assert companions(other, "45", asked, False) == []


def test_a_ratio_and_its_share() -> None:
    line = "đến nay trên 88% các nhiệm vụ (22/25 nhiệm vụ) đã được triển khai thực hiện."
    assert companions(line, "22/25", {DONE, RATE}, False) == ["88%"]
    other = "Đã hoàn thành 44/50 hồ sơ, đạt tỷ lệ 88%."
    assert companions(other, "88%", {COUNT, RATE}, False) == ["44/50"]


def test_an_average_takes_as_total_only_a_close_count_of_the_same_thing() -> None:
    asked = {COUNT, AVERAGE}
    # the count just before the average is of what is averaged over: no total
    over = "Ngành có 840 hồ sơ lưu trữ, với 12 phòng, trung bình mỗi phòng có 70 hồ sơ."
    assert companions(over, "70", asked, False) == []
    # a count of another thing before the average: no total either
    other = "Toàn ngành có 96 máy in, trung bình mỗi phòng có 70 hồ sơ."
    assert companions(other, "70", asked, False) == []
    same = "Toàn ngành có 840 hồ sơ, trung bình mỗi phòng có 70 hồ sơ."
    assert companions(same, "70", asked, False) == ["tổng 840"]
    # a count said far before the average is not its total
    far = ("Toàn ngành có 840 hồ sơ được số hóa và lưu trữ tập trung tại kho dữ liệu dùng chung "
           "của các cơ quan, trung bình mỗi phòng có 70 hồ sơ.")  # fmt: skip
    assert companions(far, "70", asked, False) == []


def test_a_date_a_school_year_or_a_part_over_its_whole_is_no_ratio() -> None:
    asked = {DONE, RATE}
    assert companions("Tính đến 31/3, đạt tỷ lệ 64%.", "64%", {COUNT, RATE}, False) == []
    assert companions("Năm học 2023/2024 có 120 lớp, đạt tỷ lệ 64%.", "64%", asked, False) == []
    assert companions("Đã xong 90/60 việc, đạt tỷ lệ 64%.", "64%", asked, False) == []
    assert companions("Đã xong 45/60 việc, đạt tỷ lệ 75%.", "75%", asked, False) == ["45/60"]
    # read as figures: a span of years and a date are none, a ratio is one
    said = _figures("Kỳ 2022/2023 có 96 lớp, đến 3/12 xong 45/60 việc.")
    assert [f[0] for f in said] == ["96", "45/60"]


def test_a_figure_said_twice_in_the_quote_gets_none() -> None:
    line = "Cấp tỉnh 120 hồ sơ, đạt tỷ lệ 20%; cấp huyện 120 hồ sơ, đạt tỷ lệ 30%."
    assert companions(line, "120", {COUNT, RATE}, False) == []


KHOI_Q = "Kon Tum: trường tiểu học so với trường trung học, tổng số máy tính và bình quân mỗi trường?"


def _cit(n: int, quote: str, line: int) -> Citation:
    return Citation(n, "r1", "", "", "", "", "", quote, 1.0, chunk_id="c1", line_start=line)


def test_cells_show_the_companions_and_settle_a_side_doubted_between_them() -> None:
    q = parse_query(KHOI_Q)
    huyen = "- Khối tiểu học có 1.340 máy tính (trung bình mỗi trường có 134 máy tính)."
    xa = "- Khối trung học có 9.870 máy tính (trung bình mỗi trường có 47 máy tính)."
    a = Cell(Side("khối tiểu học", (), ()), "1.340", huyen, "", _cit(1, huyen, 10))
    b = Cell(
        Side("khối trung học", (), ()),
        doubted=(("9.870", _cit(2, xa, 11)), ("134", _cit(1, huyen, 10)), ("47", _cit(2, xa, 11))),
    )
    out = with_companions(q, [a, b], False)
    assert out[0].beside == "trung bình 134"
    assert (out[1].figure, out[1].beside) == ("9.870", "trung bình 47")
    # one measure asked: the cells as they were
    one = parse_query("Kon Tum: số máy tính khối tiểu học so với khối trung học?")
    assert with_companions(one, [a, b], False) == [a, b]


def test_a_doubted_side_whose_clause_does_not_name_it_stays_unsure() -> None:
    q = parse_query(KHOI_Q)
    line = "- Toàn ngành có 9.870 máy tính (trung bình mỗi trường có 47 máy tính)."
    b = Cell(
        Side("khối trung học", (), ()),
        doubted=(("9.870", _cit(1, line, 3)), ("47", _cit(1, line, 3))),
    )
    assert with_companions(q, [b], False) == [b]
    assert names_side("Khối trung học có 12 máy tính", "khối trung học")
    assert not names_side("Khối tiểu học có 12 máy tính", "khối trung học")


def test_a_side_is_named_by_its_label_as_one_phrase_and_by_no_other_side() -> None:
    # every word of the label said, but not together: no naming
    scattered = "Khối tiểu học có 640 máy tính, số học sinh trung bình 30 mỗi lớp."
    assert not names_side(scattered, "khối trung học")
    # the label said, but another side's too: the line is not the side's own
    both = "Khối trung học có 75 phòng máy, khối tiểu học có 20 phòng (trung bình 4 phòng)."
    assert names_side(both, "khối trung học")
    assert not names_side(both, "khối trung học", ["khối tiểu học"])
    q = parse_query(KHOI_Q)
    a = Cell(Side("khối tiểu học", (), ()))
    b = Cell(Side("khối trung học", (), ()),
             doubted=(("75", _cit(1, both, 3)), ("4", _cit(1, both, 3))))  # fmt: skip
    assert with_companions(q, [a, b], False)[1] == b


def test_a_clause_opened_by_con_asks_its_own_figure() -> None:
    from bot.compare_parts import parts_of

    q = parse_query(
        "Năm 2021 Kon Tum cấp mới bao nhiêu chứng chỉ, còn gia hạn chứng chỉ hành nghề bao nhiêu?"
    )
    parts = parts_of(q)
    assert [p.label for p in parts] == ["cấp mới", "gia hạn chứng chỉ hành nghề"]
    assert parts[1].query.text == "Năm 2021 Kon Tum gia hạn chứng chỉ hành nghề bao nhiêu?"


def test_each_side_is_asked_the_measures_of_its_own_clause() -> None:
    from bot.compare_table import side_measures

    q = parse_query(
        "Bình Phước năm 2023 có bao nhiêu dự án, còn Long An hoàn thành được bao nhiêu?"
    )
    a, b = Side("Bình Phước", ("Bình Phước",), ()), Side("Long An", ("Long An",), ())
    cells = [Cell(a), Cell(b)]
    assert side_measures(q, a, cells) == {COUNT}
    assert side_measures(q, b, cells) == {DONE}


def test_parts_of_one_count_get_no_whole_and_a_row_shown_is_not_repeated() -> None:
    line = "Năm 2023, Sở có 48 dự án được giao, trong đó có 41 dự án hoàn thành đúng hạn, 7 dự án đang thực hiện."
    # the parts of one place and period side by side: each part asked, not its whole
    q = parse_query(
        "Bình Phước năm 2023: bao nhiêu dự án hoàn thành đúng hạn, bao nhiêu dự án đang thực hiện?"
    )
    done = Cell(Side("hoàn thành đúng hạn", (), ()), "41", line, "", _cit(1, line, 5))
    rest = Cell(Side("đang thực hiện", (), ()), "7", line, "", _cit(1, line, 5))
    assert with_companions(q, [done, rest], False) == [done, rest]
    # a side's whole with its done part in a row of its own: the part is not said again
    q2 = parse_query(
        "Bình Phước và Long An năm 2023 có bao nhiêu dự án, bao nhiêu dự án hoàn thành đúng hạn?"
    )
    side = Side("Bình Phước", ("Bình Phước",), (2023,))
    whole = Cell(side, "48", line, "", _cit(1, line, 5))
    part = Cell(side, "41", line, "", _cit(1, line, 5), part="hoàn thành đúng hạn")
    other = Cell(Side("Long An", ("Long An",), (2023,)))
    assert with_companions(q2, [whole, part, other], False) == [whole, part, other]
    assert with_companions(q2, [whole, other], False)[0].beside == "trong đó 41"


def test_the_online_parts_of_a_whole_broken_down_by_level() -> None:
    from dataclasses import replace

    from bot.compare_cells import _online_levels
    from index.facts import Fact

    base = Fact("f", "r", "P", "c", "s", 0, 1, 1, 0, 1, "12", "12", "ho so", "count", "", "",
                "", "", "", "", "", 0, "", "", "", "")  # fmt: skip
    whole = replace(base, id="w", value="9.000")
    kids = [replace(base, id=f"l{n}", level=str(n), parent="w") for n in (2, 3, 4)]
    assert [k.id for k in _online_levels(whole, kids)] == ["l3", "l4"]
    # every part online already, or a whole of one level: no online parts to pick
    assert _online_levels(whole, kids[1:]) == []
    assert _online_levels(replace(whole, level="4"), kids) == []
    # parts not by level
    assert _online_levels(whole, [replace(k, level="") for k in kids]) == []


def test_a_count_beside_another_places_part_done_of_its_whole() -> None:
    from bot.compare_measures import done_of_total
    from bot.compare_table import side_measures

    assert done_of_total("41/48")
    assert done_of_total("3.118/3.400")
    assert not done_of_total("48")
    assert not done_of_total("2023/2024")
    assert not done_of_total("50/41")
    line = "Năm 2023, Sở có 48 dự án được giao, trong đó có 41 dự án hoàn thành đúng hạn, 7 dự án đang thực hiện."
    ratio = "Tỉnh được giao và hoàn thành 27/30 dự án, còn 03 dự án đang thực hiện."
    # "khác nhau thế nào" asks no measure; one place states a part done of its whole, so the
    # other's count is shown with its part done
    q = parse_query("Thực hiện dự án ở Bình Phước và Long An năm 2023 khác nhau thế nào?")
    a = Side("Bình Phước", ("Bình Phước",), (2023,))
    b = Side("Long An", ("Long An",), (2023,))
    cells = [
        Cell(a, "48", line, "", _cit(1, line, 5)),
        Cell(b, "27/30", ratio, "", _cit(2, ratio, 9)),
    ]
    assert side_measures(q, a, cells) == {COUNT, DONE}
    shown = with_companions(q, cells, False)
    assert shown[0].beside == "trong đó 41"
    assert shown[1] == cells[1]
    # two counts side by side: nothing added
    plain = [cells[0], Cell(b, "30", ratio, "", _cit(2, ratio, 9))]
    assert with_companions(q, plain, False) == plain
