"""How a summary shows a clause beside what it already shows (bot/summary_shown.py): a clause
the shown text says whole is not said again; a long clause cut to its length keeps its figure.
Made-up clauses."""

from bot.summary_shown import kept, said_in


def test_a_clause_a_text_already_says_is_said() -> None:
    shown = "Sở đã rà soát 40 thủ tục, trong đó: giữ nguyên 30 thủ tục; sửa đổi 10 thủ tục. [1]"
    assert said_in("… sửa đổi 10 thủ tục.", shown)
    assert said_in("Sua doi 10 thu tuc;", shown)  # read through case and diacritics
    assert not said_in("… bãi bỏ 10 thủ tục.", shown)
    assert not said_in("10 thủ tục", shown)  # too short to tell


def test_a_clause_cut_before_its_figure_keeps_it_in_view() -> None:
    opening = "Căn cứ Nghị quyết số 7/NQ-HĐND ngày 1/2/2031 của HĐND huyện về mức chi"
    text = f"{opening} {'cho công chức các cơ quan hành chính nhà nước ' * 6}là 250.000 đồng/tháng."
    shown = kept(text, 160, "250.000")
    assert shown.startswith("Căn cứ Nghị quyết số 7/NQ-HĐND")  # its opening
    assert " … " in shown
    assert shown.endswith("250.000 đồng/tháng.")
    assert len(shown) <= 160 + 30
    # a figure the plain cut shows, or none known: the plain cut
    assert kept(text, 160, "7/QĐ") == kept(text, 160) == kept(text, 160, "999")
    assert kept(text, 160).endswith("…")


def test_a_figure_inside_a_longer_number_is_not_the_figure_kept() -> None:
    opening = "Trong năm 2010 các cơ quan hành chính nhà nước của huyện đã triển khai"
    text = f"{opening} {'việc tiếp nhận và giải quyết hồ sơ cho người dân ' * 6}là 10 hồ sơ."
    shown = kept(text, 160, "10")
    assert shown.endswith("10 hồ sơ.")  # not the "10" of "2010" the plain cut shows


def test_a_figure_with_its_unit_run_on_is_kept_in_view() -> None:
    opening = "Theo Thông báo số 7/2031/TB-HTX của hợp tác xã về giá bán"
    text = (
        f"{opening} {'mỗi giỏ cam sành loại một giao tận nhà cho khách quen ' * 6}là 87.000đ/giỏ."
    )
    shown = kept(text, 160, "87.000")
    assert shown.startswith("Theo Thông báo số 7/2031")
    assert shown.endswith("87.000đ/giỏ.")
    # a figure inside a longer number is still not the figure kept, run-on letters or not
    assert kept(text, 160, "7.000") == kept(text, 160)
