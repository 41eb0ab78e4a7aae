"""A bold figure whose label in its line names another measure, beside a figure labelled with the
question's words, becomes "not sure" with both (bot/other_label.py). Made-up lines."""

from __future__ import annotations

from bot.other_label import LABEL_MIN_WORDS, LABEL_SPAN, _labels, asked_words, labelled_other
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


FISH = "Tổng số hộ nuôi trồng thủy sản đạt 1.250 hộ, trong đó: hộ nuôi cá nước lạnh đạt 85 hộ."
ASKED_FISH = "Bao nhiêu hộ nuôi cá nước lạnh trong tỉnh?"


def test_a_stated_label_with_under_half_the_asked_words_is_doubted() -> None:
    # "tổng số hộ nuôi trồng" holds two of the five asked words (hộ, nuôi): under LABEL_STATED
    ans = labelled_other(parse_query(ASKED_FISH), stated("1.250", FISH))
    assert ans is not None
    assert [c.figure for c in ans.candidates] == ["85", "1.250"]


def test_a_stated_label_with_over_half_the_asked_words_stands() -> None:
    # "số hộ nuôi cá các loại" holds three of the five: it names the asked measure's kind
    line = FISH.replace("Tổng số hộ nuôi trồng thủy sản", "Số hộ nuôi cá các loại")
    assert labelled_other(parse_query(ASKED_FISH), stated("1.250", line)) is None


def test_another_label_naming_few_of_the_asked_words_casts_no_doubt() -> None:
    # "hộ nuôi cá rô" holds three of the five asked words: under LABEL_ASKED
    line = FISH.replace("cá nước lạnh", "cá rô")
    assert labelled_other(parse_query(ASKED_FISH), stated("1.250", line)) is None


def test_units_and_asking_words_name_no_measure() -> None:
    asked = asked_words(parse_query("Tỉnh giải ngân vốn hỗ trợ nông thôn mới bao nhiêu tỷ đồng?"), False)
    assert asked == {"tinh", "giai", "ngan", "von", "ho", "tro", "nong", "thon", "moi"}
    q = parse_query("Vốn hỗ trợ nông thôn mới đã giải ngân được bao nhiêu tỷ đồng?")
    ans = labelled_other(q, stated("812,4"))
    assert ans is not None
    assert [c.figure for c in ans.candidates] == ["95,7", "812,4"]


def test_an_abbreviation_asks_its_full_words_too() -> None:
    asked = asked_words(parse_query("Có bao nhiêu CBCCVC nghỉ hưu trước tuổi?"), False)
    assert {"cbccvc", "cong", "chuc", "vien", "nghi", "huu"} <= asked


def test_an_english_question_is_asked_by_its_report_wordings_only() -> None:
    asked = asked_words(parse_query("How many mobile apps were launched?"), True)
    assert asked == {"ung", "dung"}


def test_a_right_figure_with_a_part_of_the_asked_words_stands() -> None:
    # the total's label names the canals, the stated one what was done to them: neither holds
    # most of the asked words, so the stated figure is not doubted
    line = "Tổng chiều dài kênh mương nội đồng là 1.800 km; năm nay đã kiên cố hóa thêm 120 km."
    q = parse_query("Bao nhiêu km kênh mương nội đồng được kiên cố hóa?")
    assert labelled_other(q, stated("120", line)) is None


def test_a_label_is_the_last_words_before_its_figure() -> None:
    lead = " ".join(f"từ{i}" for i in range(LABEL_SPAN + 4))
    words = dict(_labels(fold(f"{lead} hộ nuôi cá 85 hộ")))["85"]
    assert len(words) == LABEL_SPAN
    assert words[-3:] == ["ho", "nuoi", "ca"]
