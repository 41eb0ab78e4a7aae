"""One rule for when a figure's line says it holds (bot/extractive/held_span.py): two days
joined closely are a span, whichever answer says it (a figure's own answer, the day-held
answer, a comparison table's date column). Made-up lines for the rule; the real index for the
comparison column."""

from __future__ import annotations

from bot.compare_facts import holds_for
from bot.compose import AnswerService
from bot.extractive.held_span import SPAN_GAP, fact_held, held_when, span_of
from bot.extractive.words import held_dates
from bot.held_date import held_day
from tests.helpers.facts import clause_fact


def _span(text: str) -> bool:
    return span_of(held_dates(text), text)


def test_two_days_joined_closely_are_a_span() -> None:
    assert _span("Từ ngày 01/01/2022 đến hết ngày 25/6/2022, đã giải quyết 87 hồ sơ")
    assert _span("From 5/8/2021 to 20/9/2021 the station measured 40 readings")
    assert _span("trong kỳ (3/1/2022 - 9/4/2022) đã cấp 12 giấy phép")


def test_two_days_not_joined_far_apart_or_with_a_figure_between_are_none() -> None:
    assert not _span("Ngày 02/3/2022 cấp 10 chứng thư; ngày 9/5/2022 cấp thêm 5 chứng thư")
    assert not _span("Ngày 02/3/2022 và ngày 9/5/2022 đã cấp 12 giấy phép")
    far = "Từ ngày 02/3/2022, sau khi hệ thống được nâng cấp xong, đến ngày 9/5/2022 cấp 12"
    found = held_dates(far)
    assert len(far[found[0].end() : found[1].start()]) > SPAN_GAP
    assert not _span(far)
    assert not _span("Tính đến ngày 30/6/2022, đã tiếp nhận 12 hồ sơ")  # one day only


def test_a_word_that_folds_to_a_joining_word_or_a_semicolon_joins_no_span() -> None:
    # "tổ chức" folds to "to chuc": a clause between two days, not the English "to"
    assert not _span("Ngày 3/1/2022 tổ chức hội nghị; ngày 5/1/2022 cấp 12 giấy phép")
    assert not _span("Ngày 3/1/2022 tờ trình; 5/1/2022 cấp 12 giấy phép")
    assert not _span("Ngày 3/1/2022 tơ tằm; đến 5/1/2022 cấp 12 giấy phép")
    assert not _span("Ngày 3/1/2022 tổ đến 5/1/2022 cấp 12 giấy phép")
    assert _span("Ngày 3/1/2022 to 5/1/2022 the office issued 12 permits")
    assert _span("Từ 3/1/2022 – 5/1/2022 cấp 12 giấy phép")
    assert _span("Từ ngày 3/1/2022 tới ngày 5/1/2022 cấp 12 giấy phép")


def test_every_answer_reads_a_span_the_same_way() -> None:
    for text, span in (
        ("Từ ngày 05/8/2021 đến hết ngày 20/9/2021, trạm Y đã đo 40 lần", True),
        ("Ngày 05/8/2021 và ngày 20/9/2021, trạm Y đã đo 40 lần", False),
    ):
        assert bool(held_when(held_dates(text), text)) is span
        assert (held_day(clause_fact(text)) == "20/9/2021") is span


def test_a_comparison_row_says_the_day_its_paragraph_gives_before_the_figure(
    service: AnswerService,
) -> None:
    """A row whose clause names no day, under "Tính đến ngày …" earlier in its paragraph,
    holds for that day, as the figure's own answer says; not the report's period."""
    index = service.retriever.index
    found = []
    for f in index.facts():
        chunk = index.chunks[index.position[f.chunk_id]]
        para = chunk.text[chunk.text.rfind("\n", 0, f.span_start) + 1 : f.span_start]
        if not held_dates(f.clause) and held_dates(para) and f.period:
            found.append(f)
    assert found
    for f in found:
        day = fact_held(index, f)
        assert day
        assert holds_for(index, f, False) in (f"tính đến {day}", f"từ {day.replace('–', ' đến ')}")
        assert f.period not in holds_for(index, f, False)
