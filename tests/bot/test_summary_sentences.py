"""A summary clause goes on past a ";" the clause split cut its sentence at (`run_on`), and a
clause whose sentence ends a few characters past the length is told whole (`fit`). Report
text written for the test."""

from __future__ import annotations

from bot.summary_sentences import SLACK_CHARS, Sentence, fit, run_on
from tests.helpers.mini_index import mini_index

REPORT = """BAO CAO
Ket qua nam 2023

I. DANH GIA CHUNG
1. Chung
Nam 2023, So da trien khai dong bo cac nhiem vu, nhat la cong tac tham muu; ra soat va cong bo cac thu tuc hanh chinh moi.
- Ket qua thu nhat;
- Ket qua thu hai.
"""


def _sentence(opening: str) -> Sentence:
    """The clause of the test report that opens with `opening`."""
    for chunk in mini_index(REPORT).chunks:
        for span in chunk.spans:
            if opening in chunk.sentence(span):
                return Sentence(chunk, span)
    raise AssertionError(opening)


def test_a_clause_cut_at_a_semicolon_runs_on() -> None:
    text = run_on(_sentence("Nam 2023"), 400)
    assert text.endswith("cong bo cac thu tuc hanh chinh moi.")


def test_a_list_item_does_not_run_on() -> None:
    assert run_on(_sentence("- Ket qua thu nhat"), 400) == "- Ket qua thu nhat;"


def test_a_sentence_ending_just_past_the_length_is_told_whole() -> None:
    text = "a" * 10 + " " + "b" * 10 + " end."
    assert fit(text, len(text) - 3) == text
    assert fit(text, len(text) - SLACK_CHARS - 1).endswith("…")
    assert fit(text + " more", len(text) - 3).endswith("…")
