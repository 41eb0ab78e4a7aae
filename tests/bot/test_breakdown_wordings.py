"""Parts of a breakdown and lists asked in wordings of their own (thirty-fifth round): a "how
many were …" of a whole named with its figure counts the whole's thing (bot/counted.py
`whole_noun`); three sides whose two-word head only the first items repeat
(bot/compare_list.py `_head_some`); an English list noun read in one more sense
(bot/list_asked.py `head_readings`); a list asked with the section it sits in
(bot/typed_answers.py `_things_in`). Text made up, in the reports' style."""

from __future__ import annotations

from types import SimpleNamespace

from bot import counted
from bot.compare_list import listed_parts
from bot.list_asked import head_readings
from bot.typed_answers import TypedAnswers
from core.query import parse_query
from core.result import Answer, Citation
from core.text import fold


def test_how_many_were_of_a_whole_counts_the_wholes_thing() -> None:
    q = fold("Of the 1,200 dossiers Long An received in 2021, how many were level-3 services?")
    assert counted.whole_noun(q) == "ho so"
    # the figure counts dossiers of that level: what is asked, no other thing
    assert counted.other_thing(q, "dịch vụ công mức độ 3 là 640 hồ sơ", "640") == ""


def test_how_many_services_is_still_a_count_of_services() -> None:
    # no copula after "how many": the services are what is counted
    q = fold("Of the 1,200 dossiers Long An received, how many services were they filed under?")
    assert counted.whole_noun(q) == ""
    assert counted.other_thing(q, "dịch vụ công mức độ 3 là 640 hồ sơ", "640") == "ho so"


def test_three_sides_whose_head_only_some_repeat() -> None:
    q = parse_query(
        "Trong 500 giấy phép đã cấp, giấy phép xây dựng, giấy phép kinh doanh và chứng chỉ "
        "hành nghề mỗi loại bao nhiêu?"
    )
    got = [(p.label, p.query.text) for p in listed_parts(q)]
    assert [label for label, _ in got] == [
        "giấy phép xây dựng", "giấy phép kinh doanh", "chứng chỉ hành nghề",
    ]  # fmt: skip
    assert got[2][1] == "Trong 500 giấy phép đã cấp, chứng chỉ hành nghề bao nhiêu?"


def test_a_head_said_once_before_its_first_item_is_no_such_list() -> None:
    # "hồ sơ" after "Số" opens no item: nothing read here
    q = parse_query("Số hồ sơ tiếp nhận, hồ sơ giải quyết và hồ sơ trễ hạn mỗi loại bao nhiêu?")
    assert listed_parts(q) == []


def test_posts_are_read_as_positions_too() -> None:
    readings = head_readings(parse_query("To which posts did the district office name its officials?"))
    assert ["chuc", "vu"] in readings
    assert len(readings) >= 2  # the lexicon's own sense is kept, each scored alone


def _cite(start: int, end: int, report: str = "r1") -> Citation:
    return Citation(1, report, "", "", "", "", "", "", 1.0, line_start=start, line_end=end)


def _typed(listed: Answer | None) -> SimpleNamespace:
    return SimpleNamespace(list=SimpleNamespace(answer=lambda q, r, lang: listed))


def test_list_inside_the_named_section_answers() -> None:
    q = parse_query("List the plans the department drafted (section II.3 of report 12/BC).")
    part = Answer("q", "summary", False, citations=(_cite(30, 60),))
    listed = Answer("q", "3 items", False, citations=(_cite(35, 40),))
    assert TypedAnswers._things_in(_typed(listed), q, None, "en", part) is listed


def test_list_outside_the_named_section_does_not() -> None:
    q = parse_query("List the plans the department drafted (section II.3 of report 12/BC).")
    part = Answer("q", "summary", False, citations=(_cite(30, 60),))
    elsewhere = Answer("q", "3 items", False, citations=(_cite(90, 95),))
    assert TypedAnswers._things_in(_typed(elsewhere), q, None, "en", part) is None
    other = Answer("q", "3 items", False, citations=(_cite(35, 40, "r2"),))
    assert TypedAnswers._things_in(_typed(other), q, None, "en", part) is None
