"""Comparisons whose clauses each ask their own side and measures: the clauses and their sides,
the measures each side is asked, the row a sub-answer becomes (bold only when both readers
agree), one line's figure never answering two measures of a side, and the whole table over the
real seed index. Wordings written for the test."""

from __future__ import annotations

from bot.answer import AnswerService
from bot.compare_side_clauses import (
    LABEL_WORDS,
    MAX_CLAUSES,
    agreed,
    asked_of,
    clause_rows,
    clauses_of,
    confirmed,
)
from bot.compare_sides import Side
from bot.compare_table import Cell
from core.query import ParsedQuery, parse_query
from core.result import Answer, Citation

_TQ, _DT = Side("Tuyên Quang", ("Tuyên Quang",), ()), Side("Đồng Tháp", ("Đồng Tháp",), ())
_HD = Side("Hải Dương", ("Hải Dương",), ())
_Q1, _H1 = Side("Quý I/2019", ("Hà Tĩnh",), (2019,)), Side("6 tháng 2022", ("Hà Tĩnh",), (2022,))


def _cit(figure: str, line: int) -> Citation:
    return Citation(
        1, "r", "báo cáo", "1/BC", "Sở", "1/1/2022", "mục", f"… {figure} …", 0.9,
        chunk_id=f"r:{line:04d}", line_start=line, line_end=line,
    )  # fmt: skip


def test_clauses_name_their_own_sides_and_carry_the_topic() -> None:
    q = parse_query(
        "Chữ ký số: Đồng Tháp cấp bao nhiêu chữ ký số và bao nhiêu PKI; Tuyên Quang cấp bao nhiêu sim ký số?"
    )
    clauses = clauses_of(q, [_DT, _TQ])
    assert [[s.label for s in c.sides] for c in clauses] == [["Đồng Tháp"], ["Tuyên Quang"]]
    assert all(c.text.startswith("Chữ ký số") for c in clauses)  # the topic goes with each


def test_more_clauses_than_the_limit_are_a_list_of_questions() -> None:
    asks = ["Đồng Tháp có bao nhiêu xã", "Tuyên Quang có bao nhiêu huyện"] * MAX_CLAUSES
    at_limit = parse_query("; ".join(asks[:MAX_CLAUSES]) + "?")
    assert len(clauses_of(at_limit, [_DT, _TQ])) == MAX_CLAUSES
    over = parse_query("; ".join(asks[: MAX_CLAUSES + 1]) + "?")
    assert clauses_of(over, [_DT, _TQ]) == []


def test_a_clause_naming_no_side_or_each_period_asks_of_all() -> None:
    q = parse_query(
        "Ha Tinh: how many staff files in Q1 2019, and what share of files were online in each period?"
    )
    clauses = clauses_of(q, [_Q1, _H1])
    assert [[s.label for s in c.sides] for c in clauses] == [
        ["Quý I/2019"],
        ["Quý I/2019", "6 tháng 2022"],
    ]


def test_the_same_measure_of_every_side_is_the_plain_tables() -> None:
    # one measure a side, clause by clause: not this mechanism's
    assert (
        asked_of(parse_query("Số xã: Đồng Tháp bao nhiêu, Hải Dương bao nhiêu?"), [_DT, _HD], False)
        == []
    )
    # the second clause says only its period: the first clause's measure, asked of both sides
    q = parse_query("How many staff trained in Q1 2019, and how many in the first half of 2022?")
    assert clauses_of(q, [_Q1, _H1]) == []
    # "nửa đầu" (the first half) dates the clause too: no word of its own
    q = parse_query("Số lớp tập huấn Hà Tĩnh: quý I/2019 bao nhiêu lớp, nửa đầu 2022 bao nhiêu?")
    assert clauses_of(q, [_Q1, _H1]) == []
    # one word of its own ("communes") is its own measure
    q = parse_query("How many staff trained in Q1 2019, and how many communes in the first half of 2022?")
    assert len(clauses_of(q, [_Q1, _H1])) == 2


def test_joined_measures_of_a_clause_are_asked_one_by_one() -> None:
    q = parse_query(
        "Hồ sơ: Đồng Tháp có bao nhiêu mục tiêu và bao nhiêu hoạt động, còn Tuyên Quang có bao nhiêu xã?"
    )
    asked = asked_of(q, [_DT, _TQ], False)
    assert [a.side.label for a in asked] == ["Đồng Tháp", "Đồng Tháp", "Tuyên Quang"]


def test_a_long_measure_label_is_cut_at_the_limit() -> None:
    many = " ".join(f"từ{i}" for i in range(LABEL_WORDS + 3))
    q = parse_query(f"Đồng Tháp có bao nhiêu {many}; Tuyên Quang có bao nhiêu xã và bao nhiêu huyện?")
    long = [a.label for a in asked_of(q, [_DT, _TQ], False) if a.side.label == "Đồng Tháp"]
    assert long
    assert long[0].endswith(" …")
    assert len(long[0].split()) == LABEL_WORDS + 1  # the words kept, then "…"


