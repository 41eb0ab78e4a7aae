"""A difference asked across a comparative ("A nhiều hơn B bao nhiêu", "how many more A than
B"): the question splits into its two parts, each answered and cited on its own, and the table
says the difference, computed from the two cited figures and marked so
(`bot/compare_more_than.py`, `bot/compare_larger.py`). Wordings made up for the test."""

from __future__ import annotations

from bot.answer import AnswerService
from bot.compare_larger import with_larger
from bot.compare_more_than import MORE_REACH, TIMES_WORDS, more_than_at
from bot.compare_only import DIFFERENCE_ASKED
from bot.compare_parts import parts_of
from bot.compare_sides import Side
from bot.compare_stands import stands_for
from bot.compare_table import Cell
from bot.part_words import PERIOD_REACH, dated_aside
from core.query import parse_query
from core.result import Citation
from tests.helpers.typed import body


def _labels(text: str, en: bool = False) -> list[str]:
    return [p.label for p in parts_of(parse_query(text), en=en)]


def test_a_comparative_before_a_number_asked_splits_the_parts() -> None:
    assert _labels("Tuyên Quang: hồ sơ mức độ 4 ít hơn mức độ 3 bao nhiêu?") == [
        "mức độ 4",
        "mức độ 3",
    ]
    asked = "How many more level 4 than level 2 applications did Tuyen Quang get?"
    assert len(_labels(asked, en=True)) == 2
    words = parse_query("số hồ sơ mức 2 cao hơn mức 3 bao nhiêu").folded.split()
    assert more_than_at(words, words.index("cao")) == 2
    for text in (
        "mức 2 và mức 3, mức nào cao hơn?",  # which is larger: no "by how much" after it
        "mức 2 cao hơn hay thấp hơn mức 3?",  # either way, not a difference asked
        "mức 2 nhiều hơn bao nhiêu?",  # nothing named after the comparative
    ):
        words = parse_query(text).folded.split()
        assert not any(more_than_at(words, i) for i in range(len(words))), text


def test_than_splits_only_after_a_comparative_near_it_and_a_number_asked() -> None:
    near = ["how", "many", "more", "online", "applications", "than"]
    assert more_than_at([*near, "paper", "ones?"], len(near) - 1) == 1
    far = ["how", "many", "more", *["x"] * MORE_REACH, "than", "y", "z"]
    assert more_than_at(far, far.index("than")) == 0  # "more" farther than MORE_REACH words
    plain = ["is", "level", "3", "more", "than", "level", "2", "here"]
    assert more_than_at(plain, plain.index("than")) == 0  # no "how many/much" asked


def test_a_pronoun_before_a_participle_stands_for_the_place() -> None:
    assert stands_for(["than", "it", "approved", "in", "2019"], 1) == 1
    assert stands_for(["than", "it", "is"], 1) == 0  # no participle: no part after it


def test_a_period_said_in_words_ends_the_part_after() -> None:
    assert dated_aside(["approved", "between", "9", "oct", "2019", "and"], 1)
    assert dated_aside(["tu", "thang", "3/2022"], 0)  # within PERIOD_REACH words
    assert not dated_aside(["from", *["x"] * PERIOD_REACH, "2021"], 0)
    assert not dated_aside(["from", "businesses"], 0)


def test_the_shapes_of_a_difference_asked() -> None:
    for text in (
        "mức 2 nhiều hơn mức 3 bao nhiêu hồ sơ",
        "chenh lech giua muc 2 va muc 3",
        "how many more level 2 than level 3",
        "what is the difference between A and B",
        "tỷ lệ cấp xã thấp hơn cấp huyện mấy điểm",
    ):
        assert DIFFERENCE_ASKED.search(parse_query(text).folded), text
    for text in ("mức nào nhiều hơn?", "mức 2 nhiều hơn mức 3 mấy lần", "which is larger?"):
        assert not DIFFERENCE_ASKED.search(parse_query(text).folded), text


_CITED = Citation(1, "r", "", "", "", "", "", "line", 1.0)


def _cell(label: str, figure: str) -> Cell:
    return Cell(Side(label, (), ()), figure, citation=_CITED)


def test_the_difference_is_written_as_the_figures_are_and_marked_computed() -> None:
    text = with_larger("T", [_cell("a", "1.250"), _cell("b", "980")], en=False, apart=True)
    assert "Chênh lệch (tính từ hai số trên): 270." in text
    text = with_larger("T", [_cell("a", "12,5%"), _cell("b", "40%")], en=True, apart=True)
    assert "Difference (computed from the two figures above): 27,5 percentage points." in text
    doubted = Cell(Side("b", (), ()), doubted=(("980", _CITED),))  # not sure: nothing computed
    assert "Chênh lệch" not in with_larger("T", [_cell("a", "1.250"), doubted], False, apart=True)


def test_a_difference_asked_states_both_sides_cited_and_the_difference(
    service: AnswerService,
) -> None:
    # one report line gives both sides: 100% of provincial, 92% of district agencies
    ans = service.answer(
        "Hà Tĩnh quý I/2019: tỷ lệ cơ quan cấp huyện có máy chủ thấp hơn cấp tỉnh bao nhiêu điểm?"
    )
    text = body(ans)
    assert ans.intent == "comparison", text
    assert "**92%**" in text, text  # both sides' figures, each in bold and cited
    assert "**100%**" in text, text
    assert "Chênh lệch (tính từ hai số trên): 8 điểm phần trăm." in text, text


def test_only_a_comparative_split_asks_for_one_line() -> None:
    """`split_by_comparative` is true when only a comparative splits the parts; another split
    word ("hay", "so với", "or") answers them as any comparison's."""
    from bot.compare_more_than import split_by_comparative

    assert split_by_comparative("so truong cap huyen it hon cap tinh bao nhieu?")
    assert split_by_comparative("how many more clinics than schools did long an license?")
    assert not split_by_comparative("truong cap huyen nhieu hon hay cap tinh nhieu hon, moi cap bao nhieu?")
    assert not split_by_comparative("so truong cap huyen so voi cap tinh nhieu hon bao nhieu?")


def test_two_parts_stand_only_from_one_line() -> None:
    """`one_line_apart`: both cells cited from one line, each its own figure; not from two
    lines, not one figure twice, not a doubted cell."""
    from bot.compare_more_than import one_line_apart
    from bot.compare_sides import Side
    from bot.compare_table import Cell
    from core.result import Citation

    def cell(figure: str, line: int, side: str = "x") -> Cell:
        cit = Citation(1, "r", "", "", "", "", "", "q", 1.0, chunk_id="c1", line_start=line)
        return Cell(Side(side, (), ()), figure, citation=cit)

    assert one_line_apart([cell("120", 5), cell("95", 5, "y")])
    assert not one_line_apart([cell("120", 5), cell("95", 9, "y")])
    assert not one_line_apart([cell("120", 5), cell("120", 5, "y")])
    assert not one_line_apart([cell("120", 5), Cell(Side("y", (), ()))])


def test_a_hedged_ratio_is_read_within_its_words() -> None:
    """`TIMES_WORDS`: "gấp xấp xỉ bao nhiêu lần", the longest ratio asked, is read whole."""
    words = parse_query("cấp tỉnh gấp xấp xỉ bao nhiêu lần cấp xã").folded.split()
    at = words.index("gap")
    assert more_than_at(words, at) == TIMES_WORDS
    words = parse_query("cấp tỉnh gấp chừng bao nhiêu lần cấp xã").folded.split()
    assert more_than_at(words, words.index("gap")) == TIMES_WORDS - 1
