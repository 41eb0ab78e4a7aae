"""A list item stated where the whole is asked gives its headline; an answer stating no figure
says not found (bot/part_for_whole.py). Made-up report text."""

from __future__ import annotations

from dataclasses import dataclass

from bot.part_for_whole import part_for_whole
from core.query import parse_query
from core.result import Answer, Citation
from index.facts import Fact

_HEAD = "Toàn huyện có 500 giấy phép, trong đó:"
_ITEM = "+ Số giấy phép cấp xã: 200;"


def _fact(n: int, value: str, clause: str, parent: str = "", label: str = "") -> Fact:
    return Fact(f"c1#{n}", "r1", "Tỉnh A", "c1", "s", 0, n, n, 0, 1, value, value, "", "count",
                clause, clause, "", "", parent, label, label, 0, "", "2022", clause, "")  # fmt: skip


@dataclass
class _Index:
    rows: list[Fact]

    def facts(self) -> list[Fact]:
        return self.rows


def _index(third: str = "100") -> _Index:
    return _Index([_fact(0, "500", _HEAD), _fact(1, "200", "+ Số giấy phép cấp tỉnh: 200;",
                   "c1#0", "cấp tỉnh"), _fact(2, "200", _ITEM, "c1#0", "cấp xã"),
                   _fact(3, third, "+ Số giấy phép cấp huyện: 100;", "c1#0", "cấp huyện")])  # fmt: skip


def _answer(question: str, quote: str = _ITEM) -> Answer:
    cit = Citation(1, "r1", "BC", "1/BC", "Sở", "2022", "s", quote, 0.5, chunk_id="c1")
    return Answer(question, f"**200** (Tỉnh A) [1]\n> {quote}", False, (cit,), figure="200")


def test_total_asked_states_the_headline() -> None:
    q = parse_query("How many licences in total?")
    out = part_for_whole(q, _answer(q.text), _index())  # type: ignore[arg-type]
    assert out is not None
    assert out.figure == "500"
    assert "**500**" in out.text


def test_no_part_named_gives_both_unbolded() -> None:
    q = parse_query("Co bao nhieu giay phep?")
    out = part_for_whole(q, _answer(q.text), _index())  # type: ignore[arg-type]
    assert out is not None
    assert not out.figure
    assert [c.figure for c in out.candidates] == ["500", "200"]


def test_part_named_or_parts_not_summing_stand() -> None:
    q = parse_query("Bao nhiêu giấy phép cấp xã?")
    assert part_for_whole(q, _answer(q.text), _index()) is None  # type: ignore[arg-type]
    q = parse_query("How many licences in total?")
    assert part_for_whole(q, _answer(q.text), _index("90")) is None  # type: ignore[arg-type]


def test_subset_said_before_hedges_with_a_larger_unnamed_whole() -> None:
    from bot.part_for_whole import subset_for_whole
    from core.result import FigureCandidate

    part = "- Qua dịch vụ bưu chính: đã tiếp nhận 300 hồ sơ (trong đó 100 hồ sơ cấp huyện)"
    whole = "Đến nay đã có 9.000 hồ sơ được tiếp nhận trên hệ thống."
    ans = _answer("q", part)
    other = Citation(2, "r1", "BC", "1/BC", "Sở", "2022", "s", whole, 0.4)
    ans = Answer("q", ans.text.replace("200", "300"), False, ans.citations, figure="300",
                 candidates=(FigureCandidate("9.000", "9.000 hồ sơ", "", other),))  # fmt: skip
    out = subset_for_whole(parse_query("Đã tiếp nhận bao nhiêu hồ sơ?"), ans)
    assert out is not None
    assert [c.figure for c in out.candidates] == ["9.000", "300"]
    assert subset_for_whole(parse_query("Bao nhiêu hồ sơ qua bưu chính?"), ans) is None