def test_bold_only_when_both_readers_state_the_same_figure() -> None:
    sure = Answer("q", "t", False, (_cit("120", 3),), figure="120", confidence=0.9)
    same = [Cell(_DT, "120", "x", "", _cit("120", 3))]
    other = [Cell(_DT, "300", "x", "", _cit("300", 4))]
    assert agreed(_DT, sure, same).citation is not None
    split = agreed(_DT, sure, other)
    assert split.citation is None
    assert [f for f, _ in split.doubted] == ["120", "300"]
    none = agreed(_DT, Answer("q", "t", True), [Cell(_DT)])
    assert none.citation is None
    assert not none.doubted


def test_a_side_the_whole_table_answers_otherwise_is_not_sure() -> None:
    lop = Cell(_DT, "120", "x", "", _cit("120", 3), part="lớp")
    hoc = Cell(_DT, "450", "x", "", _cit("450", 5), part="học viên")
    tq = Cell(_TQ, "80", "x", "", _cit("80", 7), part="xã")
    rows = [lop, hoc, tq]
    # the table gives Đồng Tháp one of its figures: it answered that measure alike
    assert confirmed(rows, [Cell(_DT, "450", "x", "", _cit("450", 5))]) == rows
    # nothing sure in the table for a side: nothing to judge by
    assert confirmed(rows, [Cell(_DT), Cell(_TQ, doubted=(("9", _cit("9", 8)),))]) == rows
    # the table states a figure none of Đồng Tháp's rows gives: its bold rows only "may be"
    got = confirmed(rows, [Cell(_DT, "300", "x", "", _cit("300", 4)), Cell(_TQ, "80")])
    assert [c.citation is None for c in got] == [True, True, False]
    assert [[f for f, _ in c.doubted] for c in got[:2]] == [["120"], ["450"]]
    assert [c.part for c in got] == ["lớp", "học viên", "xã"]


def test_one_lines_figure_never_answers_two_measures_of_a_side() -> None:
    q = parse_query(
        "Đồng Tháp có bao nhiêu mục tiêu và bao nhiêu hoạt động; Tuyên Quang có bao nhiêu xã?"
    )

    def ask(_: ParsedQuery, side: Side) -> list[Cell]:
        return [Cell(side, "7", "x", "", _cit("7", 9))]

    rows = clause_rows(q, [_DT, _TQ], False, ask)
    assert rows is not None
    dt = [r for r in rows if r.side.label == "Đồng Tháp"]
    assert [r.citation is not None for r in dt] == [True, False]  # the second only "may be" it
    assert dt[1].doubted


def test_each_side_its_own_measures_over_the_real_index(service: AnswerService) -> None:
    ans = service.answer(
        "Thu tuc hanh chinh: Dong Thap co bao nhieu thu tuc cap huyen va bao nhieu thu tuc cap xa; "
        "Tuyen Quang tiep nhan bao nhieu ho so dich vu cong muc do 2?"
    )
    rows = [r for r in ans.text.splitlines() if r.startswith("| ") and " — " in r.split(" | ")[0]]
    assert [r.split(" — ")[0] for r in rows] == ["| Đồng Tháp", "| Đồng Tháp", "| Tuyên Quang"]
    bold = [r.split(" | ")[1].split(" ")[0] for r in rows if r.split(" | ")[1].startswith("**")]
    assert len(set(bold)) == len(bold)  # no figure bold for two measures


def test_a_new_sentence_opens_a_new_clause() -> None:
    q = parse_query(
        "Ha Tinh: ty le xa co website quy I/2019 la bao nhieu? ty le so nganh co phan mem o hai ky?"
    )
    clauses = clauses_of(q, [_Q1, _H1])
    assert len(clauses) == 2
    assert [len(c.sides) for c in clauses] == [1, 2]  # "ở hai kỳ": both periods


def test_clauses_each_asking_every_side_are_asked_one_by_one() -> None:
    q = parse_query(
        "How many staff trained in Q1 2019 vs the first half of 2022, and how many files were "
        "digitised in each period?"
    )
    asked = asked_of(q, [_Q1, _H1], True)
    assert sorted(a.side.label for a in asked) == sorted(["Quý I/2019", "6 tháng 2022"] * 2)


def test_a_clause_figure_the_whole_table_contradicts_is_never_bold(service: AnswerService) -> None:
    # the departments' websites' count is no portal count: a clause's figure is bold only
    # when the whole question's table does not state another for that side
    ans = service.answer(
        "How many tablets did Ha Tinh buy in Q1 2019 vs the first half of 2022, and how many "
        "reform news items went up on the portal in each period?"
    )
    q1 = [r for r in ans.text.splitlines() if r.startswith("| Quý I/2019 — ") and "news" in r]
    assert q1, ans.text
    assert "**2.000**" not in q1[0], ans.text
