"""The stop words: one module holds the question words and what each kind of matching adds."""

from __future__ import annotations

import re
from pathlib import Path

from bot.stopwords import FIGURE_STOP, HEADING_STOP, QUESTION_WORDS, STOP

BOT = Path(__file__).resolve().parents[2] / "bot"


def test_each_kind_is_the_question_words_and_its_own() -> None:
    assert QUESTION_WORDS <= STOP
    assert QUESTION_WORDS <= FIGURE_STOP
    assert {"bao", "nhieu", "how", "many", "cua"} <= QUESTION_WORDS
    assert {"september", "since", "still"} <= STOP - FIGURE_STOP  # time words: topic matching
    assert {"total", "ty", "le", "tong"} <= FIGURE_STOP - STOP  # what a figure counts
    assert {"report", "thang", "q3", "ii"} <= HEADING_STOP - STOP  # heading boilerplate
    assert "ban" not in HEADING_STOP  # "Ban chỉ đạo" names a heading's topic


def test_no_other_module_of_bot_keeps_a_stop_word_list() -> None:
    for path in sorted(BOT.glob("*.py")):
        if path.name != "stopwords.py":
            text = path.read_text(encoding="utf-8")
            assert not re.search(r"^\w*STOP\w* = frozenset\(", text, re.MULTILINE), path.name


def test_english_function_and_period_words_are_no_topic_of_a_figure() -> None:
    # "H1 2022" says when and "according to … cited" how the question found the figure: as
    # concepts a clause must hold they left every clause short of the confidence to answer.
    from bot.extractive.concepts import ConceptMatcher
    from core.query import parse_query

    q = parse_query("According to the figure cited in its own H1 2022 report, how many dossiers?")
    words = {t for c in ConceptMatcher({}, 1.0).concepts(q) for alt in c.alternatives for t in alt}
    assert not {"according", "cited", "own", "h1"} & words
    assert "ho" in words  # "dossiers" stays
