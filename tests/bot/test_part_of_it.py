"""An English question naming a part after a copula ("dossiers received: how many of them
were online dossiers?", "the fund: how much of it was spent on training?") asks the part: the
item of the whole's breakdown whose own label says the part comes first, not the whole its
clause opens on. Report-like lines made up for the test."""

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
    "- Tổng số hồ sơ tiếp nhận năm 2021 là 4.820 hồ sơ, tăng 6%, trong đó: hồ sơ trực tuyến "
    "là 3.140 hồ sơ; hồ sơ trực tiếp là 1.680 hồ sơ."
)
# the same breakdown written figure first: each label follows its own figure
FIGURE_FIRST = (
    "- Tổng số hồ sơ tiếp nhận năm 2021 là 4.820 hồ sơ (trong đó: 1.680 hồ sơ trực tiếp; "
    "3.140 hồ sơ trực tuyến)."
)
ASKED = "Dossiers received in 2021: how many of them were online dossiers?"


def _cand(figure: str, item: bool, text: str = CLAUSE) -> Candidate:
    chunk = SimpleNamespace(id="c1", report_id="r", readable=lambda span: text)
    return Candidate(cast(Hit, SimpleNamespace(chunk=chunk)), Span(0, 10, 1, 1), 1.0, 0.9,
                     figure, item=item)  # fmt: skip


def test_how_much_of_it_names_the_part() -> None:
    assert copula_part("the 2021 fund: how much of it was training costs?") == "training costs"
    assert part_after_copula("total revenue: how much of this was land use fees?")


def test_how_much_alone_asks_the_whole() -> None:
    # "how much was …" asks that amount itself; a participle says what happened to it
    assert not part_after_copula("how much was the training fund in 2021?")
    assert not part_after_copula("the fund: how much of it was spent?")


def test_the_item_saying_the_part_comes_first() -> None:
    ranked = [_cand("4.820", False), _cand("1.680", True), _cand("3.140", True)]
    out, decided = part_first(parse_query(ASKED), ranked)
    assert decided
    assert out[0].figure == "3.140"


def test_a_figure_first_item_is_read_by_the_label_after_it() -> None:
    # "1.680 hồ sơ trực tiếp; 3.140": the words before 3.140 are 1.680's label
    ranked = [_cand(f, i, FIGURE_FIRST) for f, i in (("4.820", False), ("1.680", True), ("3.140", True))]
    out, decided = part_first(parse_query(ASKED), ranked)
    assert decided
    assert out[0].figure == "3.140"
    other = parse_query("Dossiers received in 2021: how many of them were in-person dossiers?")
    assert part_first(other, ranked)[0][0].figure != "3.140"


def test_no_item_saying_the_part_leaves_the_order() -> None:
    q = parse_query("Dossiers received in 2021: how many of them were overdue dossiers?")
    ranked = [_cand("4.820", False), _cand("3.140", True)]
    assert part_first(q, ranked) == (ranked, False)
    # the whole asked: no copula part, no reordering
    whole = parse_query("How many dossiers were received in 2021?")
    assert part_first(whole, ranked) == (ranked, False)


def test_a_term_said_of_the_whole_tells_no_item_apart() -> None:
    text = "Hồ sơ trực tuyến năm 2021 là 900 hồ sơ, trong đó: cấp huyện nhận hồ sơ trực tuyến 500 hồ sơ."
    ranked = [_cand("900", False, text), _cand("500", True, text)]
    assert part_first(parse_query(ASKED), ranked) == (ranked, False)


def test_a_term_inside_another_word_is_not_said() -> None:
    # "ho so" read inside "cho so": only whole words count
    from bot.extractive.clause_roles import _says

    assert not _says("cho so lieu", "ho so")
    assert _says("nhan ho so moi", "ho so")
