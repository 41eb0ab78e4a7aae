"""Two parts not found whose nearest line is one line giving each part its own figure take
their figures from it; parts whose nearest lines differ, or a line that does not name each
part beside its own figure, leave them not found. Sentences made up for the test."""

from __future__ import annotations

from bot.compare_lines import own_words
from bot.compare_nearest_line import on_a_nearest_line
from bot.compare_parts import Part
from bot.compare_sides import Side
from bot.compare_table import Cell
from core.query import parse_query
from core.result import Answer, Citation

BOTH = ("Trong năm, HĐND và UBND tỉnh đã ban hành 31 văn bản QPPL (HĐND tỉnh ban hành 09 nghị "
        "quyết; UBND tỉnh ban hành 22 quyết định).")  # fmt: skip
NEITHER = "Trong năm, tỉnh đã ban hành 31 văn bản QPPL, 09 nghị quyết và 22 quyết định."
LABELS = ("from the provincial People's Council", "from the People's Committee")


def _run(quotes: tuple[str, str], why: str = "", question: str = "") -> list[Cell]:
    q = parse_query(question or "Of Lang Son's legal documents, how many came from each council?")
    parts = [Part(label, q) for label in LABELS]
    answers = [
        Answer(q.text, "", True, (Citation(1, "r1", "BC", "1/BC", "Sở", "2022", "1.", quote, 0.5),),
               not_found_why=why)  # fmt: skip
        for quote in quotes
    ]
    cells = [Cell(Side(label, ("Lạng Sơn",), ())) for label in LABELS]
    return on_a_nearest_line(parts, answers, cells, False)


def test_an_english_council_and_committee_read_as_the_reports_abbreviations() -> None:
    owns = own_words(LABELS)
    assert "hdnd" in owns[0]
    assert "ubnd" in owns[1]


def test_one_nearest_line_naming_each_part_gives_both_figures() -> None:
    got = _run((BOTH, BOTH))
    assert [c.figure for c in got] == ["09", "22"]
    assert all(c.citation is not None for c in got)


def test_other_lines_or_a_line_naming_no_part_leave_them_not_found() -> None:
    assert all(c.citation is None for c in _run((BOTH, NEITHER)))
    assert all(c.citation is None for c in _run((NEITHER, NEITHER)))


def test_near_misses_on_one_line_stay_not_found() -> None:
    # each part's nearest figure cited as another thing: no figure of its own
    assert all(c.citation is None for c in _run((BOTH, BOTH), why="near miss"))
    assert all(c.citation is None for c in _run((BOTH, BOTH), why="period"))


def test_a_line_counting_another_thing_than_each_part_asks_stays_not_found() -> None:
    # the parts ask dossiers; the line's figures count decisions and resolutions
    asked = "Lang Son: how many dossiers did each council send back?"
    assert all(c.citation is None for c in _run((BOTH, BOTH), question=asked))
