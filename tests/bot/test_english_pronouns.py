"""English questions: "how many of them are …" counts what follows the copula, and an English
word spelled like a Vietnamese syllable is weighed as English, not as that syllable."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

import pytest

from bot.extractive.choice import _ASKED_ITEM, Candidate, whole_of_part
from bot.extractive.concepts import ConceptMatcher
from bot.extractive.english_phrases import part_after_copula
from bot.extractive.question import _english_counted
from core.query import parse_query
from index.chunk import Span
from index.generations import LoadedIndex
from index.retrieve import Hit
from tests.helpers.mini_index import ask, mini_index


def _concepts(question: str) -> dict[tuple[str, ...], float]:
    matcher = ConceptMatcher({"cut": 5.0, "them": 5.0, "thu": 2.0}, 1.0)
    return {c.alternatives[0]: c.weight for c in matcher.concepts(parse_query(question))}


def test_how_many_of_them_counts_what_follows_the_copula() -> None:
    entries = _english_counted(parse_query("Level 3 services: how many of them are district-level?"))
    assert any("cap huyen" in e for e in entries)
    entries = _english_counted(parse_query("The new hires: how many of these were civil servants?"))
    assert any("cong chuc" in e for e in entries)


def test_how_many_of_them_before_a_participle_names_nothing_counted() -> None:
    # "how many of them were handled": the verb says what happened, not what is counted
    assert _english_counted(parse_query("How many of them were handled on time?")) == ()


def test_of_them_is_no_topic_word() -> None:
    # folded "them" is also the syllable "thêm": in "how many of them" it names nothing
    assert ("them",) not in _concepts("Procedures at level 3: how many of them are for districts?")


REPORT = """BÁO CÁO
Kết quả cải cách hành chính năm 2022

II. KẾT QUẢ THỰC HIỆN

3. Cải cách tổ chức bộ máy

+ Số lượng giải quyết tinh giản biên chế là 45 người trong đó có 40 vién chtrc và 5 cén bd cong chure.

6. Xây dựng chính quyền điện tử

Số dịch vụ công đang cung cấp mức độ 4 là: 500 (trong đó: 420 dịch vụ công cấp tỉnh; 60 dịch vụ công cấp huyện; 20 dịch vụ công cấp xã).
"""


@pytest.fixture(scope="module")
def index() -> LoadedIndex:
    return mini_index(REPORT)


def test_a_part_asked_of_them_is_answered_by_its_item(index: LoadedIndex) -> None:
    ans = ask(index, "Level 4 public services: how many of them are district-level services?", "en")
    assert ans.figure == "60"


def _cand(figure: str, item: bool, chunk: str = "c1", doubts: frozenset[str] = frozenset()) -> Candidate:
    hit = cast(Hit, SimpleNamespace(chunk=SimpleNamespace(id=chunk, report_id="r")))
    return Candidate(hit, Span(0, 10, 1, 1), 1.0, 0.6, figure, doubts=doubts, item=item)


def test_the_whole_is_doubted_for_a_part_named_after_the_copula() -> None:
    # "45 người trong đó có 40 vién chtrc …": OCR left the item's words unnamed, the headline
    # scored first; the question asks a part of those cut, so the whole is no sure answer
    q = parse_query("Of the people cut in 2022, how many were public employees?")
    assert whole_of_part(q, [_cand("45", False), _cand("40", True)])
    assert not whole_of_part(q, [_cand("40", True), _cand("45", False)])  # an item first
    assert not whole_of_part(q, [_cand("45", False), _cand("40", True, "c2")])  # another clause
    named = frozenset({_ASKED_ITEM})
    assert not whole_of_part(q, [_cand("45", False, doubts=named), _cand("40", True)])
    whole = parse_query("How many people were cut in 2022?")
    assert not whole_of_part(whole, [_cand("45", False), _cand("40", True)])


def test_a_part_after_the_copula_is_read_but_not_a_participle() -> None:
    assert part_after_copula("of those cut, how many were public employees?")
    assert part_after_copula("how many of them are district level procedures?")
    assert not part_after_copula("how many of them were handled on time?")
    assert not part_after_copula("how many dossiers were received?")


def test_a_qualified_pronoun_before_the_copula_counts_what_follows() -> None:
    # "of those enrolled": the word after the pronoun qualifies it; the part is after "were"
    entries = _english_counted(parse_query("For the 2019 training courses, how many of those enrolled were civil servants?"))
    assert any("cong chuc" in e for e in entries)


def test_the_reports_term_typed_before_an_english_gloss_is_counted() -> None:
    entries = _english_counted(parse_query("In the district clinics, how many of these are nhan vien y te (health workers)?"))
    assert entries == (frozenset({"nhan vien y te"}),)
