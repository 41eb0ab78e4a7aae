"""A compared part naming one tier ("cấp huyện", "district desks", "provincial tier") held to
that tier's part of the breakdown its stated headline sits in (bot/compare_part_scope.py).
The unit tests' lines, figures and questions are made up."""

from __future__ import annotations

import re

from bot.answer import AnswerService
from bot.compare_part_scope import TIER_WORDS, part_tier, tier_part
from bot.compare_parts import Part
from bot.compare_sides import Side
from bot.compare_table import Cell
from core.query import parse_query
from core.result import Citation
from index.facts import Fact
from tests.helpers.typed import body

LINE = "Thủ tục thực hiện tại các nơi: 400 TTHC (trong đó tại Trung tâm: 150, tại Bộ phận một cửa cấp huyện: 200; cấp xã 50)."


def _fact(i: int, value: str, scope: str = "", parent: str = "") -> Fact:
    return Fact(
        id=f"f{i}", report_id="r1", province="P", chunk_id="c1", section="", page=1,
        line_start=3, line_end=3, span_start=0, span_end=0, value=value, norm=value,
        unit="tthc", kind="count", counts="", counts_folded="", level="", scope=scope,
        parent=parent, label="", label_folded="", parts=0 if parent else 3, when="", period="",
        clause="", lead="",
    )  # fmt: skip


FACTS = [_fact(1, "400", "xa"), _fact(2, "150", parent="f1"), _fact(3, "200", "huyen", "f1"),
         _fact(4, "50", "xa", "f1")]  # fmt: skip
CIT = Citation(1, "r1", "", "", "", "", "", LINE, 1.0, chunk_id="c1", line_start=3, line_end=3)


def _cells(*pairs: tuple[str, str]) -> tuple[list[Part], list[Cell]]:
    parts = [Part(label, parse_query(label)) for label, _ in pairs]
    cells = [Cell(Side(label, ("P",), ()), fig, LINE, "", CIT) for label, fig in pairs]
    return parts, cells


def test_the_tier_a_part_names() -> None:
    assert [scope for scope, _ in TIER_WORDS] == ["tinh", "huyen", "xa"]
    for label, tier in (("district one-stop desks", "huyen"), ("cấp huyện", "huyen"),
                        ("provincial tier", "tinh"), ("cap xa", "xa"), ("commune level", "xa"),
                        ("Bộ phận một cửa cấp tỉnh", "tinh")):  # fmt: skip
        assert part_tier(label) == tier, label
    # a "total provincial" amount of money is the province's whole, no tier of it
    for label in ("the service centre", "cấp huyện và cấp xã", "personal certificates",
                  "total provincial budget spending"):  # fmt: skip
        assert part_tier(label) is None, label
    # ... but a total of the provincial tier's own count is that tier's
    assert part_tier("total provincial-level permits") == "tinh"


def test_a_tier_part_given_the_headline_takes_its_tier() -> None:
    parts, cells = _cells(("the service centre", "150"), ("district one-stop desks", "400"))
    got = tier_part(parts, cells, lambda c: FACTS if c == "c1" else [])
    assert [c.figure for c in got] == ["150", "200"]


def test_a_tier_the_breakdown_lacks_leaves_the_headline_unsure() -> None:
    parts, cells = _cells(("provincial tier", "400"), ("commune tier", "50"))
    got = tier_part(parts, cells, lambda c: FACTS if c == "c1" else [])
    assert got[0].figure == ""
    assert got[0].doubted[0][0] == "400"
    assert got[1].figure == "50"
    # the headline said at the asked tier itself: kept
    at_tier = [_fact(1, "400", "tinh"), *FACTS[1:]]
    parts, cells = _cells(("cấp tỉnh", "400"), ("cấp huyện", "200"))
    assert [c.figure for c in tier_part(parts, cells, lambda c: at_tier)] == ["400", "200"]


def test_the_reports_tier_parts_are_their_breakdown_parts(service: AnswerService) -> None:
    """A headline broken down by tier in a report: each tier asked takes its own part."""
    facts = list(service.retriever.index.facts())
    heads = {f.id: f for f in facts if f.province == "Tuyên Quang" and f.level == "3" and f.parts}
    kids = {f.scope: f.value for f in facts if f.parent in heads}
    ans = service.answer("Tuyen Quang level-3 online services: provincial tier vs commune tier?")
    rows = [r for r in body(ans).splitlines() if r.startswith("| provincial") or r.startswith("| commune")]
    got = [re.search(r"\*\*([\d.,]+)\*\*", r) for r in rows]
    assert [m.group(1) for m in got if m] == [kids["tinh"], kids["xa"]], body(ans)
