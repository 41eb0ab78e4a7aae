"""Two numbers asked clause by clause read as the table's parts (bot/compare_two_asked.py): the
table stands only when each clause got its own figure surely; a second clause's one candidate
from the first clause's line is its figure. Questions, lines and figures made up."""

from __future__ import annotations

from collections.abc import Callable

from bot.compare_sides import Side
from bot.compare_table import Cell
from bot.compare_two_asked import asked_pair, each_asked_stated, one_line_pair
from core.query import ParsedQuery, parse_query
from core.result import Answer, Citation

LINE = "Đoàn kiểm tra đã làm việc tại 48 trường học, phát hiện 17 trường có sai phạm (chiếm 35,4%)."
OTHER = "Sở đã tổ chức 12 hội nghị đối thoại với doanh nghiệp."
Q = parse_query("Đoàn kiểm tra làm việc tại bao nhiêu trường học, phát hiện sai phạm ở bao nhiêu?")


def _cit(quote: str, line: int) -> Citation:
    return Citation(1, "r1", "", "", "", "", "", quote, 1.0, chunk_id="c1", line_start=line,
                    line_end=line)  # fmt: skip


def _sure(label: str, figure: str, quote: str = LINE, line: int = 1) -> Cell:
    return Cell(Side(label, ("P",), ()), figure=figure, counts=quote, citation=_cit(quote, line))


def _doubted(label: str, *maybe: tuple[str, str, int]) -> Cell:
    return Cell(Side(label, ("P",), ()), doubted=tuple((f, _cit(q, n)) for f, q, n in maybe))


def _whole(figure: str, quote: str = LINE, line: int = 1) -> Callable[[ParsedQuery], Answer]:
    """The whole question's one-figure answer: `figure` stated from `quote`."""
    cit = _cit(quote, line)
    return lambda q: Answer(q.text, f"**{figure}**", False, (cit,), figure=figure)


def test_two_asking_clauses_are_the_parts() -> None:
    parts = asked_pair(Q)
    assert len(parts) == 2
    assert asked_pair(parse_query("Đoàn kiểm tra làm việc tại bao nhiêu trường học?")) == []
    # an average asked in its own clause: the parts a "và" joins are asked, not the clauses
    assert asked_pair(parse_query("Có bao nhiêu lớp ở A và B, bình quân mỗi nơi bao nhiêu?")) == []


def test_the_table_stands_only_when_each_clause_is_stated_surely() -> None:
    parts = asked_pair(Q)
    a, b = (p.label for p in parts)
    ask = _whole("48")
    assert each_asked_stated(Q, parts, [_sure(a, "48"), _sure(b, "17")], ask)
    assert not each_asked_stated(Q, parts, [_sure(a, "48"), _doubted(b, ("17", LINE, 1))], ask)
    assert not each_asked_stated(Q, parts, [_sure(a, "48"), _sure(b, "48")], ask)
    assert not each_asked_stated(Q, parts, [_sure(a, "48"), Cell(Side(b, ("P",), ()))], ask)


def test_the_table_adds_to_the_one_figure_answer_never_replaces_it() -> None:
    parts = asked_pair(Q)
    a, b = (p.label for p in parts)
    cells = [_sure(a, "48"), _sure(b, "17")]
    assert each_asked_stated(Q, parts, cells, _whole("17"))
    # the whole question answered from another line, or with another figure: kept as it is
    assert not each_asked_stated(Q, parts, cells, _whole("12", OTHER, 2))
    assert not each_asked_stated(Q, parts, cells, _whole("35,4%"))


def test_a_doubted_clause_takes_the_one_other_figure_of_the_sure_clauses_line() -> None:
    parts = asked_pair(Q)
    a, b = (p.label for p in parts)
    cells = one_line_pair(
        Q, parts, [_sure(a, "48"), _doubted(b, ("17", LINE, 1), ("12", OTHER, 2))]
    )
    assert [c.figure for c in cells] == ["48", "17"]
    assert not cells[1].doubted
    assert each_asked_stated(Q, parts, cells, _whole("48"))


def test_no_figure_taken_when_the_line_offers_none_or_several() -> None:
    parts = asked_pair(Q)
    a, b = (p.label for p in parts)
    other = [_sure(a, "48"), _doubted(b, ("12", OTHER, 2))]
    assert one_line_pair(Q, parts, other) == other
    several = [_sure(a, "48"), _doubted(b, ("17", LINE, 1), ("35,4%", LINE, 1))]
    assert one_line_pair(Q, parts, several) == several
