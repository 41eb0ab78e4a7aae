"""An English question naming an amount's part after a copula ("budget spending: how much of
it was investment spending?") asks the part: the item of the whole's breakdown whose own words
say the part comes first, not the whole its clause opens on."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from bot.extractive.choice import Candidate
from bot.extractive.clause_roles import part_first
from bot.extractive.english_phrases import copula_part, part_after_copula
from core.query import parse_query
from index.chunk import Span
from index.retrieve import Hit

CLAUSE = (
    "+ Tổng chi ngân sách địa phương năm 2020 ước đạt 9.410,5 tỷ đồng, đạt 110% dự toán, "
    "trong đó: Chi đầu tư phát triển ước đạt 2.305,25 tỷ đồng, bằng 120% dự toán."
)


def _cand(figure: str, item: bool, text: str = CLAUSE) -> Candidate:
    chunk = SimpleNamespace(id="c1", report_id="r", readable=lambda span: text)
    return Candidate(cast(Hit, SimpleNamespace(chunk=chunk)), Span(0, 10, 1, 1), 1.0, 0.9,
                     figure, item=item)  # fmt: skip


def test_how_much_of_it_names_the_part() -> None:
    assert copula_part("local budget spending: how much of it was development investment?") == (
        "development investment"
    )
    assert part_after_copula("total revenue: how much of this was land use fees?")


def test_how_much_alone_asks_the_whole() -> None:
    # "how much was …" asks that amount itself; a participle says what happened to it
    assert not part_after_copula("how much was the local budget spending in 2020?")
    assert not part_after_copula("budget: how much of it was spent?")


def test_the_item_saying_the_part_comes_first() -> None:
    q = parse_query("Local budget spending 2020: how much of it was development investment spending?")
    ranked = [_cand("9.410,5", False), _cand("2.305,25", True), _cand("120%", True)]
    out, decided = part_first(q, ranked)
    assert decided
    assert out[0].figure == "2.305,25"


def test_no_item_saying_the_part_leaves_the_order() -> None:
    q = parse_query("Local budget spending 2020: how much of it was recurrent spending?")
    ranked = [_cand("9.410,5", False), _cand("2.305,25", True)]
    assert part_first(q, ranked) == (ranked, False)
    # the whole asked: no copula part, no reordering
    whole = parse_query("How much was local budget spending in 2020?")
    assert part_first(whole, ranked) == (ranked, False)


def test_a_term_said_of_the_whole_tells_no_item_apart() -> None:
    text = "Chi đầu tư phát triển năm 2020 đạt 800 tỷ đồng, trong đó: vốn tỉnh chi đầu tư phát triển 500 tỷ đồng."
    q = parse_query("Spending: how much of it was development investment spending?")
    ranked = [_cand("800", False, text), _cand("500", True, text)]
    assert part_first(q, ranked) == (ranked, False)
