"""A table's figure whose report writes a noun of another kind after it than the question
names is not bold (bot/compare_noun.py). Sentences made up for the test."""

from __future__ import annotations

import pytest

from bot import compare_noun
from bot.compare_noun import NOUN_TAIL, other_noun
from bot.side_noun import _NOUNS, MEASURE_WORDS, kinds_named
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


def test_the_tail_read_holds_the_longest_noun_after_a_measure_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`NOUN_TAIL` reads far enough for a measure word and the longest noun of a kind, and the
    noun is read only within it (a tail cut short reads no noun, so judges nothing)."""
    longest = max(_NOUNS, key=len)
    assert len(f" {max(MEASURE_WORDS, key=len)} {longest} ") <= NOUN_TAIL
    q = parse_query("Lạng Sơn và Cao Bằng cấp bao nhiêu chứng thư số?")
    line = "Tỉnh đang cung cấp 1.640 dịch vụ công trực tuyến toàn trình cho người dân."
    assert other_noun(q, line, "1.640")
    monkeypatch.setattr(compare_noun, "NOUN_TAIL", len(" dich vu"))
    assert not other_noun(q, line, "1.640")


def test_english_posts_name_news_items() -> None:
    """ "posts" (of a portal or press) is the reports' "tin, bài": a count of dossiers is
    another kind; one of news items stands."""
    q = parse_query("number of reform posts in Lạng Sơn vs Cao Bằng?")
    assert other_noun(q, LINE, "2.415")  # "bộ hồ sơ": dossiers, not posts
    assert not other_noun(q, "Cổng thông tin đăng 85 tin, bài về cải cách.", "85")


def test_post_as_the_mail_or_the_verb_names_no_news_items() -> None:
    """Only the plural noun "posts" is news items: "by post" is the mail, "did … post" the verb."""
    tin = kinds_named("tin bai")
    for text in ("dossiers online versus in person or by post", "how many did the paper post"):
        q = parse_query(text)
        assert not kinds_named(f"{q.folded} {q.expanded}") & tin, q.expanded
