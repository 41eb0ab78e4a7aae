"""Sections described rather than named: the work ahead, a heading given in words, how a body
is organised (our own wordings)."""

from bot.intents_types import section_kinds
from bot.org_answer import asks_organisation
from bot.summary_named import described_part_names
from core.query import parse_query


def test_work_ahead_described_is_the_tasks_section() -> None:
    for text in (
        "Which forward-looking measures does the Quảng Nam report list?",
        "what upcoming work is planned in the province's report",
        "What does the department commit itself to for the next year?",
        "tinh se trien khai nhung viec gi trong nam toi",
        "Những nhiệm vụ cải cách trọng tâm nào được nêu?",
    ):
        assert "tasks" in section_kinds(parse_query(text)), text


def test_results_questions_stay_results() -> None:
    assert "tasks" not in section_kinds(parse_query("Kết quả cải cách thể chế năm 2022 thế nào?"))


def test_heading_named_in_words() -> None:
    q = parse_query("What is written under the staff training heading in the 2021 report?")
    assert described_part_names(q) == ["staff training"]
    # a kind of section asked: its kind finds it, not a part named "e government"
    q = parse_query("What tasks are listed at the end of the e-government part?")
    assert described_part_names(q) == []


def test_organisation_asked() -> None:
    assert asks_organisation(parse_query("How is the district reception desk structured?"))
    assert asks_organisation(parse_query("trung tam co co cau to chuc ra sao"))
    assert not asks_organisation(parse_query("How many staff work at the centre?"))
