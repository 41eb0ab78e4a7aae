"""A table's figure whose report writes a noun of another kind after it than the question
names is not bold (bot/compare_noun.py). Sentences made up for the test."""

from __future__ import annotations

from bot.compare_noun import other_noun
from bot.side_noun import kinds_named
from core.query import parse_query
from core.text import fold

LINE = "Trong kỳ, tỉnh tiếp nhận 2.415 bộ hồ sơ và cấp 310 chứng thư số cho cán bộ."


def test_a_figure_counting_another_kind_is_not_the_asked_one() -> None:
    q = parse_query("Lạng Sơn và Cao Bằng cấp bao nhiêu chứng thư số?")
    assert other_noun(q, LINE, "2.415")  # "bộ hồ sơ": dossiers, not certificates
    assert not other_noun(q, LINE, "310")


def test_no_kind_asked_or_no_noun_said_is_not_judged() -> None:
    assert not other_noun(parse_query("Lạng Sơn và Cao Bằng đạt bao nhiêu?"), LINE, "2.415")
    q = parse_query("Lạng Sơn và Cao Bằng cấp bao nhiêu chứng thư số?")
    assert not other_noun(q, "Kết quả: 2.415/3.000, đạt yêu cầu.", "2.415")
    assert not other_noun(q, "Tỷ lệ đạt 45% kế hoạch.", "45%")
    ranked = parse_query("Lạng Sơn và Cao Bằng đăng bao nhiêu tin bài?")
    assert not other_noun(ranked, "Tỉnh tăng 5 bậc so với năm trước.", "5")  # "bậc" is no "bài"


def test_the_question_names_kinds_as_whole_words() -> None:
    assert kinds_named(fold("số nhiệm vụ được giao")) == kinds_named("nhiem vu")
    assert not kinds_named("vu viec")  # "vụ" alone is no noun of a kind
