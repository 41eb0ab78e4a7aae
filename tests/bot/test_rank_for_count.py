"""A place in a ranking (or places moved in one) stated for a count of things asked becomes
"not found" with the nearest line cited (bot/rank_for_count.py, through bot/near_miss.py); a
question that asks a ranking keeps it. The report lines are written for the test."""

from __future__ import annotations

from bot.near_miss import near_miss
from bot.rank_for_count import rank_for_count
from core.query import parse_query
from core.result import Answer, Citation

MOVED = "Bình Phước tăng 5 bậc, xếp thứ 5 cả nước; các xã đã phát tin trên loa truyền thanh."
COUNTED = "Toàn tỉnh có 5 đài truyền thanh cấp huyện được nâng cấp trong năm."


def stated(figure: str, quote: str) -> Answer:
    """An answer stating `figure` in bold, citing `quote`."""
    cit = Citation(1, "t001", "Báo cáo", "51/BC-STTTT", "Sở Thông tin và Truyền thông Bình Phước",
                   "2021-12-10", "II. Kết quả", quote, 0.9, context=quote)  # fmt: skip
    return Answer("?", f"**{figure}** [1]\n> {quote}", False, (cit,), figure=figure, language="en")


def test_a_rank_stated_for_a_count_of_things_becomes_not_found() -> None:
    q = parse_query("How many public service kiosks has Binh Phuoc opened?")
    ans = near_miss(q, stated("5", MOVED), "en")
    assert ans is not None
    assert ans.abstained
    assert "place in a ranking" in ans.text
    assert "[1]" in ans.text


def test_a_vietnamese_count_asked_is_not_answered_by_places_moved() -> None:
    q = parse_query("Bình Phước có bao nhiêu loa truyền thanh?")
    ans = rank_for_count(q, stated("5", MOVED), "vi")
    assert ans is not None
    assert "thứ hạng" in ans.text


def test_a_ranking_asked_keeps_its_rank() -> None:
    for question in ("How many places did Binh Phuoc move up?", "Bình Phước tăng bao nhiêu bậc?",
                     "How many provinces ranked above Binh Phuoc in the index?"):  # fmt: skip
        assert rank_for_count(parse_query(question), stated("5", MOVED), "en") is None


def test_a_figure_that_counts_things_stands() -> None:
    q = parse_query("How many district radio stations were upgraded in Binh Phuoc?")
    assert rank_for_count(q, stated("5", COUNTED), "en") is None


def test_a_movement_asked_keeps_the_places_moved() -> None:
    for question in ("How many notches did Binh Phuoc climb last year?",
                     "How many steps up did Binh Phuoc move last year?",
                     "By how many did Binh Phuoc fall?"):  # fmt: skip
        assert rank_for_count(parse_query(question), stated("5", MOVED), "en") is None
    assert rank_for_count(parse_query("Bình Phước tăng lên mấy?"), stated("5", MOVED), "vi") is None


def test_the_month_may_in_english_asks_no_count() -> None:
    q = parse_query("What did Binh Phuoc report for May?")
    assert rank_for_count(q, stated("5", MOVED), "en") is None
    # the same word in a Vietnamese question is "mấy", a count
    vi = parse_query("Bình Phước có mấy loa truyền thanh?")
    assert rank_for_count(vi, stated("5", MOVED), "vi") is not None
