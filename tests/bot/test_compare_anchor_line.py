"""A bold figure's line repeated by another report, its counted thing away from the other
report's figure: the figure whose scope holds the bold figure's counted thing and what it has
is stated; a line not repeated, another counted thing, a count against a share or two alike
figures leave the side as it was. Sentences made up for the test."""

from __future__ import annotations

from bot.compare_anchor import anchored
from bot.compare_anchor_line import (
    ANCHOR_WORDS,
    LINE_MATCH,
    SCOPE_GAP,
    SCOPE_MATCH,
    SCOPE_WORDS,
    THING_WORDS,
    line_pick,
)
from bot.compare_sides import Side
from bot.compare_table import Cell
from core.result import Citation


def _cit(report: str, quote: str) -> Citation:
    return Citation(1, report, "Báo cáo", "1/BC", "Sở Nội vụ Lạng Sơn", "2021", "B.II", quote, 1.0)


# the bold side: a ratio for one level of a list whose other levels have a share of their own
ANCHOR_LINE = ("- 100% trường THPT, trường THCS, 57/80 trường tiểu học có phòng máy tính nối "
               "mạng, được bảo trì thường xuyên, phục vụ tốt việc dạy học;")  # fmt: skip
BOLD = Cell(Side("Năm 2020", ("Lạng Sơn",), ()), "57/80", ANCHOR_LINE, "", _cit("r1", ANCHOR_LINE))
# the next report repeats the line, one share heading the whole list
REPEATED = ("- 100% trường THPT, trường THCS, trường tiểu học có phòng máy tính nối mạng, "
            "được bảo trì thường xuyên, phục vụ tốt việc dạy học;")  # fmt: skip


def _unsure(said: list[tuple[str, str]]) -> Cell:
    return Cell(Side("Năm 2023", ("Lạng Sơn",), ()), doubted=tuple((f, _cit("r2", q)) for f, q in said))


def test_the_figure_heading_the_repeated_line_is_stated() -> None:
    said = [("100%", REPEATED), ("12", "Tổ chức 12 lớp tập huấn tin học cho giáo viên tiểu học.")]
    got = anchored([BOLD, _unsure(said)])
    assert got[1].figure == "100%"
    assert got[1].citation is not None
    assert got[1].citation.quote == REPEATED
    # a side not found: the same figure among every figure its report states
    missing = Cell(Side("Năm 2023", ("Lạng Sơn",), ()))
    stated = [(f, _cit("r2", q)) for f, q in said]
    assert anchored([BOLD, missing], lambda side: stated)[1].figure == "100%"


def test_a_line_not_repeated_settles_nothing() -> None:
    # the counted thing and what it has, in another sentence: about a third of the line's pairs
    assert LINE_MATCH > 0.4
    other = "Đến nay 95% trường tiểu học có phòng máy tính nối mạng Internet tốc độ cao."
    assert line_pick(BOLD, [("95%", _cit("r2", other))]) is None


def test_another_level_or_predicate_in_the_list_settles_nothing() -> None:
    # the line names "trường tiểu học" but says it has no such room: most words and pairs
    # alike, the leading words "trường tiểu học có" not said word for word
    lacking = REPEATED.replace(
        "trường THCS, trường tiểu học có", "trường THCS có phòng máy tính, trường tiểu học chưa có"
    )
    assert line_pick(BOLD, [("100%", _cit("r2", lacking))]) is None
    # the list stops before the counted thing: "trường tiểu học" follows another figure
    split = REPEATED.replace("trường tiểu học", "90% trường tiểu học")
    got = line_pick(BOLD, [("100%", _cit("r2", split)), ("90%", _cit("r2", split))])
    assert got is not None
    assert got[0] == "90%"


def test_a_count_or_a_date_is_another_form() -> None:
    counted = REPEATED.replace("100%", "250")
    assert line_pick(BOLD, [("250", _cit("r2", counted))]) is None
    dated = REPEATED.replace("100%", "12/3/2023")
    assert line_pick(BOLD, [("12/3/2023", _cit("r2", dated))]) is None


def test_two_figures_holding_the_scope_stay_unsure() -> None:
    # the same line twice with two figures (two periods' lines in one report): within the gap
    assert 0 < SCOPE_GAP < 1 - SCOPE_MATCH + SCOPE_GAP
    again = REPEATED.replace("100%", "98%")
    got = line_pick(BOLD, [("100%", _cit("r2", REPEATED)), ("98%", _cit("r2", again))])
    assert got is None
    # and the bold side's own report is never a candidate
    assert line_pick(BOLD, [("100%", _cit("r1", REPEATED))]) is None


def test_the_scopes_are_read_to_their_windows() -> None:
    # the list before the counted thing is read up to SCOPE_WORDS words: a longer list (the
    # line otherwise alike) is not
    assert ANCHOR_WORDS < SCOPE_WORDS < 40
    long = REPEATED.replace("trường THCS,", "trường THCS, " + "trung tâm giáo dục, " * 12)
    assert line_pick(BOLD, [("100%", _cit("r2", long))]) is None


def test_the_leading_words_just_inside_and_outside_their_count() -> None:
    # the candidate's scope says the bold scope's first THING_WORDS - 1 words, then another
    # word: not held; the first THING_WORDS words, another word after them: held
    anchor_words = ["trường", "tiểu", "học", "có", "phòng", "máy", "tính", "nối", "mạng"]
    for n in (THING_WORDS - 1, THING_WORDS):
        changed = " ".join(anchor_words[:n] + ["chưa"] + anchor_words[n + 1 :])
        line = REPEATED.replace("trường tiểu học có phòng máy tính nối mạng", changed)
        got = line_pick(BOLD, [("100%", _cit("r2", line))])
        assert (got is not None) == (n == THING_WORDS), n
