"""Two parts of one two-item breakdown compared: a part left on the whole (or unsure between
the whole and the other item) takes the other item, and the whole both rows break down is
stated beside them. Over the real seed index's fact table; wordings written for the test."""

from __future__ import annotations

from collections.abc import Callable

from bot.answer import AnswerService
from bot.compare_other_part import TWO_ITEMS, other_part, with_whole
from bot.compare_parts import Part
from bot.compare_sides import Side
from bot.compare_table import Cell
from bot.fact_cite import fact_citation
from core.query import parse_query
from core.result import Answer
from index.facts import Fact


def _two_item_breakdown(service: AnswerService) -> tuple[Fact, Fact, Fact, Callable]:
    facts = service.index_facts()
    by_chunk: dict[str, list[Fact]] = {}
    for f in facts:
        by_chunk.setdefault(f.chunk_id, []).append(f)
    for whole in facts:
        items = [f for f in by_chunk[whole.chunk_id] if f.parent == whole.id]
        if whole.parts == TWO_ITEMS and len(items) == TWO_ITEMS:
            a, b = items
            own = set(b.label_folded.split()) - set(whole.counts_folded.split())
            if (a.kind, a.unit) == (b.kind, b.unit) and a.value != b.value and own:
                return whole, a, b, lambda cid: by_chunk.get(cid, [])
    raise AssertionError("the seed index holds a whole broken down into two items")


def _parts(*labels: str) -> list[Part]:
    return [Part(label, parse_query(label)) for label in labels]


def _cell(label: str, f: Fact, service: AnswerService) -> Cell:
    cit = fact_citation(service.retriever.index, f)
    return Cell(Side(label, (), ()), f.value, cit.quote, "", cit, kind=f.kind)


def test_a_part_left_on_the_whole_takes_the_other_item(service: AnswerService) -> None:
    whole, a, b, facts_of = _two_item_breakdown(service)
    index = service.retriever.index
    parts = _parts("phần một", b.label)  # the other part says the other item's own words
    found = _cell("phần một", a, service)
    on_whole = _cell(b.label, whole, service)
    got = other_part(parts, [found, on_whole], facts_of, index)
    assert got[0] == found
    assert got[1].figure == b.value
    assert got[1].side == on_whole.side
    # unsure between the whole and others: the other item too
    unsure = Cell(on_whole.side, doubted=((whole.value, on_whole.citation),))  # type: ignore[arg-type]
    assert other_part(parts, [found, unsure], facts_of, index)[1].figure == b.value


def test_a_part_asking_the_whole_keeps_it(service: AnswerService) -> None:
    whole, a, _, facts_of = _two_item_breakdown(service)
    index = service.retriever.index
    found, on_whole = _cell("phần một", a, service), _cell("tổng số", whole, service)
    cells = [found, on_whole]
    assert other_part(_parts("phần một", "tổng số"), cells, facts_of, index) == cells
    # three parts asked: which item is whose is not known
    three = _parts("một", "hai", "ba")
    assert other_part(three, cells, facts_of, index) == cells
    # words that name neither the other item's label nor its tier: the whole is kept
    unnamed = _parts("phần một", "số đã nhận")
    assert other_part(unnamed, cells, facts_of, index) == cells


def test_the_whole_of_both_rows_is_stated(service: AnswerService) -> None:
    whole, a, b, facts_of = _two_item_breakdown(service)
    cells = [_cell("phần một", a, service), _cell("phần hai", b, service)]
    cit = cells[0].citation
    assert cit is not None
    table = Answer("q", "| table |\n\nSources:\n[1] …", False, (cit,), language="en")
    said = with_whole(table, cells, facts_of, en=True)
    assert f"Total (as the report states): {whole.value} [{cit.n}]" in said.text
    assert said.text.index(whole.value) < said.text.index("Sources:")
    # a row that is no item of that breakdown: nothing added
    lone = [cells[0], _cell("phần hai", whole, service)]
    assert with_whole(table, lone, facts_of, en=True) == table
    # the whole already stated under the table: not said twice
    assert with_whole(said, cells, facts_of, en=True) == said


def test_two_places_of_one_breakdown_compared(service: AnswerService) -> None:
    ans = service.answer(
        "Ha Tinh den 14/6/2022, ho so tra qua BCCI: tai Trung tam tinh bao nhieu, "
        "so voi tai cap huyen bao nhieu?"
    )
    rows = [r for r in ans.text.splitlines() if r.startswith("| ") and " | **" in r]
    assert len(rows) == 2
    assert rows[0].split(" | ")[1] != rows[1].split(" | ")[1]
