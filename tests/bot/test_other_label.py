"""A bold figure whose label in its line names another measure, beside a figure labelled with the
question's words, becomes "not sure" with both (bot/other_label.py). Made-up lines."""

from __future__ import annotations

from bot.other_label import LABEL_ASKED, LABEL_MIN_WORDS, LABEL_STATED, _labels, labelled_other
from core.query import parse_query
from core.result import Answer, Citation
from core.text import fold

LINE = ("Tổng vốn sự nghiệp năm 2020 giải ngân 812,4 tỷ đồng, trong đó: vốn hỗ trợ nông thôn mới "
        "giải ngân 95,7 tỷ đồng.")  # fmt: skip


def stated(figure: str, quote: str = LINE) -> Answer:
    """An answer stating `figure` in bold, citing `quote`."""
    cit = Citation(1, "t001", "Báo cáo", "12/BC-STC", "Sở Tài chính Bình Phước", "2020-12-10",
                   "II. Kết quả", quote, 0.9, period="Năm 2020", context=quote)  # fmt: skip
    return Answer("?", f"**{figure}** [1]\n> {quote}", False, (cit,), figure=figure)


def test_each_figure_is_labelled_by_the_words_since_the_last_mark() -> None:
    labels = dict(_labels(fold(LINE)))  # folding writes a decimal comma as a point
    # a year is part of the label, not a figure
    assert labels["812.4"] == ["tong", "von", "su", "nghiep", "nam", "giai", "ngan"]
    assert "2020" not in labels
    assert labels["95.7"] == ["von", "ho", "tro", "nong", "thon", "moi", "giai", "ngan"]
    assert LABEL_STATED < LABEL_ASKED


def test_the_other_measures_figure_becomes_not_sure_with_both() -> None:
    q = parse_query("Vốn hỗ trợ nông thôn mới giải ngân bao nhiêu tỷ?")
    ans = labelled_other(q, stated("812,4"))
    assert ans is not None
    assert ans.figure == ""
    assert [c.figure for c in ans.candidates] == ["95,7", "812,4"]


def test_the_asked_measures_figure_stands() -> None:
    q = parse_query("Vốn hỗ trợ nông thôn mới giải ngân bao nhiêu tỷ?")
    assert labelled_other(q, stated("95,7")) is None
    total = parse_query("Tổng vốn sự nghiệp giải ngân bao nhiêu tỷ?")
    assert labelled_other(total, stated("812,4")) is None


def test_a_short_label_of_the_stated_figure_casts_no_doubt() -> None:
    line = "Tổng số dịch vụ công là: 320, trong đó: dịch vụ công cấp tỉnh là 300."
    q = parse_query("Có bao nhiêu dịch vụ công cấp tỉnh?")
    assert len(dict(_labels(fold(line)))["320"]) < LABEL_MIN_WORDS
    assert labelled_other(q, stated("320", line)) is None
