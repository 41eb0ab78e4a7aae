"""A figure's own clause: the words from the last break before it to the next break after it."""

from bot.figure_clause import own_clause


def test_a_figure_s_own_clause_runs_between_the_breaks_on_either_side() -> None:
    quote = "Kho lưu trữ đã nhận 412 hộp, trong đó đã số hóa 96 hộp; còn lại 316 hộp."
    assert own_clause(quote, "96").strip() == "da so hoa 96 hop"
    assert own_clause(quote, "412") == "kho luu tru da nhan 412 hop"


def test_a_figure_inside_a_longer_number_or_absent_has_no_clause() -> None:
    assert own_clause("Tổng cộng 1.960 lượt truy cập.", "960") == ""
    assert own_clause("Không có số liệu.", "5") == ""
