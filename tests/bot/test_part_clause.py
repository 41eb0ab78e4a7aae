"""A whole and its part said in one sentence (bot/extractive/part_clause.py): the figure of
the stretch the question names comes first, decided; on made-up sentences, and through the
real answerer on a report sentence that states a whole and then its part after "trong đó"."""

from __future__ import annotations

import re

from bot.answer import AnswerService
from bot.extractive.choice import Candidate
from bot.extractive.part_clause import part_clause_first
from core.query import parse_query
from core.text import fold
from index.chunk import Chunk, Span
from index.retrieve import Hit

SENTENCE = (
    "Tong chi ngan sach huyen uoc dat 900 ty dong, dat 120% du toan, trong do: "
    "chi sua chua duong lang uoc dat 300 ty dong, bang 150% du toan."
)
CHUNK = Chunk("r:0001", "r", 1, "II", SENTENCE, 1, 1, (Span(0, len(SENTENCE), 1, 1),))
OTHER_TEXT = "Thu ngan sach huyen dat 130% du toan."
OTHER = Chunk("r:0002", "r", 2, "II", OTHER_TEXT, 2, 2, (Span(0, len(OTHER_TEXT), 2, 2),))


def cand(figure: str, score: float, chunk: Chunk = CHUNK) -> Candidate:
    return Candidate(Hit(chunk, 1.0), chunk.spans[0], score, 0.9, figure)


WHOLE, PART = cand("120%", 1.50), cand("150%", 1.48)


def test_the_part_named_comes_first_decided() -> None:
    q = parse_query("chi sua chua duong lang uoc dat bao nhieu % du toan?")
    ranked, decided = part_clause_first(q, [WHOLE, PART])
    assert decided and ranked[0] is PART


def test_the_whole_named_stays_first_decided() -> None:
    q = parse_query("tong chi ngan sach huyen uoc dat bao nhieu % du toan?")
    ranked, decided = part_clause_first(q, [WHOLE, PART])
    assert decided and ranked[0] is WHOLE


def test_neither_named_more_decides_nothing() -> None:
    q = parse_query("uoc dat bao nhieu % du toan?")
    assert part_clause_first(q, [WHOLE, PART]) == ([WHOLE, PART], False)


def test_a_runner_up_of_another_sentence_decides_nothing() -> None:
    q = parse_query("chi sua chua duong lang uoc dat bao nhieu % du toan?")
    other = cand("130%", 1.49, OTHER)
    assert part_clause_first(q, [WHOLE, other, PART]) == ([WHOLE, other, PART], False)


def test_the_answerer_states_the_part_named(service: AnswerService) -> None:
    ans = service.answer("Hải Dương: chi đầu tư phát triển ước đạt khoảng bao nhiêu phần trăm "
                         "so với dự toán?")  # fmt: skip
    assert ans.figure and not ans.abstained
    quote = fold(ans.citations[0].quote)
    opened = re.search(r"\btrong do\b", quote)
    assert opened is not None and quote.find(fold(ans.figure)) > opened.start()
