"""A compared side asking the total held to the headline figure (bot/compare_total.py): never
one level's figure below a level-free one, the headline the side's answer states over a lone
count, a whole count kept over a fraction. The unit tests' facts and questions are made up."""

from __future__ import annotations

import re

from bot.answer import AnswerService
from bot.compare_kind import Asked
from bot.compare_pick import Pick
from bot.compare_total import (
    HEADLINE_PARTS,
    TOTAL_TOPIC,
    level_free,
    total_asked,
    total_choice,
)
from core.query import parse_query
from index.facts import Fact
from tests.helpers.typed import body


def _pick(i: int, value: str, topic: float = 0.8, level: str = "", parts: int = 0) -> Pick:
    f = Fact(
        id=f"f{i}", report_id="r1", province="P", chunk_id="c1", section="", page=1,
        line_start=i, line_end=i, span_start=0, span_end=0, value=value, norm=value.replace(".", ""),
        unit="", kind="count", counts="", counts_folded="", level=level, scope="", parent="",
        label="", label_folded="", parts=parts, when="", period="", clause="", lead="",
    )  # fmt: skip
    return Pick(f, 1.0, topic)


def _asked(levels: frozenset[str] = frozenset(), scope: str = "") -> Asked:
    return Asked(None, frozenset(), levels, scope, ())


def test_a_total_asked() -> None:
    for text in ("Tổng số hồ sơ của A và B?", "How many leaflets in total, A or B?",
                 "tong cong bao nhieu tin bai", "A vs B: the total number of schools?",
                 "How many leaflets altogether?"):  # fmt: skip
        assert total_asked(parse_query(text), _asked()), text
    assert not total_asked(parse_query("How many leaflets, A or B?"), _asked())
    q = parse_query("Tổng số DVC mức độ 4 của A và B?")
    assert not total_asked(q, _asked(frozenset({"4"})))  # a level's total: that level asked
    assert not total_asked(q, _asked(scope="xa"))


def test_no_level_figure_below_a_level_free_one() -> None:
    picks = [_pick(1, "900", level="3"), _pick(2, "2.000"), _pick(3, "700", level="4"), _pick(4, "50")]
    assert [p.fact.value for p in level_free(picks)] == ["900", "2.000", "50"]
    only_levels = [_pick(1, "900", level="3"), _pick(2, "700", level="4")]
    assert level_free(only_levels) == only_levels


def test_the_headline_stated_over_a_lone_count() -> None:
    lone, head = _pick(1, "70"), _pick(2, "1.500", parts=HEADLINE_PARTS)
    assert total_choice(lone, head, [lone, head]) == (True, head)
    weak = _pick(2, "1.500", topic=TOTAL_TOPIC - 0.1, parts=HEADLINE_PARTS)
    assert total_choice(lone, weak, [lone, weak]) == (False, None)  # a headline of another topic


def test_a_whole_count_kept_over_a_fraction() -> None:
    whole, share = _pick(1, "2.000"), _pick(2, "120/120")
    assert total_choice(whole, share, [whole, share]) == (True, whole)
    assert total_choice(None, share, [share]) == (True, None)  # unsure, never the fraction
    assert total_choice(None, whole, [whole]) == (False, None)  # the answer's count may stand


def test_the_reports_totals_are_their_headlines(service: AnswerService) -> None:
    """Both sides asking a total of dossiers get the headline the fact table breaks down (Hà
    Tĩnh's line gives 271.215 returned, then its parts by level), not one of its parts."""
    heads = {f.value for f in service.retriever.index.facts() if f.parts >= HEADLINE_PARTS
             and not f.parent and not f.level}  # fmt: skip
    ans = service.answer("Ha Tinh versus Dong Thap: total count of dossiers whose results were returned?")
    bold = re.findall(r"\*\*([\d.,]+)\*\*", body(ans))
    assert bold[:2] == ["271.215", "174.305"], body(ans)
    assert set(bold[:2]) <= heads, body(ans)
