"""One share asked of a pair (`bot.pair_ratio`), and a trailing qualifier of the second part
alone (`bot.part_qualifier`). Made-up wordings."""

from bot.pair_ratio import SIDE_SHARE_WORDS, asks_pair_ratio, pair_share_said
from bot.part_qualifier import NEAR, own_qualifiers
from core.result import Answer, Citation
from core.text import fold


def _cit(quote: str) -> Citation:
    return Citation(
        n=1,
        report_id="r",
        title="t",
        number="1",
        agency="a",
        date="d",
        section="s",
        quote=quote,
        score=1.0,
    )


def test_share_of_the_pair_asked():
    assert asks_pair_ratio(fold("Số xe đã sửa so với số xe nhận đạt tỷ lệ bao nhiêu?"))
    assert asks_pair_ratio(fold("So cay da trong so voi ke hoach bang bao nhieu phan tram"))
    assert asks_pair_ratio(fold("Trees planted as a share of trees ordered?"))
    assert asks_pair_ratio(fold("What is the ratio of trees planted to trees ordered?"))
    assert asks_pair_ratio(fold("Trees planted compared to trees ordered, what percentage?"))


def test_two_sides_still_compared():
    assert not asks_pair_ratio(fold("Tỷ lệ xe sửa so với tỷ lệ xe nhận?"))  # two shares
    assert not asks_pair_ratio(fold("Số xe sửa so với số xe nhận, bên nào nhiều hơn tỷ lệ?"))
    assert not asks_pair_ratio(fold("So sánh số xe sửa với số xe nhận"))
    assert not asks_pair_ratio(fold("Số xe sửa so với số xe nhận là bao nhiêu?"))  # no share
    # a share word right after the contrast heads the second side itself
    assert SIDE_SHARE_WORDS == 2
    assert not asks_pair_ratio(fold("Số xe sửa so với tỷ lệ xe nhận"))


def test_share_said_of_the_first_thing_only():
    ok = Answer("q", "t", False, (_cit("Xe đã sửa so với xe nhận đạt tỷ lệ 80%."),), figure="80%")
    other = Answer("q", "t", False, (_cit("Cây đã trồng đạt 90%."),), figure="90%")
    count = Answer("q", "t", False, (_cit("Xe đã sửa 12 chiếc."),), figure="12")
    assert pair_share_said(ok, "xe đã sửa")
    assert not pair_share_said(other, "xe đã sửa")
    assert not pair_share_said(count, "xe đã sửa")


def test_trailing_qualifier_of_the_second_part():
    words = fold("so cay muc 3 o cap huyen va muc 4 o cap xa").split()
    # x = "muc 3" (2..4), split at "va" (7), y = "muc 4" (8..10)
    x_only, y_only = own_qualifiers(words, (2, 4), 7, (8, 10))
    assert [words[i] for i in sorted(x_only)] == ["o", "cap", "huyen"]
    assert [words[i] for i in sorted(y_only)] == ["o", "cap", "xa"]
    assert NEAR == 1


def test_trailing_qualifier_shared_without_a_rival():
    words = fold("so cay muc 3 va muc 4 o cap xa").split()
    assert own_qualifiers(words, (2, 4), 4, (5, 7)) == (frozenset(), frozenset())
    words = fold("so cay cap huyen va cap xa muc 4").split()  # another kind trails: shared
    assert own_qualifiers(words, (2, 4), 4, (5, 7)) == (frozenset(), frozenset())
