"""A report's main points asked by name ("main points", "key points", "highlights",
"takeaways", "điểm chính", "ý chính", "nội dung chính") ask a summary in so many words
(`bot/summary_asked.py` SUMMARISE): never read as a topic narrower than the report whose
passage answers (`SummaryAnswerer.narrower`), so the whole report is summarised, each of its
top-level parts told. Made-up wordings on the small real index of
tests/bot/test_summary_scope.py."""

from __future__ import annotations

import pytest

from bot.section_answer import SectionAnswerer
from bot.summary_answer import SummaryAnswerer
from bot.summary_asked import SUMMARISE
from core.query import parse_query
from tests.bot.test_summary_scope import _index
from tests.helpers.mini_index import everything, summarise

QUESTIONS = [
    "What are the main points of Binh Phuoc's 2022 administrative reform report?",
    "Give me the key points of the Binh Phuoc 2022 report.",
    "What are the highlights of the Binh Phuoc 2022 report?",
    "Những điểm chính của báo cáo năm 2022 của Bình Phước?",
    "y chinh cua bao cao cai cach hanh chinh nam 2022 binh phuoc",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_main_points_ask_a_summary_in_so_many_words(question: str) -> None:
    q = parse_query(question)
    assert SUMMARISE.search(q.folded)
    index = _index()
    assert SummaryAnswerer(index, SectionAnswerer(index)).narrower(q, everything(index)) is None


@pytest.mark.parametrize("question", QUESTIONS[:1])
def test_main_points_of_the_report_tell_every_part(question: str) -> None:
    text = summarise(_index(), question, "en")
    assert text.splitlines()[0].startswith("**Summary** of"), text.splitlines()[0]
    for part in ("I. CÔNG TÁC CHỈ ĐẠO", "II. KẾT QUẢ THỰC HIỆN", "III. ĐÁNH GIÁ CHUNG"):
        assert part in text
