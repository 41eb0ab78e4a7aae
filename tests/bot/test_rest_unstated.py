"""What remains, asked where a report writes only the whole and the part done (made-up text)."""

from __future__ import annotations

from bot.extractive.stated import given
from bot.rest_unstated import MIN_PART_SHARE, asks_rest, rest_unstated, says_rest
from core.query import parse_query
from core.result import Answer, Citation, FigureCandidate
from core.text import fold

_DONE = "Đến nay đã hoàn thành 40 nhiệm vụ trong tổng số 44 nhiệm vụ, đạt 90,9%."


def _cit(quote: str, n: int = 1) -> Citation:
    return Citation(n, "r", "t", "1/BC", "UBND", "1/1/2022", "I", quote, 1.0, context=quote)


def _ans(
    figure: str, quote: str, cands: tuple[FigureCandidate, ...] = (), language: str = "vi"
) -> Answer:
    return Answer("q", f"**{figure}** [1]", False, (_cit(quote),), figure=figure,
                  language=language, candidates=cands)  # fmt: skip


def test_given_reads_english_thousands_as_one_figure() -> None:
    assert given(parse_query("Of the 2,345 services, how many are level 4?")) >= {"2345"}
    assert "2022" not in given(parse_query("trong 12 nhiệm vụ năm 2022"))


def test_done_part_never_bold_for_a_remaining_question() -> None:
    q = parse_query("Còn bao nhiêu nhiệm vụ chưa hoàn thành?")
    out = rest_unstated(q, _ans("40", _DONE))
    assert out is not None
    assert out.figure == ""
    assert "**" not in out.text
    assert "44 − 40 = 4" in out.text
    assert {c.figure for c in out.candidates} == {"40", "44"}


def test_whole_stated_in_the_question_never_bold_either() -> None:
    q = parse_query("Of the 44 tasks, how many are still unfinished?")
    out = rest_unstated(q, _ans("44", _DONE, language="en"))
    assert out is not None
    assert "**" not in out.text
    assert "Computed from [1]" in out.text


def test_a_figure_saying_what_remains_stands() -> None:
    quote = "trong đó 40 nhiệm vụ đã hoàn thành, 4 nhiệm vụ chưa hoàn thành."
    assert says_rest(quote, "4")
    assert not says_rest(quote, "40")
    assert says_rest("+ Nguồn vốn còn lại: 3.100.000.000 đồng.", "3.100.000.000")
    assert rest_unstated(parse_query("Còn bao nhiêu nhiệm vụ chưa hoàn thành?"),
                         _ans("4", quote)) is None  # fmt: skip


def test_a_runner_up_saying_what_remains_listed_first() -> None:
    rest = FigureCandidate("3.100", "còn lại", "", _cit("+ Nguồn vốn còn lại: 3.100 triệu đồng."))
    out = rest_unstated(parse_query("How much capital remains?"),
                        _ans("8.000", "Kế hoạch vốn là: 8.000 triệu đồng", (rest,)))  # fmt: skip
    assert out is not None
    assert out.candidates[0].figure == "3.100"
    assert "**" not in out.text


def test_no_remaining_asked_leaves_the_answer() -> None:
    assert (
        rest_unstated(parse_query("Đã hoàn thành bao nhiêu nhiệm vụ?"), _ans("40", _DONE)) is None
    )


def test_a_tiny_stated_figure_is_no_part() -> None:
    assert MIN_PART_SHARE == 0.01
    q = parse_query("Of the 9 billion dong plan, how much is unspent?")
    out = rest_unstated(q, _ans("9.000.000.000", "Kế hoạch vốn là 9.000.000.000 đồng, gồm 9 mục"))
    assert out is not None
    assert "−" not in out.text
    assert "**" not in out.text


def test_an_exclusion_asks_no_remainder() -> None:
    # "chưa tính …" / "not counting …" leaves a part out of what is asked: no "còn lại" asked
    assert not asks_rest(fold("Tỉnh A nhận bao nhiêu hồ sơ mới, chưa tính hồ sơ tồn kỳ trước?"))
    assert not asks_rest(fold("how many dossiers were received not counting the backlog"))
    assert asks_rest(fold("Tỉnh A còn bao nhiêu nhiệm vụ chưa hoàn thành?"))
