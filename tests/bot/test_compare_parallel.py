"""Two unsure sides of two reports settled by the one pair of their candidate sentences that
read alike, each giving its figure at the same place before the same word; sides stay unsure
when no pair reads alike, or two pairs do. Sentences made up for the test."""

from __future__ import annotations

from bot.compare_parallel import parallel
from bot.compare_sides import Side
from bot.compare_table import Cell
from core.result import Citation


def _cit(report: str, quote: str) -> Citation:
    return Citation(1, report, "Báo cáo", "1/BC", "Sở TTTT Bình Phước", "2022", "A.I", quote, 1.0)


def _side(label: str, report: str, said: list[tuple[str, str]]) -> Cell:
    side = Side(label, ("Bình Phước",), ())
    return Cell(side, doubted=tuple((f, _cit(report, q)) for f, q in said))


FIRST = [
    ("45", "Đài Phát thanh tỉnh đã phát sóng 45 tin, bài về công tác cải cách hành chính."),
    ("12", "Cổng thông tin điện tử tỉnh đăng 12 chuyên mục hỏi đáp trực tuyến."),
]
SECOND = [
    ("3", "Tổ chức 3 hội nghị tập huấn về cải cách hành chính cho cán bộ cấp xã."),
    ("88", "Đài Phát thanh tỉnh đã phát sóng 88 tin, bài về công tác cải cách hành chính."),
]


def test_the_one_pair_that_reads_alike_settles_both_sides() -> None:
    got = parallel([_side("Quý I/2021", "r1", FIRST), _side("Quý I/2022", "r2", SECOND)])
    assert [c.figure for c in got] == ["45", "88"]
    assert all(c.citation is not None and not c.doubted for c in got)


def test_no_pair_alike_or_two_pairs_alike_stay_unsure() -> None:
    apart = [_side("Quý I/2021", "r1", FIRST[1:]), _side("Quý I/2022", "r2", SECOND[:1])]
    assert parallel(apart) == apart
    twice = FIRST + [("7", "Đài Phát thanh tỉnh đã phát sóng 7 tin, bài về công tác cải cách hành chính xã.")]
    both = [_side("Quý I/2021", "r1", twice), _side("Quý I/2022", "r2", SECOND)]
    assert all(c.figure == "" for c in parallel(both))


def test_one_report_is_no_two_periods() -> None:
    same = [_side("Quý I/2021", "r1", FIRST), _side("Quý I/2022", "r1", SECOND)]
    assert parallel(same) == same


RADIO_Q1 = [
    ("45", "Đài Phát thanh tỉnh đã phát sóng 45 tin, bài về công tác cải cách hành chính."),
    ("20", "Báo điện tử của Trung ương đã có trên 20 tin, bài về công tác cải cách hành chính."),
]
RADIO_Q2 = [
    ("88", "Đài Phát thanh tỉnh đã phát sóng 88 tin, bài về công tác cải cách hành chính."),
    ("35", "Báo điện tử của Trung ương đã có trên 35 tin, bài về công tác cải cách hành chính."),
]


def test_two_alike_pairs_the_one_the_question_names_settles_both_sides() -> None:
    sides = [_side("Quý I/2021", "r1", RADIO_Q1), _side("Quý I/2022", "r2", RADIO_Q2)]
    got = parallel(sides, "dai phat thanh: how many items in q1 2021 vs q1 2022?")
    assert [c.figure for c in got] == ["45", "88"]
    got = parallel(sides, "bao dien tu trung uong: items in q1 2021 vs q1 2022?")
    assert [c.figure for c in got] == ["20", "35"]


def test_two_alike_pairs_the_question_names_neither_or_both_stay_unsure() -> None:
    sides = [_side("Quý I/2021", "r1", RADIO_Q1), _side("Quý I/2022", "r2", RADIO_Q2)]
    assert parallel(sides, "how many items in q1 2021 vs q1 2022?") == sides
    assert parallel(sides, "cai cach hanh chinh items in q1 2021 vs q1 2022?") == sides
