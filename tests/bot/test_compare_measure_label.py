"""A measure's label cleared of a dealt-out unit and a hedge word (bot/compare_measure_label.py),
and the side-by-measure table it lets through over the real seed index. Wordings made up."""

from __future__ import annotations

from bot.answer import AnswerService
from bot.compare_measure_label import plain_label, plain_labels
from bot.compare_parts import Part
from core.query import parse_query


def test_a_dealt_out_unit_opening_a_label_is_left_out() -> None:
    q = parse_query("Tỉnh X: quý I và quý II mỗi kỳ cấp mới bao nhiêu giấy phép?")
    assert plain_label(q, "kỳ cấp mới") == "cấp mới"
    # "mới" folds as "mỗi" does: no unit is dealt out after it
    q = parse_query("Tỉnh X: quý I và quý II mới kỳ cấp mới bao nhiêu giấy phép?")
    assert plain_label(q, "kỳ cấp mới") == "kỳ cấp mới"
    q = parse_query("Province X: in 2020 and 2021, each year newly issued how many permits?")
    assert plain_label(q, "year newly issued") == "newly issued"


def test_a_dealt_out_noun_of_the_measure_is_kept() -> None:
    # "mỗi giấy phép điện tử": the thing counted, no period or place a side is
    q = parse_query("Tỉnh X: năm 2020 và 2021 mỗi giấy phép điện tử cấp mất bao nhiêu ngày?")
    assert plain_label(q, "giấy phép điện tử") == "giấy phép điện tử"


def test_a_hedge_word_is_left_out_but_never_to_one_word() -> None:
    q = parse_query("Tỉnh X: đăng khoảng bao nhiêu tin và mở bao nhiêu gian hàng?")
    assert plain_label(q, "đăng tải khoảng") == "đăng tải"
    assert plain_label(q, "đăng khoảng") == "đăng khoảng"  # one word left: as it is
    q = parse_query("Province X: roughly how many posts and how many stalls?")
    assert plain_label(q, "posts about") == "posts about"


def test_a_measure_s_own_words_that_fold_as_a_hedge_are_kept() -> None:
    q = parse_query("Tỉnh X: hồ sơ tạm dừng và phần mềm dùng chung mỗi loại bao nhiêu?")
    assert plain_label(q, "hồ sơ tạm dừng") == "hồ sơ tạm dừng"
    assert plain_label(q, "phần mềm dùng chung") == "phần mềm dùng chung"
    assert plain_label(q, "trung tâm tiếp nhận") == "trung tâm tiếp nhận"
    q = parse_query("Province X: how many complaints about land and about water?")
    assert plain_label(q, "complaints about land") == "complaints about land"


def test_labels_that_would_read_alike_stay_as_they_are() -> None:
    q = parse_query("Tỉnh X: đăng tải khoảng bao nhiêu bài và đăng tải bao nhiêu bài?")
    parts = [Part("đăng tải khoảng", q), Part("đăng tải", q)]
    assert [p.label for p in plain_labels(q, parts)] == ["đăng tải khoảng", "đăng tải"]


def test_each_period_s_two_measures_get_their_rows(service: AnswerService) -> None:
    ans = service.answer(
        "Hà Tĩnh: quý I/2019 và 6 tháng đầu 2022 trên sàn thương mại điện tử mỗi kỳ xây dựng "
        "mới bao nhiêu gian hàng và cập nhật chừng bao nhiêu tin?"
    )
    rows = [r for r in ans.text.splitlines() if r.startswith("| ") and " — " in r.split(" | ")[0]]
    # every period × measure row, its label free of the dealt-out unit and the hedge
    assert len(rows) == 4, ans.text
    assert not any("chừng" in r.split(" | ")[0] or "— kỳ " in r for r in rows), ans.text
