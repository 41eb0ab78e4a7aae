"""A report's main results asked ("kết quả chính / chủ yếu", "key results", "main
achievements"): a summary of the whole report, not the one part whose heading opens "Kết quả
…"; the main results of a topic stay that topic's part. Made-up wordings on the small real
index of tests/bot/test_summary_scope.py."""

from __future__ import annotations

import pytest

from bot.intents_types import is_summary
from bot.section_answer import SectionAnswerer
from bot.summary_named import NamedParts
from core.query import parse_query
from tests.bot.test_summary_scope import _index
from tests.helpers.mini_index import summarise as _summary


@pytest.mark.parametrize(
    "question",
    [
        "Các kết quả chủ yếu của báo cáo CCHC năm 2022 Bình Phước là gì?",
        "ket qua chinh trong bao cao nam 2022 cua Binh Phuoc",
        "What were the key results in the Binh Phuoc 2022 report?",
        "Main achievements of Binh Phuoc's 2022 administrative reform report?",
        "Báo cáo năm 2022 của Bình Phước đạt được những kết quả nổi bật nào?",
        "Hãy nêu những ý chính trong báo cáo năm 2022 của Bình Phước",
    ],
)
def test_main_results_of_a_report_summarise_it_whole(question: str) -> None:
    assert is_summary(parse_query(question))
    text = _summary(_index(), question, "en" if question.isascii() else "vi")
    head = text.splitlines()[0]
    assert head.startswith(("**Tóm tắt** báo cáo", "**Summary** of")), head
    assert "I. CÔNG TÁC CHỈ ĐẠO" in text
    assert "II. KẾT QUẢ THỰC HIỆN" in text


def test_main_results_of_a_topic_are_its_part() -> None:
    head = _summary(_index(), "Kết quả chính về cải cách thủ tục hành chính của Bình Phước")
    assert "2. Cải cách thủ tục hành chính" in head.splitlines()[0]


def test_asking_verbs_are_not_topic_words() -> None:
    # "hãy nêu / liệt kê / trình bày": how the summary is asked, never a word a part's line
    # must hold ("… nêu tại mục 1" would otherwise be the part asked)
    index = _index()
    parts = NamedParts(index, SectionAnswerer(index))
    question = "Hãy nêu, liệt kê và trình bày những ý chính trong báo cáo của Bình Phước"
    words, _ = parts.topic_words(parse_query(question))
    assert not {"hay", "neu", "liet", "ke", "trinh", "bay"} & set(words), words
