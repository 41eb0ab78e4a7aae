"""A question of several parts of one report (bot/compare_parts_answer.py) answered over a mini
index (tests/helpers/mini_index.py): each part asked of the real extractive answerer with every
chunk retrieved, and the table it answers read back row by row. Shared by the tests of the
parts comparison, which each built the same asker and read the same rows."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.answer import AnswerService
from bot.compare_parts_answer import PartsAnswerer
from core.query import ParsedQuery, parse_query
from core.result import Answer
from index.generations import LoadedIndex
from tests.helpers.mini_index import EveryChunk, extractive
from tests.helpers.typed import body

MAX_QUESTION_CHARS = 500  # longer questions refused: every test question is shorter

_ROW = re.compile(r"^\| ([^|]+) \| ([^|]+) \|", re.M)


def asker(index: LoadedIndex, language: str = "vi") -> Callable[[ParsedQuery], Answer]:
    """What the parts answerer asks each part of: the extractive answer over every chunk."""
    answerer = extractive(index)
    retriever = EveryChunk(index)

    def ask(pq: ParsedQuery) -> Answer:
        return answerer.answer(pq, retriever.retrieve(pq), language)

    return ask


def parts_answer(
    index: LoadedIndex, question: str | ParsedQuery, language: str = "vi"
) -> Answer | None:
    """The parts answerer's answer to `question` (None: it leaves the question to others)."""
    q = parse_query(question) if isinstance(question, str) else question
    return PartsAnswerer(index).answer(q, asker(index, language), language)


def parts_body(index: LoadedIndex, question: str | ParsedQuery, language: str = "vi") -> str:
    """The text of the parts answerer's answer without its sources; it must answer."""
    ans = parts_answer(index, question, language)
    assert ans is not None, question
    return body(ans)


def part_rows(ans: Answer) -> dict[str, str]:
    """The answer's table below its header: each row's label to its first cell, both stripped."""
    lines = [line for line in body(ans).splitlines() if line.startswith("| ")]
    rows = [line.strip("|").split("|") for line in lines[1:]]
    return {r[0].strip(): r[1].strip() for r in rows}


def label_cells(text: str) -> dict[str, str]:
    """Every table line of `text`, its header too: the label to the first cell as written."""
    return {m.group(1).strip(): m.group(2) for m in _ROW.finditer(text)}


def parts_service(index: LoadedIndex) -> AnswerService:
    """The whole answering service over `index`, the parts answerer in it."""
    return AnswerService(
        EveryChunk(index), extractive(index), MAX_QUESTION_CHARS, parts=PartsAnswerer(index)
    )


def plain_service(index: LoadedIndex) -> AnswerService:
    """The answering service over `index` with no parts answerer: one figure asked at a time."""
    return AnswerService(EveryChunk(index), extractive(index), MAX_QUESTION_CHARS)
